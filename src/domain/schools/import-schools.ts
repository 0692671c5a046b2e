import { eq } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context, Tx } from '../../core/context.ts';
import { municipalities, type SchoolRow, schools } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { decodeText, detectDelimiter, normalise, parseCsv } from './csv.ts';
import { schoolPolicy } from './policy.ts';
import { type ImportOptions, type ImportReport, type RejectReason, type SchoolField, schoolFields } from './schemas.ts';
import { fieldOfHeader, storedValue } from './vocabulary.ts';

type SchoolData = Pick<SchoolRow, SchoolField>;
const required = schoolFields;
const maxLength: Record<SchoolField, number> = {
  schoolNumber: 20,
  name: 200,
  languageSystem: 40,
  network: 60,
  level: 60,
  educationType: 60,
  municipalityNis: 60,
  street: 200,
  postalCode: 10,
};
const batch = 500;
const eqId = (id: string) => eq(schools.id, id);

interface Places {
  /** NIS code by NIS code and by French and Dutch name (normalised). */
  municipality: Map<string, string>;
  postalCodes: Set<string>;
}

async function loadPlaces(tx: Tx): Promise<Places> {
  const rows = await tx.select().from(municipalities);
  const municipality = new Map<string, string>();
  const postalCodes = new Set<string>();
  for (const m of rows) {
    municipality.set(m.nisCode, m.nisCode);
    municipality.set(normalise(m.nameFr), m.nisCode);
    municipality.set(normalise(m.nameNl), m.nisCode);
    for (const p of m.postalCodes) postalCodes.add(p);
  }
  return { municipality, postalCodes };
}

/** Checks one line; answers its data or the reasons it is refused. */
function checkLine(raw: Partial<Record<SchoolField, string>>, places: Places): SchoolData | RejectReason[] {
  const reasons: RejectReason[] = [];
  const value = (f: SchoolField) => (raw[f] ?? '').trim().replace(/\s+/g, ' ');
  for (const field of required) {
    const v = value(field);
    if (!v) reasons.push({ key: 'schools.reason.missing', params: { field } });
    else if (v.length > maxLength[field]) {
      reasons.push({ key: 'schools.reason.tooLong', params: { field, max: maxLength[field] } });
    }
  }
  const present = (f: SchoolField) => value(f) !== '' && value(f).length <= maxLength[f];
  const schoolNumber = value('schoolNumber').replace(/[\s.]/g, '');
  if (present('schoolNumber') && !/^\d{1,10}$/.test(schoolNumber)) {
    reasons.push({ key: 'schools.reason.number', params: { value: value('schoolNumber') } });
  }
  const enumerated = (field: 'languageSystem' | 'network' | 'level' | 'educationType') => {
    const found = storedValue(field, value(field));
    if (present(field) && !found) reasons.push({ key: `schools.reason.${field}`, params: { value: value(field) } });
    return found;
  };
  const languageSystem = enumerated('languageSystem');
  const network = enumerated('network');
  const level = enumerated('level');
  const educationType = enumerated('educationType');
  const municipalityNis = places.municipality.get(normalise(value('municipalityNis')));
  if (present('municipalityNis') && !municipalityNis) {
    reasons.push({ key: 'schools.reason.unknownMunicipality', params: { value: value('municipalityNis') } });
  }
  const postalCode = value('postalCode');
  if (present('postalCode') && !places.postalCodes.has(postalCode)) {
    reasons.push({ key: 'schools.reason.unknownPostalCode', params: { value: postalCode } });
  }
  if (reasons.length) return reasons;
  return {
    schoolNumber,
    name: value('name'),
    languageSystem: languageSystem as SchoolRow['languageSystem'],
    network: network as SchoolRow['network'],
    level: level as SchoolRow['level'],
    educationType: educationType as SchoolRow['educationType'],
    municipalityNis: municipalityNis as string,
    street: value('street'),
    postalCode,
  };
}

const keyOf = (s: Pick<SchoolRow, 'languageSystem' | 'schoolNumber'>) => `${s.languageSystem}:${s.schoolNumber}`;
const same = (a: SchoolData, b: SchoolData) => schoolFields.every((f) => a[f] === b[f]);

/**
 * Imports the school registry from a CSV file (comma or semicolon separated; UTF-8 with or without BOM, or
 * Windows-1252; headers and values in French, Dutch or English). Every line is checked; a school is matched by
 * its language system and number, then created, updated or left as it is. All in one transaction with one audit
 * row. Unless `skipInvalid` is set, a single refused line means nothing is written (`applied: false`).
 */
export async function importSchools(
  ctx: Context,
  csv: string | Uint8Array,
  options: ImportOptions = {},
): Promise<ImportReport> {
  authorize(schoolPolicy.manage(ctx.actor));
  const text = decodeText(csv);
  // Comment lines (starting with #) before the header describe the file; they are not data.
  const lines = text.split(/\r\n|\n|\r/);
  let skipped = 0;
  while (skipped < lines.length && /^\s*#/.test(lines[skipped] ?? '')) skipped += 1;
  const body = lines.slice(skipped).join('\n');
  const { records, unclosed } = parseCsv(body, detectDelimiter(body));
  for (const r of records) r.line += skipped;
  const refused = (line: number, reasons: RejectReason[]): ImportReport => ({
    applied: false,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [{ line, reasons }],
  });
  if (unclosed !== null) return refused(unclosed + skipped, [{ key: 'schools.reason.unclosedQuote' }]);
  const [header, ...data] = records;
  if (!header || data.length === 0) return refused(header?.line ?? 1, [{ key: 'schools.reason.empty' }]);

  const columns = header.fields.map((h) => fieldOfHeader(h));
  const missing = required.filter((f) => !columns.includes(f));
  if (missing.length) {
    return refused(
      header.line,
      missing.map((field) => ({ key: 'schools.reason.missingColumn' as const, params: { field } })),
    );
  }

  return ctx.db.transaction(async (tx) => {
    const places = await loadPlaces(tx);
    const rejected: ImportReport['rejected'] = [];
    const valid = new Map<string, { line: number; data: SchoolData }>();
    for (const record of data) {
      const raw: Partial<Record<SchoolField, string>> = {};
      columns.forEach((field, i) => {
        if (field && raw[field] === undefined) raw[field] = record.fields[i] ?? '';
      });
      const checked = checkLine(raw, places);
      const reasons = Array.isArray(checked) ? checked : [];
      if (record.fields.length > header.fields.length) {
        reasons.unshift({
          key: 'schools.reason.columnCount',
          params: { found: record.fields.length, expected: header.fields.length },
        });
      }
      if (!Array.isArray(checked)) {
        const first = valid.get(keyOf(checked));
        if (first)
          reasons.push({ key: 'schools.reason.duplicate', params: { value: checked.schoolNumber, line: first.line } });
        else if (reasons.length === 0) valid.set(keyOf(checked), { line: record.line, data: checked });
      }
      if (reasons.length) rejected.push({ line: record.line, reasons });
    }
    if (rejected.length && !options.skipInvalid)
      return { applied: false, created: 0, updated: 0, unchanged: 0, rejected };

    const existing = new Map((await tx.select().from(schools)).map((s) => [keyOf(s), s]));
    const fresh: SchoolData[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const { data: school } of valid.values()) {
      const current = existing.get(keyOf(school));
      if (!current) fresh.push(school);
      else if (same(current, school)) unchanged += 1;
      else {
        await tx
          .update(schools)
          .set({ ...school, updatedAt: ctx.now })
          .where(eqId(current.id));
        updated += 1;
      }
    }
    for (let i = 0; i < fresh.length; i += batch) {
      await tx
        .insert(schools)
        .values(fresh.slice(i, i + batch).map((s) => ({ ...s, createdAt: ctx.now, updatedAt: ctx.now })));
    }
    const report: ImportReport = { applied: true, created: fresh.length, updated, unchanged, rejected };
    await recordAudit(tx, ctx, {
      action: 'school.import',
      entityType: 'school',
      changes: {
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        rejected: rejected.length,
        skipInvalid: options.skipInvalid === true,
      },
    });
    return report;
  });
}
