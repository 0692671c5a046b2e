export { type LoadedApplication, loadApplication, periodYears } from './access.ts';
export {
  acceptCoApplicantInvitation,
  getCoApplicantInvitation,
  inviteCoApplicant,
} from './co-applicants.ts';
export { AnswersError, ApplicationError, type ApplicationProblem, applicationProblems } from './errors.ts';
export { type ApplicationView, getApplication, getApplicationFile } from './get-application.ts';
export { listMyApplications, type MyApplication, type NextStep } from './list-my-applications.ts';
export { type ApplicationAccess, applicationPolicy, screensApplications } from './policy.ts';
export { applicationPdf } from './render-pdf.ts';
export { type FileLimits, type SaveSectionInput, saveSection, type Upload } from './save-section.ts';
export { NotEligibleError, StartInput, startApplication } from './start-application.ts';
export { type SubmitResult, submitApplication } from './submit-application.ts';
export { withdrawApplication } from './withdraw-application.ts';
export { type ApplicationAction, availableActions, editable, transitions } from './workflow.ts';
