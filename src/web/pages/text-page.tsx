import type { MessageKey } from '../../core/i18n/index.ts';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

/** A page of prose from the catalogues: a title, a description and sections of paragraphs. */
export interface TextPageSpec {
  title: MessageKey;
  description: MessageKey;
  sections: { heading?: MessageKey; paragraphs: MessageKey[] }[];
}

export function TextPage(props: { view: View; spec: TextPageSpec; updated?: string }) {
  const { view, spec } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={{ title: t(spec.title), description: t(spec.description), nav: 'none' }}>
      <article class="prose">
        <h1>{t(spec.title)}</h1>
        {spec.sections.map((section) => (
          <section>
            {section.heading ? <h2>{t(section.heading)}</h2> : null}
            {section.paragraphs.map((p) => (
              <p>{t(p)}</p>
            ))}
          </section>
        ))}
      </article>
    </Layout>
  );
}

export const accessibilitySpec: TextPageSpec = {
  title: 'accessibility.title',
  description: 'accessibility.description',
  sections: [
    { paragraphs: ['accessibility.intro'] },
    { heading: 'accessibility.statusTitle', paragraphs: ['accessibility.status', 'accessibility.testing'] },
    { heading: 'accessibility.featuresTitle', paragraphs: ['accessibility.features'] },
    { heading: 'accessibility.contactTitle', paragraphs: ['accessibility.contact'] },
  ],
};

export const privacySpec: TextPageSpec = {
  title: 'privacy.title',
  description: 'privacy.description',
  sections: [
    { paragraphs: ['privacy.intro'] },
    { heading: 'privacy.controllerTitle', paragraphs: ['privacy.controller'] },
    { heading: 'privacy.dataTitle', paragraphs: ['privacy.data', 'privacy.pupils'] },
    { heading: 'privacy.cookiesTitle', paragraphs: ['privacy.cookies'] },
    { heading: 'privacy.logsTitle', paragraphs: ['privacy.logs'] },
    { heading: 'privacy.rightsTitle', paragraphs: ['privacy.rights'] },
  ],
};
