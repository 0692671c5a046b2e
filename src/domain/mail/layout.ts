import { type Lang, locales } from '../../core/i18n/index.ts';
import { mailTranslator } from './messages.ts';

/** A rendered message: the subject and its two parts, the same words in each. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** What a template says, in order; the layout adds the greeting's place, the signature and the footer. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** The one thing to do, as a button in HTML and a bare link in text. Only http(s) addresses. */
  action?: { label: string; url: string };
  /** Lines after the action: expiry, "ignore if you did not ask" ... */
  notes: string[];
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** A date and time as people in Brussels read it, e.g. `3 mars 2026 à 14:30`. */
export function formatMailDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(date);
}

// A `javascript:` or `data:` link in a message would be a trap laid in our name: refuse it loudly.
function safeUrl(url: string): string {
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`Mail links must be http(s) addresses: ${url}`);
  return url;
}

const font = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;';
const paragraph = (text: string) => `<p style="margin:0 0 16px;">${escapeHtml(text)}</p>`;

/** Lays a message out as an accessible HTML page (no images, no scripts) and as plain text. */
export function renderLayout(lang: Lang, content: MailContent): RenderedMail {
  const t = mailTranslator(lang);
  // Header fields must stay on one line whatever a parameter holds.
  const subject = content.subject.replace(/[\r\n\t\v\f]+/g, ' ').trim();
  const url = content.action ? safeUrl(content.action.url) : undefined;

  const text = [
    content.greeting,
    ...content.paragraphs,
    ...(content.action && url ? [`${content.action.label}:\n${url}`] : []),
    ...content.notes,
    `-- \n${t('common.signature')}`,
    t('common.footer'),
  ].join('\n\n');

  const button =
    content.action && url
      ? `<p style="margin:24px 0;"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;` +
        'background:#1d4f91;color:#ffffff;font-weight:bold;text-decoration:underline;border-radius:4px;">' +
        `${escapeHtml(content.action.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:14px;">${escapeHtml(t('common.linkFallback'))}<br>` +
        `<a href="${escapeHtml(url)}" style="color:#1d4f91;word-break:break-all;">${escapeHtml(url)}</a></p>`
      : '';

  const html = [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="ltr">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="color-scheme" content="light"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f3f3f1;${font}">`,
    `<div role="article" aria-label="${escapeHtml(subject)}" lang="${lang}" style="max-width:600px;margin:0 auto;` +
      'padding:24px;background:#ffffff;">',
    '<p style="margin:0 0 24px;font-size:20px;font-weight:bold;color:#1d4f91;">Accroche</p>',
    paragraph(content.greeting),
    ...content.paragraphs.map(paragraph),
    button,
    ...content.notes.map(paragraph),
    `<p style="margin:24px 0 0;">${escapeHtml(t('common.signature'))}</p>`,
    '<hr style="border:0;border-top:1px solid #d0d0d0;margin:24px 0 16px;">',
    `<p style="margin:0;font-size:14px;color:#4a4a4a;">${escapeHtml(t('common.footer'))}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');

  return { subject, text, html };
}
