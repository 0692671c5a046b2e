import { DomainError } from '../../core/errors.ts';
import { type Lang, type Translate, translator } from '../../core/i18n/index.ts';
import type { FormState } from '../../web/components/form.tsx';
import type { Ctx } from '../env.ts';

/** The statuses a refused form comes back with (the true status of the refusal, never 200). */
export type RefusalStatus = 403 | 404 | 409 | 410 | 412 | 422;

/**
 * A verb's refusal as a page shows it: its status, and each message in the reader's language at the field it
 * concerns (`_form` for the form as a whole). A page may add what else it shows (a conflict, a list of reasons).
 */
export interface Refusal {
  status: RefusalStatus;
  errors: Record<string, string>;
}

/**
 * How one page reads its verb's refusals: the refusal to show for a domain error a person can act on there, or
 * undefined for any other, which goes on to `app.onError` (its error page, in the path's language).
 */
export type RefusalReader<R extends Refusal = Refusal> = (
  error: DomainError,
  t: Translate,
  lang: Lang,
) => R | undefined;

/**
 * The one way a page turns a refused verb into its form again. Calls the verb; on success answers `done` (a
 * redirect, usually); when the verb throws a domain error that `read` recognises, answers `form` with what the
 * person typed (`values`, kept as sent) and the messages at their fields, at the refusal's status. Any other
 * error propagates unchanged.
 */
export async function renderRefusal<T, R extends Refusal = Refusal>(
  c: Ctx,
  verb: () => Promise<T>,
  on: {
    read: RefusalReader<R>;
    form: (state: FormState, refusal: R) => Response | Promise<Response>;
    done: (result: T) => Response | Promise<Response>;
    values?: Record<string, string>;
  },
): Promise<Response> {
  let result: T;
  try {
    result = await verb();
  } catch (error) {
    const lang = c.get('lang');
    const refusal = error instanceof DomainError ? on.read(error, translator(lang), lang) : undefined;
    if (!refusal) throw error;
    return on.form({ values: on.values ?? {}, errors: refusal.errors }, refusal);
  }
  return on.done(result);
}

/** A reader for refusals of one code, shown as one message at one field (or over the whole form). */
export const refusalOf =
  (code: DomainError['code'], status: RefusalStatus, field: string, message: Parameters<Translate>[0]): RefusalReader =>
  (error, t) =>
    error.code === code ? { status, errors: { [field]: t(message) } } : undefined;
