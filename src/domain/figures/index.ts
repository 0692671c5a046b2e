export {
  type Boundary,
  checkBoundaries,
  GeoJsonRejected,
  type GeoRejectReason,
  importBoundaries,
  listBoundaries,
  maxGeoJsonBytes,
} from './boundaries.ts';
export { parseCsv, toCsv } from './csv.ts';
export {
  checkValuesCsv,
  ImportRejected,
  importColumns,
  importIndicatorValues,
  maxImportBytes,
  type RejectedLine,
  type RejectReason,
  upsertIndicatorValues,
} from './import-values.ts';
export { getIndicator, listIndicators } from './list-indicators.ts';
export { listTerritoryValues, listValues } from './list-values.ts';
export { figuresPolicy } from './policy.ts';
export { Indicator, IndicatorCode, IndicatorValue, ValuesFilter } from './schemas.ts';
export {
  type Dimension,
  dimensions,
  isMunicipality,
  isRegion,
  isTerritory,
  municipalityCodes,
  parseBreakdown,
  regionCodes,
} from './territories.ts';
