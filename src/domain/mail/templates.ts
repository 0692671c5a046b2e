import type { Lang } from '../../core/i18n/index.ts';
import { formatMailDate, type RenderedMail, renderLayout } from './layout.ts';
import { type MailTranslate, mailTranslator } from './messages.ts';

export type { RenderedMail };

/** The parameters of each template. Names are the recipient's and others' as typed by people: they get escaped. */
export interface TemplateParams {
  /** Confirm an e-mail address (new account or changed address). */
  'verify-email': { name?: string; url: string; expiresAt: Date };
  'reset-password': { name?: string; url: string; expiresAt: Date };
  /** An invitation to join an organisation, sent by one of its members. */
  invitation: { name?: string; organisation: string; inviter: string; url: string; expiresAt: Date };
  /** Notice after a password change; `resetUrl` is the way back in for someone whose account was taken. */
  'password-changed': { name?: string; changedAt: Date; resetUrl: string };
  'account-deleted': { name?: string; deletedAt: Date };
  /** Someone signed up with this address, which already has an account (sign-up never says so on screen). */
  'account-exists': { name?: string; resetUrl: string };
  /** Receipt of a submitted application; the PDF of the file is attached by the caller. */
  'application-receipt': {
    name?: string;
    reference: string;
    call: string;
    organisation: string;
    submittedAt: Date;
    url: string;
  };
  /** An officer asks an applicant for more information, with a reply deadline. */
  'information-request': { name?: string; reference: string; call: string; message: string; dueAt: Date; url: string };
  /** A call closes soon and this application is still a draft. */
  'closing-reminder': { name?: string; reference: string; call: string; closesAt: Date; url: string };
  /** An invitation to co-edit an application. */
  'co-applicant-invitation': {
    name?: string;
    reference: string;
    call: string;
    organisation: string;
    inviter: string;
    url: string;
    expiresAt: Date;
  };
}

export type TemplateName = keyof TemplateParams;

/** Every template, for validation and the admin page's filter. */
export const templateNames = [
  'verify-email',
  'reset-password',
  'invitation',
  'password-changed',
  'account-deleted',
  'account-exists',
  'application-receipt',
  'information-request',
  'closing-reminder',
  'co-applicant-invitation',
] as const satisfies readonly TemplateName[];

const greeting = (t: MailTranslate, name: string | undefined) =>
  name?.trim() ? t('greeting.named', { name: name.trim() }) : t('greeting.anonymous');

const expires = (t: MailTranslate, lang: Lang, at: Date) => t('common.expires', { expires: formatMailDate(at, lang) });

/** The templates: each turns a language and its parameters into a subject, a text part and an HTML part. */
export const templates: { [T in TemplateName]: (lang: Lang, params: TemplateParams[T]) => RenderedMail } = {
  'verify-email': (lang, p) => {
    const t = mailTranslator(lang);
    return renderLayout(lang, {
      subject: t('verifyEmail.subject'),
      greeting: greeting(t, p.name),
      paragraphs: [t('verifyEmail.intro')],
      action: { label: t('verifyEmail.action'), url: p.url },
      notes: [expires(t, lang, p.expiresAt), t('verifyEmail.ignore')],
    });
  },
  'reset-password': (lang, p) => {
    const t = mailTranslator(lang);
    return renderLayout(lang, {
      subject: t('resetPassword.subject'),
      greeting: greeting(t, p.name),
      paragraphs: [t('resetPassword.intro')],
      action: { label: t('resetPassword.action'), url: p.url },
      notes: [expires(t, lang, p.expiresAt), t('resetPassword.ignore')],
    });
  },
  'account-exists': (lang, p) => {
    const t = mailTranslator(lang);
    return renderLayout(lang, {
      subject: t('accountExists.subject'),
      greeting: greeting(t, p.name),
      paragraphs: [t('accountExists.intro')],
      action: { label: t('accountExists.action'), url: p.resetUrl },
      notes: [t('accountExists.ignore')],
    });
  },
  invitation: (lang, p) => {
    const t = mailTranslator(lang);
    const names = { organisation: p.organisation, inviter: p.inviter };
    return renderLayout(lang, {
      subject: t('invitation.subject', names),
      greeting: greeting(t, p.name),
      paragraphs: [t('invitation.intro', names)],
      action: { label: t('invitation.action'), url: p.url },
      notes: [expires(t, lang, p.expiresAt), t('invitation.ignore')],
    });
  },
  'password-changed': (lang, p) => {
    const t = mailTranslator(lang);
    return renderLayout(lang, {
      subject: t('passwordChanged.subject'),
      greeting: greeting(t, p.name),
      paragraphs: [
        t('passwordChanged.intro', { date: formatMailDate(p.changedAt, lang) }),
        t('passwordChanged.ok'),
        t('passwordChanged.notYou'),
      ],
      action: { label: t('passwordChanged.action'), url: p.resetUrl },
      notes: [],
    });
  },
  'account-deleted': (lang, p) => {
    const t = mailTranslator(lang);
    return renderLayout(lang, {
      subject: t('accountDeleted.subject'),
      greeting: greeting(t, p.name),
      paragraphs: [t('accountDeleted.intro', { date: formatMailDate(p.deletedAt, lang) }), t('accountDeleted.notYou')],
      notes: [],
    });
  },
  'application-receipt': (lang, p) => {
    const t = mailTranslator(lang);
    const date = formatMailDate(p.submittedAt, lang);
    return renderLayout(lang, {
      subject: t('receipt.subject', { reference: p.reference }),
      greeting: greeting(t, p.name),
      paragraphs: [
        t('receipt.intro', { reference: p.reference, organisation: p.organisation, call: p.call, date }),
        t('receipt.pdf'),
        t('receipt.next'),
      ],
      action: { label: t('receipt.action'), url: p.url },
      notes: [],
    });
  },
  'information-request': (lang, p) => {
    const t = mailTranslator(lang);
    return renderLayout(lang, {
      subject: t('infoRequest.subject', { reference: p.reference }),
      greeting: greeting(t, p.name),
      paragraphs: [
        t('infoRequest.intro', { reference: p.reference, call: p.call }),
        p.message,
        t('infoRequest.due', { due: formatMailDate(p.dueAt, lang) }),
      ],
      action: { label: t('infoRequest.action'), url: p.url },
      notes: [],
    });
  },
  'closing-reminder': (lang, p) => {
    const t = mailTranslator(lang);
    const closes = formatMailDate(p.closesAt, lang);
    return renderLayout(lang, {
      subject: t('reminder.subject', { call: p.call, closes }),
      greeting: greeting(t, p.name),
      paragraphs: [t('reminder.intro', { reference: p.reference, call: p.call, closes })],
      action: { label: t('reminder.action'), url: p.url },
      notes: [],
    });
  },
  'co-applicant-invitation': (lang, p) => {
    const t = mailTranslator(lang);
    const names = { reference: p.reference, organisation: p.organisation, call: p.call, inviter: p.inviter };
    return renderLayout(lang, {
      subject: t('coApplicant.subject', names),
      greeting: greeting(t, p.name),
      paragraphs: [t('coApplicant.intro', names)],
      action: { label: t('coApplicant.action'), url: p.url },
      notes: [expires(t, lang, p.expiresAt), t('invitation.ignore')],
    });
  },
};

/** Renders one template in one language. */
export function renderMail<T extends TemplateName>(template: T, lang: Lang, params: TemplateParams[T]): RenderedMail {
  // The mapped type loses the link between T and its function; the signature above keeps it for callers.
  const render = templates[template] as (lang: Lang, params: TemplateParams[T]) => RenderedMail;
  return render(lang, params);
}
