/** Audit actions of the applications area (`entity.verb`); core/audit.ts joins them to the others. */
export const actions = [
  'application.start',
  'application.save',
  'application.submit',
  'application.withdraw',
  'application.request_information',
  'application.answer_information',
  'application.declare_eligible',
  'application.declare_ineligible',
  'application.invite_co_applicant',
  'application.accept_co_applicant',
  'application.remove_co_applicant',
  'application.remind',
  'application.export',
] as const;
