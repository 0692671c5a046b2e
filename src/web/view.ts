import type { Lang, Translate } from '../core/i18n/index.ts';
import { translator } from '../core/i18n/index.ts';

/** The signed-in person as pages see them: the roles that count, and staff roles waiting for two-step verification. */
export interface ViewUser {
  name: string;
  roles?: string[];
  pendingRoles?: string[];
}

/** What every page and component needs to speak the visitor's language. */
export interface View {
  lang: Lang;
  t: Translate;
  /** Localized link: `href('/schemes')` gives `/fr/schemes` on a French page. */
  href(path: string): string;
  /** The current path without the language prefix, for the language switch (e.g. `/schemes/das`). */
  path: string;
  /** The signed-in person, on pages that are not the same for everyone. */
  user: ViewUser | null;
  /** The visitor's CSRF token, for forms (empty on pages served to every visitor alike). */
  csrf: string;
}

export function createView(lang: Lang, path: string, extra: { user?: ViewUser | null; csrf?: string } = {}): View {
  return {
    lang,
    t: translator(lang),
    href: (p) => `/${lang}${p === '/' ? '' : p}`,
    path,
    user: extra.user ?? null,
    csrf: extra.csrf ?? '',
  };
}

/** A municipality's name as shown in one language: Brussels names are official in French and Dutch. */
export function municipalityName(m: { nameFr: string; nameNl: string }, lang: Lang): string {
  if (lang === 'nl') return m.nameNl;
  if (lang === 'fr' || m.nameFr === m.nameNl) return m.nameFr;
  return `${m.nameFr} / ${m.nameNl}`;
}
