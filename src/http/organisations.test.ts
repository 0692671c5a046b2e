import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Visitor } from '../../test/browser-like.ts';
import type { TestDatabase } from '../../test/db.ts';
import { mailedLink as sharedMailedLink } from '../../test/mail.ts';
import { catalogues } from '../core/i18n/index.ts';
import { auditLog, organisationInvitations } from '../db/schema/index.ts';
import type { createApp } from './app.tsx';

let app: ReturnType<typeof createApp>;
let database: TestDatabase;
beforeAll(async () => {
  ({ app, database } = await testApp());
});
afterAll(() => database.dispose());

const fr = catalogues.fr;
const password = 'une phrase de passe assez longue';

/** The newest link mailed to an address with a template, as a path of the site. */
async function mailedLink(to: string, template: string): Promise<string> {
  const url = await sharedMailedLink(database.db, to, template);
  return `${url.pathname}${url.search}`;
}

/** Signs up through the pages and follows the verification link, which signs the person in. */
async function signedUp(name: string, email: string): Promise<Visitor> {
  const visitor = new Visitor(app);
  await visitor.get('/fr/sign-up');
  expect((await visitor.post('/fr/sign-up', { name, email, password, lang: 'fr' })).status).toBe(200);
  await visitor.get(await mailedLink(email, 'verify-email'));
  expect((await visitor.get('/fr/account')).status).toBe(200);
  return visitor;
}

const typed = {
  type: 'association',
  legalName: 'Les Ateliers du Midi & Cie',
  enterpriseNumber: '0123.456.748',
  street: 'Rue de Fiennes 12',
  postalCode: '1070',
  city: 'Anderlecht',
  municipalityNis: '21001',
  iban: 'be68 5390 0754 7034',
  lang: 'nl',
  schoolNumber: '',
  languageSystem: '',
  schoolLevel: '',
  educationType: '',
};

describe('organisation pages', () => {
  let owner: Visitor;
  let organisationPath: string;
  beforeAll(async () => {
    owner = await signedUp('Aïcha Benali', 'aicha@ateliers.example');
  });

  it('sends visitors to sign in, and an invitation link with the way back', async () => {
    const anonymous = new Visitor(app);
    const list = await anonymous.get('/fr/organisations');
    expect(list.status).toBe(303);
    expect(list.headers.get('location')).toBe('/fr/sign-in');
    const link = await anonymous.get('/nl/invitations/abc');
    expect(link.headers.get('location')).toBe(`/nl/sign-in?next=${encodeURIComponent('/nl/invitations/abc')}`);
  });

  it('shows an empty list with the way to register an organisation', async () => {
    const res = await owner.get('/fr/organisations');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain(fr['org.list.empty']);
    expect(html).toContain('href="/fr/organisations/new"');
  });

  it('shows the form with every field, the school ones in their own group', async () => {
    const html = await (await owner.get('/fr/organisations/new')).text();
    expect(html).toMatch(/name="_csrf" value="[\w-]{32,}"/);
    expect(html).toContain(`<legend>${fr['org.form.schoolLegend']}</legend>`);
    for (const name of Object.keys(typed)) expect(html).toContain(`name="${name}"`);
  });

  it('refuses a wrong enterprise number with 422, marks the field, says why and keeps everything typed', async () => {
    const res = await owner.post('/fr/organisations/new', typed);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<input id="field-enterpriseNumber"[^>]*aria-invalid="true"/);
    expect(html).toContain(fr['org.error.enterprise.wrongCheckDigits']);
    expect(html).toContain('href="#field-enterpriseNumber"');
    for (const field of ['legalName', 'enterpriseNumber', 'street', 'postalCode', 'city', 'iban'] as const) {
      expect(html).toContain(`value="${typed[field].replace('&', '&amp;')}"`);
    }
    expect(html).toMatch(/<option value="association" selected=""/);
    expect(html).toMatch(/<option value="21001" selected=""/);
    expect(html).toMatch(/<option value="nl" selected=""/);
  });

  it('says why an IBAN is refused too, on the same form', async () => {
    const res = await owner.post('/fr/organisations/new', { ...typed, iban: 'BE41 5390 0754 7035' });
    const html = await res.text();
    expect(html).toContain(fr['org.error.iban.wrongAccountCheck']);
    expect(html).toMatch(/<input id="field-iban"[^>]*aria-invalid="true"/);
  });

  it('registers a valid organisation, with its audit row, and shows it to its owner', async () => {
    const res = await owner.post('/fr/organisations/new', { ...typed, enterpriseNumber: 'BE 0123 456 749' });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/fr\/organisations\/[0-9a-f-]{36}\?created$/);
    organisationPath = location.replace('?created', '');
    const page = await owner.get(location);
    const html = await page.text();
    expect(html).toContain(fr['org.notice.created']);
    expect(html).toContain('0123.456.749');
    expect(html).toContain('BE68 5390 0754 7034');
    expect(html).toContain(`href="${organisationPath}/edit"`);
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, 'organisation.create'));
    expect(rows).toHaveLength(1);
  });

  it('changes the details through the edit form, refusing a bad IBAN first', async () => {
    const form = await (await owner.get(`${organisationPath}/edit`)).text();
    expect(form).toContain('value="0123.456.749"');
    const bad = await owner.post(`${organisationPath}/edit`, { ...typed, enterpriseNumber: '0123456749', iban: 'X' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain(fr['org.error.iban.unknownCountry']);
    const good = await owner.post(`${organisationPath}/edit`, { ...typed, enterpriseNumber: '0123456749', iban: '' });
    expect(good.status).toBe(303);
    expect(good.headers.get('location')).toBe(`${organisationPath}?updated`);
    const page = await (await owner.get(`${organisationPath}?updated`)).text();
    expect(page).toContain(fr['org.notice.updated']);
    expect(page).not.toContain('BE68 5390');
  });

  describe('invitations', () => {
    let invitee: Visitor;
    let link: string;
    let third: Visitor;

    it('invites someone by e-mail: the invitation waits in the outbox', async () => {
      const res = await owner.post(`${organisationPath}/invitations`, { email: 'Lotte@Example.be', role: 'member' });
      expect(res.status).toBe(303);
      link = await mailedLink('lotte@example.be', 'invitation');
      expect(link).toMatch(/^\/nl\/invitations\/[\w-]{43}$/);
      expect(await (await owner.get(organisationPath)).text()).toContain('lotte@example.be');
    });

    it('keeps the typed address and says why when it is not one', async () => {
      const res = await owner.post(`${organisationPath}/invitations`, { email: 'lotte at example', role: 'member' });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('value="lotte at example"');
      expect(html).toContain(fr['org.error.email']);
    });

    it('lets the invited person, once signed up, open the link and join', async () => {
      invitee = await signedUp('Lotte Janssens', 'lotte@example.be');
      const page = await invitee.get(link);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(
        catalogues.nl['invitation.accept'].replace('{organisation}', 'Les Ateliers du Midi &amp; Cie'),
      );
      const joined = await invitee.post(link, {});
      expect(joined.status).toBe(303);
      expect(joined.headers.get('location')).toBe(`${organisationPath.replace('/fr/', '/nl/')}?joined`);
      const members = await (await owner.get(organisationPath)).text();
      expect(members).toContain('Lotte Janssens');
    });

    it('says clearly that a link was already used', async () => {
      const again = await invitee.get(link);
      expect(again.status).toBe(410);
      expect(await again.text()).toContain(catalogues.nl['invitation.used.title']);
    });

    // The organisation writes in Dutch: people without an account yet get their invitation in Dutch.
    it('says clearly that a link expired', async () => {
      await owner.post(`${organisationPath}/invitations`, { email: 'tom@elders.example', role: 'member' });
      const expiring = await mailedLink('tom@elders.example', 'invitation');
      await database.db
        .update(organisationInvitations)
        .set({ expiresAt: new Date(Date.now() - 60_000) })
        .where(eq(organisationInvitations.email, 'tom@elders.example'));
      third = await signedUp('Tom Claes', 'tom@elders.example');
      const res = await third.get(expiring);
      expect(res.status).toBe(410);
      expect(await res.text()).toContain(catalogues.nl['invitation.expired.title']);
    });

    it('refuses a link meant for another address', async () => {
      await owner.post(`${organisationPath}/invitations`, { email: 'nora@example.be', role: 'member' });
      const res = await third.get(await mailedLink('nora@example.be', 'invitation'));
      expect(res.status).toBe(403);
      expect(await res.text()).toContain(catalogues.nl['invitation.wrongAddress.title']);
    });

    it('answers 404 to someone who is not a member, on the page and through the API', async () => {
      expect((await third.get(organisationPath)).status).toBe(404);
      expect((await third.get(`${organisationPath}/edit`)).status).toBe(404);
      const id = organisationPath.split('/').at(-1);
      const api = await third.get(`/api/v1/organisations/${id}`);
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toContain('application/problem+json');
      expect((await third.post(`${organisationPath}/leave`, {})).status).toBe(404);
    });

    it('keeps the last owner from leaving, then transfers ownership so that they can', async () => {
      const refused = await owner.post(`${organisationPath}/leave`, {});
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain(fr['org.leave.lastOwner']);
      const page = await (await owner.get(organisationPath)).text();
      const lotteId = page.match(/<option value="([\w-]+)">Lotte Janssens/)?.[1];
      expect(lotteId).toBeDefined();
      expect((await owner.post(`${organisationPath}/transfer`, { to: lotteId as string })).status).toBe(303);
      const left = await owner.post(`${organisationPath}/leave`, {});
      expect(left.status).toBe(303);
      expect(left.headers.get('location')).toBe('/fr/organisations?left');
      expect((await owner.get(organisationPath)).status).toBe(404);
    });
  });
});
