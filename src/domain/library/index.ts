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
export { type CurationList, curationPageSize, listRecordsForCuration } from './list-records.ts';
export { authorName, splitParticle } from './names.ts';
export { libraryPolicy } from './policy.ts';
export {
  facetNames,
  LibraryRecord,
  libraryRecordTypes,
  libraryScopes,
  maxQueryLength,
  pageSize,
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
