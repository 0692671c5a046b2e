/** Audit actions of the calls area (`entity.verb`); core/audit.ts joins them to the others. */
export const actions = [
  'call.create',
  'call.update',
  'call.publish',
  'call.change_phase',
  'call.new_form_version',
  'call.attach_document',
  'call.remove_document',
] as const;
