import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../test/smtp.ts';
import { hasChromium, launchChromium } from './browser.ts';
import { type RunningServer, startServer, tempDataDir } from './server.ts';

/** The first link of the newest message that reached this address through the SMTP server. */
async function linkMailedTo(smtp: TestSmtpServer, to: string, count: number): Promise<string> {
  const received = await smtp.waitFor(count, 15_000);
  const mail = [...received].reverse().find((r) => r.rcptTo.includes(to));
  const link = mail?.mail.text?.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no link mailed to ${to}`);
  return link;
}

async function noViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${page.url()}: ${v.id}`)).toEqual([]);
}

describe.skipIf(!hasChromium)('accounts through real e-mail', () => {
  const data = tempDataDir();
  let smtp: TestSmtpServer;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    [server, browser] = await Promise.all([
      startServer({ DATA_DIR: data.dir, SMTP_URL: smtp.url, MAIL_FROM: 'Accroche <no-reply@accroche.test>' }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
    data.remove();
  });

  it('signs up in French, confirms through the delivered e-mail, signs out and back in', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(`${server.url}/fr/sign-up`);
    await page.getByLabel('Prénom et nom').fill('Nadia Benali');
    await page.getByLabel('Adresse e-mail').fill('nadia@ecole.example.be');
    await page.getByLabel('Mot de passe').fill('une phrase assez longue');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Vérifiez votre boîte mail');
    await noViolations(page);

    const link = await linkMailedTo(smtp, 'nadia@ecole.example.be', 1);
    const mail = smtp.received.at(-1)?.mail;
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
    await context.close();
  });
});
