import { formatInstant } from '../../core/format.ts';
import type { Lang } from '../../core/i18n/index.ts';

/**
 * Officers type the opening and closing of a call as a Brussels wall-clock date and time; they are stored as
 * instants. The conversion follows the clock changes of Europe/Brussels (CET in winter, CEST in summer).
 */
export const BRUSSELS = 'Europe/Brussels';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: BRUSSELS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Brussels wall clock at an instant, as numbers. */
function wallClock(at: Date) {
  const get = (type: string) => Number(parts.formatToParts(at).find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** Minutes Brussels is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function brusselsOffsetMinutes(at: Date): number {
  const w = wallClock(at);
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** `YYYY-MM-DDTHH:MM`, the value of an `<input type="datetime-local">` and of the API's local times. */
export const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/**
 * The instant of a Brussels wall-clock time, or `undefined` when it is not a real date or does not exist (the
 * hour skipped when clocks go forward in March). A time that happens twice (the hour repeated in October) is the
 * first of the two, still in summer time.
 */
export function brusselsToInstant(local: string): Date | undefined {
  const m = localDateTimePattern.exec(local.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // Try summer time first (so that the repeated hour is its first occurrence), then winter time.
  for (const offset of [120, 60]) {
    const candidate = new Date(naive - offset * 60_000);
    const w = wallClock(candidate);
    if (w.y === y && w.mo === mo && w.d === d && w.h === h && w.mi === mi) return candidate;
  }
  return undefined;
}

/** The Brussels wall clock of an instant as `YYYY-MM-DDTHH:MM` (for forms and the API). */
export function instantToBrussels(at: Date): string {
  const w = wallClock(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.y}-${p(w.mo)}-${p(w.d)}T${p(w.h)}:${p(w.mi)}`;
}

const zoneLabel: Record<Lang, string> = {
  fr: 'heure de Bruxelles',
  nl: 'Brusselse tijd',
  en: 'Brussels time',
};

/** An instant with its time zone, e.g. `15 octobre 2026, 12:00 (heure de Bruxelles)`. */
export function formatBrussels(at: Date, lang: Lang): string {
  const date = formatInstant(at, lang, { date: 'long' });
  const time = instantToBrussels(at).slice(11);
  return `${date}, ${time} (${zoneLabel[lang]})`;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** How long until an instant, in the largest sensible unit: days, then hours, then minutes (at least one). */
export function timeLeft(until: Date, now: Date): { unit: 'days' | 'hours' | 'minutes'; count: number } {
  const ms = Math.max(0, until.getTime() - now.getTime());
  if (ms >= 2 * DAY) return { unit: 'days', count: Math.floor(ms / DAY) };
  if (ms >= 2 * HOUR) return { unit: 'hours', count: Math.floor(ms / HOUR) };
  return { unit: 'minutes', count: Math.max(1, Math.ceil(ms / 60_000)) };
}
