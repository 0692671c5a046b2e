import type { z } from 'zod';
import { DomainError, type ErrorCode } from '../../core/errors.ts';
import type { Lang } from '../../core/i18n/index.ts';
import { describeIssues } from '../forms/index.ts';

/** Why an application action was refused, as a key the pages turn into a sentence in the user's language. */
export const applicationProblems = [
  'callNotOpen',
  'callClosed',
  'notEligible',
  'alreadyApplied',
  'notMember',
  'sectionConflict',
  'declarationRequired',
  'notEditable',
  'fileTooLarge',
  'fileWrongType',
  'answerRequired',
  'dueDateInvalid',
  'messageRequired',
  'reasonRequired',
] as const;
export type ApplicationProblem = (typeof applicationProblems)[number];

const codes: Record<ApplicationProblem, ErrorCode> = {
  callNotOpen: 'PRECONDITION_FAILED',
  callClosed: 'PRECONDITION_FAILED',
  notEligible: 'VALIDATION',
  alreadyApplied: 'CONFLICT',
  notMember: 'FORBIDDEN',
  sectionConflict: 'CONFLICT',
  declarationRequired: 'VALIDATION',
  notEditable: 'PRECONDITION_FAILED',
  fileTooLarge: 'VALIDATION',
  fileWrongType: 'VALIDATION',
  answerRequired: 'VALIDATION',
  dueDateInvalid: 'VALIDATION',
  messageRequired: 'VALIDATION',
  reasonRequired: 'VALIDATION',
};

const english: Record<ApplicationProblem, string> = {
  callNotOpen: 'The call is not open',
  callClosed: 'The call closed: nothing can be submitted or changed any more',
  notEligible: 'The organisation may not apply to this call',
  alreadyApplied: 'This organisation already has an application to this call',
  notMember: 'You are not a member of this organisation',
  sectionConflict: 'Someone else saved this section in the meantime',
  declarationRequired: 'The declaration on honour must be ticked',
  notEditable: 'The application can no longer be changed',
  fileTooLarge: 'The file is too large',
  fileWrongType: 'This kind of file is not accepted',
  answerRequired: 'An answer is required',
  dueDateInvalid: 'The reply deadline must be a future date',
  messageRequired: 'A message is required',
  reasonRequired: 'A reason is required',
};

/** A refused application action: its problem, a field it concerns if any, and parameters of the message. */
export class ApplicationError extends DomainError {
  constructor(
    readonly problem: ApplicationProblem,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super(codes[problem], english[problem], field ? [{ field, message: english[problem] }] : []);
  }
}

/** Answers that do not pass the form's schema: the issues are described in each language on demand. */
export class AnswersError extends DomainError {
  constructor(readonly issues: z.ZodError) {
    const fields = Object.entries(describeIssues(issues, 'en')).map(([field, message]) => ({ field, message }));
    super('VALIDATION', 'Some answers are not valid', fields);
  }

  messagesIn(lang: Lang): Record<string, string> {
    return describeIssues(this.issues, lang);
  }
}
