import {
  authorName,
  canUnite,
  dataOfRecord,
  differingFields,
  type MergeField,
  mergeFields,
  type PlannedDuplicate,
  proposedChoice,
  type RecordData,
} from '../../../domain/library/index.ts';
import type { View } from '../../view.ts';
import { typeLabel } from './parts.tsx';

/** A field's value as text, for the side-by-side table. */
function shown(view: View, field: MergeField, data: RecordData): string {
  const value = data[field];
  if (field === 'authors') return data.authors.map(authorName).join('; ');
  if (field === 'type') return typeLabel(view, data.type);
  if (Array.isArray(value)) return value.join('; ');
  return value === null || value === undefined ? '' : String(value);
}

const labelOf = (view: View, field: MergeField) =>
  view.t(field === 'title' ? 'library.manage.entryTitle' : (`library.record.${field}` as 'library.record.year'));

/**
 * One duplicate: the decision (skip, replace, merge) as radio buttons, and the record beside the entry, field by
 * field, differences marked in words (not by colour alone), with a choice per differing field for a merge.
 * Plain form controls: it works without JavaScript and from the keyboard.
 */
export function DuplicateChoice(props: { view: View; dup: PlannedDuplicate; values: Record<string, string> }) {
  const { view, dup, values } = props;
  const { t } = view;
  const existing = dataOfRecord(dup.existing);
  const differs = new Set(differingFields(existing, dup.data));
  const id = `dup-${dup.line}`;
  const action = values[id] ?? 'skip';
  const fields = mergeFields.filter((f) => differs.has(f) || shown(view, f, existing) !== '');
  return (
    <section class="duplicate" aria-labelledby={`${id}-title`} id={id}>
      <h3 id={`${id}-title`}>
        {t(dup.by === 'doi' ? 'library.manage.matchDoi' : 'library.manage.matchTitle', { line: dup.line })}
      </h3>
      <p>
        <a href={view.href(`/library/records/${dup.existing.id}`)}>{dup.existing.title}</a>
      </p>
      <input type="hidden" name={`seen-${dup.line}`} value={dup.existing.updatedAt} />
      <fieldset>
        <legend>{t('library.manage.actionLegend', { line: dup.line })}</legend>
        {(['skip', 'replace', 'merge'] as const).map((a) => (
          <p>
            <input type="radio" id={`${id}-${a}`} name={id} value={a} checked={action === a} />{' '}
            <label for={`${id}-${a}`}>{t(`library.manage.action.${a}`)}</label>
          </p>
        ))}
      </fieldset>
      <div class="table-scroll">
        <table class="data-table merge-table">
          <caption class="visually-hidden">{t('library.manage.actionLegend', { line: dup.line })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('library.manage.field')}</th>
              <th scope="col">{t('library.manage.existing')}</th>
              <th scope="col">{t('library.manage.incoming')}</th>
              <th scope="col">{t('library.manage.keep')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const name = `field-${dup.line}-${field}`;
              const choices = canUnite(field)
                ? (['existing', 'incoming', 'union'] as const)
                : (['existing', 'incoming'] as const);
              const chosen = values[name] ?? proposedChoice(field, existing);
              return (
                <tr class={differs.has(field) ? 'differs' : undefined}>
                  <th scope="row" id={`${name}-label`}>
                    {labelOf(view, field)}
                  </th>
                  <td>{shown(view, field, existing)}</td>
                  <td>{shown(view, field, dup.data)}</td>
                  <td>
                    {differs.has(field) ? (
                      <div role="radiogroup" aria-labelledby={`${name}-label`} class="merge-choice">
                        <strong class="merge-flag">{t('library.manage.differs')}</strong>
                        {choices.map((c) => (
                          <span>
                            <input type="radio" id={`${name}-${c}`} name={name} value={c} checked={chosen === c} />{' '}
                            <label for={`${name}-${c}`}>{t(`library.manage.choice.${c}`)}</label>{' '}
                          </span>
                        ))}
                      </div>
                    ) : (
                      t('library.manage.same')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
