// Tooltips for the charts drawn on the server: any SVG element with data-tip shows its text near the pointer
// (or near the element when it gets keyboard focus). Charts are complete without this script.
(() => {
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('role', 'presentation');
  tip.hidden = true;
  document.body.append(tip);

  const show = (target, x, y) => {
    tip.textContent = target.getAttribute('data-tip');
    tip.hidden = false;
    tip.style.left = `${Math.min(x + 12, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8)}px`;
    tip.style.top = `${y + 14}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  const owner = (node) => (node instanceof Element ? node.closest('svg [data-tip]') : null);

  document.addEventListener('pointerover', (event) => {
    const target = owner(event.target);
    if (target) show(target, event.pageX, event.pageY);
  });
  document.addEventListener('pointermove', (event) => {
    const target = owner(event.target);
    if (target) show(target, event.pageX, event.pageY);
    else hide();
  });
  document.addEventListener('pointerout', (event) => {
    if (owner(event.target)) hide();
  });
  document.addEventListener('focusin', (event) => {
    const target = owner(event.target);
    if (!target) return hide();
    const box = target.getBoundingClientRect();
    show(target, box.left + window.scrollX + box.width / 2, box.top + window.scrollY + box.height / 2);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
})();
