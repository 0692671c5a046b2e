/**
 * Text made safe for an XML document (Atom, OAI-PMH): characters XML 1.0 forbids (control characters other than
 * tab and line breaks, lone surrogates, U+FFFE/U+FFFF) are dropped, and markup characters escaped.
 */
export const xmlText = (s: string) =>
  s
    .replace(/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, (ch) => (ch === '\t' || ch === '\n' || ch === '\r' ? ch : ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
