/**
 * Every public page, by its path without the language prefix: the list the HTTP tests walk (the browser tests find
 * the pages themselves, e2e/pages.ts).
 */
export const publicPages = [
  '/',
  '/schemes',
  '/schemes/das',
  '/schemes/dasc',
  '/schemes/municipal-prevention',
  '/schemes/municipal-coordinator',
  '/schemes/pasc',
  '/schemes/vocational-pilot',
  '/timeline',
  '/municipalities',
  '/municipalities/21004',
  '/municipalities/21015',
  '/accessibility',
  '/privacy',
  '/api-docs',
  '/calls',
  '/figures',
  '/figures/early-leavers-18-24',
  '/figures/pupils-two-years-behind',
  '/figures/school-population',
  '/figures/disadvantaged-first-secondary',
  '/figures/map/secondary-repeated-a-year',
  '/funding',
];

export const langs = ['fr', 'nl', 'en'] as const;

/** `/fr` for the home page, `/fr/schemes` for the others. */
export const localized = (lang: string, path: string) => `/${lang}${path === '/' ? '' : path}`;
