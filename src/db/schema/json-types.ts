/**
 * The shapes of the JSON columns that hold application forms: a call's form definition and rubric, its eligibility
 * questions, and an application's answers. They are declared here, beside the tables, because the schema types its
 * `jsonb` columns with them and `db/` never imports the domain. The domain validates the same shapes with zod
 * (`domain/forms/definition.ts`), and checks at compile time that its schemas and these types stay the same.
 */

/** A text stored in the three interface languages. */
export type LocalizedText = { fr: string; nl: string; en: string };

/* ---------- Form definitions ---------- */

export const fieldTypes = [
  'text',
  'longText',
  'number',
  'money',
  'date',
  'choice',
  'multiChoice',
  'municipality',
  'school',
  'file',
  /** The budget table: lines by category and year, co-funding sources, computed totals and requested amount. */
  'budget',
  /** Aggregate counts of the people reached, by age band, level and sex: never named pupils. */
  'targetGroup',
  /** Repeated rows of a few columns: activities and their schedule, partners. */
  'list',
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const budgetCategories = ['staff', 'operating', 'equipment', 'other'] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

export const ageBands = ['6-11', '12-14', '15-17', '18-21', '22-29'] as const;
export const targetLevels = ['primary', 'secondary', 'outside_school'] as const;
export const targetSexes = ['girls', 'boys', 'other'] as const;

/** One choice of a choice or multiple-choice field. */
export interface OptionDefinition {
  value: string;
  label: LocalizedText;
}

/** A column of a list field. */
export interface ListColumnDefinition {
  key: string;
  label: LocalizedText;
  type: 'text' | 'longText' | 'date' | 'number';
  required: boolean;
}

/** A field is shown (and validated) only when another answer has one of the given values. */
export interface FieldCondition {
  field: string;
  equals: string[];
}

export interface FieldDefinition {
  key: string;
  type: FieldType;
  label: LocalizedText;
  help?: LocalizedText;
  required: boolean;
  /** Long text: most words allowed. */
  maxWords?: number;
  /** Number and money (euros): bounds. */
  min?: number;
  max?: number;
  /** Choice and multiple choice. */
  options?: OptionDefinition[];
  /** List: the columns of each row, and the most rows. */
  columns?: ListColumnDefinition[];
  maxRows?: number;
  showIf?: FieldCondition;
}

export interface SectionDefinition {
  key: string;
  title: LocalizedText;
  intro?: LocalizedText;
  fields: FieldDefinition[];
}

/** A call's application form (`call_form_versions.form`). */
export interface FormDefinition {
  sections: SectionDefinition[];
}

/** A criterion of the evaluation rubric. */
export interface Criterion {
  key: string;
  label: LocalizedText;
  help?: LocalizedText;
  weight: number;
  maxScore: number;
  threshold?: number;
}

/** The evaluation rubric (`call_form_versions.rubric`). */
export interface Rubric {
  criteria: Criterion[];
}

/** A question asked before an application starts (`calls.eligibility_questions`). */
export interface EligibilityQuestion {
  key: string;
  question: LocalizedText;
  blockingAnswer: 'yes' | 'no';
  reason: LocalizedText;
}

/* ---------- Answers (`applications.answers`, `applications.submitted`) ---------- */

/** Money in answers is integer cents, written as a string of digits in JSON (bigint-safe). */
export type Cents = string;

export interface BudgetLine {
  category: BudgetCategory;
  label: string;
  /** Cents per year of the funding period, as digit strings; missing years count as zero. */
  amounts: Record<string, Cents>;
}
export interface CofundingLine {
  source: string;
  amounts: Record<string, Cents>;
}
export interface BudgetAnswer {
  lines: BudgetLine[];
  cofunding: CofundingLine[];
}
export interface TargetGroupAnswer {
  ageBands: Partial<Record<(typeof ageBands)[number], number>>;
  levels: Partial<Record<(typeof targetLevels)[number], number>>;
  sexes: Partial<Record<(typeof targetSexes)[number], number>>;
}
/** An attached file, as stored in answers: the id of the `application_files` row. */
export interface FileAnswer {
  fileId: string;
  name: string;
  size: number;
  mime: string;
}
export type ListAnswer = Record<string, string>[];

export type AnswerValue =
  | string
  | number
  | string[]
  | BudgetAnswer
  | TargetGroupAnswer
  | FileAnswer
  | ListAnswer
  | null
  | undefined;
export type Answers = Record<string, AnswerValue>;
