import {
  ApplicationError,
  type ListApplicationsQuery,
  type ListSort,
  listSorts,
  organisationTypes,
  screenedStates,
} from '../../../domain/applications/index.ts';
import type { ListFilter } from '../../../web/pages/screening/list.tsx';
import type { SessionUser } from '../../env.ts';
import type { RefusalReader } from '../refusal.ts';

/** The list's filters from the query string; anything unknown is dropped rather than refused. */
export function screeningFilterOf(query: Record<string, string>): ListFilter {
  const get = (name: string) => (query[name] ?? '').trim().slice(0, 200);
  const state = get('state');
  const municipality = get('municipality');
  const type = get('organisationType');
  const sort = get('sort');
  return {
    state: (screenedStates as readonly string[]).includes(state) ? state : '',
    municipality: /^\d{5}$/.test(municipality) ? municipality : '',
    organisationType: (organisationTypes as readonly string[]).includes(type) ? type : '',
    q: get('q'),
    sort: (listSorts as readonly string[]).includes(sort) ? (sort as ListSort) : 'reference',
    dir: get('dir') === 'desc' ? 'desc' : 'asc',
    page: Math.min(10_000, Math.max(1, Number.parseInt(get('page') || '1', 10) || 1)),
  };
}

/** The filters as the list verb takes them, a page of 50. */
export const listQueryOf = (filter: ListFilter): ListApplicationsQuery => ({
  ...(filter.state ? { state: filter.state as (typeof screenedStates)[number] } : {}),
  ...(filter.municipality ? { municipality: filter.municipality } : {}),
  ...(filter.organisationType
    ? { organisationType: filter.organisationType as (typeof organisationTypes)[number] }
    : {}),
  ...(filter.q ? { q: filter.q } : {}),
  sort: filter.sort,
  dir: filter.dir,
  page: filter.page,
  pageSize: 50,
});

/** The screening decision of the form, or null when none of the two was chosen. */
export const decisionOf = (values: Record<string, string>): 'eligible' | 'ineligible' | null =>
  values.decision === 'eligible' || values.decision === 'ineligible' ? values.decision : null;

/**
 * A refusal an officer can act on, at its field; and a step no longer possible because another officer acted
 * meanwhile (the verb's FORBIDDEN, to someone who screens), said over the form. Anything else: the error pages.
 */
export const screeningRefusal =
  (user: Pick<SessionUser, 'roles'> | null): RefusalReader =>
  (error, t) => {
    if (error instanceof ApplicationError && error.field) {
      return { status: 422, errors: { [error.field]: t(`applications.error.${error.problem}`) } };
    }
    const screens = user?.roles.some((r) => r === 'officer' || r === 'admin');
    if (error.code === 'FORBIDDEN' && screens)
      return { status: 422, errors: { _form: t('screening.error.notPossible') } };
    return undefined;
  };
