export {
  attachRecordFile,
  detectRecordFileType,
  RecordFileError,
  type RecordFileProblem,
} from './attach-record-file.ts';
export { browseIndex, type Category, listCategories } from './browse.ts';
export { createLibrarySearch, type LibrarySearch, searchKey } from './cached-search.ts';
export {
  type CitationStyle,
  citationStyles,
  type ExportFormat,
  exportFiles,
  exportFormats,
  exportRecords,
  formatCitation,
  toCsl,
} from './citations.ts';
export { createRecord } from './create-record.ts';
export { detachRecordFile } from './detach-record-file.ts';
export { countUse, getRecord, relatedRecords } from './get-record.ts';
export { getRecordFile } from './get-record-file.ts';
export { type HarvestQuery, harvestRecords } from './harvest.ts';
export { analyseImport, type ImportProgress } from './import-plan.ts';
export {
  alreadyImported,
  type ImportLine,
  type ImportOptions,
  type ImportPlan,
  type ImportReason,
  type ImportReport,
  importRecords,
  type PlannedDuplicate,
} from './import-records.ts';
export {
  type ImportSession,
  ImportSessions,
  type ImportStatus,
  importSessionHours,
  importSessionsOf,
} from './import-sessions.ts';
export { type CurationList, curationPageSize, listRecordsForCuration } from './list-records.ts';
export {
  canUnite,
  type DuplicateDecision,
  differingFields,
  type FieldChoice,
  type MergeField,
  mergeFields,
  proposedChoice,
} from './merge-records.ts';
export { authorName, splitParticle } from './names.ts';
export { libraryPolicy } from './policy.ts';
export { recoverImportSessions, settleImportSession } from './recover-imports.ts';
export { dataOfRecord } from './rows.ts';
export { type ImportConfirmation, runImportSession } from './run-import.ts';
export {
  facetNames,
  LibraryRecord,
  libraryRecordTypes,
  libraryScopes,
  maxQueryLength,
  pageSize,
  type RecordData,
  RecordFile,
  type RecordFileMime,
  RecordInput,
  recordFileTypes,
  recordLanguages,
  SearchParams,
  SearchResult,
  type SortOrder,
  sortOrders,
} from './schemas.ts';
export { cleanQuery, searchRecords } from './search-records.ts';
export { seedLibrary } from './seed-library.ts';
export { setRecordStatus } from './set-record-status.ts';
export { updateRecord } from './update-record.ts';
