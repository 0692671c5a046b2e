import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

interface SchemaObject {
  type?: string | string[];
  $ref?: string;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  description?: string;
  enum?: unknown[];
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  example?: unknown;
}

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: SchemaObject; description?: string }[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: SchemaObject }> }>;
}

export interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

/** A short human reading of a JSON schema: `Scheme[]`, `string | null`, `"a" | "b"`. */
export function describeSchema(schema: SchemaObject | undefined): string {
  if (!schema) return '';
  if (schema.$ref) return schema.$ref.split('/').pop() ?? '';
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(describeSchema).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.type === 'array') return `${describeSchema(schema.items)}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return schema.type ?? 'object';
}

/** A readable page of the API, built from the same OpenAPI document that `/api/v1/openapi.json` serves. */
export function ApiDocsPage(props: { view: View; doc: OpenApiDoc }) {
  const { view, doc } = props;
  const { t } = view;
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(operations.flatMap((o) => o.op.tags ?? ['API']))];
  return (
    <Layout view={view} meta={{ title: t('apiDocs.title'), description: t('apiDocs.description'), nav: 'none' }}>
      <h1>{t('apiDocs.title')}</h1>
      <p class="lead">{t('apiDocs.lead')}</p>
      <p>
        {t('apiDocs.spec')} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1, {doc.info.version})
      </p>
      <p>{t('apiDocs.conventions')}</p>
      {tags.map((tag) => (
        <section aria-labelledby={`tag-${tag.replace(/\W+/g, '-')}`}>
          <h2 id={`tag-${tag.replace(/\W+/g, '-')}`}>{tag}</h2>
          {operations
            .filter((o) => (o.op.tags ?? ['API']).includes(tag))
            .map(({ path, method, op }) => (
              <article class="card operation">
                <h3>
                  <span class="method">{method.toUpperCase()}</span> <code>/api/v1{path}</code>
                </h3>
                {op.summary ? <p>{op.summary}</p> : null}
                {op.parameters?.length ? (
                  <table class="data-table compact">
                    <caption>{t('apiDocs.parameters')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('apiDocs.name')}</th>
                        <th scope="col">{t('apiDocs.in')}</th>
                        <th scope="col">{t('apiDocs.type')}</th>
                        <th scope="col">{t('apiDocs.required')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr>
                          <th scope="row">
                            <code>{p.name}</code>
                          </th>
                          <td>{p.in}</td>
                          <td>{describeSchema(p.schema)}</td>
                          <td>{p.required ? t('common.yes') : t('common.no')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                <ul class="responses">
                  {Object.entries(op.responses ?? {}).map(([status, r]) => {
                    const content = Object.entries(r.content ?? {})[0];
                    return (
                      <li>
                        <strong>{status}</strong> {r.description}
                        {content ? (
                          <>
                            {' '}
                            <code>{content[0]}</code> <code>{describeSchema(content[1].schema)}</code>
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </article>
            ))}
        </section>
      ))}
      <h2>{t('apiDocs.schemas')}</h2>
      {Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => (
        <section class="schema" aria-labelledby={`schema-${name}`}>
          <h3 id={`schema-${name}`}>{name}</h3>
          {schema.description ? <p>{schema.description}</p> : null}
          {schema.properties ? (
            <ul>
              {Object.entries(schema.properties).map(([prop, s]) => (
                <li>
                  <code>{prop}</code>
                  {schema.required?.includes(prop) ? '' : '?'}: <code>{describeSchema(s)}</code>
                  {s.description ? ` — ${s.description}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>
              <code>{describeSchema(schema)}</code>
            </p>
          )}
        </section>
      ))}
    </Layout>
  );
}
