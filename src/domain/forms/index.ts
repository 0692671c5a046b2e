/** The form engine: definitions, answers checked by one schema, budget totals, posted sections and export. The PDF
 * (`./pdf.ts`, which loads pdfkit) is imported on its own where needed. */
export * from './answers-schema.ts';
export * from './budget.ts';
export * from './default-form.ts';
export * from './default-rubric.ts';
export * from './definition.ts';
export * from './flatten.ts';
export * from './form-body.ts';
export * from './reference.ts';
