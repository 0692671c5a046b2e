/** The upload store (`DATA_DIR/uploads`), named by content hash, shared by every area that keeps files. */
export {
  type AllowedMime,
  allowedFileTypes,
  cleanFileName,
  cleanFileNameWith,
  detectAllowedType,
  FileStore,
} from './store.ts';
