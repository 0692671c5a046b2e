import type { CallProblem } from './errors.ts';
import { brusselsToInstant } from './time.ts';

/** The settings of a call that must agree with each other, in the shape the table keeps. */
export interface CallSettings {
  periodStart: number;
  periodEnd: number;
  opensAt: string;
  closesAt: string;
  envelopeCents: number;
  envelopeByYear?: Record<string, number> | null | undefined;
  minPerProjectCents: number;
  maxPerProjectCents: number;
  eligibilityQuestions?: { key: string }[] | undefined;
}

/**
 * The rules that tie fields together: closing after opening (both real Brussels times), a period in order,
 * a split per year inside the period that adds up to the envelope, and min ≤ max ≤ envelope.
 */
export function checkSettings(s: CallSettings): { problems: CallProblem[]; opensAt?: Date; closesAt?: Date } {
  const problems: CallProblem[] = [];
  const opensAt = brusselsToInstant(s.opensAt);
  const closesAt = brusselsToInstant(s.closesAt);
  if (!opensAt) problems.push({ field: 'opensAt', reason: 'dateTime' });
  if (!closesAt) problems.push({ field: 'closesAt', reason: 'dateTime' });
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) {
    problems.push({ field: 'closesAt', reason: 'closesBeforeOpens' });
  }
  if (s.periodEnd < s.periodStart) problems.push({ field: 'periodEnd', reason: 'periodOrder' });
  const split = s.envelopeByYear ?? {};
  const years = Object.keys(split);
  if (years.length) {
    if (years.some((y) => Number(y) < s.periodStart || Number(y) > s.periodEnd)) {
      problems.push({ field: 'envelopeByYear', reason: 'splitYear' });
    } else {
      const sum = Object.values(split).reduce((a, b) => a + BigInt(b), 0n);
      if (sum !== BigInt(s.envelopeCents)) problems.push({ field: 'envelopeByYear', reason: 'splitSum' });
    }
  }
  if (s.minPerProjectCents > s.maxPerProjectCents) {
    problems.push({ field: 'minPerProjectCents', reason: 'minAboveMax' });
  }
  if (s.maxPerProjectCents > s.envelopeCents)
    problems.push({ field: 'maxPerProjectCents', reason: 'maxAboveEnvelope' });
  const keys = (s.eligibilityQuestions ?? []).map((q) => q.key);
  if (new Set(keys).size !== keys.length) problems.push({ field: 'eligibilityQuestions', reason: 'duplicateQuestion' });
  return { problems, ...(opensAt ? { opensAt } : {}), ...(closesAt ? { closesAt } : {}) };
}
