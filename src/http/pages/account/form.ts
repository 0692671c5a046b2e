import { isLang, type Lang, type MessageKey } from '../../../core/i18n/index.ts';
import type { FormState } from '../../../web/components/form.tsx';
import type { SessionRow } from '../../../web/pages/account/account-page.tsx';
import type { View } from '../../../web/view.ts';
import type { callAuth } from '../../auth-call.ts';
import type { Ctx } from '../../env.ts';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where to go after signing in: a path of this site only (never another host), else the account page. */
export function safeNext(next: string | undefined, lang: string): string {
  if (next && /^\/(fr|nl|en)(\/[\w\-./%?=&]*)?$/.test(next) && !next.includes('//') && !next.includes('\\')) {
    return next;
  }
  return `/${lang}/account`;
}

/** A page to come back to after turning on two-step verification: a path of this site, or nothing. */
export const backTo = (next: string | undefined, lang: string) =>
  next && safeNext(next, lang) === next ? next : undefined;

/** The rules of the account forms; each failed rule names the message shown beside the field. */
export const rules = {
  name: (v: string) => (v.trim() && v.length <= 200 ? null : 'error.nameRequired'),
  email: (v: string) => (emailPattern.test(v.trim()) && v.length <= 254 ? null : 'error.emailInvalid'),
  newPassword: (v: string) => (v.length < 12 ? 'error.passwordShort' : v.length > 128 ? 'error.passwordLong' : null),
  password: (v: string) => (v ? null : 'error.passwordRequired'),
} satisfies Record<string, (v: string) => MessageKey | null>;

/** Checks a form's values against rules by field: the message key of each field at fault. */
export function check(
  values: Record<string, string>,
  fieldRules: Record<string, (v: string) => MessageKey | null>,
): Partial<Record<string, MessageKey>> {
  const errors: Partial<Record<string, MessageKey>> = {};
  for (const [field, rule] of Object.entries(fieldRules)) {
    const problem = rule(values[field] ?? '');
    if (problem) errors[field] = problem;
  }
  return errors;
}

/** A rejected form: the values typed (passwords dropped) and the translated messages. */
export function rejected(
  view: View,
  values: Record<string, string>,
  errors: Partial<Record<string, MessageKey>>,
  params = {},
): FormState {
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
  const messages = Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [field, view.t(key as MessageKey, params)]),
  );
  return { values: kept, errors: messages };
}

/** The language a form chose (sign-up, profile), else the page's. */
export const langOf = (values: Record<string, string>, fallback: Lang): Lang =>
  isLang(values.lang) ? values.lang : fallback;

/** A two-step code as typed, spaces removed. */
export const codeOf = (values: Record<string, string>): string => (values.code ?? '').replace(/\s/g, '');

/** better-auth's list of sessions as the account page shows it: the current one first, then the newest. */
export function sessionRowsOf(json: unknown, currentToken: string): SessionRow[] {
  const rows = (Array.isArray(json) ? json : []) as {
    token: string;
    createdAt: string;
    ipAddress?: string | null;
    userAgent?: string | null;
  }[];
  return rows
    .map((s) => ({
      token: s.token,
      createdAt: new Date(s.createdAt),
      ipAddress: s.ipAddress ?? null,
      userAgent: s.userAgent ?? null,
      current: s.token === currentToken,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.createdAt.getTime() - a.createdAt.getTime());
}

/** The notices of the account page, asked for by the redirect after each action (the first one present wins). */
export const accountNotices = {
  verified: 'account.verified',
  saved: 'account.saved',
  password: 'account.passwordChanged',
  revoked: 'account.revoked',
  twoFactorOn: 'tfa.enabled',
  twoFactorOff: 'tfa.disabled',
} as const satisfies Record<string, MessageKey>;

type AuthAnswer = Awaited<ReturnType<typeof callAuth>>;

/**
 * Seconds to wait from better-auth's answer to a throttled request (also sent back as Retry-After), as the
 * form's message.
 */
export function throttled(c: Ctx, view: View, values: Record<string, string>, res: AuthAnswer): FormState {
  const seconds =
    Number(res.headers.get('retry-after') ?? res.headers.get('x-retry-after') ?? res.json.retryAfter ?? 60) || 60;
  c.header('retry-after', String(seconds));
  return rejected(view, values, { _form: 'error.throttled' }, { seconds });
}
