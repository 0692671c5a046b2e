import type { EligibilityQuestion, LocalizedText } from '../forms/index.ts';

/** What the eligibility check needs of a call. */
export interface EligibilityRules {
  eligibleTypes: string[] | null;
  eligibilityQuestions: EligibilityQuestion[] | null;
}

export interface EligibilityResult {
  eligible: boolean;
  /** Why not, in the three languages; empty when eligible. */
  reasons: LocalizedText[];
  /** Questions not answered yet (an unanswered question does not block, but the answer is not final). */
  unanswered: string[];
}

const typeReason: LocalizedText = {
  fr: 'Ce type d’organisation ne peut pas répondre à cet appel.',
  nl: 'Dit type organisatie kan niet op deze oproep ingaan.',
  en: 'This type of organisation may not apply to this call.',
};

/**
 * Whether an organisation of a type, with these answers to the call's questions, may apply. A question answered
 * with its blocking answer stops the application with the question's reason. Pure: the public self-check and
 * the start of an application call it alike.
 */
export function checkEligibility(
  call: EligibilityRules,
  input: { organisationType?: string | undefined; answers: Record<string, string | undefined> },
): EligibilityResult {
  const reasons: LocalizedText[] = [];
  const types = call.eligibleTypes ?? [];
  if (input.organisationType !== undefined && types.length && !types.includes(input.organisationType)) {
    reasons.push(typeReason);
  }
  const unanswered: string[] = [];
  for (const q of call.eligibilityQuestions ?? []) {
    const answer = input.answers[q.key];
    if (answer !== 'yes' && answer !== 'no') unanswered.push(q.key);
    else if (answer === q.blockingAnswer) reasons.push(q.reason);
  }
  return { eligible: reasons.length === 0 && unanswered.length === 0, reasons, unanswered };
}
