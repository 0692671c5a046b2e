/** One record of a CSV file and the line of the file it starts on (1 = the first line). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Characters of Windows-1252 bytes 0x80 to 0x9F (the rest is ISO 8859-1); the five unassigned bytes stay as they
 * are. Written out because Node 20's own decoder for this label reads these bytes as ISO 8859-1 control codes.
 */
const cp1252High =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

/**
 * Text of an uploaded file: UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8, otherwise
 * Windows-1252, the encoding spreadsheets on Windows save "CSV" in.
 */
export function decodeText(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return decodeWindows1252(input);
  }
}

/** Comma or semicolon, whichever the header line holds more of outside quotes (semicolon on a tie). */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Parses CSV as RFC 4180 describes it (quoted fields with doubled quotes and line breaks inside), with CRLF or LF
 * line ends. Blank lines are left out. `unclosed` is the line of a quote that never closes, if any.
 */
export function parseCsv(text: string, delimiter: ',' | ';'): { records: CsvRecord[]; unclosed: number | null } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]?.trim() === '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else field += ch;
  }
  if (quoted) return { records, unclosed: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { records, unclosed: null };
}

/** Lower case, accents and punctuation removed: how headers and enumerated values are compared. */
export function normalise(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
