import type { MessageKey, Translate } from '../../../core/i18n/index.ts';
import { pick } from '../../../core/i18n/index.ts';
import {
  AnswersError,
  ApplicationError,
  NotEligibleError,
  type SaveSectionInput,
  type Upload,
} from '../../../domain/applications/index.ts';
import {
  type Answers,
  addRowsRequested,
  answersFromFormBody,
  type FormBody,
  type SectionDefinition,
} from '../../../domain/forms/index.ts';
import type { Refusal, RefusalReader } from '../refusal.ts';

/** The notices a redirect after an action asks for (`?saved` ...), each with its text. */
export const notices = {
  started: 'applications.notice.started',
  saved: 'applications.notice.saved',
  submitted: 'applications.notice.submitted',
  withdrawn: 'applications.notice.withdrawn',
  invited: 'applications.notice.invited',
  answered: 'applications.notice.answered',
  joined: 'applications.notice.joined',
} as const satisfies Record<string, MessageKey>;

/** The start form's answers to the call's eligibility questions (`eligibility.<key>` = yes or no). */
export const eligibilityOf = (values: Record<string, string>): Record<string, 'yes' | 'no'> =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([k, v]) => k.startsWith('eligibility.') && (v === 'yes' || v === 'no'))
      .map(([k, v]) => [k.slice('eligibility.'.length), v as 'yes' | 'no']),
  );

/** One step of the form as posted: the section's answers as typed, the files, and what the person asked next. */
export interface SectionPost {
  /** Every answer with this section's read from the form (to show again when refused). */
  typed: Answers;
  /** What the save verb takes. */
  input: SaveSectionInput;
  /** A table the person asked more rows of (the form is shown again instead of going on). */
  moreRows: string | undefined;
  /** `next`: on to the next step once saved. */
  go: string | undefined;
}

/** Reads a posted step: answers by the section's fields, new files, files removed, the version it started from. */
export async function sectionPostOf(section: SectionDefinition, body: FormBody, stored: Answers): Promise<SectionPost> {
  const typed = answersFromFormBody(section, body, stored);
  const answers = Object.fromEntries(section.fields.map((f) => [f.key, typed[f.key]]));
  const uploads: Upload[] = [];
  const removeFiles: string[] = [];
  for (const field of section.fields) {
    if (field.type !== 'file') continue;
    const value = body[`file.${field.key}`];
    const file = Array.isArray(value) ? value[0] : value;
    if (file instanceof File && file.size > 0) {
      uploads.push({ fieldKey: field.key, name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
    } else if (typed[field.key] === null && stored[field.key]) {
      removeFiles.push(field.key);
    }
  }
  const version = Number(Array.isArray(body.sectionVersion) ? body.sectionVersion[0] : body.sectionVersion);
  const sectionVersion = Number.isInteger(version) ? version : -1;
  const go = Array.isArray(body.go) ? body.go[0] : body.go;
  return {
    typed,
    input: { answers, sectionVersion, uploads, removeFiles },
    moreRows: addRowsRequested(section, body),
    go: typeof go === 'string' ? go : undefined,
  };
}

/** An application error as a sentence in the reader's language, by the field it concerns (or the form). */
export const applicationErrorMessages = (t: Translate, error: ApplicationError): Record<string, string> => ({
  [error.field ?? '_form']: t(`applications.error.${error.problem}`, error.params),
});

/** A refusal of the start form: reasons the organisation may not apply, or its existing application. */
export type StartRefusal = Refusal & { reasons?: string[]; existing?: { id: string; reference: string } };

/** Not eligible (the reasons), already applied (409, naming the application), or a field at fault. */
export const startRefusal: RefusalReader<StartRefusal> = (error, t, lang) => {
  if (error instanceof NotEligibleError)
    return { status: 422, errors: {}, reasons: error.reasons.map((r) => pick(r, lang)) };
  if (!(error instanceof ApplicationError)) return undefined;
  if (error.problem === 'alreadyApplied') {
    const existing = { id: String(error.params.id), reference: String(error.params.reference) };
    return { status: 409, errors: {}, existing };
  }
  if (error.code === 'PRECONDITION_FAILED') return undefined;
  return { status: 422, errors: applicationErrorMessages(t, error) };
};

/** A refused step: answers at fault (422), someone else's save (409, `conflict`), or the file no longer open (412). */
export type SectionRefusal = Refusal & { conflict?: boolean };
export const sectionRefusal: RefusalReader<SectionRefusal> = (error, t, lang) => {
  if (error instanceof AnswersError) return { status: 422, errors: error.messagesIn(lang) };
  if (!(error instanceof ApplicationError)) return undefined;
  if (error.problem === 'sectionConflict') return { status: 409, errors: {}, conflict: true };
  return { status: error.code === 'VALIDATION' ? 422 : 412, errors: applicationErrorMessages(t, error) };
};

/** A refused submission: answers at fault or the declaration (422), or the call closed (412). */
export const submitRefusal: RefusalReader = (error, t, lang) => {
  if (error instanceof AnswersError) return { status: 422, errors: error.messagesIn(lang) };
  if (!(error instanceof ApplicationError)) return undefined;
  return { status: error.code === 'VALIDATION' ? 422 : 412, errors: applicationErrorMessages(t, error) };
};

/** An application error at its field, with the status the page answers it with. */
export const applicationRefusal =
  (status: 412 | 422): RefusalReader =>
  (error, t) =>
    error instanceof ApplicationError ? { status, errors: applicationErrorMessages(t, error) } : undefined;

/** A co-applicant's address the verb refused (not an address, or already on the file): said at the field. */
export const coApplicantRefusal: RefusalReader = (error, t) =>
  error instanceof ApplicationError ? { status: 422, errors: { email: t('applications.co.emailInvalid') } } : undefined;

/** A co-applicant invitation that cannot be used: its page says it does not exist (404). */
export const unusableInvitation: RefusalReader = (error) =>
  error instanceof ApplicationError ? { status: 404, errors: {} } : undefined;
