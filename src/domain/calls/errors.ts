import type { z } from 'zod';
import { DomainError } from '../../core/errors.ts';

/** Why a field of a call was refused; each has a message `calls.error.<reason>` in the three languages. */
export const callProblemReasons = [
  'required',
  'invalid',
  'tooLong',
  'dateTime',
  'closesBeforeOpens',
  'periodOrder',
  'splitYear',
  'splitSum',
  'minAboveMax',
  'maxAboveEnvelope',
  'notEditable',
  'unknownScheme',
  'duplicateQuestion',
] as const;
export type CallProblemReason = (typeof callProblemReasons)[number];

export interface CallProblem {
  field: string;
  reason: CallProblemReason;
}

const english: Record<CallProblemReason, string> = {
  required: 'is required',
  invalid: 'is not valid',
  tooLong: 'is too long',
  dateTime: 'is not a Brussels date and time (YYYY-MM-DDTHH:MM) that exists',
  closesBeforeOpens: 'the closing must come after the opening',
  periodOrder: 'the funding period ends before it starts',
  splitYear: 'the split names a year outside the funding period',
  splitSum: 'the split per year must add up to the envelope',
  minAboveMax: 'the minimum per project is above the maximum',
  maxAboveEnvelope: 'the maximum per project is above the envelope',
  notEditable: 'can no longer change: the call has opened',
  unknownScheme: 'no such scheme',
  duplicateQuestion: 'two eligibility questions have the same key',
};

/** A call refused field by field (422); pages show each reason in the reader's language. */
export class CallInputError extends DomainError {
  constructor(readonly problems: CallProblem[]) {
    super(
      'VALIDATION',
      'The call has fields that are not valid',
      problems.map((p) => ({ field: p.field, message: english[p.reason] })),
    );
  }
}

/** The problems of a zod error, with the field named by its path (`title.fr`, `eligibleTypes`). */
export function problemsOf(error: z.ZodError, data: unknown): CallProblem[] {
  const seen = new Set<string>();
  const problems: CallProblem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    let value: unknown = data;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    const reason: CallProblemReason = blank
      ? 'required'
      : issue.code === 'too_big'
        ? 'tooLong'
        : field === 'opensAt' || field === 'closesAt'
          ? 'dateTime'
          : issue.code === 'too_small' && Array.isArray(value)
            ? 'required'
            : 'invalid';
    problems.push({ field, reason });
  }
  return problems;
}
