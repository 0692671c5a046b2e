import type { Child } from 'hono/jsx';

/**
 * A table in a box that scrolls on small screens, focusable for keyboard scrolling and named after its table, so
 * that several on one page remain distinct landmarks.
 */
export function ScrollBox(props: { label: string; children?: Child }) {
  return (
    <section class="table-scroll" tabindex={0} aria-label={props.label}>
      {props.children}
    </section>
  );
}
