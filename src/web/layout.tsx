import type { Child } from 'hono/jsx';
import { languages, type MessageKey } from '../core/i18n/index.ts';
import { assetUrl } from './assets.ts';
import type { View } from './view.ts';

export type NavKey =
  | 'home'
  | 'schemes'
  | 'timeline'
  | 'municipalities'
  | 'calls'
  | 'figures'
  | 'funding'
  | 'library'
  | 'none';

export interface PageMeta {
  title: string;
  description: string;
  nav?: NavKey;
  /** Extra elements of the head (metadata of a record, feed links). */
  head?: Child;
}

const navItems: { key: Exclude<NavKey, 'none'>; path: string }[] = [
  { key: 'home', path: '/' },
  { key: 'schemes', path: '/schemes' },
  { key: 'timeline', path: '/timeline' },
  { key: 'municipalities', path: '/municipalities' },
  { key: 'calls', path: '/calls' },
  { key: 'figures', path: '/figures' },
  { key: 'funding', path: '/funding' },
  { key: 'library', path: '/library' },
];

/** On every page of someone whose staff role waits for two-step verification: why it does not count, and the fix. */
function PendingRolesNotice(props: { view: View }) {
  const { t, user } = props.view;
  const pending = user?.pendingRoles ?? [];
  if (pending.length === 0) return null;
  const roles = pending.map((r) => t(`role.${r}` as MessageKey)).join(', ');
  return (
    <div class="notice notice-warning" id="pending-roles">
      <p>
        {t('tfa.pending', { roles })}{' '}
        <a href={`${props.view.href('/account')}?twoFactorRequired#tfa-title`}>{t('tfa.pendingLink')}</a>
      </p>
    </div>
  );
}

/** The frame of every page: skip link, header with navigation and language switch, main, footer. */
export function Layout(props: { view: View; meta: PageMeta; children?: Child }) {
  const { view, meta } = props;
  const { t, lang } = view;
  const title = meta.nav === 'home' ? `${t('site.name')} · ${t('site.tagline')}` : `${meta.title} · ${t('site.name')}`;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={meta.description} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        <link rel="stylesheet" href={assetUrl('app.css')} />
        {languages.map((l) => (
          <link rel="alternate" hreflang={l} href={`/${l}${view.path === '/' ? '' : view.path}`} />
        ))}
        {meta.head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skip')}
        </a>
        <header class="site-header">
          <div class="container header-inner">
            <a class="brand" href={view.href('/')}>
              <img src={assetUrl('favicon.svg')} alt="" width="32" height="32" />
              <span>
                <span class="brand-name">{t('site.name')}</span>
                <span class="brand-tagline">{t('site.tagline')}</span>
              </span>
            </a>
            <div class="header-tools">
              <nav class="account-nav" aria-label={t('nav.accountLabel')}>
                {view.user ? (
                  <ul>
                    {view.user.roles?.includes('admin') ? (
                      <li>
                        <a href={view.href('/admin/users')}>{t('nav.admin')}</a>
                      </li>
                    ) : null}
                    {view.user.roles?.some((r) => r === 'officer' || r === 'admin') ? (
                      <li>
                        <a href={view.href('/admin/calls')}>{t('call.admin.title')}</a>
                      </li>
                    ) : null}
                    <li>
                      <a href={view.href('/applications')}>{t('nav.applications')}</a>
                    </li>
                    <li>
                      <a href={view.href('/organisations')}>{t('org.list.title')}</a>
                    </li>
                    <li>
                      <a href={view.href('/account')}>{t('nav.account')}</a>
                    </li>
                    <li>
                      <form method="post" action={view.href('/sign-out')} class="inline-form">
                        <input type="hidden" name="_csrf" value={view.csrf} />
                        <button type="submit" class="link-button">
                          {t('nav.signOut')}
                        </button>
                      </form>
                    </li>
                  </ul>
                ) : (
                  <ul>
                    <li>
                      <a href={view.href('/sign-in')}>{t('nav.signIn')}</a>
                    </li>
                  </ul>
                )}
              </nav>
              <nav class="lang-switch" aria-label={t('layout.langLabel')}>
                <ul>
                  {languages.map((l) => (
                    <li>
                      <a
                        href={`/${l}${view.path === '/' ? '' : view.path}`}
                        hreflang={l}
                        lang={l}
                        aria-current={l === lang ? 'true' : undefined}
                      >
                        <span aria-hidden="true">{l.toUpperCase()}</span>
                        <span class="visually-hidden">{t(`lang.${l}`)}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
          <nav class="main-nav" aria-label={t('layout.navLabel')}>
            <ul class="container">
              {navItems.map((item) => (
                <li>
                  <a href={view.href(item.path)} aria-current={meta.nav === item.key ? 'page' : undefined}>
                    {t(`nav.${item.key}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" class="container" tabindex={-1}>
          <PendingRolesNotice view={view} />
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="container footer-inner">
            <p>{t('footer.about')}</p>
            <ul class="footer-links">
              <li>
                <a href={view.href('/accessibility')}>{t('nav.accessibility')}</a>
              </li>
              <li>
                <a href={view.href('/privacy')}>{t('nav.privacy')}</a>
              </li>
              <li>
                <a href="/api/docs">{t('nav.api')}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
