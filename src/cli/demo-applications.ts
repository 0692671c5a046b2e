import { and, eq } from 'drizzle-orm';
import type { Context, Db } from '../core/context.ts';
import type { Logger } from '../core/logger.ts';
import { applications, calls } from '../db/schema/index.ts';
import {
  applicantLinks,
  requestInformation,
  saveSection,
  screenApplication,
  startApplication,
  submitApplication,
  withdrawApplication,
} from '../domain/applications/index.ts';
import { callState } from '../domain/calls/index.ts';
import { FileStore } from '../domain/files/index.ts';
import type { Answers } from '../domain/forms/index.ts';
import { createOrganisation, enterpriseCheckDigits, listMyOrganisations } from '../domain/organisations/index.ts';

type Outcome = 'draft' | 'submitted' | 'info_requested' | 'eligible' | 'ineligible' | 'withdrawn';

/** The demo files: one per organisation, each left in a different state. Names say they are demo data. */
const files: {
  organisation: string;
  nis: string;
  postalCode: string;
  city: string;
  title: string;
  outcome: Outcome;
}[] = [
  {
    organisation: 'Démo – Les Devoirs Partagés ASBL',
    nis: '21015',
    postalCode: '1030',
    city: 'Schaerbeek',
    title: 'Devoirs partagés du mercredi (démo)',
    outcome: 'draft',
  },
  {
    organisation: 'Démo – Athénée de la Senne',
    nis: '21004',
    postalCode: '1000',
    city: 'Bruxelles',
    title: 'Tutorat entre élèves de 1re et de 5e (démo)',
    outcome: 'info_requested',
  },
  {
    organisation: 'Démo – Maison de quartier du Canal ASBL',
    nis: '21012',
    postalCode: '1080',
    city: 'Molenbeek-Saint-Jean',
    title: 'Raccrochage par le sport au Canal (démo)',
    outcome: 'eligible',
  },
  {
    organisation: 'Démo – Club de devoirs Helmet ASBL',
    nis: '21015',
    postalCode: '1030',
    city: 'Schaerbeek',
    title: 'Club de devoirs du soir (démo)',
    outcome: 'ineligible',
  },
  {
    organisation: 'Démo – Ateliers des Marolles ASBL',
    nis: '21004',
    postalCode: '1000',
    city: 'Bruxelles',
    title: 'Ateliers créatifs des Marolles (démo)',
    outcome: 'withdrawn',
  },
];

function answersFor(title: string, nis: string, years: number[], staffCents: number): Record<string, Answers> {
  const perYear = (cents: number) => Object.fromEntries(years.map((y) => [String(y), String(cents)]));
  return {
    project: {
      title,
      summary:
        'Des ateliers réguliers pour des élèves qui décrochent : soutien scolaire, remobilisation et lien avec ' +
        'les familles, en accord avec les écoles du quartier.',
      aims: ['prevent', 'intervene'],
      parents: 'yes',
      parentsHow: 'Une rencontre par trimestre avec les familles, à l’école ou à l’association.',
    },
    people: {
      targetGroup: {
        ageBands: { '12-14': 30, '15-17': 10 },
        levels: { secondary: 40 },
        sexes: { girls: 21, boys: 19 },
      },
      schools: [],
      municipalities: [nis],
    },
    activities: {
      activities: [
        { activity: 'Atelier de soutien scolaire', schedule: 'Mercredi 14:00–16:00', place: 'Local de l’association' },
        { activity: 'Rencontre avec les familles', schedule: 'Une fois par trimestre', place: 'École' },
      ],
    },
    partners: { partners: [{ name: 'École partenaire du quartier', role: 'Orientation des élèves' }] },
    budget: {
      budget: {
        lines: [
          { category: 'staff', label: 'Animateur ou animatrice (mi-temps)', amounts: perYear(staffCents) },
          { category: 'operating', label: 'Fournitures et collations', amounts: perYear(150_000) },
        ],
        cofunding: [{ source: 'Commune (subside local)', amounts: perYear(100_000) }],
      },
    },
  };
}

/**
 * Development only: demo applications to the open demo call, one in each state (draft, submitted and waiting for
 * an answer, eligible, not eligible, withdrawn), made through the same verbs as people use. Runs once: nothing
 * happens when the demo call already has applications.
 */
export async function ensureDemoApplications(
  db: Db,
  logger: Logger,
  people: { applicantId: string; officerId: string },
  dataDir: string,
): Promise<void> {
  const now = new Date();
  const demoCalls = await db
    .select()
    .from(calls)
    .where(and(eq(calls.demo, true), eq(calls.phase, 'published')));
  const call = demoCalls.find((c) => callState(c, now) === 'open');
  if (!call) return;
  const [existing] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.callCode, call.code));
  if (existing) return;
  const applicant: Context = {
    actor: { kind: 'user', id: people.applicantId, roles: [], municipality: null },
    db,
    requestId: 'demo',
    now,
  };
  const officer: Context = {
    actor: { kind: 'user', id: people.officerId, roles: ['officer'], municipality: null },
    db,
    requestId: 'demo',
    now,
  };
  const store = { store: new FileStore(`${dataDir}/uploads`), maxBytes: 10 * 1024 * 1024 };
  const years: number[] = [];
  for (let y = call.periodStart; y <= call.periodEnd; y++) years.push(y);
  const mine = new Map((await listMyOrganisations(applicant)).map((o) => [o.legalName, o.id]));
  let serial = 0;
  for (const file of files) {
    serial += 1;
    let organisationId = mine.get(file.organisation);
    if (!organisationId) {
      const firstEight = `0${String(4_400_000 + serial * 1_111).padStart(7, '0')}`;
      const created = await createOrganisation(applicant, {
        type: 'association',
        legalName: file.organisation,
        enterpriseNumber: firstEight + enterpriseCheckDigits(firstEight),
        municipalityNis: file.nis,
        street: 'Rue de la Démo 1',
        postalCode: file.postalCode,
        city: file.city,
        iban: null,
        lang: 'fr',
      });
      organisationId = created.id;
    }
    const { id } = await startApplication(applicant, {
      callCode: call.code,
      organisationId,
      eligibility: { brussels: 'yes' },
    });
    const sections = answersFor(file.title, file.nis, years, 1_200_000 + serial * 150_000);
    for (const [section, answers] of Object.entries(sections)) {
      if (file.outcome === 'draft' && section !== 'project') continue;
      await saveSection(applicant, id, section, { answers, sectionVersion: 0 }, store);
    }
    if (file.outcome === 'draft') continue;
    const links = applicantLinks('http://localhost', id);
    await submitApplication(applicant, id, { declaration: true }, links);
    if (file.outcome === 'withdrawn') await withdrawApplication(applicant, id);
    if (file.outcome === 'eligible') await screenApplication(officer, id, { decision: 'eligible' });
    if (file.outcome === 'ineligible') {
      await screenApplication(officer, id, {
        decision: 'ineligible',
        reason: 'Le projet se déroule hors des heures prévues par le dispositif (démo).',
      });
    }
    if (file.outcome === 'info_requested') {
      const due = new Date(now.getTime() + 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      await requestInformation(
        officer,
        id,
        { message: 'Pouvez-vous préciser le calendrier des séances de tutorat ? (démo)', dueDate: due },
        links,
      );
    }
  }
  logger.info({ call: call.code, applications: files.length }, 'demo applications created');
}
