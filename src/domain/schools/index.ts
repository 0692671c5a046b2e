export { decodeText } from './csv.ts';
export { describeReason } from './describe.ts';
export { getSchool, schoolsByIds } from './get-school.ts';
export { importSchools } from './import-schools.ts';
export { listSchools } from './list-schools.ts';
export { schoolPolicy } from './policy.ts';
export {
  type ImportOptions,
  ImportReport,
  RejectReason,
  registryEducationTypes,
  registryLevels,
  School,
  SchoolListQuery,
  type SchoolReasonKey,
  SchoolSearch,
  schoolFields,
  schoolLanguageSystems,
  schoolNetworks,
  schoolReasonKeys,
} from './schemas.ts';
export { searchSchools } from './search-schools.ts';
export { checkCsvUpload, maxImportBytes, type UploadProblem } from './upload.ts';
