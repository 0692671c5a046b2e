import { defaultForm, defaultRubric, type FormDefinition, type Rubric } from '../forms/index.ts';

/** The form and rubric a new call starts with (version 1): the standard ones, which officers then adapt. */
export function defaultFormVersion(): { form: FormDefinition; rubric: Rubric } {
  return { form: defaultForm(), rubric: defaultRubric() };
}
