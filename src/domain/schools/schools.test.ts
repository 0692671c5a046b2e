import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import type { Actor, Context } from '../../core/context.ts';
import { auditLog, schools } from '../../db/schema/index.ts';
import { describeReason, getSchool, importSchools, listSchools, schoolsByIds, searchSchools } from './index.ts';

const fixture = readFileSync(new URL('../../../test/fixtures/schools.csv', import.meta.url), 'utf8');
const header = fixture.split('\n')[1] as string;
/** The fixture's data lines (without the comment and the header). */
const lines = fixture.trim().split('\n').slice(2);
const fileOf = (rows: string[], head = header) => [head, ...rows].join('\n');

let database: TestDatabase;
const officer: Actor = { kind: 'user', id: 'u-officer', roles: ['officer'], municipality: null };
const applicant: Actor = { kind: 'user', id: 'u-applicant', roles: [], municipality: null };
const ctx = (actor: Actor = officer, now = new Date('2026-03-01T09:00:00Z')): Context => ({
  actor,
  db: database.db,
  requestId: 'schools-test',
  now,
});

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

const count = async () => (await database.db.select().from(schools)).length;

describe('importing the registry', () => {
  it('refuses applicants and visitors', async () => {
    await expect(importSchools(ctx(applicant), fixture)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importSchools(ctx({ kind: 'visitor' }), fixture)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('imports a valid file (French headers, semicolons, comment line) with one audit row', async () => {
    const report = await importSchools(ctx(), fixture);
    expect(report).toEqual({ applied: true, created: 20, updated: 0, unchanged: 0, rejected: [] });
    expect(await count()).toBe(20);
    const [athenee] = await database.db.select().from(schools).where(eq(schools.schoolNumber, '1001'));
    expect(athenee).toMatchObject({
      name: 'Athénée des Tilleuls',
      languageSystem: 'fr',
      network: 'community',
      level: 'secondary',
      educationType: 'mainstream',
      municipalityNis: '21001',
      street: 'Rue des Tilleuls 12',
      postalCode: '1070',
    });
    const [vlinder] = await database.db.select().from(schools).where(eq(schools.schoolNumber, '2005'));
    expect(vlinder).toMatchObject({ languageSystem: 'nl', network: 'community', level: 'primary' });
    expect(vlinder?.educationType).toBe('special');
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.action, 'school.import'));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.changes).toMatchObject({ created: 20, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('re-importing updates changed schools, leaves the others, creates new ones', async () => {
    const changed = lines.map((l) => (l.startsWith('1002;') ? l.replace('Quai du Canal 3', 'Quai du Canal 5') : l));
    changed.push('1013;École du Jardin;fr;officiel;primaire;ordinaire;21011;Rue du Jardin 1;1081');
    const report = await importSchools(ctx(officer, new Date('2026-04-01T09:00:00Z')), fileOf(changed));
    expect(report).toEqual({ applied: true, created: 1, updated: 1, unchanged: 19, rejected: [] });
    const [canal] = await database.db.select().from(schools).where(eq(schools.schoolNumber, '1002'));
    expect(canal?.street).toBe('Quai du Canal 5');
    expect(canal?.updatedAt.toISOString()).toBe('2026-04-01T09:00:00.000Z');
    expect(await count()).toBe(21);
  });

  it('keys schools by language system and number: the same number in the other system is another school', async () => {
    const report = await importSchools(
      ctx(),
      fileOf(['1001;Basisschool Het Anker;nl;vrij;basis;gewoon;21001;Ankerstraat 1;1070']),
    );
    expect(report.created).toBe(1);
    const both = await database.db.select().from(schools).where(eq(schools.schoolNumber, '1001'));
    expect(both.map((s) => s.languageSystem).sort()).toEqual(['fr', 'nl']);
  });

  it('reports every kind of broken line with its line number, and writes nothing', async () => {
    const before = await count();
    const audits = (await database.db.select().from(auditLog)).length;
    const broken = [
      lines[0] as string, // line 3: valid
      '3001;École A;fr;officiel;primaire;ordinaire;99999;Rue A 1;1000', // 3: unknown NIS code
      '3002;École B;fr;officiel;primaire;ordinaire;21004;Rue B 1;4000', // 4: postal code outside Brussels
      '3003;;fr;officiel;primaire;ordinaire;21004;Rue C 1;1000', // 5: no name
      '3004;École D;fr;officiel;universitaire;ordinaire;21004;Rue D 1;1000', // 6: bad level
      '3005;École E;de;public;primaire;ordinaire;21004;Rue E 1;1000', // 7: bad language system and network
      '3006;École F;fr;officiel;primaire;adapté;21004;Rue F 1;1000', // 8: bad education type
      'AB-12;École G;fr;officiel;primaire;ordinaire;21004;Rue G 1;1000', // 9: bad number
      '3001;École H;fr;officiel;primaire;ordinaire;21004;Rue H 1;1000', // 10: valid, first 3001
      '3001;École H bis;fr;officiel;primaire;ordinaire;21004;Rue H 2;1000', // 11: duplicate of line 10
      '3007;École I;fr;officiel;primaire;ordinaire;21004;Rue I 1;1000;surplus', // 12: too many values
    ];
    // The header is line 1. Line 3 also has number 3001, but only valid lines count as a first occurrence.
    const report = await importSchools(ctx(), fileOf(broken));
    expect(report.applied).toBe(false);
    expect(report.created + report.updated + report.unchanged).toBe(0);
    const byLine = Object.fromEntries(report.rejected.map((r) => [r.line, r.reasons.map((x) => x.key)]));
    expect(byLine).toEqual({
      3: ['schools.reason.unknownMunicipality'],
      4: ['schools.reason.unknownPostalCode'],
      5: ['schools.reason.missing'],
      6: ['schools.reason.level'],
      7: ['schools.reason.languageSystem', 'schools.reason.network'],
      8: ['schools.reason.educationType'],
      9: ['schools.reason.number'],
      11: ['schools.reason.duplicate'],
      12: ['schools.reason.columnCount'],
    });
    const duplicate = report.rejected.find((r) => r.line === 11)?.reasons[0];
    expect(duplicate?.params).toEqual({ value: '3001', line: 10 });
    expect(report.rejected.find((r) => r.line === 5)?.reasons[0]?.params).toEqual({ field: 'name' });
    expect(await count()).toBe(before);
    expect((await database.db.select().from(auditLog)).length).toBe(audits);
  });

  it('gives the reasons in each language, with the field named in that language', () => {
    const reason = { key: 'schools.reason.missing' as const, params: { field: 'name' } };
    expect(describeReason('fr', reason)).toBe('Nom manquant(e).');
    expect(describeReason('nl', reason)).toBe('Naam ontbreekt.');
    expect(describeReason('en', reason)).toBe('Name is missing.');
    const level = { key: 'schools.reason.level' as const, params: { value: 'universitaire' } };
    expect(describeReason('nl', level)).toContain('"universitaire"');
  });

  it('refuses a file without a needed column, or without data, or with an unclosed quote', async () => {
    const noPostal = await importSchools(
      ctx(),
      'number,name,language,network,level,type,nis,street\n1,A,fr,free,primary,mainstream,21004,Rue 1',
    );
    expect(noPostal.applied).toBe(false);
    expect(noPostal.rejected).toEqual([
      { line: 1, reasons: [{ key: 'schools.reason.missingColumn', params: { field: 'postalCode' } }] },
    ]);
    expect((await importSchools(ctx(), header)).rejected[0]?.reasons[0]?.key).toBe('schools.reason.empty');
    expect((await importSchools(ctx(), '')).rejected[0]?.reasons[0]?.key).toBe('schools.reason.empty');
    const unclosed = await importSchools(ctx(), fileOf([lines[0] as string, '"3010;École;fr', lines[1] as string]));
    expect(unclosed.rejected).toEqual([{ line: 3, reasons: [{ key: 'schools.reason.unclosedQuote' }] }]);
  });

  it('with skipInvalid, writes the valid lines and reports the refused ones', async () => {
    const report = await importSchools(
      ctx(),
      fileOf([
        '4001;École Valide;fr;libre;primaire;ordinaire;21003;Rue Valide 1;1082',
        '4002;École Invalide;fr;libre;primaire;ordinaire;21003;Rue Invalide 1;9999',
      ]),
      { skipInvalid: true },
    );
    expect(report).toMatchObject({ applied: true, created: 1, updated: 0, unchanged: 0 });
    expect(report.rejected).toEqual([
      { line: 3, reasons: [{ key: 'schools.reason.unknownPostalCode', params: { value: '9999' } }] },
    ]);
    expect(await database.db.select().from(schools).where(eq(schools.schoolNumber, '4002'))).toEqual([]);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'school.import'))
      .orderBy(auditLog.at);
    expect(audit).toBeDefined();
  });

  it('reads Windows-1252 files, commas, quoted fields, English and Dutch headers and values, names of municipalities', async () => {
    const text = [
      '\uFEFF"School number","Name","Language system","Network","Level","Education type","Municipality","Street","Postal code"',
      '5001,"Ecole l’Étoile, site ""Nord""",french,official,primary,mainstream,Schaerbeek,"Rue de l’Étoile 3",1030',
    ].join('\r\n');
    const cp1252 = Uint8Array.from([...text.replace('\uFEFF', '')].map((ch) => (ch === '’' ? 0x92 : ch.charCodeAt(0))));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cp1252)).toThrow();
    const report = await importSchools(ctx(), cp1252);
    expect(report).toMatchObject({ applied: true, created: 1, rejected: [] });
    const [etoile] = await database.db.select().from(schools).where(eq(schools.schoolNumber, '5001'));
    expect(etoile).toMatchObject({
      name: 'Ecole l’Étoile, site "Nord"',
      street: 'Rue de l’Étoile 3',
      municipalityNis: '21015',
      languageSystem: 'fr',
      network: 'official',
    });

    const utf8WithBom = new TextEncoder().encode(
      '\uFEFFnummer;naam;taal;onderwijsnet;niveau;onderwijstype;gemeente;adres;postcode\n' +
        '5002;Sint-Guido Instituut;nederlands;vrij gesubsidieerd;secundair;gewoon;Sint-Jans-Molenbeek;Ninoofsesteenweg 9;1080\n',
    );
    const dutch = await importSchools(ctx(), utf8WithBom);
    expect(dutch).toMatchObject({ applied: true, created: 1, rejected: [] });
    const [guido] = await database.db
      .select()
      .from(schools)
      .where(and(eq(schools.schoolNumber, '5002'), eq(schools.languageSystem, 'nl')));
    expect(guido).toMatchObject({ municipalityNis: '21012', network: 'free', level: 'secondary' });
  });
});

describe('searching the registry', () => {
  it('needs a signed-in person', async () => {
    await expect(searchSchools(ctx({ kind: 'visitor' }), { q: 'ecole' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('finds a part of a name without case or accents', async () => {
    const found = await searchSchools(ctx(applicant), { q: 'ATHENEE' });
    expect(found.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Athénée des Tilleuls', 'Athénée royal de la Forêt']),
    );
    const foret = await searchSchools(ctx(applicant), { q: 'foret' });
    expect(foret[0]?.name).toBe('Athénée royal de la Forêt');
    const cedres = await searchSchools(ctx(applicant), { q: 'cèdres' });
    expect(cedres.map((s) => s.schoolNumber)).toEqual(['1009']);
  });

  it('finds close spellings through trigrams', async () => {
    const found = await searchSchools(ctx(applicant), { q: 'Regenbog' });
    expect(found[0]?.name).toBe('Basisschool De Regenboog');
  });

  it('finds the exact school number first and filters by municipality, language system and level', async () => {
    const byNumber = await searchSchools(ctx(applicant), { q: '2004' });
    expect(byNumber[0]?.name).toBe('Sint-Jozefscollege Molenbeek');
    const molenbeek = await searchSchools(ctx(applicant), { municipality: '21012' });
    expect(molenbeek.every((s) => s.municipalityNis === '21012')).toBe(true);
    expect(molenbeek.length).toBeGreaterThanOrEqual(3);
    const nlSecondary = await searchSchools(ctx(applicant), { languageSystem: 'nl', level: 'secondary' });
    expect(nlSecondary.map((s) => s.schoolNumber).sort()).toEqual(['2002', '2004', '2007', '5002']);
    expect(await searchSchools(ctx(applicant), { q: 'ecole', limit: 2 })).toHaveLength(2);
    await expect(searchSchools(ctx(applicant), { municipality: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('treats LIKE wildcards as text', async () => {
    expect(await searchSchools(ctx(applicant), { q: '%' })).toEqual([]);
  });
});

describe('reading the registry', () => {
  it('lists by pages for admins and officers only', async () => {
    const first = await listSchools(ctx(), { page: 1, size: 10 });
    const total = await count();
    expect(first.total).toBe(total);
    expect(first.items).toHaveLength(10);
    const last = await listSchools(ctx(), { page: Math.ceil(total / 10), size: 10 });
    expect(last.items.length).toBe(total % 10 || 10);
    const names = first.items.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect((await listSchools(ctx(), { q: 'gemeentelijke' })).items.map((s) => s.schoolNumber)).toEqual(['2003']);
    await expect(listSchools(ctx(applicant))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives one school, and given schools in the order asked', async () => {
    const [a, b] = (await searchSchools(ctx(applicant), { q: 'Tilleuls' })).concat(
      await searchSchools(ctx(applicant), { q: 'Zonnetje' }),
    );
    expect((await getSchool(ctx(applicant), a?.id as string)).name).toBe('Athénée des Tilleuls');
    await expect(getSchool(ctx(applicant), '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getSchool(ctx(applicant), 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const given = await schoolsByIds(ctx({ kind: 'visitor' }), [b?.id as string, 'bad', a?.id as string]);
    expect(given.map((s) => s.name)).toEqual(['Kleuterschool Het Zonnetje', 'Athénée des Tilleuls']);
  });
});
