import { describe, expect, it } from 'vitest';
import { languages } from '../../core/i18n/index.ts';
import { mailCatalogues } from './messages.ts';
import { renderMail, type TemplateParams, templateNames } from './templates.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const at = new Date('2026-03-03T13:30:00Z'); // 14:30 in Brussels (winter time)
const url = 'https://accroche.example.org/fr/verify?token=abc&next=%2F';
const samples: { [T in keyof TemplateParams]: TemplateParams[T] } = {
  'verify-email': { name: 'Amina', url, expiresAt: at },
  'reset-password': { url, expiresAt: at },
  invitation: { organisation: 'École n°1', inviter: 'Jan Peeters', url, expiresAt: at },
  'password-changed': { name: 'Amina', changedAt: at, resetUrl: url },
  'account-deleted': { deletedAt: at },
  'account-exists': { name: 'Amina', resetUrl: url },
  'application-receipt': {
    name: 'Amina',
    reference: 'DAS-2027-0001',
    call: 'DAS 2027-2029',
    organisation: 'École n°1',
    submittedAt: at,
    url,
  },
  'information-request': {
    reference: 'DAS-2027-0001',
    call: 'DAS 2027-2029',
    message: 'Merci de préciser le calendrier des ateliers.',
    dueAt: at,
    url,
  },
  'closing-reminder': { name: 'Amina', reference: 'DAS-2027-0001', call: 'DAS 2027-2029', closesAt: at, url },
  'co-applicant-invitation': {
    reference: 'DAS-2027-0001',
    call: 'DAS 2027-2029',
    organisation: 'École n°1',
    inviter: 'Jan Peeters',
    url,
    expiresAt: at,
  },
};

describe('mail catalogue', () => {
  it('has the same keys and the same placeholders in French, Dutch and English', () => {
    const reference = mailCatalogues.fr;
    for (const lang of languages) {
      const catalogue = mailCatalogues[lang];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(reference[key as keyof typeof reference]));
      }
    }
  });
});

describe('mail templates', () => {
  it('render every template in every language, with a plain-text part carrying the same link', () => {
    for (const lang of languages) {
      for (const template of templateNames) {
        const mail = renderMail(template, lang, samples[template] as never);
        expect(mail.subject).toMatch(/Accroche/);
        expect(mail.html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(mail.html).toContain(`<html lang="${lang}"`);
        expect(mail.html).toContain(`<title>${mail.subject}</title>`);
        expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(/\{\w+\}/); // no placeholder left
        expect(mail.text).not.toMatch(/<[a-z]/i);
        if (template !== 'account-deleted') {
          expect(mail.text).toContain(url);
          expect(mail.html).toContain('href="https://accroche.example.org/fr/verify?token=abc&amp;next=%2F"');
        }
      }
    }
  });

  it('speak the recipient language and give times in Brussels time', () => {
    const fr = renderMail('reset-password', 'fr', samples['reset-password']);
    const nl = renderMail('reset-password', 'nl', samples['reset-password']);
    const en = renderMail('reset-password', 'en', samples['reset-password']);
    expect(fr.subject).toBe('Réinitialisation de votre mot de passe – Accroche');
    expect(nl.subject).toBe('Uw wachtwoord opnieuw instellen – Accroche');
    expect(en.subject).toBe('Reset your password – Accroche');
    expect(fr.text).toContain("valable jusqu'au 3 mars 2026 à 14:30 (heure de Bruxelles)");
    expect(nl.text).toContain('geldig tot 3 maart 2026 om 14:30 (Brusselse tijd)');
    expect(en.text).toContain('valid until 3 March 2026 at 14:30 (Brussels time)');
    expect(en.text).toContain('If you did not ask for this, ignore this message');
    expect(fr.text).toMatch(/^Bonjour,\n/);
  });

  it('escape every parameter in the HTML part and keep it as typed in the text part', () => {
    const hostile = { organisation: '<b>École & "Co"</b>', inviter: "<script>alert('x')</script>", url, expiresAt: at };
    const mail = renderMail('invitation', 'en', { ...hostile, name: '<img src=x onerror=alert(1)>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>École');
    expect(mail.html).toContain('&lt;b&gt;École &amp; &quot;Co&quot;&lt;/b&gt;');
    expect(mail.html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(mail.text).toContain(`${hostile.inviter} invites you to join the organisation ${hostile.organisation}`);
  });

  it('keep the subject on one line whatever a parameter holds', () => {
    const mail = renderMail('invitation', 'fr', {
      ...samples.invitation,
      organisation: 'Evil\r\nBcc: all@example.org',
    });
    expect(mail.subject).toBe('Invitation à rejoindre Evil Bcc: all@example.org sur Accroche');
  });

  it('refuse a link that is not http(s)', () => {
    expect(() => renderMail('verify-email', 'fr', { url: 'javascript:alert(1)', expiresAt: at })).toThrow(/http/);
  });
});
