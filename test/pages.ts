/** Every public page, by its path without the language prefix: the list the HTTP and browser tests walk. */
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

/** The library's public pages: e2e/library.test.ts walks them with axe in the three languages. */
export const libraryPages = ['/library', '/library/categories', '/library/authors', '/library/keywords'];

/** Pages for signing in and out, which carry forms (and so are never cached). */
export const accountPages = ['/sign-in', '/sign-up', '/forgot-password'];

export const langs = ['fr', 'nl', 'en'] as const;

/** `/fr` for the home page, `/fr/schemes` for the others. */
export const localized = (lang: string, path: string) => `/${lang}${path === '/' ? '' : path}`;
