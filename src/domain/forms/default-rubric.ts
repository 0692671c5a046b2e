import { type Rubric, rubricSchema } from './definition.ts';

/** The standard evaluation grid of a new call: five criteria, weights summing to 100. */
const rubric: Rubric = {
  criteria: [
    {
      key: 'relevance',
      weight: 30,
      maxScore: 10,
      threshold: 5,
      label: {
        fr: 'Pertinence face au décrochage scolaire',
        nl: 'Relevantie tegenover schooluitval',
        en: 'Relevance to early school leaving',
      },
      help: {
        fr: 'Le constat est étayé et le projet répond aux besoins du public visé.',
        nl: 'De vaststelling is onderbouwd en het project beantwoordt aan de noden van de doelgroep.',
        en: 'The starting point is backed up and the project meets the needs of its public.',
      },
    },
    {
      key: 'quality',
      weight: 25,
      maxScore: 10,
      threshold: 5,
      label: {
        fr: 'Qualité et faisabilité des activités',
        nl: 'Kwaliteit en haalbaarheid van de activiteiten',
        en: 'Quality and feasibility of the activities',
      },
    },
    {
      key: 'partnership',
      weight: 15,
      maxScore: 10,
      label: {
        fr: 'Partenariats avec les écoles et les familles',
        nl: 'Partnerschappen met scholen en gezinnen',
        en: 'Partnerships with schools and families',
      },
    },
    {
      key: 'budget',
      weight: 20,
      maxScore: 10,
      threshold: 4,
      label: {
        fr: 'Cohérence et réalisme du budget',
        nl: 'Samenhang en realisme van de begroting',
        en: 'Consistency and realism of the budget',
      },
    },
    {
      key: 'evaluation',
      weight: 10,
      maxScore: 10,
      label: {
        fr: 'Suivi et évaluation prévus',
        nl: 'Geplande opvolging en evaluatie',
        en: 'Planned monitoring and evaluation',
      },
    },
  ],
};

/** A fresh copy of the standard rubric, checked against the rubric schema. */
export function defaultRubric(): Rubric {
  return rubricSchema.parse(structuredClone(rubric));
}
