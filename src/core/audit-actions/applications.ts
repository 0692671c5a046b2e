/** Audit actions of the applications area (`entity.verb`); core/audit.ts joins them to the others. */
export const actions = [] as const;
