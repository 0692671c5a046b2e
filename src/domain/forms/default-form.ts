import { type FormDefinition, type FormDefinitionInput, formDefinitionSchema } from './definition.ts';

/**
 * The standard application form a new call starts from. Officers may change it before the first submission; it
 * follows the subsidy's needs: the project and its aims, the people reached (counts only), the activities, the
 * partners, the budget by year and the attachments.
 */
const form: FormDefinitionInput = {
  sections: [
    {
      key: 'project',
      title: { fr: 'Le projet', nl: 'Het project', en: 'The project' },
      intro: {
        fr: 'Présentez le projet en quelques mots : ce qu’il veut changer, pour qui et comment.',
        nl: 'Stel het project kort voor: wat het wil veranderen, voor wie en hoe.',
        en: 'Describe the project briefly: what it aims to change, for whom and how.',
      },
      fields: [
        {
          key: 'title',
          type: 'text',
          required: true,
          label: { fr: 'Titre du projet', nl: 'Titel van het project', en: 'Project title' },
        },
        {
          key: 'summary',
          type: 'longText',
          required: true,
          maxWords: 300,
          label: { fr: 'Résumé', nl: 'Samenvatting', en: 'Summary' },
          help: {
            fr: 'Le constat de départ, les objectifs, les activités principales et les résultats attendus.',
            nl: 'De vaststelling vooraf, de doelen, de belangrijkste activiteiten en de verwachte resultaten.',
            en: 'The starting point, the objectives, the main activities and the expected results.',
          },
        },
        {
          key: 'aims',
          type: 'multiChoice',
          required: true,
          label: { fr: 'Finalités du projet', nl: 'Doelstellingen van het project', en: 'Aims of the project' },
          help: {
            fr: 'Cochez tout ce qui s’applique.',
            nl: 'Vink alles aan wat van toepassing is.',
            en: 'Tick all that apply.',
          },
          options: [
            {
              value: 'prevent',
              label: {
                fr: 'Prévenir le décrochage scolaire',
                nl: 'Schooluitval voorkomen',
                en: 'Prevent early school leaving',
              },
            },
            {
              value: 'intervene',
              label: {
                fr: 'Intervenir auprès des jeunes en difficulté',
                nl: 'Ingrijpen bij jongeren in moeilijkheden',
                en: 'Intervene with young people at risk',
              },
            },
            {
              value: 'reengage',
              label: {
                fr: 'Raccrocher les jeunes sortis de l’école',
                nl: 'Jongeren die de school verlaten hebben opnieuw betrekken',
                en: 'Re-engage young people who have left school',
              },
            },
          ],
        },
        {
          key: 'parents',
          type: 'choice',
          required: true,
          label: {
            fr: 'Les parents participent-ils au projet ?',
            nl: 'Nemen de ouders deel aan het project?',
            en: 'Do parents take part in the project?',
          },
          options: [
            { value: 'yes', label: { fr: 'Oui', nl: 'Ja', en: 'Yes' } },
            { value: 'no', label: { fr: 'Non', nl: 'Nee', en: 'No' } },
          ],
        },
        {
          key: 'parentsHow',
          type: 'longText',
          required: true,
          maxWords: 150,
          showIf: { field: 'parents', equals: ['yes'] },
          label: {
            fr: 'Comment les parents participent-ils ?',
            nl: 'Hoe nemen de ouders deel?',
            en: 'How do parents take part?',
          },
        },
      ],
    },
    {
      key: 'people',
      title: { fr: 'Public touché', nl: 'Bereikt publiek', en: 'People reached' },
      fields: [
        {
          key: 'targetGroup',
          type: 'targetGroup',
          required: true,
          label: {
            fr: 'Nombre de jeunes touchés chaque année',
            nl: 'Aantal bereikte jongeren per jaar',
            en: 'Number of young people reached each year',
          },
          help: {
            fr: 'Des estimations suffisent. Chaque tableau peut être rempli séparément.',
            nl: 'Ramingen volstaan. Elke tabel mag apart ingevuld worden.',
            en: 'Estimates are enough. Each table may be filled in on its own.',
          },
        },
        {
          key: 'schools',
          type: 'school',
          label: { fr: 'Écoles partenaires', nl: 'Betrokken scholen', en: 'Schools involved' },
        },
        {
          key: 'municipalities',
          type: 'municipality',
          required: true,
          label: {
            fr: 'Communes concernées',
            nl: 'Betrokken gemeenten',
            en: 'Municipalities concerned',
          },
        },
      ],
    },
    {
      key: 'activities',
      title: { fr: 'Activités', nl: 'Activiteiten', en: 'Activities' },
      fields: [
        {
          key: 'activities',
          type: 'list',
          required: true,
          maxRows: 30,
          label: { fr: 'Activités prévues', nl: 'Geplande activiteiten', en: 'Planned activities' },
          columns: [
            {
              key: 'activity',
              type: 'text',
              required: true,
              label: { fr: 'Activité', nl: 'Activiteit', en: 'Activity' },
            },
            {
              key: 'schedule',
              type: 'text',
              required: true,
              label: { fr: 'Période et rythme', nl: 'Periode en ritme', en: 'Period and schedule' },
            },
            { key: 'place', type: 'text', required: false, label: { fr: 'Lieu', nl: 'Plaats', en: 'Place' } },
          ],
        },
      ],
    },
    {
      key: 'partners',
      title: { fr: 'Partenaires', nl: 'Partners', en: 'Partners' },
      intro: {
        fr: 'N’indiquez pas de données personnelles : le nom de l’organisation et son rôle suffisent.',
        nl: 'Vermeld geen persoonsgegevens: de naam van de organisatie en haar rol volstaan.',
        en: 'Give no personal details: the organisation’s name and its role are enough.',
      },
      fields: [
        {
          key: 'partners',
          type: 'list',
          maxRows: 30,
          label: { fr: 'Partenaires du projet', nl: 'Partners van het project', en: 'Project partners' },
          columns: [
            { key: 'name', type: 'text', required: true, label: { fr: 'Nom', nl: 'Naam', en: 'Name' } },
            { key: 'role', type: 'text', required: true, label: { fr: 'Rôle', nl: 'Rol', en: 'Role' } },
          ],
        },
      ],
    },
    {
      key: 'budget',
      title: { fr: 'Budget', nl: 'Begroting', en: 'Budget' },
      intro: {
        fr: 'Indiquez les dépenses par catégorie et par année, puis les autres sources de financement.',
        nl: 'Vermeld de uitgaven per categorie en per jaar, daarna de andere financieringsbronnen.',
        en: 'Enter the expenses by category and by year, then the other sources of funding.',
      },
      fields: [
        {
          key: 'budget',
          type: 'budget',
          required: true,
          label: { fr: 'Budget du projet', nl: 'Begroting van het project', en: 'Project budget' },
        },
      ],
    },
    {
      key: 'attachments',
      title: { fr: 'Annexes', nl: 'Bijlagen', en: 'Attachments' },
      fields: [
        {
          key: 'budgetDetail',
          type: 'file',
          label: {
            fr: 'Budget détaillé ou fiche projet',
            nl: 'Gedetailleerde begroting of projectfiche',
            en: 'Detailed budget or project sheet',
          },
          help: {
            fr: 'Facultatif. PDF, DOCX, XLSX, ODT, PNG ou JPEG.',
            nl: 'Facultatief. PDF, DOCX, XLSX, ODT, PNG of JPEG.',
            en: 'Optional. PDF, DOCX, XLSX, ODT, PNG or JPEG.',
          },
        },
      ],
    },
  ],
};

/** A fresh copy of the standard form, checked against the definition schema. */
export function defaultForm(): FormDefinition {
  return formDefinitionSchema.parse(structuredClone(form));
}

export const defaultFormDefinition: FormDefinition = defaultForm();
