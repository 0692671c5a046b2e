import type { CallInput } from './schemas.ts';

/** Tests only: a valid call as an officer would send it, opening and closing at the given Brussels times. */
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
