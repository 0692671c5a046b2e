/** Audit actions of the figures area (`entity.verb`); core/audit.ts joins them to the others. */
export const actions = ['indicator_values.import', 'boundaries.import'] as const;
