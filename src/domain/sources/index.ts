export { loadSources, sourceOf } from './load-sources.ts';
export { LocalizedText, Qualifier, Source } from './schemas.ts';
