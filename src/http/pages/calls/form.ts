/** The eligibility self-check (a GET form): the organisation type and the yes/no answers to the call's questions. */
export function eligibilityCheckOf(
  questions: readonly { key: string }[],
  query: Record<string, string>,
): { organisationType: string; answers: Record<string, string> } {
  const organisationType = (query.type ?? '').slice(0, 40);
  const answers: Record<string, string> = {};
  for (const q of questions) {
    const answer = query[`q_${q.key}`];
    if (answer === 'yes' || answer === 'no') answers[q.key] = answer;
  }
  return { organisationType, answers };
}

/** `Content-Disposition` of a call's document: a plain-ASCII name, and the exact one as UTF-8. */
export const documentDisposition = (fileName: string): string =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
