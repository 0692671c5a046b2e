// Live search for the library: the form works without this script; with it, results follow the typing and the
// filters, and the address bar keeps every state so that the page stays a permalink.
(() => {
  const form = document.getElementById('library-form');
  if (!form) return;
  let timer = 0;
  let controller = null;
  const paramsOf = () => {
    const data = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === 'string' && value.trim() !== '') data.append(key, value);
    if (data.get('q') === null && data.get('sort') === 'relevance') data.delete('sort');
    return data;
  };
  const refresh = async () => {
    const query = paramsOf().toString();
    const url = `${form.getAttribute('action')}${query ? `?${query}` : ''}`;
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { accept: 'text/html' } });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const active = document.activeElement;
      const focus = active?.name ? { name: active.name, value: active.value, type: active.type } : null;
      for (const id of ['library-results', 'library-facets']) {
        const fresh = page.getElementById(id);
        const current = document.getElementById(id);
        if (fresh && current && !(focus && focus.type !== 'checkbox' && current.contains(active))) {
          current.replaceWith(fresh);
        }
      }
      if (focus && focus.type === 'checkbox') {
        const again = [...form.querySelectorAll('input[type=checkbox]')].find(
          (i) => i.name === focus.name && i.value === focus.value,
        );
        again?.focus();
      }
      history.replaceState(null, '', url);
    } catch (error) {
      if (error.name !== 'AbortError') throw error;
    }
  };
  const soon = (delay) => {
    clearTimeout(timer);
    timer = setTimeout(refresh, delay);
  };
  form.addEventListener('input', (event) => {
    if (event.target.type === 'search' || event.target.type === 'number') soon(300);
  });
  form.addEventListener('change', (event) => {
    if (event.target.type === 'checkbox' || event.target.tagName === 'SELECT') soon(0);
  });
})();
