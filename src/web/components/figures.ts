import { formatMoney, formatNumber, formatPercent } from '../../core/format.ts';
import type { Qualifier } from '../../domain/sources/index.ts';
import type { View } from '../view.ts';

/** Adds "about" or "more than" to a formatted figure, as its source qualifies it. */
export function qualify(view: View, formatted: string, qualifier: Qualifier): string {
  if (qualifier === 'approx') return view.t('qualifier.approx', { value: formatted });
  if (qualifier === 'more_than') return view.t('qualifier.more_than', { value: formatted });
  return formatted;
}

/** A figure in its unit: a percentage, an amount in euros or a count. */
export function formatFigure(view: View, value: number, unit: 'percent' | 'eur' | 'count'): string {
  if (unit === 'percent') return formatPercent(value, view.lang);
  if (unit === 'eur') return formatMoney(BigInt(Math.round(value * 100)), view.lang);
  return formatNumber(value, view.lang);
}
