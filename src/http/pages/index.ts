import { Hono } from 'hono';
import { libraryPolicy } from '../../domain/library/index.ts';
import type { AppDeps, AppEnv, Ctx } from '../env.ts';
import { requireUser } from '../middleware/require-user.ts';
import { requireStaffWithTwoFactor } from '../middleware/two-factor.ts';
import { accountPages } from './account/routes.tsx';
import { adminPages } from './admin/routes.tsx';
import { applicationPages } from './applications/routes.tsx';
import { callPages } from './calls/routes.tsx';
import { callAdminPages } from './calls-admin/routes.tsx';
import { figurePages } from './figures/routes.tsx';
import { libraryPages } from './library/routes.tsx';
import { libraryCurationPages } from './library-curation/routes.tsx';
import { libraryImportPages } from './library-import/routes.tsx';
import { organisationPages } from './organisations/routes.tsx';
import { publicPages } from './public/routes.tsx';
import { schoolPages } from './schools/routes.tsx';
import { screeningPages } from './screening/routes.tsx';

/** One area of the site's pages: its routes, paths relative to the language prefix (`/fr`, `/nl`, `/en`). */
export type PageArea = (deps: AppDeps) => Hono<AppEnv>;

/**
 * The areas, in the order their routes are tried: the public pages last, since their page cache stands in front
 * of every path that no area before them answered.
 */
const areas: PageArea[] = [
  accountPages,
  adminPages,
  organisationPages,
  callPages,
  callAdminPages,
  schoolPages,
  screeningPages,
  applicationPages,
  figurePages,
  libraryPages,
  libraryImportPages,
  libraryCurationPages,
  publicPages,
];

/**
 * Every page of the site, mounted under each language prefix by `createApp`, behind the session and CSRF
 * middleware. Who may open which part is said here, once, before any area's routes.
 */
export function createPages(deps: AppDeps): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  // Staff areas: officers and admins run the administration, librarians (and admins) curate the library. Both
  // send visitors to sign in and staff without two-step verification to turn it on; in the administration the
  // verbs refuse anyone else, the library's curation refuses non-curators at its door.
  pages.use('/admin/*', requireStaffWithTwoFactor(['admin', 'officer']));
  pages.use('/library/manage/*', requireStaffWithTwoFactor(['librarian', 'admin'], libraryPolicy.curate));
  // Pages for any signed-in person. Links that arrive by mail (invitations, applications) come back once signed in.
  pages.use('/account/*', requireUser());
  // (Any path naming an invitation comes back to it, an organisation's own invitation paths included.)
  const invitation = { comeBack: (c: Ctx) => c.req.path.includes('/invitations/') };
  pages.use('/organisations/*', requireUser(invitation));
  pages.use('/invitations/*', requireUser(invitation));
  pages.use('/applications/*', requireUser({ comeBack: true }));
  pages.use('/co-applicant-invitations/*', requireUser({ comeBack: true }));
  for (const area of areas) pages.route('/', area(deps));
  return pages;
}
