/** Audit actions of the schools area (`entity.verb`); core/audit.ts joins them to the others. */
export const actions = ['school.import'] as const;
