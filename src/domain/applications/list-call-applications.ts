import { and, asc, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import {
  type ApplicationState,
  applicationMunicipalities,
  applicationStates,
  applications,
  calls,
  informationRequests,
  municipalities,
  type OrganisationType,
  organisations,
  organisationTypes,
} from '../../db/schema/index.ts';
import type { LocalizedText } from '../forms/index.ts';
import { applicationPolicy } from './policy.ts';

/** The states officers list: every one but the draft, which they only see counted. */
export const screenedStates = applicationStates.filter((s) => s !== 'draft') as Exclude<ApplicationState, 'draft'>[];
export const listSorts = ['reference', 'organisation', 'submittedAt', 'requested', 'state'] as const;
export type ListSort = (typeof listSorts)[number];

export const ListApplicationsQuery = z.object({
  state: z
    .enum(screenedStates as [Exclude<ApplicationState, 'draft'>, ...Exclude<ApplicationState, 'draft'>[]])
    .optional(),
  /** A municipality's NIS code: applications concerning it, or from an organisation established there. */
  municipality: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  organisationType: z.enum(organisationTypes).optional(),
  /** Words found in the reference, the project's title or the organisation's name. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(listSorts).default('reference'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListApplicationsQuery = z.input<typeof ListApplicationsQuery>;

export interface CallApplicationRow {
  id: string;
  reference: string;
  title: string;
  organisation: { id: string; name: string; type: OrganisationType };
  municipalities: { nis: string; fr: string; nl: string }[];
  state: ApplicationState;
  submittedAt: Date | null;
  totalCents: bigint;
  cofundingCents: bigint;
  requestedCents: bigint;
  /** The reply date of an unanswered request for information, if one is open. */
  openRequestDueAt: Date | null;
}

export interface CallApplicationList {
  call: { code: string; title: LocalizedText; schemeCode: string };
  rows: CallApplicationRow[];
  /** Rows matching the filters (all pages). */
  total: number;
  page: number;
  pageSize: number;
  /** Applications of the call per state, drafts included, whatever the filters. */
  counts: Record<ApplicationState, number>;
}

/** `%` and `_` typed by a person are letters, not wildcards. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A call's applications for the officers: filters, sorting, paging, and the counts per state. The rows come from
 * one query joining the applications to their organisation, with the municipalities concerned and the open
 * request gathered by subqueries on indexed columns, and the total by a window count; the counts per state
 * from a second, grouped query on the call's index.
 */
export async function listCallApplications(
  ctx: Context,
  callCode: string,
  query: ListApplicationsQuery = {},
): Promise<CallApplicationList> {
  authorize(applicationPolicy.screen(ctx.actor));
  const q = ListApplicationsQuery.parse(query);
  const [call] = await ctx.db
    .select({ code: calls.code, title: calls.title, schemeCode: calls.schemeCode, phase: calls.phase })
    .from(calls)
    .where(eq(calls.code, callCode));
  if (!call || call.phase === 'draft') throw notFound('Call');

  const where: SQL[] = [eq(applications.callCode, callCode), ne(applications.state, 'draft')];
  if (q.state) where.push(eq(applications.state, q.state));
  if (q.organisationType) where.push(eq(organisations.type, q.organisationType));
  if (q.municipality) {
    where.push(
      sql`(${organisations.municipalityNis} = ${q.municipality} or exists (select 1 from ${applicationMunicipalities} where ${applicationMunicipalities.applicationId} = ${applications.id} and ${applicationMunicipalities.municipalityNis} = ${q.municipality}))`,
    );
  }
  if (q.q) {
    const pattern = likePattern(q.q);
    where.push(
      sql`(${applications.reference} ilike ${pattern} or ${applications.title} ilike ${pattern} or ${organisations.legalName} ilike ${pattern})`,
    );
  }
  const column = {
    reference: applications.reference,
    organisation: sql`lower(${organisations.legalName})`,
    submittedAt: applications.submittedAt,
    requested: applications.requestedCents,
    state: applications.state,
  }[q.sort];
  const order = q.dir === 'desc' ? desc(column) : asc(column);

  // The page is chosen first (ids, sort keys, the total by a window count); municipalities and open requests
  // are then gathered for its rows only, not for every application of the call.
  const page = ctx.db.$with('page').as(
    ctx.db
      .select({
        id: applications.id,
        reference: applications.reference,
        title: applications.title,
        organisationId: sql<string>`${organisations.id}`.as('organisation_id'),
        organisationName: organisations.legalName,
        organisationType: organisations.type,
        state: applications.state,
        submittedAt: applications.submittedAt,
        totalCents: applications.totalCents,
        cofundingCents: applications.cofundingCents,
        requestedCents: applications.requestedCents,
        position: sql<number>`row_number() over (order by ${order}, ${applications.reference})`.as('position'),
        total: sql<number>`count(*) over ()`.as('total'),
      })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(and(...where))
      .orderBy(order, asc(applications.reference))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
  );
  const [rows, counted] = await Promise.all([
    ctx.db
      .with(page)
      .select({
        id: page.id,
        reference: page.reference,
        title: page.title,
        organisationId: page.organisationId,
        organisationName: page.organisationName,
        organisationType: page.organisationType,
        state: page.state,
        submittedAt: page.submittedAt,
        totalCents: page.totalCents,
        cofundingCents: page.cofundingCents,
        requestedCents: page.requestedCents,
        total: sql<number>`${page.total}`.mapWith(Number),
        municipalities: sql<
          { nis: string; fr: string; nl: string }[]
        >`(select coalesce(json_agg(json_build_object('nis', m.nis_code, 'fr', m.name_fr, 'nl', m.name_nl) order by m.name_fr), '[]'::json) from ${applicationMunicipalities} am join ${municipalities} m on m.nis_code = am.municipality_nis where am.application_id = ${page.id})`,
        openRequestDueAt: sql<
          string | null
        >`(select max(r.due_at) from ${informationRequests} r where r.application_id = ${page.id} and r.answered_at is null)`,
      })
      .from(page)
      .orderBy(page.position),
    ctx.db
      .select({ state: applications.state, n: sql<number>`count(*)`.mapWith(Number) })
      .from(applications)
      .where(eq(applications.callCode, callCode))
      .groupBy(applications.state),
  ]);
  const counts = Object.fromEntries(applicationStates.map((s) => [s, 0])) as Record<ApplicationState, number>;
  for (const c of counted) counts[c.state] = c.n;
  return {
    call: { code: call.code, title: call.title, schemeCode: call.schemeCode },
    rows: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      title: r.title,
      organisation: { id: r.organisationId, name: r.organisationName, type: r.organisationType },
      municipalities: r.municipalities ?? [],
      state: r.state,
      submittedAt: r.submittedAt,
      totalCents: r.totalCents,
      cofundingCents: r.cofundingCents,
      requestedCents: r.requestedCents,
      openRequestDueAt: r.openRequestDueAt ? new Date(r.openRequestDueAt) : null,
    })),
    total: rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
    counts,
  };
}
