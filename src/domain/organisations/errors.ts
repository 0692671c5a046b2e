import { DomainError, type ErrorCode } from '../../core/errors.ts';
import type { EnterpriseNumberProblem, IbanProblem } from './belgian-ids.ts';

/**
 * Why a field was refused, as a code: pages turn it into a sentence in the reader's language (`org.error.<code>`),
 * the API sends it beside an English message.
 */
export type InputReason =
  | 'required'
  | 'tooLong'
  | 'invalidChoice'
  | 'invalid'
  | `enterprise.${Exclude<EnterpriseNumberProblem, 'empty'>}`
  | `iban.${Exclude<IbanProblem, 'empty'>}`
  | 'postalCode'
  | 'schoolNumber'
  | 'unknownMunicipality'
  | 'enterpriseTaken'
  | 'schoolNumberTaken'
  | 'email'
  | 'alreadyMember';

/** One refused field. */
export interface InputProblem {
  field: string;
  reason: InputReason;
  message: string;
}

/** English messages of the API, one per reason; pages use the catalogues instead. */
export const reasonMessages: Record<InputReason, string> = {
  required: 'is required',
  tooLong: 'is too long',
  invalidChoice: 'is not one of the allowed values',
  invalid: 'is not valid',
  'enterprise.notDigits': 'must contain only digits, for example 0123.456.749',
  'enterprise.wrongLength': 'must have 10 digits, for example 0123.456.749',
  'enterprise.wrongFirstDigit': 'must start with 0 or 1 (numbers starting with 2 to 8 are establishment units)',
  'enterprise.wrongCheckDigits': 'has wrong check digits (the last two digits must be 97 - first eight mod 97)',
  'iban.invalidCharacters': 'may contain only letters, digits and spaces',
  'iban.unknownCountry': 'must start with a known country code, such as BE',
  'iban.wrongLength': 'has the wrong length for its country (16 characters for BE)',
  'iban.notDigits': 'must contain only digits after the country code for a Belgian IBAN',
  'iban.wrongCheckDigits': 'has wrong check digits (ISO 13616 mod 97)',
  'iban.wrongAccountCheck': 'contains a Belgian account number whose own check digits are wrong',
  postalCode: 'must be a Belgian postal code of four digits',
  schoolNumber: 'must be the school number of one to six digits',
  unknownMunicipality: 'must be the NIS code of one of the 19 Brussels municipalities',
  enterpriseTaken: 'is already registered for another organisation of this type: ask its owner for an invitation',
  schoolNumberTaken: 'is already registered for another school: ask its owner for an invitation',
  email: 'must be a valid e-mail address',
  alreadyMember: 'belongs to someone who is already a member',
};

/** Refused input, with every field at fault. Maps to 422 like any VALIDATION error. */
export class InvalidInput extends DomainError {
  constructor(readonly problems: InputProblem[]) {
    super(
      'VALIDATION',
      'Some fields are not valid',
      problems.map((p) => ({ field: p.field, message: p.message })),
    );
    this.name = 'InvalidInput';
  }
}

export const invalidField = (field: string, reason: InputReason) =>
  new InvalidInput([{ field, reason, message: reasonMessages[reason] }]);

/** Why an invitation link cannot be used. */
export type InvitationProblem = 'unknown' | 'expired' | 'revoked' | 'used' | 'wrongAddress';

const invitationCodes: Record<InvitationProblem, ErrorCode> = {
  unknown: 'NOT_FOUND',
  expired: 'PRECONDITION_FAILED',
  revoked: 'PRECONDITION_FAILED',
  used: 'PRECONDITION_FAILED',
  wrongAddress: 'FORBIDDEN',
};

/** An invitation link that cannot be used; the page says which case it is. */
export class InvitationError extends DomainError {
  constructor(readonly reason: InvitationProblem) {
    super(invitationCodes[reason], `The invitation cannot be used: ${reason}`);
    this.name = 'InvitationError';
  }
}
