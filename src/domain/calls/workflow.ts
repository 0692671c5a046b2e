import type { CallPhase } from '../../db/schema/index.ts';
import type { CallState } from './state.ts';

/**
 * The steps of a call's life, as data. `from` is the state a call shows (open and closed come from the clock),
 * `to` the phase stored afterwards. Opening and closing are not steps: they happen by themselves at the instants.
 */
export const transitions = [
  { action: 'publish', from: 'draft', to: 'published' },
  /** Back to draft: only before opening and while no application exists (checked in `changePhase`). */
  { action: 'unpublish', from: 'published', to: 'draft' },
  { action: 'start_evaluation', from: 'closed', to: 'in_evaluation' },
  { action: 'decide', from: 'in_evaluation', to: 'decided' },
  { action: 'archive', from: 'decided', to: 'archived' },
] as const satisfies readonly { action: string; from: CallState; to: CallPhase }[];

export type PhaseAction = (typeof transitions)[number]['action'];
export const phaseActions = transitions.map((t) => t.action) as [PhaseAction, ...PhaseAction[]];

/** The steps a call in this state may take now. */
export function availableTransitions(state: CallState): (typeof transitions)[number][] {
  return transitions.filter((t) => t.from === state);
}

/** The step named `action` from this state, or undefined when the workflow does not allow it. */
export function transitionFor(state: CallState, action: PhaseAction) {
  return transitions.find((t) => t.action === action && t.from === state);
}

/** Dates, amounts and eligibility may change only before the call opens; texts may always change. */
export const settingsEditable = (state: CallState): boolean => state === 'draft' || state === 'published';

/** The form and rubric can still be saved until a decision is taken. */
export const formEditable = (state: CallState): boolean => state !== 'decided' && state !== 'archived';
