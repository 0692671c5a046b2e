/**
 * Reference data: loading what Accroche ships with (municipalities, schemes, past calls, timeline, key figures,
 * indicators, the library's seed list and their sources) into a database. The data itself is in
 * `db/seed/reference/`; loading it runs the verbs of several areas, so it lives here, above `db/`.
 */
export { referenceVersion, type SeedResult, seedReferenceData } from './seed.ts';
