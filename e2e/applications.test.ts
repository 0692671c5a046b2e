import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { aCallOpenNow } from '../test/factories.ts';
import type { TestSmtpServer } from '../test/smtp.ts';
import { hasChromium } from './browser.ts';
import { cookiesFor, signInTurningOnTwoFactor } from './http-client.ts';
import { addOfficer, officer, withDataDir } from './seed.ts';
import { accessibilityViolations, browserSuite } from './suite.ts';

async function noViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The first link of the newest message that reached this address. */
function linkIn(smtp: TestSmtpServer, to: string): string {
  const mail = [...smtp.received].reverse().find((r) => r.rcptTo.includes(to));
  const link = mail?.mail.text?.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no link mailed to ${to}`);
  return link;
}

describe.skipIf(!hasChromium)('an applicant, from the open call to the receipt', () => {
  let callCode = '';
  const suite = browserSuite({
    smtp: true,
    // The call is opened by the School Service beforehand, and an officer of it screens the file afterwards:
    // written with the domain's own verbs, before the start.
    prepare: (dir) =>
      withDataDir(dir, async (db, config) => {
        callCode = await aCallOpenNow(db);
        await addOfficer(db, config);
      }),
  });

  it('signs up, registers an organisation, applies, fills every step, attaches a file and submits', async () => {
    const context = await suite.context({ locale: 'fr-BE' });
    const page = await context.newPage();
    const email = 'karim@ateliers.example.be';
    await page.goto(`${suite.url}/fr/sign-up`);
    await page.getByLabel('Prénom et nom').fill('Karim Haddou');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('une phrase assez longue');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await suite.smtp.waitFor(1, 15_000);
    await page.goto(linkIn(suite.smtp, email));

    await page.goto(`${suite.url}/fr/organisations/new`);
    await page.locator('select[name="type"]').selectOption('association');
    await page.getByLabel('Dénomination officielle').fill('Les Ateliers du Canal');
    await page.getByLabel('Numéro d’entreprise (BCE)').fill('0123.456.749');
    await page.getByLabel('Rue et numéro').fill('Quai des Charbonnages 30');
    await page.getByLabel('Code postal').fill('1080');
    await page.getByLabel('Localité').fill('Molenbeek-Saint-Jean');
    await page.getByLabel('Commune').selectOption('21012');
    await page
      .getByRole('button', { name: /Enregistrer/ })
      .first()
      .click();
    expect(new URL(page.url()).pathname).toMatch(/^\/fr\/organisations\/[0-9a-f-]{36}$/);

    // The open call, its eligibility self-check, and the start of a file. (axe on the pages a link reaches, once
    // per template: e2e/pages.test.ts; here, on each step's form and on what only the flow reaches.)
    await page.goto(`${suite.url}/fr/calls`);
    await page.locator(`a[href="/fr/calls/${callCode}"]`).first().click();
    await page.goto(`${suite.url}/fr/applications/new?call=${callCode}`);
    await page.getByRole('radio', { name: 'Oui' }).check();
    await page.getByRole('button', { name: 'Commencer le dossier' }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/fr\/applications\/[0-9a-f-]{36}$/);
    const base = new URL(page.url()).pathname;

    // Step 1: the project.
    await page.goto(`${suite.url}${base}/sections/project`);
    await noViolations(page);
    await page.getByLabel('Titre du projet').fill('Ateliers du mercredi au Canal');
    await page.getByLabel('Résumé').fill('Soutien scolaire et remobilisation des élèves de première secondaire.');
    await page.getByLabel('Prévenir le décrochage scolaire').check();
    await page.getByRole('radio', { name: 'Non' }).check();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    expect(new URL(page.url()).pathname).toBe(`${base}/sections/people`);

    // Step 2: people reached, as counts only.
    await noViolations(page);
    await page.locator('input[name="f.targetGroup.ageBands.12-14"]').fill('35');
    await page.locator('input[name="f.targetGroup.sexes.girls"]').fill('18');
    await page.locator('input[name="f.targetGroup.sexes.boys"]').fill('17');
    await page.locator('input[name="f.municipalities"][value="21012"]').check();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    expect(new URL(page.url()).pathname).toBe(`${base}/sections/activities`);

    // Step 3: activities.
    await page.locator('input[name="f.activities.rows.0.activity"]').fill('Atelier hebdomadaire');
    await page.locator('[name="f.activities.rows.0.schedule"]').fill('Chaque mercredi après-midi');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    expect(new URL(page.url()).pathname).toBe(`${base}/sections/partners`);
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();

    // Step 5: the budget, refused with a negative line, then accepted.
    expect(new URL(page.url()).pathname).toBe(`${base}/sections/budget`);
    await noViolations(page);
    await page.locator('input[name="f.budget.lines.0.label"]').fill('Animatrice');
    await page.locator('input[name="f.budget.lines.0.amounts.2027"]').fill('-100');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await expect(page.locator('#error-summary').textContent()).resolves.toMatch(/négatif|négative|positif/i);
    await noViolations(page);
    for (const year of ['2027', '2028', '2029']) {
      await page.locator(`input[name="f.budget.lines.0.amounts.${year}"]`).fill('10 000');
    }
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    expect(new URL(page.url()).pathname).toBe(`${base}/sections/attachments`);

    // Step 6: an attachment, its type read from its content.
    await page.locator('input[name="file.budgetDetail"]').setInputFiles({
      name: 'budget-detaille.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    expect(new URL(page.url()).pathname).toBe(`${base}/submit`);
    await noViolations(page);
    await expect(page.getByText('Toutes les réponses requises sont données.').count()).resolves.toBe(1);

    // Submission with the declaration on honour; the receipt arrives with the file as PDF.
    await page.getByRole('checkbox').check();
    const before = suite.smtp.received.length;
    await page.getByRole('button', { name: 'Déposer le dossier' }).click();
    expect(new URL(page.url()).pathname).toBe(base);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('déposé');
    await noViolations(page);
    await suite.smtp.waitFor(before + 1, 15_000);
    const receipt = suite.smtp.received.at(-1)?.mail;
    expect(receipt?.subject).toContain('Accusé de réception');
    const pdf = receipt?.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.content.subarray(0, 5).toString()).toBe('%PDF-');

    // The dashboard tells where it stands.
    await page.goto(`${suite.url}/fr/applications`);
    await expect(page.getByText('En cours d’examen par le Service École').count()).resolves.toBe(1);

    // The officer screens it and asks for more information, with a reply date.
    const signedIn = await signInTurningOnTwoFactor(suite.url, officer.email, officer.password);
    const staff = await suite.context({ locale: 'fr-BE' });
    await staff.addCookies(cookiesFor(signedIn));
    const desk = await staff.newPage();
    await desk.goto(`${suite.url}/fr/admin/calls/${callCode}/applications`);
    await desk
      .getByRole('link', { name: /Ateliers du Canal|DAS-/ })
      .first()
      .click();
    expect(new URL(desk.url()).pathname).toMatch(/^\/fr\/admin\/applications\//);
    await desk.fill('#field-message', 'Pouvez-vous préciser le lieu des ateliers ?');
    await desk.fill('#field-dueDate', new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10));
    const mailsBefore = suite.smtp.received.length;
    await desk.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(desk.locator('.notice').textContent()).resolves.toContain('La demande a été envoyée');
    await suite.smtp.waitFor(mailsBefore + 1, 15_000);
    expect(suite.smtp.received.at(-1)?.mail.subject).toContain('Informations demandées');

    // The applicant answers in the same file; the officer sees the answer.
    await page.goto(`${suite.url}${base}`);
    await page.getByLabel('Votre réponse').fill('Les ateliers ont lieu dans notre local, quai des Charbonnages 30.');
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('transmise');
    await noViolations(page);
    await desk.reload();
    await expect(desk.getByText('quai des Charbonnages 30').count()).resolves.toBeGreaterThan(0);
  }, 300_000);
});
