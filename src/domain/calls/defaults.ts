import type { FormDefinition, Rubric } from '../forms/definition.ts';

/**
 * The form and rubric a new call starts with (version 1). Officers then adapt them in the form editor.
 */
export function defaultFormVersion(): { form: FormDefinition; rubric: Rubric } {
  return {
    form: {
      sections: [
        {
          key: 'project',
          title: { fr: 'Le projet', nl: 'Het project', en: 'The project' },
          fields: [
            {
              key: 'title',
              type: 'text',
              label: { fr: 'Titre du projet', nl: 'Titel van het project', en: 'Project title' },
              required: true,
            },
            {
              key: 'summary',
              type: 'longText',
              label: { fr: 'Résumé', nl: 'Samenvatting', en: 'Summary' },
              required: true,
              maxWords: 300,
            },
          ],
        },
        {
          key: 'budget',
          title: { fr: 'Budget', nl: 'Begroting', en: 'Budget' },
          fields: [
            {
              key: 'budget',
              type: 'budget',
              label: { fr: 'Budget du projet', nl: 'Begroting van het project', en: 'Project budget' },
              required: true,
            },
          ],
        },
      ],
    },
    rubric: {
      criteria: [
        {
          key: 'relevance',
          label: { fr: 'Pertinence', nl: 'Relevantie', en: 'Relevance' },
          weight: 1,
          maxScore: 10,
          threshold: 5,
        },
        {
          key: 'feasibility',
          label: { fr: 'Faisabilité', nl: 'Haalbaarheid', en: 'Feasibility' },
          weight: 1,
          maxScore: 10,
          threshold: 5,
        },
      ],
    },
  };
}
