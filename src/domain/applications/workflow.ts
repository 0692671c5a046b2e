import type { ApplicationState } from '../../db/schema/index.ts';

/**
 * The life of an application, as data: each action names the states it leaves from, the state it leads to and
 * who takes it. Verbs look their action up here; pages show the actions `availableActions` returns, so that a
 * button never offers what the verb would refuse. The evaluation stage adds its states after `eligible`.
 */
export const applicationActions = [
  'submit',
  'withdraw',
  'request_information',
  'answer_information',
  'declare_eligible',
  'declare_ineligible',
] as const;
export type ApplicationAction = (typeof applicationActions)[number];

export type Side = 'applicant' | 'officer';

export interface Transition {
  action: ApplicationAction;
  from: readonly ApplicationState[];
  to: ApplicationState;
  by: Side;
  /** Only while the call is open (submission and withdrawal). */
  whileOpen: boolean;
}

export const transitions: readonly Transition[] = [
  { action: 'submit', from: ['draft'], to: 'submitted', by: 'applicant', whileOpen: true },
  { action: 'withdraw', from: ['submitted'], to: 'withdrawn', by: 'applicant', whileOpen: true },
  { action: 'request_information', from: ['submitted'], to: 'info_requested', by: 'officer', whileOpen: false },
  { action: 'answer_information', from: ['info_requested'], to: 'submitted', by: 'applicant', whileOpen: false },
  { action: 'declare_eligible', from: ['submitted'], to: 'eligible', by: 'officer', whileOpen: false },
  {
    action: 'declare_ineligible',
    from: ['submitted', 'info_requested'],
    to: 'ineligible',
    by: 'officer',
    whileOpen: false,
  },
];

export function transitionOf(action: ApplicationAction): Transition {
  const found = transitions.find((t) => t.action === action);
  if (!found) throw new Error(`Unknown action ${action}`);
  return found;
}

/** The actions one side may take on an application in a state, given whether its call is open now. */
export function availableActions(state: ApplicationState, side: Side, callOpen: boolean): ApplicationAction[] {
  return transitions
    .filter((t) => t.by === side && t.from.includes(state) && (!t.whileOpen || callOpen))
    .map((t) => t.action);
}

/** Whether the applicant may still change the answers: a draft, while the call is open. */
export const editable = (state: ApplicationState, callOpen: boolean) => state === 'draft' && callOpen;
