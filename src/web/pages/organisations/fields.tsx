import { formatInstant as formatBrussels } from '../../../core/format.ts';
import type { Lang } from '../../../core/i18n/index.ts';
import { FieldFrame, type FormState, fieldIds } from '../../components/form.tsx';
import type { View } from '../../view.ts';

/** A labelled select with its hint and error tied to it for assistive technology, like `Field` for inputs. */
export function SelectField(props: {
  view: View;
  name: string;
  label: string;
  state: FormState;
  options: { value: string; label: string; lang?: Lang }[];
  /** The label of an empty first choice, for fields without a default. */
  placeholder?: string;
  hint?: string;
  required?: boolean;
}) {
  const { name, state } = props;
  const { id, error, described } = fieldIds(name, state, props.hint);
  const selected = state.values[name] ?? '';
  return (
    <FieldFrame view={props.view} id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <select
        id={id}
        name={name}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
      >
        {props.placeholder !== undefined ? (
          <option value="" selected={selected === ''}>
            {props.placeholder}
          </option>
        ) : null}
        {props.options.map((o) => (
          <option value={o.value} selected={selected === o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A date (and time) in Brussels, written the way the reader's language does. */
export function formatInstant(at: Date, lang: Lang, withTime = false): string {
  return formatBrussels(at, lang, withTime ? { date: 'long', time: 'short' } : { date: 'long' });
}

/** A message shown when an action could not be done, announced to screen readers. */
export function Problem(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <div class="error-summary" role="alert">
      <p>{props.message}</p>
    </div>
  );
}
