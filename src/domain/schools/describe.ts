import { type Lang, type MessageKey, translator } from '../../core/i18n/index.ts';
import type { RejectReason } from './schemas.ts';

/** A refused line's reason in the reader's language, with the field it names translated too. */
export function describeReason(lang: Lang, reason: RejectReason): string {
  const t = translator(lang);
  const params = { ...(reason.params ?? {}) };
  if (typeof params.field === 'string') params.field = t(`schools.field.${params.field}` as MessageKey);
  return t(reason.key as MessageKey, params);
}
