import type { CallPhase } from '../../db/schema/index.ts';

/** Every state a call shows: the stored phases, plus `open` and `closed` derived from the clock. */
export const callStates = ['draft', 'published', 'open', 'closed', 'in_evaluation', 'decided', 'archived'] as const;
export type CallState = (typeof callStates)[number];

interface Timed {
  phase: CallPhase;
  opensAt: Date | null;
  closesAt: Date | null;
}

/**
 * The state of a call at an instant. A published call opens at `opensAt` and closes at `closesAt` by itself:
 * nothing has to run at that moment, and an application saved or submitted one millisecond after closing is
 * refused because this function says `closed`, on the server's clock.
 */
export function callState(call: Timed, now: Date): CallState {
  if (call.phase !== 'published') return call.phase;
  const t = now.getTime();
  if (call.closesAt && t >= call.closesAt.getTime()) return 'closed';
  if (call.opensAt && t >= call.opensAt.getTime()) return 'open';
  return 'published';
}

/** Whether applications can be started, edited and submitted: only while the call is open. */
export const isOpen = (call: Timed, now: Date) => callState(call, now) === 'open';
