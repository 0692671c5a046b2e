// From @hono/zod-openapi: its zod is extended with `.openapi()`, which the API's schemas call on these.
import { z } from '@hono/zod-openapi';
import {
  type Answers,
  type Criterion,
  type EligibilityQuestion,
  type FieldCondition,
  type FieldDefinition,
  type FormDefinition,
  fieldTypes,
  type ListColumnDefinition,
  type LocalizedText,
  type OptionDefinition,
  type Rubric,
  type SectionDefinition,
} from '../../db/schema/json-types.ts';

// The shapes of the JSON columns are declared beside the tables (db/ never imports the domain); the schemas below
// validate them, and `_SchemasMatchColumns` at the end fails to compile if the two ever differ.
export {
  type Answers,
  type AnswerValue,
  ageBands,
  type BudgetAnswer,
  type BudgetCategory,
  type BudgetLine,
  budgetCategories,
  type Cents,
  type CofundingLine,
  type Criterion,
  type EligibilityQuestion,
  type FieldCondition,
  type FieldDefinition,
  type FieldType,
  type FileAnswer,
  type FormDefinition,
  fieldTypes,
  type ListAnswer,
  type ListColumnDefinition,
  type LocalizedText,
  type OptionDefinition,
  type Rubric,
  type SectionDefinition,
  type TargetGroupAnswer,
  targetLevels,
  targetSexes,
} from '../../db/schema/json-types.ts';

/**
 * Application forms are data. A call's form definition lists sections and their fields; the same definition is
 * validated by one zod schema built from it (`answers-schema.ts`), rendered by one component
 * (`web/components/form-definition.tsx`), printed into the PDF and flattened into the CSV/XLSX export.
 */

export const localizedSchema = z.object({
  fr: z.string().trim().min(1).max(4000),
  nl: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});

const keySchema = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, 'a key is a short camelCase word');

export const optionSchema = z.object({ value: keySchema, label: localizedSchema });

export const listColumnSchema = z.object({
  key: keySchema,
  label: localizedSchema,
  type: z.enum(['text', 'longText', 'date', 'number']),
  required: z.boolean().default(false),
});

/** A field is shown (and validated) only when another answer has one of the given values. */
export const conditionSchema = z.object({ field: keySchema, equals: z.array(z.string()).min(1) });

export const fieldSchema = z
  .object({
    key: keySchema,
    type: z.enum(fieldTypes),
    label: localizedSchema,
    help: localizedSchema.optional(),
    required: z.boolean().default(false),
    /** Long text: most words allowed. */
    maxWords: z.number().int().positive().optional(),
    /** Number and money (euros): bounds. */
    min: z.number().optional(),
    max: z.number().optional(),
    /** Choice and multiple choice. */
    options: z.array(optionSchema).optional(),
    /** List: the columns of each row, and the most rows. */
    columns: z.array(listColumnSchema).optional(),
    maxRows: z.number().int().positive().max(100).optional(),
    showIf: conditionSchema.optional(),
  })
  .superRefine((field, ctx) => {
    if ((field.type === 'choice' || field.type === 'multiChoice') && !field.options?.length) {
      ctx.addIssue({ code: 'custom', message: `field ${field.key}: a choice needs options`, path: ['options'] });
    }
    if (field.type === 'list' && !field.columns?.length) {
      ctx.addIssue({ code: 'custom', message: `field ${field.key}: a list needs columns`, path: ['columns'] });
    }
  });

export const sectionSchema = z.object({
  key: keySchema,
  title: localizedSchema,
  intro: localizedSchema.optional(),
  fields: z.array(fieldSchema).min(1),
});

export const formDefinitionSchema = z.object({ sections: z.array(sectionSchema).min(1) }).superRefine((form, ctx) => {
  const seen = new Map<string, FieldDefinition>();
  const sectionKeys = new Set<string>();
  for (const section of form.sections) {
    if (sectionKeys.has(section.key)) ctx.addIssue({ code: 'custom', message: `section ${section.key} twice` });
    sectionKeys.add(section.key);
    for (const field of section.fields) {
      if (seen.has(field.key)) ctx.addIssue({ code: 'custom', message: `field ${field.key} twice` });
      if (field.showIf) {
        const target = seen.get(field.showIf.field);
        if (!target) {
          ctx.addIssue({
            code: 'custom',
            message: `field ${field.key} depends on ${field.showIf.field}, which must come before it`,
          });
        }
      }
      seen.set(field.key, field);
    }
  }
  const budgets = [...seen.values()].filter((f) => f.type === 'budget');
  if (budgets.length !== 1) ctx.addIssue({ code: 'custom', message: 'a form has exactly one budget field' });
});
/** A definition as written by hand (defaults such as `required: false` may be left out). */
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

/** The evaluation rubric: criteria with a weight, a maximum score and a threshold (used by the evaluation stage). */
export const criterionSchema = z
  .object({
    key: keySchema,
    label: localizedSchema,
    help: localizedSchema.optional(),
    weight: z.number().positive().max(100),
    maxScore: z.number().int().positive().max(100),
    threshold: z.number().min(0).optional(),
  })
  .refine((c) => c.threshold === undefined || c.threshold <= c.maxScore, {
    message: 'the threshold cannot be above the maximum score',
    path: ['threshold'],
  });
export const rubricSchema = z.object({ criteria: z.array(criterionSchema).min(1) });

/** A question asked before an application starts; answering `blockingAnswer` stops it, with the reason. */
export const eligibilityQuestionSchema = z.object({
  key: keySchema,
  question: localizedSchema,
  blockingAnswer: z.enum(['yes', 'no']),
  reason: localizedSchema,
});

/** Whether a field is shown, given the answers so far (fields with a condition follow it). */
export function isShown(field: FieldDefinition, answers: Answers): boolean {
  if (!field.showIf) return true;
  const value = answers[field.showIf.field];
  const values = Array.isArray(value) ? value : [value];
  return values.some((v) => typeof v === 'string' && field.showIf?.equals.includes(v));
}

/** Every field of a definition, in order, with its section. */
export function allFields(form: FormDefinition): { section: SectionDefinition; field: FieldDefinition }[] {
  return form.sections.flatMap((section) => section.fields.map((field) => ({ section, field })));
}

/** True when two types are identical (an optional property present in only one of them counts as a difference). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Holds<T extends true> = T;
/** Compile-time proof that each schema parses into exactly the column type of `db/schema/json-types.ts`. */
type _SchemasMatchColumns = [
  Holds<Same<z.infer<typeof localizedSchema>, LocalizedText>>,
  Holds<Same<z.infer<typeof optionSchema>, OptionDefinition>>,
  Holds<Same<z.infer<typeof listColumnSchema>, ListColumnDefinition>>,
  Holds<Same<z.infer<typeof conditionSchema>, FieldCondition>>,
  Holds<Same<z.infer<typeof fieldSchema>, FieldDefinition>>,
  Holds<Same<z.infer<typeof sectionSchema>, SectionDefinition>>,
  Holds<Same<z.infer<typeof formDefinitionSchema>, FormDefinition>>,
  Holds<Same<z.infer<typeof criterionSchema>, Criterion>>,
  Holds<Same<z.infer<typeof rubricSchema>, Rubric>>,
  Holds<Same<z.infer<typeof eligibilityQuestionSchema>, EligibilityQuestion>>,
];
