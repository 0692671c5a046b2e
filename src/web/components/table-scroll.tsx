import type { Child } from 'hono/jsx';
import type { View } from '../view.ts';

/**
 * A wide table in a box that scrolls sideways on small screens. The box takes keyboard focus, so that people who
 * do not use a mouse can scroll it too (WCAG 2.1.1), and it is named for screen readers.
 */
export function TableScroll(props: { view: View; children?: Child }) {
  return (
    <section class="table-scroll" tabindex={0} aria-label={props.view.t('common.scrollTable')}>
      {props.children}
    </section>
  );
}
