import type { Child } from 'hono/jsx';
import type { View } from '../view.ts';

/** What a rejected form sends back: the values typed (never passwords) and a message per field. */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

/**
 * The list of problems at the top of a rejected form, each linking to its field; announced to screen readers
 * and focused first (the `autofocus` keeps it working without JavaScript).
 */
export function ErrorSummary(props: { view: View; errors: Record<string, string> }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} id="error-summary">
      <h2 id="error-summary-title">{props.view.t('form.errorSummary')}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>{field === '_form' ? message : <a href={`#field-${field}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

/** The ids that tie a field's label, hint and error to its control for assistive technology. */
export function fieldIds(name: string, state: FormState, hint?: string) {
  const id = `field-${name}`;
  const error = state.errors[name];
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, error, described: described || undefined };
}

/** Label, hint and error around one control (an input, a select ...), the same for every kind of field. */
export function FieldFrame(props: {
  view: View;
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  children?: Child;
}) {
  const { id, error } = props;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id}>
        {props.label}
        {props.required ? <span class="required"> ({props.view.t('form.required')})</span> : null}
      </label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** A labelled input with its hint and error tied to it for assistive technology. */
export function Field(props: {
  view: View;
  name: string;
  label: string;
  state: FormState;
  type?: 'text' | 'email' | 'password';
  autocomplete?: string;
  hint?: string;
  required?: boolean;
  minlength?: number;
}) {
  const { name, state } = props;
  const { id, error, described } = fieldIds(name, state, props.hint);
  return (
    <FieldFrame view={props.view} id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <input
        id={id}
        name={name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : (state.values[name] ?? '')}
        autocomplete={props.autocomplete}
        required={props.required}
        minlength={props.minlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
      />
    </FieldFrame>
  );
}

/** A form that posts to our own pages with the visitor's CSRF token. */
export function Form(props: { action: string; csrf: string; children?: Child; class?: string }) {
  return (
    <form method="post" action={props.action} class={props.class ?? 'form'} novalidate>
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.children}
    </form>
  );
}

/** A short confirmation or notice at the top of a page. */
export function Notice(props: { children?: Child; kind?: 'success' | 'info' }) {
  return (
    <div class={`notice notice-${props.kind ?? 'info'}`} role="status">
      {props.children}
    </div>
  );
}

/** A required file input with its label and, after a refusal, the message (linked by `aria-describedby`). */
export function FileField(props: { label: string; accept: string; hintId: string; error?: string | undefined }) {
  const { error } = props;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for="field-file">{props.label}</label>
      {error ? (
        <p class="error-message" id="field-file-error">
          {error}
        </p>
      ) : null}
      <input
        id="field-file"
        name="file"
        type="file"
        accept={props.accept}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${props.hintId} field-file-error` : props.hintId}
      />
    </div>
  );
}
