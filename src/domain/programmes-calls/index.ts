export { getScheme } from './get-scheme.ts';
export { listCalls } from './list-calls.ts';
export { listSchemes } from './list-schemes.ts';
export { Call, CallFilter, Scheme, SchemeKind, SchemeWithCalls } from './schemas.ts';
