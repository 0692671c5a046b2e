import type { Child } from 'hono/jsx';
import { formatDate, formatMoney, formatNumber } from '../../core/format.ts';
import { type MessageKey, pick } from '../../core/i18n/index.ts';
import {
  type Answers,
  ageBands,
  allFields,
  asBudget,
  type BudgetCategory,
  budgetCategories,
  budgetTotals,
  centsToInput,
  countWords,
  type FieldDefinition,
  type FileAnswer,
  type FormDefinition,
  formMunicipalities,
  inputId,
  inputName,
  isShown,
  type ListAnswer,
  lineTotal,
  maxTextLength,
  type SectionDefinition,
  targetLevels,
  targetSexes,
} from '../../domain/forms/index.ts';
import { assetUrl } from '../assets.ts';
import { municipalityName, type View } from '../view.ts';
import { ErrorSummary, FieldFrame } from './form.tsx';

/**
 * One component renders any section of a form definition for editing, and one renders a whole application for
 * reading. Input names follow `domain/forms/form-body.ts` (`f.<path>`), element ids are `field-<path>` so the
 * error summary links to them, and `src/web/static/forms.js` enhances the markup through its data attributes.
 */

export interface SchoolOption {
  id: string;
  label: string;
}

export interface FormSectionFieldsProps {
  view: View;
  section: SectionDefinition;
  answers: Answers;
  /** Messages by answer path, as `describeIssues` gives them. */
  errors: Record<string, string>;
  /** The years of the funding period (columns of the budget table). */
  years: readonly number[];
  /** The schools a school field offers (from the registry). */
  schools?: readonly SchoolOption[] | undefined;
  /** The whole form, to name the field a condition depends on when it sits in another section. */
  form?: FormDefinition | undefined;
  /** The budget or list field whose "add rows" button was pressed: it gets more empty rows. */
  moreRows?: string | undefined;
}

const emptyRows = 2;
const moreEmptyRows = 5;

const categoryKey = (c: string) => `forms.budget.cat.${c}` as MessageKey;

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** Cents as shown in an input: euros for stored cents, the typed text when it could not be read. */
function moneyInput(value: unknown, view: View): string {
  if (typeof value !== 'string') return '';
  return /^-?\d+$/.test(value) ? centsToInput(value, view.lang) : value;
}

/** The note under a conditional field: "Fill in only if “X” is “Y”." */
function conditionNote(view: View, field: FieldDefinition, fields: FieldDefinition[]): string | undefined {
  if (!field.showIf) return undefined;
  const target = fields.find((f) => f.key === field.showIf?.field);
  const values = field.showIf.equals
    .map((v) => {
      const option = target?.options?.find((o) => o.value === v);
      return option ? pick(option.label, view.lang) : v;
    })
    .join(' / ');
  return view.t('forms.onlyIf', { field: target ? pick(target.label, view.lang) : field.showIf.field, value: values });
}

function CellError(props: { id: string; error: string | undefined }) {
  return props.error ? (
    <span class="error-message" id={`${props.id}-error`}>
      {props.error}
    </span>
  ) : null;
}

/** Label, hint and error around a group of controls: a fieldset with its legend. */
function GroupFrame(props: {
  view: View;
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  class?: string;
  children?: Child;
}) {
  return (
    <fieldset
      class={`field field-group${props.class ? ` ${props.class}` : ''}${props.error ? ' field-error' : ''}`}
      id={`${props.id}-group`}
      aria-describedby={describedBy(props.hint && `${props.id}-hint`, props.error && `${props.id}-error`)}
    >
      <legend>
        {props.label}
        {props.required ? <span class="required"> ({props.view.t('form.required')})</span> : null}
      </legend>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="error-message" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </fieldset>
  );
}

function Checkboxes(props: {
  view: View;
  field: FieldDefinition;
  type: 'checkbox' | 'radio';
  options: { value: string; label: string }[];
  selected: string[];
  error: string | undefined;
  hint: string | undefined;
}) {
  const { field } = props;
  const id = inputId(field.key);
  return (
    <GroupFrame
      view={props.view}
      id={id}
      label={pick(field.label, props.view.lang)}
      hint={props.hint}
      error={props.error}
      required={field.required}
      class={props.options.length > 6 ? 'choices choices-columns' : 'choices'}
    >
      <div class="choice-list">
        {props.options.map((option, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`;
          return (
            <div class="choice">
              <input
                type={props.type}
                id={optionId}
                name={inputName(field.key)}
                value={option.value}
                checked={props.selected.includes(option.value)}
                aria-invalid={props.error ? 'true' : undefined}
              />
              <label for={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </GroupFrame>
  );
}

function BudgetTable(props: FormSectionFieldsProps & { field: FieldDefinition }) {
  const { view, field, errors, years } = props;
  const t = view.t;
  const key = field.key;
  const budget = asBudget(props.answers[key]);
  const totals = budgetTotals(budget, years);
  const extra = props.moreRows === key ? moreEmptyRows : emptyRows;
  const lines = [...budget.lines, ...Array.from({ length: extra }, () => null)];
  const cofunding = [...budget.cofunding, ...Array.from({ length: extra }, () => null)];
  const money = (cents: bigint) => formatMoney(cents, view.lang);
  const amountCell = (path: (string | number)[], value: unknown, label: string, year: number) => {
    const id = inputId(key, ...path, 'amounts', year);
    const error = errors[`${key}.${path.join('.')}.amounts.${year}`];
    return (
      <td class="num">
        <input
          type="text"
          inputmode="decimal"
          class="amount"
          id={id}
          name={inputName(key, ...path, 'amounts', year)}
          value={moneyInput(value, view)}
          aria-label={label}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-year={year}
          autocomplete="off"
        />
        <CellError id={id} error={error} />
      </td>
    );
  };
  /** A text cell of one row (a line's label, a co-funding source), with its error under it. */
  const textCell = (path: [string, number, string], value: string | undefined, label: string) => {
    const id = inputId(key, ...path);
    const error = errors[`${key}.${path.join('.')}`];
    return (
      <td>
        <input
          type="text"
          id={id}
          name={inputName(key, ...path)}
          value={value ?? ''}
          maxlength={maxTextLength}
          aria-label={label}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <CellError id={id} error={error} />
      </td>
    );
  };
  /** The footer row of a table: its label, the total of each year and the grand total. */
  const totalsRow = (label: string, byYear: Record<string, bigint>, total: bigint, span: number) => (
    <tr>
      <th scope="row" colspan={span > 1 ? span : undefined}>
        {label}
      </th>
      {years.map((y) => (
        <td class="num" data-year-total={y}>
          {money(byYear[String(y)] ?? 0n)}
        </td>
      ))}
      <td class="num" data-grand-total>
        {money(total)}
      </td>
    </tr>
  );
  const fieldError = errors[key] ?? errors[`${key}.lines`];
  return (
    <GroupFrame
      view={view}
      id={inputId(key)}
      label={pick(field.label, view.lang)}
      hint={[field.help ? pick(field.help, view.lang) : '', t('forms.budget.amountHint')].filter(Boolean).join(' ')}
      error={fieldError}
      required={field.required}
      class="budget"
    >
      <section class="table-scroll" tabindex={0} aria-label={t('forms.budget.costs')}>
        <table class="data-table budget-table" id={inputId(key, 'lines')} data-budget="costs">
          <caption>{t('forms.budget.costs')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forms.budget.category')}</th>
              <th scope="col">{t('forms.budget.label')}</th>
              {years.map((y) => (
                <th scope="col" class="num">
                  {y}
                </th>
              ))}
              <th scope="col" class="num">
                {t('forms.budget.lineTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => {
              const row = t('forms.row', { n: i + 1 });
              const catId = inputId(key, 'lines', i, 'category');
              const catError = errors[`${key}.lines.${i}.category`];
              return (
                <tr data-budget-row>
                  <td>
                    <select
                      id={catId}
                      name={inputName(key, 'lines', i, 'category')}
                      aria-label={`${t('forms.budget.category')}, ${row}`}
                      aria-invalid={catError ? 'true' : undefined}
                      aria-describedby={catError ? `${catId}-error` : undefined}
                    >
                      {budgetCategories.map((c) => (
                        <option value={c} selected={line?.category === c}>
                          {t(categoryKey(c))}
                        </option>
                      ))}
                    </select>
                    <CellError id={catId} error={catError} />
                  </td>
                  {textCell(['lines', i, 'label'], line?.label, `${t('forms.budget.label')}, ${row}`)}
                  {years.map((y) => amountCell(['lines', i], line?.amounts?.[String(y)], `${y}, ${row}`, y))}
                  <td class="num" data-line-total>
                    {line ? money(lineTotal(line)) : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>{totalsRow(t('forms.budget.totalCosts'), totals.costsByYear, totals.totalCosts, 2)}</tfoot>
        </table>
      </section>

      <section class="table-scroll" tabindex={0} aria-label={t('forms.budget.cofunding')}>
        <table class="data-table budget-table" id={inputId(key, 'cofunding')} data-budget="cofunding">
          <caption>{t('forms.budget.cofunding')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forms.budget.source')}</th>
              {years.map((y) => (
                <th scope="col" class="num">
                  {y}
                </th>
              ))}
              <th scope="col" class="num">
                {t('forms.budget.lineTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {cofunding.map((line, i) => {
              const row = t('forms.row', { n: i + 1 });
              return (
                <tr data-budget-row>
                  {textCell(['cofunding', i, 'source'], line?.source, `${t('forms.budget.source')}, ${row}`)}
                  {years.map((y) => amountCell(['cofunding', i], line?.amounts?.[String(y)], `${y}, ${row}`, y))}
                  <td class="num" data-line-total>
                    {line ? money(lineTotal(line)) : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>{totalsRow(t('forms.budget.totalCofunding'), totals.cofundingByYear, totals.totalCofunding, 1)}</tfoot>
        </table>
      </section>
      {errors[`${key}.cofunding`] ? <p class="error-message">{errors[`${key}.cofunding`]}</p> : null}

      <div class="add-rows">
        <button type="submit" name="addRows" value={key} class="button button-secondary" formnovalidate>
          {t('forms.addRows')}
        </button>
        <p class="hint">{t('forms.addRowsHint')}</p>
      </div>

      <dl class="facts budget-summary" id={inputId(key, 'requested')} tabindex={-1}>
        <div>
          <dt>{t('forms.budget.totalCosts')}</dt>
          <dd data-budget-total="costs">{money(totals.totalCosts)}</dd>
        </div>
        <div>
          <dt>{t('forms.budget.totalCofunding')}</dt>
          <dd data-budget-total="cofunding">{money(totals.totalCofunding)}</dd>
        </div>
        <div class="budget-requested">
          <dt>{t('forms.budget.requested')}</dt>
          <dd data-budget-total="requested" aria-live="polite">
            {money(totals.requested)}
          </dd>
        </div>
      </dl>
      <p class="hint">{t('forms.budget.requestedHint')}</p>
      {errors[`${key}.requested`] ? <p class="error-message">{errors[`${key}.requested`]}</p> : null}
    </GroupFrame>
  );
}

function TargetGroupGrid(props: FormSectionFieldsProps & { field: FieldDefinition }) {
  const { view, field, errors } = props;
  const t = view.t;
  const value = (props.answers[field.key] ?? {}) as Record<string, Record<string, unknown>>;
  const groups = [
    {
      group: 'ageBands',
      title: t('forms.target.ageBands'),
      keys: ageBands,
      label: (k: string) => t('forms.target.age', { band: k }),
    },
    {
      group: 'levels',
      title: t('forms.target.levels'),
      keys: targetLevels,
      label: (k: string) => t(`forms.target.level.${k}` as MessageKey),
    },
    {
      group: 'sexes',
      title: t('forms.target.sexes'),
      keys: targetSexes,
      label: (k: string) => t(`forms.target.sex.${k}` as MessageKey),
    },
  ];
  const hint = [field.help ? pick(field.help, view.lang) : '', t('forms.target.hint')].filter(Boolean).join(' ');
  return (
    <GroupFrame
      view={view}
      id={inputId(field.key)}
      label={pick(field.label, view.lang)}
      hint={hint}
      error={errors[field.key]}
      required={field.required}
      class="target-group"
    >
      <div class="target-grid">
        {groups.map(({ group, title, keys, label }) => (
          <table class="data-table compact" data-target-group={group}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col" class="num">
                  {t('forms.target.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => {
                const id = inputId(field.key, group, k);
                const error = errors[`${field.key}.${group}.${k}`];
                const v = value[group]?.[k];
                return (
                  <tr>
                    <th scope="row">
                      <label for={id}>{label(k)}</label>
                    </th>
                    <td class="num">
                      <input
                        type="text"
                        inputmode="numeric"
                        class="count"
                        id={id}
                        name={inputName(field.key, group, k)}
                        value={v === undefined || v === null ? '' : String(v)}
                        aria-invalid={error ? 'true' : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        autocomplete="off"
                      />
                      <CellError id={id} error={error} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
    </GroupFrame>
  );
}

function ListTable(props: FormSectionFieldsProps & { field: FieldDefinition }) {
  const { view, field, errors } = props;
  const t = view.t;
  const key = field.key;
  const rows = Array.isArray(props.answers[key]) ? (props.answers[key] as ListAnswer) : [];
  const wanted = props.moreRows === key ? moreEmptyRows : emptyRows;
  const room = field.maxRows ? Math.max(0, field.maxRows - rows.length) : wanted;
  const all: (Record<string, string> | null)[] = [
    ...rows,
    ...Array.from({ length: Math.min(wanted, room) }, () => null),
  ];
  const columns = field.columns ?? [];
  return (
    <GroupFrame
      view={view}
      id={inputId(key)}
      label={pick(field.label, view.lang)}
      hint={field.help ? pick(field.help, view.lang) : undefined}
      error={errors[key]}
      required={field.required}
      class="list-field"
    >
      <section class="table-scroll" tabindex={0} aria-label={pick(field.label, view.lang)}>
        <table class="data-table list-table">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{t('forms.row', { n: '' }).trim()}</span>
              </th>
              {columns.map((c) => (
                <th scope="col">
                  {pick(c.label, view.lang)}
                  {c.required ? <span class="required"> ({t('form.required')})</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {all.map((row, i) => {
              const rowLabel = t('forms.row', { n: i + 1 });
              return (
                <tr>
                  <th scope="row">{i + 1}</th>
                  {columns.map((c) => {
                    const id = inputId(key, 'rows', i, c.key);
                    const error = errors[`${key}.rows.${i}.${c.key}`];
                    const common = {
                      id,
                      name: inputName(key, 'rows', i, c.key),
                      'aria-label': `${pick(c.label, view.lang)}, ${rowLabel}`,
                      'aria-invalid': error ? 'true' : undefined,
                      'aria-describedby': error ? `${id}-error` : undefined,
                    };
                    const value = row?.[c.key] ?? '';
                    return (
                      <td>
                        {c.type === 'longText' ? (
                          <textarea {...common} rows={2}>
                            {value}
                          </textarea>
                        ) : (
                          <input
                            {...common}
                            type={c.type === 'date' ? 'date' : 'text'}
                            inputmode={c.type === 'number' ? 'decimal' : undefined}
                            maxlength={c.type === 'text' ? maxTextLength : undefined}
                            value={value}
                          />
                        )}
                        <CellError id={id} error={error} />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {!field.maxRows || all.length < field.maxRows ? (
        <div class="add-rows">
          <button type="submit" name="addRows" value={key} class="button button-secondary" formnovalidate>
            {t('forms.addRows')}
          </button>
          <p class="hint">{t('forms.addRowsHint')}</p>
        </div>
      ) : null}
    </GroupFrame>
  );
}

function FileInput(props: FormSectionFieldsProps & { field: FieldDefinition }) {
  const { view, field, errors } = props;
  const t = view.t;
  const file = props.answers[field.key] as FileAnswer | null | undefined;
  const id = inputId(field.key);
  const error = errors[field.key];
  const hint = field.help ? pick(field.help, view.lang) : undefined;
  return (
    <FieldFrame
      view={view}
      id={id}
      label={pick(field.label, view.lang)}
      hint={hint}
      error={error}
      required={field.required}
    >
      <p class="file-current">
        {file?.name
          ? t('forms.file.current', { name: file.name, size: fileSize(file.size, view) })
          : t('forms.file.none')}
      </p>
      <input
        type="file"
        id={id}
        name={`file.${field.key}`}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
      {file?.name ? (
        <div class="choice">
          <input type="checkbox" id={`${id}-remove`} name={inputName(field.key, 'remove')} value="1" />
          <label for={`${id}-remove`}>{t('forms.file.remove')}</label>
        </div>
      ) : null}
    </FieldFrame>
  );
}

/** A file size for people: `12 kB`, `3,4 MB`. */
export function fileSize(bytes: number, view: View): string {
  if (bytes < 1024) return `${formatNumber(bytes, view.lang, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, view.lang, 0)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), view.lang, 1)} MB`;
}

function OneField(props: FormSectionFieldsProps & { field: FieldDefinition; fields: FieldDefinition[] }) {
  const { view, field, answers, errors } = props;
  const lang = view.lang;
  const id = inputId(field.key);
  const label = pick(field.label, lang);
  const hint = field.help ? pick(field.help, lang) : undefined;
  const error = errors[field.key];
  const value = answers[field.key];
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const aria = {
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`),
  };
  switch (field.type) {
    case 'text':
      return (
        <FieldFrame view={view} id={id} label={label} hint={hint} error={error} required={field.required}>
          <input type="text" id={id} name={inputName(field.key)} value={text} maxlength={maxTextLength} {...aria} />
        </FieldFrame>
      );
    case 'longText': {
      const counterId = `${id}-count`;
      return (
        <FieldFrame view={view} id={id} label={label} hint={hint} error={error} required={field.required}>
          <textarea
            id={id}
            name={inputName(field.key)}
            rows={8}
            data-max-words={field.maxWords}
            {...aria}
            aria-describedby={describedBy(aria['aria-describedby'], field.maxWords ? counterId : undefined)}
          >
            {text}
          </textarea>
          {field.maxWords ? (
            <p
              class="word-count"
              id={counterId}
              data-word-count-for={id}
              data-template={view.t('forms.words', { count: '{count}', max: field.maxWords })}
            >
              {view.t('forms.words', { count: countWords(text), max: field.maxWords })}
            </p>
          ) : null}
        </FieldFrame>
      );
    }
    case 'number':
    case 'money':
      return (
        <FieldFrame view={view} id={id} label={label} hint={hint} error={error} required={field.required}>
          <span class={field.type === 'money' ? 'money-input' : undefined}>
            <input
              type="text"
              inputmode="decimal"
              id={id}
              name={inputName(field.key)}
              value={field.type === 'money' ? moneyInput(value, view) : text}
              class="amount"
              {...aria}
            />
            {field.type === 'money' ? <span aria-hidden="true"> €</span> : null}
          </span>
        </FieldFrame>
      );
    case 'date':
      return (
        <FieldFrame view={view} id={id} label={label} hint={hint} error={error} required={field.required}>
          <input type="date" id={id} name={inputName(field.key)} value={text} {...aria} />
        </FieldFrame>
      );
    case 'choice':
    case 'multiChoice':
      return (
        <Checkboxes
          view={view}
          field={field}
          type={field.type === 'choice' ? 'radio' : 'checkbox'}
          options={(field.options ?? []).map((o) => ({ value: o.value, label: pick(o.label, lang) }))}
          selected={Array.isArray(value) ? (value as string[]) : text ? [text] : []}
          error={error}
          hint={hint}
        />
      );
    case 'municipality':
      return (
        <Checkboxes
          view={view}
          field={field}
          type="checkbox"
          options={formMunicipalities
            .map((m) => ({ value: m.nisCode, label: municipalityName(m, lang) }))
            .sort((a, b) => a.label.localeCompare(b.label, lang))}
          selected={Array.isArray(value) ? (value as string[]) : []}
          error={error}
          hint={hint}
        />
      );
    case 'school': {
      const selected = Array.isArray(value) ? (value as string[]) : [];
      const options = [...(props.schools ?? [])];
      for (const s of selected) if (!options.some((o) => o.id === s)) options.push({ id: s, label: s });
      const schoolHint = [hint, view.t('forms.school.hint')].filter(Boolean).join(' ');
      return (
        <FieldFrame view={view} id={id} label={label} hint={schoolHint} error={error} required={field.required}>
          {options.length === 0 ? <p class="note">{view.t('forms.school.none')}</p> : null}
          <select
            id={id}
            name={inputName(field.key)}
            multiple
            size={Math.min(10, Math.max(4, options.length))}
            class="school-select"
            aria-invalid={aria['aria-invalid']}
            aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
          >
            {options.map((o) => (
              <option value={o.id} selected={selected.includes(o.id)}>
                {o.label}
              </option>
            ))}
          </select>
        </FieldFrame>
      );
    }
    case 'file':
      return <FileInput {...props} />;
    case 'budget':
      return <BudgetTable {...props} />;
    case 'targetGroup':
      return <TargetGroupGrid {...props} />;
    case 'list':
      return <ListTable {...props} />;
  }
}

/**
 * The fields of one section, to put inside a `Form` (multipart when the section has a file field: see
 * `sectionHasFile`). Conditional fields are always rendered, with a note saying when they apply; the script hides
 * them while their condition is not met.
 */
export function FormSectionFields(props: FormSectionFieldsProps) {
  const fields = props.form ? allFields(props.form).map((f) => f.field) : props.section.fields;
  return (
    <div class="form-section" data-form-section={props.section.key}>
      {props.section.intro ? <p class="section-intro">{pick(props.section.intro, props.view.lang)}</p> : null}
      {props.section.fields.map((field) => {
        const note = conditionNote(props.view, field, fields);
        return (
          <div
            class={`form-field form-field-${field.type}`}
            data-field={field.key}
            data-show-if={field.showIf?.field}
            data-show-if-values={field.showIf?.equals.join('|')}
          >
            {note ? <p class="condition-note">{note}</p> : null}
            <OneField {...props} field={field} fields={fields} />
          </div>
        );
      })}
    </div>
  );
}

/** Whether a section needs a multipart form (it has a file field). */
export function sectionHasFile(section: SectionDefinition): boolean {
  return section.fields.some((f) => f.type === 'file');
}

/** The label of the field an error path belongs to, with the row when the error is in a table. */
function errorLabel(view: View, fields: FieldDefinition[], path: string): string | undefined {
  const [key, second, index, column] = path.split('.');
  const field = fields.find((f) => f.key === key);
  if (!field) return undefined;
  const label = pick(field.label, view.lang);
  if ((second === 'lines' || second === 'cofunding' || second === 'rows') && index !== undefined) {
    const col = field.columns?.find((c) => c.key === column);
    return `${label}, ${view.t('forms.row', { n: Number(index) + 1 })}${col ? `, ${pick(col.label, view.lang)}` : ''}`;
  }
  return label;
}

/** The error summary of a section (or a whole form), each message preceded by the field's name. */
export function FormErrorSummary(props: {
  view: View;
  errors: Record<string, string>;
  section?: SectionDefinition | undefined;
  form?: FormDefinition | undefined;
}) {
  const fields = props.form ? allFields(props.form).map((f) => f.field) : (props.section?.fields ?? []);
  const labelled = Object.fromEntries(
    Object.entries(props.errors).map(([path, message]) => {
      const label = errorLabel(props.view, fields, path);
      return [path, label ? `${label}: ${message}` : message];
    }),
  );
  return <ErrorSummary view={props.view} errors={labelled} />;
}

/** The attributes a form needs for the script's autosave and messages, in the page's language. */
export function autosaveAttributes(view: View): Record<string, string> {
  return {
    'data-autosave': '',
    'data-msg-saved': view.t('forms.autosave.saved', { time: '{time}' }),
    'data-msg-saving': view.t('forms.autosave.saving'),
    'data-msg-conflict': view.t('forms.autosave.conflict'),
    'data-msg-error': view.t('forms.autosave.error'),
    'data-msg-invalid': view.t('forms.autosave.invalid'),
  };
}

/** The live region where the script tells how autosave went (put it inside the form). */
export function AutosaveStatus() {
  return <p class="autosave-status" data-autosave-status aria-live="polite" role="status" />;
}

/** The hashed URL of the forms script (`src/web/static/forms.js`). */
export function formsScriptUrl(): string {
  return assetUrl('forms.js');
}

/** The forms script tag, for pages that show `FormSectionFields` (CSP allows scripts from our own origin). */
export function FormsScript() {
  return <script src={formsScriptUrl()} defer />;
}

/* ---------- Reading ---------- */

function AnswerText(props: {
  view: View;
  field: FieldDefinition;
  answers: Answers;
  years: readonly number[];
  files?: Readonly<Record<string, string>> | undefined;
}) {
  const { view, field, answers } = props;
  const t = view.t;
  const lang = view.lang;
  const value = answers[field.key];
  const none = <span class="muted">{t('forms.noAnswer')}</span>;
  switch (field.type) {
    case 'text':
    case 'longText':
      return typeof value === 'string' && value.trim() ? <div class="answer-text">{value}</div> : none;
    case 'number':
      return typeof value === 'number' ? formatNumber(value, lang, 2) : none;
    case 'money':
      return typeof value === 'string' && /^\d+$/.test(value) ? formatMoney(BigInt(value), lang) : none;
    case 'date':
      return typeof value === 'string' && value ? formatDate(value, lang) : none;
    case 'choice':
    case 'multiChoice': {
      const values = Array.isArray(value) ? (value as string[]) : typeof value === 'string' && value ? [value] : [];
      if (values.length === 0) return none;
      const labels = values.map((v) => {
        const o = field.options?.find((x) => x.value === v);
        return o ? pick(o.label, lang) : v;
      });
      return field.type === 'choice' ? (
        labels[0]
      ) : (
        <ul>
          {labels.map((l) => (
            <li>{l}</li>
          ))}
        </ul>
      );
    }
    case 'municipality': {
      const values = Array.isArray(value) ? (value as string[]) : [];
      if (values.length === 0) return none;
      return (
        <ul class="inline-list">
          {values.map((code) => {
            const m = formMunicipalities.find((x) => x.nisCode === code);
            return <li>{m ? municipalityName(m, lang) : code}</li>;
          })}
        </ul>
      );
    }
    case 'school': {
      const values = Array.isArray(value) ? (value as string[]) : [];
      return values.length ? (
        <ul>
          {values.map((v) => (
            <li>{v}</li>
          ))}
        </ul>
      ) : (
        none
      );
    }
    case 'file': {
      const file = value as FileAnswer | null | undefined;
      if (!file?.name) return none;
      const href = props.files?.[file.fileId];
      const textOf = `${file.name} (${fileSize(file.size, view)})`;
      return href ? <a href={href}>{textOf}</a> : textOf;
    }
    case 'budget':
      return <BudgetView view={view} value={value} years={props.years} />;
    case 'targetGroup':
      return <TargetGroupView view={view} value={value} />;
    case 'list': {
      const rows = Array.isArray(value) ? (value as ListAnswer) : [];
      if (rows.length === 0) return none;
      return (
        <section class="table-scroll" tabindex={0} aria-label={pick(field.label, lang)}>
          <table class="data-table compact">
            <thead>
              <tr>
                {(field.columns ?? []).map((c) => (
                  <th scope="col">{pick(c.label, lang)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  {(field.columns ?? []).map((c) => (
                    <td>{c.type === 'date' && row[c.key] ? formatDate(row[c.key] ?? '', lang) : row[c.key]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      );
    }
  }
}

function BudgetView(props: { view: View; value: unknown; years: readonly number[] }) {
  const { view } = props;
  const t = view.t;
  const budget = asBudget(props.value);
  const yearsSeen = new Set(props.years.map(String));
  for (const l of [...budget.lines, ...budget.cofunding])
    for (const y of Object.keys(l.amounts ?? {})) yearsSeen.add(y);
  const years = [...yearsSeen].sort();
  const totals = budgetTotals(budget, props.years);
  const money = (c: bigint) => formatMoney(c, view.lang);
  const cents = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? money(BigInt(v)) : '');
  return (
    <div class="budget-view">
      <section class="table-scroll" tabindex={0} aria-label={t('forms.budget.costs')}>
        <table class="data-table compact">
          <caption>{t('forms.budget.costs')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forms.budget.category')}</th>
              <th scope="col">{t('forms.budget.label')}</th>
              {years.map((y) => (
                <th scope="col" class="num">
                  {y}
                </th>
              ))}
              <th scope="col" class="num">
                {t('forms.budget.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {budget.lines.map((line) => (
              <tr>
                <td>
                  {(budgetCategories as readonly string[]).includes(line.category) ? t(categoryKey(line.category)) : ''}
                </td>
                <td>{line.label}</td>
                {years.map((y) => (
                  <td class="num">{cents(line.amounts?.[y])}</td>
                ))}
                <td class="num">{money(lineTotal(line))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {budgetCategories.map((c: BudgetCategory) => (
              <tr>
                <th scope="row" colspan={years.length + 2}>
                  {t('forms.budget.categoryTotal', { category: t(categoryKey(c)) })}
                </th>
                <td class="num">{money(totals.byCategory[c])}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" colspan={2}>
                {t('forms.budget.totalCosts')}
              </th>
              {years.map((y) => (
                <td class="num">{money(totals.costsByYear[y] ?? 0n)}</td>
              ))}
              <td class="num">{money(totals.totalCosts)}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      {budget.cofunding.length ? (
        <section class="table-scroll" tabindex={0} aria-label={t('forms.budget.cofunding')}>
          <table class="data-table compact">
            <caption>{t('forms.budget.cofunding')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('forms.budget.source')}</th>
                {years.map((y) => (
                  <th scope="col" class="num">
                    {y}
                  </th>
                ))}
                <th scope="col" class="num">
                  {t('forms.budget.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {budget.cofunding.map((line) => (
                <tr>
                  <td>{line.source}</td>
                  {years.map((y) => (
                    <td class="num">{cents(line.amounts?.[y])}</td>
                  ))}
                  <td class="num">{money(lineTotal(line))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <dl class="facts budget-summary">
        <div>
          <dt>{t('forms.budget.totalCosts')}</dt>
          <dd>{money(totals.totalCosts)}</dd>
        </div>
        <div>
          <dt>{t('forms.budget.totalCofunding')}</dt>
          <dd>{money(totals.totalCofunding)}</dd>
        </div>
        <div class="budget-requested">
          <dt>{t('forms.budget.requested')}</dt>
          <dd>{money(totals.requested)}</dd>
        </div>
      </dl>
    </div>
  );
}

function TargetGroupView(props: { view: View; value: unknown }) {
  const { view } = props;
  const t = view.t;
  const value = (props.value ?? {}) as Record<string, Record<string, unknown>>;
  const groups = [
    {
      group: 'ageBands',
      title: t('forms.target.ageBands'),
      keys: ageBands,
      label: (k: string) => t('forms.target.age', { band: k }),
    },
    {
      group: 'levels',
      title: t('forms.target.levels'),
      keys: targetLevels,
      label: (k: string) => t(`forms.target.level.${k}` as MessageKey),
    },
    {
      group: 'sexes',
      title: t('forms.target.sexes'),
      keys: targetSexes,
      label: (k: string) => t(`forms.target.sex.${k}` as MessageKey),
    },
  ];
  return (
    <div class="target-grid">
      {groups.map(({ group, title, keys, label }) => {
        const counts = keys.map((k) => {
          const n = value[group]?.[k];
          return typeof n === 'number' ? n : 0;
        });
        return (
          <table class="data-table compact">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col" class="num">
                  {t('forms.target.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k, i) => (
                <tr>
                  <th scope="row">{label(k)}</th>
                  <td class="num">{formatNumber(counts[i] ?? 0, view.lang, 0)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('forms.target.total')}</th>
                <td class="num">
                  {formatNumber(
                    counts.reduce((a, b) => a + b, 0),
                    view.lang,
                    0,
                  )}
                </td>
              </tr>
            </tfoot>
          </table>
        );
      })}
    </div>
  );
}

/**
 * A whole application for reading (officers, the frozen submitted version): every section with its answers.
 * Fields hidden by their condition are left out. `files` maps a file id to its download link.
 */
export function FormAnswersView(props: {
  view: View;
  form: FormDefinition;
  answers: Answers;
  years?: readonly number[] | undefined;
  files?: Readonly<Record<string, string>> | undefined;
  /** The heading level of section titles (default 2). */
  level?: 2 | 3 | undefined;
}) {
  const { view, form, answers } = props;
  const years = props.years ?? [];
  return (
    <div class="form-answers">
      {form.sections.map((section) => {
        const title = pick(section.title, view.lang);
        return (
          <section class="form-answers-section" aria-label={title}>
            {props.level === 3 ? <h3>{title}</h3> : <h2>{title}</h2>}
            <dl class="answers">
              {section.fields
                .filter((f) => isShown(f, answers))
                .map((field) => (
                  <div class={`answer answer-${field.type}`}>
                    <dt>{pick(field.label, view.lang)}</dt>
                    <dd>
                      <AnswerText view={view} field={field} answers={answers} years={years} files={props.files} />
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
