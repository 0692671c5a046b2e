import { languages } from '../../../core/i18n/index.ts';
import type { Municipality } from '../../../domain/municipalities/index.ts';
import {
  educationTypes,
  languageSystems,
  organisationTypes,
  schoolLevels,
} from '../../../domain/organisations/index.ts';
import { ErrorSummary, Field, Form, type FormState } from '../../components/form.tsx';
import { Layout } from '../../layout.tsx';
import { municipalityName, type View } from '../../view.ts';
import { SelectField } from './fields.tsx';

/**
 * The form to register or change an organisation. The school fields are always shown, in their own group, and
 * ignored for other types: the form then works the same without JavaScript.
 */
export function OrganisationFormPage(props: {
  view: View;
  state: FormState;
  municipalities: Municipality[];
  /** Set when changing an existing organisation. */
  existing?: { id: string; legalName: string };
}) {
  const { view, state, municipalities, existing } = props;
  const { t } = view;
  const title = existing ? t('org.edit.title', { name: existing.legalName }) : t('org.new.title');
  const action = existing ? `/organisations/${existing.id}/edit` : '/organisations/new';
  const field = { view, state };
  return (
    <Layout view={view} meta={{ title, description: t('org.new.description'), nav: 'none' }}>
      <div class="narrow">
        <h1>{title}</h1>
        {existing ? null : <p class="lead">{t('org.new.lead')}</p>}
        <ErrorSummary view={view} errors={state.errors} />
        <Form action={view.href(action)} csrf={view.csrf}>
          <SelectField
            {...field}
            name="type"
            label={t('org.field.type')}
            placeholder={t('org.form.choose')}
            options={organisationTypes.map((v) => ({ value: v, label: t(`org.type.${v}`) }))}
            required
          />
          <Field {...field} name="legalName" label={t('org.field.legalName')} autocomplete="organization" required />
          <Field
            {...field}
            name="enterpriseNumber"
            label={t('org.field.enterpriseNumber')}
            hint={t('org.field.enterpriseNumberHint')}
          />
          <fieldset class="form">
            <legend>{t('org.form.addressLegend')}</legend>
            <Field {...field} name="street" label={t('org.field.street')} autocomplete="address-line1" required />
            <Field {...field} name="postalCode" label={t('org.field.postalCode')} autocomplete="postal-code" required />
            <Field {...field} name="city" label={t('org.field.city')} autocomplete="address-level2" required />
            <SelectField
              {...field}
              name="municipalityNis"
              label={t('org.field.municipality')}
              hint={t('org.field.municipalityHint')}
              placeholder={t('org.form.choose')}
              options={municipalities.map((m) => ({ value: m.nisCode, label: municipalityName(m, view.lang) }))}
              required
            />
          </fieldset>
          <Field {...field} name="iban" label={t('org.field.iban')} hint={t('org.field.ibanHint')} />
          <SelectField
            {...field}
            name="lang"
            label={t('org.field.lang')}
            options={languages.map((l) => ({ value: l, label: t(`lang.${l}`), lang: l }))}
            required
          />
          <fieldset class="form">
            <legend>{t('org.form.schoolLegend')}</legend>
            <p class="hint">{t('org.form.schoolHint')}</p>
            <Field
              {...field}
              name="schoolNumber"
              label={t('org.field.schoolNumber')}
              hint={t('org.field.schoolNumberHint')}
            />
            <SelectField
              {...field}
              name="languageSystem"
              label={t('org.field.languageSystem')}
              placeholder={t('org.form.choose')}
              options={languageSystems.map((v) => ({ value: v, label: t(`org.languageSystem.${v}`) }))}
            />
            <SelectField
              {...field}
              name="schoolLevel"
              label={t('org.field.schoolLevel')}
              placeholder={t('org.form.choose')}
              options={schoolLevels.map((v) => ({ value: v, label: t(`org.schoolLevel.${v}`) }))}
            />
            <SelectField
              {...field}
              name="educationType"
              label={t('org.field.educationType')}
              hint={t('org.field.educationTypeHint')}
              placeholder={t('org.form.choose')}
              options={educationTypes.map((v) => ({ value: v, label: t(`org.educationType.${v}`) }))}
            />
          </fieldset>
          <button type="submit" class="button">
            {existing ? t('org.edit.submit') : t('org.new.submit')}
          </button>
        </Form>
        {existing ? (
          <p>
            <a href={view.href(`/organisations/${existing.id}`)}>{t('org.edit.cancel')}</a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}
