/** The upload store: files kept on disk under the data folder, their type read from their content. */
export {
  type AllowedMime,
  allowedFileTypes,
  cleanFileName,
  cleanFileNameWith,
  detectAllowedType,
  FileStore,
} from './store.ts';
