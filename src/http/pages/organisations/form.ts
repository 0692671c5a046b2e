import type { MessageKey } from '../../../core/i18n/index.ts';
import {
  formatEnterpriseNumber,
  formatIban,
  InvalidInput,
  InvitationError,
  type Organisation,
  type OrganisationInput,
  organisationFieldNames,
} from '../../../domain/organisations/index.ts';
import type { Refusal, RefusalReader } from '../refusal.ts';

/** The notices a redirect after an action asks for (`?created` ...), each with its text. */
export const notices = {
  created: 'org.notice.created',
  updated: 'org.notice.updated',
  invited: 'org.notice.invited',
  revoked: 'org.notice.revoked',
  removed: 'org.notice.removed',
  transferred: 'org.notice.transferred',
  joined: 'org.notice.joined',
  left: 'org.notice.left',
  checked: 'org.notice.checked',
} as const satisfies Record<string, MessageKey>;

/** The organisation form as input: a blank field means "none", which also clears it when editing. */
export function organisationInputOf(values: Record<string, string>): OrganisationInput {
  const entries = organisationFieldNames.map((k) => [k, values[k]?.trim() ? values[k] : null]);
  return Object.fromEntries(entries) as OrganisationInput;
}

/** An organisation as the edit form shows it, numbers written the usual way. */
export function organisationFormValues(o: Organisation): Record<string, string> {
  const values: Record<string, string> = {};
  for (const k of organisationFieldNames) values[k] = o[k] ?? '';
  if (o.enterpriseNumber) values.enterpriseNumber = formatEnterpriseNumber(o.enterpriseNumber);
  if (o.iban) values.iban = formatIban(o.iban);
  return values;
}

/**
 * Refused organisation or invitation fields, each problem in the reader's language, in the order of the form so
 * that the summary at the top reads like the form below it.
 */
export const organisationRefusal: RefusalReader = (error, t) => {
  if (!(error instanceof InvalidInput)) return undefined;
  const order: readonly string[] = organisationFieldNames;
  const place = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const problems = [...error.problems].sort((a, b) => place(a.field) - place(b.field));
  return { status: 422, errors: Object.fromEntries(problems.map((p) => [p.field, t(`org.error.${p.reason}`)])) };
};

/** An invitation link that cannot be used, with the status its page gets. */
export type InvitationRefusal = Refusal & { reason: InvitationError['reason'] };
const invitationStatus = { unknown: 404, expired: 410, revoked: 410, used: 410, wrongAddress: 403 } as const;
export const invitationRefusal: RefusalReader<InvitationRefusal> = (error) =>
  error instanceof InvitationError
    ? { status: invitationStatus[error.reason], errors: {}, reason: error.reason }
    : undefined;
