import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { cookiesFor, signInTurningOnTwoFactor } from './http-client.ts';
import { aCallWithApplications, addOfficer, officer, withDataDir } from './seed.ts';
import { browserSuite, accessibilityViolations as violations } from './suite.ts';

/** The officers' screening pages in a real browser: axe finds nothing, forms work without JavaScript. */
describe.skipIf(!hasChromium)('screening in a real browser', () => {
  let code: string;
  const suite = browserSuite({
    prepare: async (dir) => {
      code = await withDataDir(dir, async (db, config) => {
        await addOfficer(db, config);
        return aCallWithApplications(db, 12);
      });
    },
  });

  it('lists, filters, sorts, asks for information and decides, with plain forms and without violations', async () => {
    // The officer signs in and turns on two-step verification through the pages; the browser takes the session.
    const signedIn = await signInTurningOnTwoFactor(suite.url, officer.email, officer.password);
    // The pages carry no script: the forms below are plain HTML posts. (axe itself needs script to run.)
    const context = await suite.context();
    await context.addCookies(cookiesFor(signedIn));
    const page = await context.newPage();
    // In the three languages; axe on the sorted list below, and on the file's page with the errors of its forms
    // (its page as a link reaches it: e2e/pages.test.ts).
    for (const lang of ['fr', 'nl', 'en']) {
      const res = await page.goto(`${suite.url}/${lang}/admin/calls/${code}/applications`);
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
    }
    await page.goto(`${suite.url}/fr/admin/calls/${code}/applications`);
    await page.selectOption('#f-state', 'submitted');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    expect(page.url()).toContain('state=submitted');
    await page.getByRole('link', { name: /Montant demandé/ }).click();
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    expect(await violations(page)).toEqual([]);
    await page.locator('tbody th a').first().click();
    expect(page.url()).toMatch(/\/fr\/admin\/applications\/[0-9a-f-]{36}$/);
    // A reply date in the past: the page comes back with the message kept and the error beside the field.
    await page.fill('#field-message', 'Merci de préciser le calendrier des ateliers.');
    await page.fill('#field-dueDate', '2020-01-01');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    expect(await page.locator('#field-message').inputValue()).toBe('Merci de préciser le calendrier des ateliers.');
    expect(await page.locator('#field-dueDate-error').textContent()).toContain('date à venir');
    expect(await violations(page)).toEqual([]);
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await page.fill('#field-dueDate', due);
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    expect(await page.locator('.notice').textContent()).toContain('La demande a été envoyée');
    expect(await page.getByText('En attente de réponse.').count()).toBe(1);
    // While information is awaited, only "ineligible" is offered, and it needs a reason.
    await page.check('input[value="ineligible"]');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    expect(await page.locator('#field-reason-error').textContent()).toContain('Indiquez le motif');
    expect(await violations(page)).toEqual([]);
    await page.fill('#field-reason', 'Le projet ne se déroule pas en Région bruxelloise.');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    expect(await page.locator('.notice').textContent()).toContain('La décision a été enregistrée');
    expect(await page.getByText('Irrecevable').count()).toBeGreaterThan(0);
  }, 120_000);
});
