export { changePhase, publishCall } from './change-phase.ts';
export { createCall } from './create-call.ts';
export { defaultFormVersion } from './defaults.ts';
export {
  attachDocument,
  DocumentError,
  type DocumentProblem,
  type DocumentUpload,
  documentTypes,
  getDocument,
  removeDocument,
} from './documents.ts';
export { checkEligibility, type EligibilityResult, type EligibilityRules } from './eligibility.ts';
export {
  CallInputError,
  type CallProblem,
  type CallProblemReason,
  callProblemReasons,
  problemsOf as callInputProblems,
} from './errors.ts';
export {
  checkFormVersion,
  type FormProblem,
  FormVersionError,
  getCurrentFormVersion,
  getFormVersion,
  listFormVersions,
  saveFormVersion,
} from './form-versions.ts';
export { browseCalls, countApplications, getCall, getCallRow, listCallsForStaff } from './get-call.ts';
export { callPolicy, managesCalls } from './policy.ts';
export type { CallRow } from './present.ts';
export {
  CallDetail,
  CallDocument,
  CallInput,
  CallPatch,
  CallStateSchema,
  CallSummary,
  EligibilityInput,
  FormVersion,
  FormVersionInput,
  PhaseInput,
} from './schemas.ts';
export { type CallState, callState, callStates, isOpen } from './state.ts';
export { brusselsToInstant, formatBrussels, instantToBrussels, timeLeft } from './time.ts';
export { updateCall } from './update-call.ts';
export { availableTransitions, type PhaseAction, phaseActions, settingsEditable, transitions } from './workflow.ts';
