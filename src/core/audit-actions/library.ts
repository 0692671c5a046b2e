/** Audit actions of the library area (`entity.verb`); core/audit.ts joins them to the others. */
export const actions = [
  'library_record.create',
  'library_record.update',
  'library_record.publish',
  'library_record.unpublish',
  'library_record.import',
  'library_record.merge',
  'library_record.attach_file',
  'library_record.detach_file',
] as const;
