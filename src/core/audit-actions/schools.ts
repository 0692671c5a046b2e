/** Audit actions of the schools area (`entity.verb`); core/audit.ts joins them to the others. */
export const actions = [] as const;
