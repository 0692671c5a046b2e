/**
 * The test data of every area in one place: people (signed in through the pages as a browser would), organisations,
 * calls and applications. Each builder makes valid data with the fewest arguments; a test passes only what it is
 * about. No test framework is imported here, so the benchmarks can build the same data.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { type Actor, type Context, type Db, type PlatformRole, systemActor } from '../src/core/context.ts';
import {
  type ApplicationState,
  applicationMunicipalities,
  applications,
  auditLog,
  callFormVersions,
  organisationMembers,
  users,
} from '../src/db/schema/index.ts';
import { type CallInput, changePhase, createCall, instantToBrussels, publishCall } from '../src/domain/calls/index.ts';
import {
  type Answers,
  applicationAmounts,
  type BudgetAnswer,
  type BudgetCategory,
  budgetField,
  type FormDefinition,
} from '../src/domain/forms/index.ts';
import { createAccount } from '../src/domain/identity/index.ts';
import {
  createOrganisation,
  enterpriseCheckDigits,
  type OrganisationInput,
} from '../src/domain/organisations/index.ts';
import type { testApp } from './app.ts';
import { Visitor } from './browser-like.ts';
import { mailedLink } from './mail.ts';

export type TestApp = Awaited<ReturnType<typeof testApp>>;
export type UserActor = Extract<Actor, { kind: 'user' }>;

// ---------------------------------------------------------------------------------------------------------------
// Contexts and people

/** A verb context for the actor, at a fixed moment unless told otherwise. */
export const contextOf = (db: Db, actor: Actor, now = new Date('2026-03-02T09:00:00Z')): Context => ({
  actor,
  db,
  requestId: `test-${randomUUID().slice(0, 8)}`,
  now,
  ip: '192.0.2.10',
});

/** The audit rows of one request. */
export const auditOf = (db: Db, ctx: Context) =>
  db.select().from(auditLog).where(eq(auditLog.requestId, ctx.requestId));

/** Adds an account straight into the database (verified unless told otherwise) and gives its actor. */
export async function addUser(
  db: Db,
  options: { name: string; email: string; roles?: PlatformRole[]; verified?: boolean; lang?: string },
): Promise<UserActor & { email: string }> {
  const id = randomUUID();
  await db.insert(users).values({
    id,
    name: options.name,
    email: options.email,
    emailVerified: options.verified ?? true,
    lang: options.lang ?? 'fr',
    role: (options.roles ?? []).join(',') || null,
  });
  return { kind: 'user', id, roles: options.roles ?? [], municipality: null, email: options.email };
}

/** Who a test signs in as: an applicant (no platform role) or people holding one or more platform roles. */
export interface Person {
  roles?: PlatformRole[];
  /** Two-step verification on (staff roles count only with it); on by default for people with roles. */
  twoFactor?: boolean;
  email?: string;
  name?: string;
  lang?: 'fr' | 'nl' | 'en';
  municipality?: string;
}

/** The password of every account the factories make. */
export const password = 'a long enough test passphrase';

/**
 * A new account, signed in through the sign-in page as a browser would: the returned visitor holds the session
 * and CSRF cookies. Two-step verification is switched on in the database after the sign-in (its own flow is
 * tested elsewhere).
 */
export async function signedInAs(
  t: Pick<TestApp, 'app' | 'auth' | 'database'>,
  person: Person = {},
): Promise<{ visitor: Visitor; id: string; email: string; actor: UserActor }> {
  const roles = person.roles ?? [];
  const email = person.email ?? `person-${randomBytes(5).toString('hex')}@test.example.be`;
  const ctx = { actor: systemActor('test'), db: t.database.db, requestId: 'factory', now: new Date() };
  const { id } = await createAccount(ctx, t.auth, {
    email,
    name: person.name ?? (roles.length ? roles.join(' ') : 'applicant'),
    password,
    lang: person.lang ?? 'fr',
    roles,
    municipality: roles.includes('coordinator') ? (person.municipality ?? '21001') : null,
  });
  const visitor = await signIn(t, email);
  // Switched on after signing in: the session stands as if the person had entered their code.
  if (person.twoFactor ?? roles.length > 0) {
    await t.database.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, id));
  }
  const municipality = roles.includes('coordinator') ? (person.municipality ?? '21001') : null;
  return { visitor, id, email, actor: { kind: 'user', id, roles, municipality } };
}

/**
 * A new browser signed in as an existing account made with the factories' password; for one with two-step
 * verification on, the session is made as if the code had been entered (the flag is off for the moment of the
 * sign-in).
 */
export async function signIn(t: Pick<TestApp, 'app' | 'database'>, email: string): Promise<Visitor> {
  const [account] = await t.database.db.select().from(users).where(eq(users.email, email));
  const twoFactor = Boolean(account?.twoFactorEnabled);
  if (twoFactor) await t.database.db.update(users).set({ twoFactorEnabled: false }).where(eq(users.email, email));
  const visitor = new Visitor(t.app);
  await visitor.get('/fr/sign-in');
  const res = await visitor.post('/fr/sign-in', { email, password });
  const location = res.headers.get('location') ?? '';
  if (res.status !== 303 || /two-factor/.test(location)) {
    throw new Error(`sign-in of ${email} answered ${res.status} ${location}`);
  }
  if (twoFactor) await t.database.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.email, email));
  return visitor;
}

/**
 * Someone who signed up through the pages and followed the mailed link (so is signed in), with an association of
 * their own made by the domain.
 */
export async function signedUpApplicant(
  app: { request: Hono['request'] },
  db: Db,
  person: { name: string; email: string; lang: 'fr' | 'nl' | 'en'; enterprise: string },
): Promise<{ visitor: Visitor; organisationId: string }> {
  const visitor = new Visitor(app);
  await visitor.get(`/${person.lang}/sign-up`);
  await visitor.post(`/${person.lang}/sign-up`, {
    name: person.name,
    email: person.email,
    password: 'une phrase de passe assez longue',
    lang: person.lang,
  });
  const url = await mailedLink(db, person.email, 'verify-email');
  await visitor.get(`${url.pathname}${url.search}`);
  const [user] = await db.select().from(users).where(eq(users.email, person.email));
  if (!user) throw new Error(`no account for ${person.email}`);
  const actor: UserActor = { kind: 'user', id: user.id, roles: [], municipality: null };
  const organisationId = await anOrganisation(db, actor, {
    legalName: `${person.name} ASBL`,
    enterpriseNumber: enterpriseNumberFrom(person.enterprise),
  });
  return { visitor, organisationId };
}

// ---------------------------------------------------------------------------------------------------------------
// Organisations

/** A valid enterprise number from any eight digits starting with 0 or 1. */
export const enterpriseNumberFrom = (firstEight: string) => firstEight + enterpriseCheckDigits(firstEight);

/** A valid association, as a form or an API client would send it. */
export const association = (overrides: Partial<OrganisationInput> = {}): OrganisationInput => ({
  type: 'association',
  legalName: 'Les Ateliers du Midi ASBL',
  enterpriseNumber: '0123.456.749',
  municipalityNis: '21001',
  street: 'Rue de Fiennes 12',
  postalCode: '1070',
  city: 'Anderlecht',
  iban: 'BE68 5390 0754 7034',
  lang: 'fr',
  ...overrides,
});

let enterpriseSeed = 10_000_000;

/**
 * An association owned by `owner` (made through the domain, as its form would), with the other people as plain
 * members; a fresh valid enterprise number unless one is given.
 */
export async function anOrganisation(
  db: Db,
  owner: UserActor,
  options: Partial<OrganisationInput> & { members?: UserActor[] } = {},
): Promise<string> {
  enterpriseSeed += 1;
  const { members, ...input } = options;
  const created = await createOrganisation(
    contextOf(db, owner),
    association({
      legalName: `Association ${enterpriseSeed}`,
      enterpriseNumber: enterpriseNumberFrom(`0${String(enterpriseSeed).slice(1)}`),
      ...input,
    }),
  );
  for (const member of members ?? []) {
    await db.insert(organisationMembers).values({ organisationId: created.id, userId: member.id, role: 'member' });
  }
  return created.id;
}

/** An applicant (added straight into the database) with an association of their own. */
export async function applicantWithOrganisation(
  db: Db,
  name: string,
  /** Eight digits starting with 0 or 1: the first part of a valid enterprise number. */
  enterprise: string,
): Promise<{ actor: UserActor & { email: string }; organisationId: string }> {
  const actor = await addUser(db, { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@apply.example.be` });
  const organisationId = await anOrganisation(db, actor, {
    legalName: `${name} ASBL`,
    enterpriseNumber: enterpriseNumberFrom(enterprise),
  });
  return { actor, organisationId };
}

// ---------------------------------------------------------------------------------------------------------------
// Calls

/** A valid call as an officer would send it, opening and closing at the given Brussels times. */
export const callInput = (overrides: Partial<CallInput> = {}): CallInput => ({
  schemeCode: 'das',
  title: { fr: 'Appel DAS 2027-2029', nl: 'Oproep DAS 2027-2029', en: 'DAS call 2027-2029' },
  body: {
    fr: 'Projets d’accrochage scolaire dans les écoles bruxelloises.',
    nl: 'Projecten tegen schooluitval in Brusselse scholen.',
    en: 'Projects against early school leaving in Brussels schools.',
  },
  whoMayApply: {
    fr: 'Les écoles et les associations.',
    nl: 'Scholen en verenigingen.',
    en: 'Schools and associations.',
  },
  periodStart: 2027,
  opensAt: '2026-10-15T12:00',
  closesAt: '2026-12-15T12:00',
  envelopeCents: 300_000_000,
  minPerProjectCents: 500_000,
  maxPerProjectCents: 5_000_000,
  eligibleTypes: ['school', 'association'],
  eligibilityQuestions: [
    {
      key: 'brussels',
      question: {
        fr: 'Le projet se déroule-t-il en Région bruxelloise ?',
        nl: 'Vindt het project plaats in het Brussels Gewest?',
        en: 'Does the project take place in the Brussels Region?',
      },
      blockingAnswer: 'no',
      reason: {
        fr: 'L’appel finance des projets à Bruxelles.',
        nl: 'De oproep financiert projecten in Brussel.',
        en: 'The call funds projects in Brussels.',
      },
    },
  ],
  ...overrides,
});

/** Instants around `callInput`'s dates (opens 15 Oct 2026 12:00, closes 15 Dec 2026 12:00, Brussels). */
export const moments = {
  beforeOpening: new Date('2026-10-01T10:00:00Z'),
  during: new Date('2026-11-10T10:00:00Z'),
  /** 15 December 2026, 12:00 in Brussels (winter time, UTC+1). */
  closing: new Date('2026-12-15T11:00:00.000Z'),
};

/** A published call open at `moments.during`, with the standard form; its code. */
export async function anOpenCall(db: Db, overrides: Partial<CallInput> = {}): Promise<string> {
  const ctx = contextOf(db, systemActor('test'), moments.beforeOpening);
  const call = await createCall(ctx, callInput(overrides));
  await changePhase(ctx, call.code, 'publish');
  return call.code;
}

const day = 24 * 3600 * 1000;

/** A published call open on the real clock (since yesterday, for 20 more days); its code. */
export async function aCallOpenNow(db: Db, overrides: Partial<CallInput> = {}): Promise<string> {
  const now = Date.now();
  const ctx = contextOf(db, systemActor('test'), new Date(now - 2 * day));
  const call = await createCall(
    ctx,
    callInput({
      opensAt: instantToBrussels(new Date(now - day)),
      closesAt: instantToBrussels(new Date(now + 20 * day)),
      ...overrides,
    }),
  );
  await changePhase(ctx, call.code, 'publish');
  return call.code;
}

export interface PublishedCall {
  code: string;
  form: FormDefinition;
  formVersion: number;
}

/** A call made and published by the system at `at`, open between the given Brussels times, with its form. */
export async function aPublishedCall(
  db: Db,
  options: { at: Date; opensAt: string; closesAt: string },
): Promise<PublishedCall> {
  const ctx = contextOf(db, systemActor('test'), options.at);
  const call = await createCall(ctx, callInput({ opensAt: options.opensAt, closesAt: options.closesAt }));
  await publishCall(ctx, call.code);
  const [version] = await db.select().from(callFormVersions).where(eq(callFormVersions.callCode, call.code));
  if (!version) throw new Error('The call has no form version');
  return { code: call.code, form: version.form, formVersion: version.version };
}

// ---------------------------------------------------------------------------------------------------------------
// Applications

/** Answers that complete the standard form, asking 30,000 euros over the three years. */
export const completeAnswers = (years = [2027, 2028, 2029]): Answers => ({
  title: 'Ateliers du mercredi',
  summary: 'Des ateliers de soutien scolaire et de remobilisation pour les élèves de première secondaire.',
  aims: ['prevent', 'reengage'],
  parents: 'no',
  targetGroup: { ageBands: { '12-14': 40 }, levels: { secondary: 40 }, sexes: { girls: 22, boys: 18 } },
  schools: [],
  municipalities: ['21001', '21004'],
  activities: [{ activity: 'Atelier hebdomadaire', schedule: 'Mercredi après-midi', place: 'École' }],
  partners: [{ name: 'Maison de quartier', role: 'Accueil' }],
  budget: {
    lines: [
      { category: 'staff', label: 'Animateur', amounts: Object.fromEntries(years.map((y) => [String(y), '1000000'])) },
    ],
    cofunding: [],
  },
});

/** A budget over the period's first year: one line per category given, and co-funding. Amounts in cents. */
export function budgetOf(lines: Partial<Record<BudgetCategory, number>>, cofunding = 0, year = '2027'): BudgetAnswer {
  return {
    lines: Object.entries(lines).map(([category, cents]) => ({
      category: category as BudgetCategory,
      label: `${category} line`,
      amounts: { [year]: String(cents) },
    })),
    cofunding: cofunding ? [{ source: 'Commune', amounts: { [year]: String(cofunding) } }] : [],
  };
}

export interface ApplicationOptions {
  call: PublishedCall;
  organisationId: string;
  state: ApplicationState;
  budget: BudgetAnswer;
  title?: string;
  municipalities?: string[];
  submittedAt?: Date;
  createdBy?: string;
}

let referenceSeed = 0;

/**
 * An application written straight into the database in a given state, with a title, a budget and municipalities
 * concerned; anything past the draft gets a frozen `submitted` copy and a submission instant.
 */
export async function anApplication(db: Db, options: ApplicationOptions): Promise<{ id: string; reference: string }> {
  referenceSeed += 1;
  const reference = `${options.call.code}-${String(referenceSeed).padStart(4, '0')}`;
  const key = budgetField(options.call.form)?.key ?? 'budget';
  const answers: Answers = {
    title: options.title ?? `Projet ${referenceSeed}`,
    [key]: options.budget,
    ...(options.municipalities ? { municipalities: options.municipalities } : {}),
  };
  const submitted = options.state !== 'draft';
  const [row] = await db
    .insert(applications)
    .values({
      reference,
      callCode: options.call.code,
      formVersion: options.call.formVersion,
      organisationId: options.organisationId,
      state: options.state,
      title: String(answers.title),
      answers,
      ...applicationAmounts(options.call.form, answers),
      submitted: submitted ? answers : null,
      submittedAt: submitted ? (options.submittedAt ?? new Date('2026-11-20T10:00:00Z')) : null,
      createdBy: options.createdBy ?? null,
    })
    .returning({ id: applications.id });
  if (!row) throw new Error('The application insert returned no row');
  if (options.municipalities?.length) {
    await db
      .insert(applicationMunicipalities)
      .values(options.municipalities.map((municipalityNis) => ({ applicationId: row.id, municipalityNis })));
  }
  return { id: row.id, reference };
}

/** A submitted application asking for the budget given (by default 10,000 euros of staff). */
export const aSubmittedApplication = (
  db: Db,
  options: Omit<ApplicationOptions, 'state' | 'budget'> & { budget?: BudgetAnswer },
) => anApplication(db, { budget: budgetOf({ staff: 1_000_000 }), ...options, state: 'submitted' });

/** The state of an application now. */
export async function stateOf(db: Db, id: string): Promise<ApplicationState | undefined> {
  const [row] = await db
    .select({ state: applications.state })
    .from(applications)
    .where(and(eq(applications.id, id)));
  return row?.state;
}
