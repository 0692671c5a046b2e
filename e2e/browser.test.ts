import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { accessibilityViolations, browserSuite, mailedLink } from './suite.ts';

// Every page in the three languages, and axe on each page template: e2e/pages.test.ts.
describe.skipIf(!hasChromium)('in a real browser', () => {
  const suite = browserSuite();

  it('signs up, confirms the address from the mail, and reaches the account page, with no accessibility violation', async () => {
    // Our pages have no script; axe needs one to run, so this flow runs with JavaScript on (see the next test).
    const context = await suite.context({ locale: 'nl-BE' });
    const page = await context.newPage();
    await page.goto(`${suite.url}/nl/sign-up`);
    await page.getByLabel('Voor- en achternaam').fill('Lotte Janssens');
    await page.getByLabel('E-mailadres').fill('lotte@example.be');
    await page.getByLabel('Wachtwoord', { exact: false }).fill('kort');
    await page.getByRole('button', { name: 'Mijn account aanmaken' }).click();
    // Rejected: the name and address stay, the error is announced at the top and beside the field.
    expect(await page.getByLabel('Voor- en achternaam').inputValue()).toBe('Lotte Janssens');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('minstens 12 tekens');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Wachtwoord', { exact: false }).fill('een lange en veilige zin');
    await page.getByRole('button', { name: 'Mijn account aanmaken' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Controleer uw mailbox');
    // The message is in the outbox and, without SMTP, in the server log: take the link from there.
    const link = await mailedLink(suite.server, 'lotte@example.be', 'verify-email');
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe('/nl/account');
    await expect(page.locator('h1').textContent()).resolves.toBe('Mijn account');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('signs in and out without JavaScript', async () => {
    const context = await suite.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.url}/fr/sign-in`);
    await page.getByLabel('Adresse e-mail').fill('lotte@example.be');
    await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Adresse e-mail ou mot de passe incorrect');
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('lotte@example.be');
    await page.getByLabel('Mot de passe').fill('een lange en veilige zin');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    expect(new URL(page.url()).pathname).toBe('/fr/account');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    expect(new URL(page.url()).pathname).toBe('/fr/sign-in');
  });

  it('lets a keyboard user skip to the content', async () => {
    const context = await suite.context();
    const page = await context.newPage();
    await page.goto(`${suite.url}/en/timeline`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('switches language on the same page and remembers the choice', async () => {
    const context = await suite.context({ locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(`${suite.url}/`);
    expect(page.url()).toBe(`${suite.url}/fr`);
    await page.goto(`${suite.url}/fr/schemes/dasc`);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    expect(page.url()).toBe(`${suite.url}/nl/schemes/dasc`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.goto(`${suite.url}/`);
    expect(page.url()).toBe(`${suite.url}/nl`);
  });

  it('works without JavaScript: a visitor reaches a scheme and its calls from the home page', async () => {
    const context = await suite.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.url}/en`);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Schemes' }).click();
    expect(page.url()).toBe(`${suite.url}/en/schemes`);
    await page.getByRole('link', { name: /DASC/ }).first().click();
    expect(page.url()).toBe(`${suite.url}/en/schemes/dasc`);
    await expect(page.getByRole('table').textContent()).resolves.toContain('2025–2027');
  });

  it('stays usable on a small screen without horizontal scrolling of the page', async () => {
    const context = await suite.context({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of ['/fr', '/fr/municipalities', '/nl/timeline']) {
      await page.goto(`${suite.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
