import type { View } from '../view.ts';

export interface SubNavItem {
  key: string;
  path: string;
  label: string;
}

/** The menu of an area's own pages (administration, calls, library curation), the current one marked. */
export function SubNav(props: { view: View; label: string; items: readonly SubNavItem[]; current: string }) {
  const { view } = props;
  return (
    <nav class="sub-nav" aria-label={props.label}>
      <ul>
        {props.items.map((i) => (
          <li>
            <a href={view.href(i.path)} aria-current={i.key === props.current ? 'page' : undefined}>
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
