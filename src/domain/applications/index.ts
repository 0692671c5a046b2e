export { type ApplicationState, applicationStates, organisationTypes } from '../../db/schema/index.ts';
export { type LoadedApplication, loadApplication, periodYears } from './access.ts';
export { AnswerInformationInput, answerInformationRequest } from './answer-information.ts';
export {
  acceptCoApplicantInvitation,
  getCoApplicantInvitation,
  inviteCoApplicant,
} from './co-applicants.ts';
export { AnswersError, ApplicationError, type ApplicationProblem, applicationProblems } from './errors.ts';
export {
  applicationPdfFor,
  type ExportFile,
  type ExportFormat,
  exportApplications,
  exportFormats,
} from './export-applications.ts';
export { type ApplicationView, getApplication, getApplicationFile } from './get-application.ts';
export {
  type CallApplicationList,
  type CallApplicationRow,
  ListApplicationsQuery,
  type ListSort,
  listCallApplications,
  listSorts,
  screenedStates,
} from './list-call-applications.ts';
export { listMyApplications, type MyApplication, type NextStep } from './list-my-applications.ts';
export { type ApplicationAccess, applicationPolicy, screensApplications } from './policy.ts';
export { type ReminderJob, sendClosingReminders, startReminderJob } from './reminders.ts';
export { applicationPdf } from './render-pdf.ts';
export {
  type ApplicantLinks,
  applicantLinks,
  dueDateOf,
  endOfBrusselsDay,
  RequestInformationInput,
  requestInformation,
} from './request-information.ts';
export { type FileLimits, type SaveSectionInput, saveSection, type Upload } from './save-section.ts';
export { ScreeningInput, screenApplication } from './screen-application.ts';
export { type SectionStatus, sectionStatuses, submissionProblems } from './section-status.ts';
export { NotEligibleError, StartInput, startApplication } from './start-application.ts';
export { type SubmitResult, submitApplication } from './submit-application.ts';
export { withdrawApplication } from './withdraw-application.ts';
export { type ApplicationAction, applicationActions, availableActions, editable, transitions } from './workflow.ts';
