import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestSmtpServer } from '../test/smtp.ts';
import { hasChromium } from './browser.ts';
import { accessibilityViolations, browserSuite } from './suite.ts';

/** The first link of the newest message that reached this address through the SMTP server. */
async function linkMailedTo(smtp: TestSmtpServer, to: string, count: number): Promise<string> {
  const received = await smtp.waitFor(count, 15_000);
  const mail = [...received].reverse().find((r) => r.rcptTo.includes(to));
  const link = mail?.mail.text?.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no link mailed to ${to}`);
  return link;
}

async function noViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe.skipIf(!hasChromium)('accounts through real e-mail', () => {
  const suite = browserSuite({ smtp: true });

  it('signs up through a delivered e-mail, registers an organisation and invites a member who joins', async () => {
    const context = await suite.context({ locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(`${suite.url}/fr/sign-up`);
    await page.getByLabel('Prénom et nom').fill('Nadia Benali');
    await page.getByLabel('Adresse e-mail').fill('nadia@ecole.example.be');
    await page.getByLabel('Mot de passe').fill('une phrase assez longue');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Vérifiez votre boîte mail');
    await noViolations(page);

    const link = await linkMailedTo(suite.smtp, 'nadia@ecole.example.be', 1);
    const mail = suite.smtp.received.at(-1)?.mail;
    expect(mail?.subject).toContain('Confirmez votre adresse e-mail');
    expect(mail?.html).toContain('lang="fr"');
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe('/fr/account');
    await noViolations(page);

    await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await page.getByLabel('Adresse e-mail').fill('nadia@ecole.example.be');
    await page.getByLabel('Mot de passe').fill('une phrase assez longue');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    expect(new URL(page.url()).pathname).toBe('/fr/account');

    // She registers her association: a wrong enterprise number is marked, with the reason, and nothing is lost.
    await page.goto(`${suite.url}/fr/organisations/new`);
    await page.locator('select[name="type"]').selectOption('association');
    await page.getByLabel('Dénomination officielle').fill('Les Ateliers du Mardi');
    await page.getByLabel('Numéro d’entreprise (BCE)').fill('0412.345.600');
    await page.getByLabel('Rue et numéro').fill('Rue Royale 10');
    await page.getByLabel('Code postal').fill('1030');
    await page.getByLabel('Localité').fill('Schaerbeek');
    await page.locator('select[name="municipalityNis"]').selectOption('21015');
    await page.getByLabel('Compte bancaire (IBAN)').fill('BE68 5390 0754 7034');
    await page.getByRole('button', { name: 'Enregistrer l’organisation' }).click();
    expect(await page.getByLabel('Numéro d’entreprise (BCE)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Dénomination officielle').inputValue()).toBe('Les Ateliers du Mardi');
    await noViolations(page);
    await page.getByLabel('Numéro d’entreprise (BCE)').fill(validEnterpriseNumber('04123456'));
    await page.getByRole('button', { name: 'Enregistrer l’organisation' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Les Ateliers du Mardi');
    await noViolations(page);

    // She invites a colleague, who gets the link by e-mail.
    await page.getByLabel('Adresse e-mail').fill('jef@school.example.be');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    const invitation = await linkMailedTo(suite.smtp, 'jef@school.example.be', 2);
    await context.close();

    // Jef, who reads Dutch, creates his account from the mail, confirms it, then joins.
    const jef = await suite.context({ locale: 'nl-BE' });
    const his = await jef.newPage();
    await his.goto(`${suite.url}/nl/sign-up`);
    await his.getByLabel('Voor- en achternaam').fill('Jef Peeters');
    await his.getByLabel('E-mailadres').fill('jef@school.example.be');
    await his.getByLabel('Wachtwoord').fill('een lange en veilige zin');
    await his.getByRole('button', { name: 'Mijn account aanmaken' }).click();
    await his.goto(await linkMailedTo(suite.smtp, 'jef@school.example.be', 3));
    expect(new URL(his.url()).pathname).toBe('/nl/account');
    await his.goto(invitation);
    await noViolations(his);
    await his.getByRole('button', { name: /Les Ateliers du Mardi/ }).click();
    await his.goto(`${suite.url}/nl/organisations`);
    await expect(his.locator('main').textContent()).resolves.toContain('Les Ateliers du Mardi');
    // The same link a second time: a clear page, not a crash.
    const again = await his.goto(invitation);
    expect(again?.status()).toBe(410);
  });
});

/** A Belgian enterprise number with correct check digits, from its first eight digits. */
function validEnterpriseNumber(firstEight: string): string {
  const check = String(97 - (Number(firstEight) % 97)).padStart(2, '0');
  return `${firstEight}${check}`;
}
