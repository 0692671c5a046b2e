import { defaultForm } from '../forms/default-form.ts';
import { defaultRubric } from '../forms/default-rubric.ts';
import type { FormDefinition, Rubric } from '../forms/definition.ts';

/** The form and rubric a new call starts with (version 1): the standard ones, which officers then adapt. */
export function defaultFormVersion(): { form: FormDefinition; rubric: Rubric } {
  return { form: defaultForm(), rubric: defaultRubric() };
}
