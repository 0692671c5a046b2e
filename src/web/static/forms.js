// Application forms, enhanced: conditional fields, live budget totals, word counters and autosave.
// Everything here is optional: without this script the forms work by posting and re-rendering on the server.
(() => {
  const lang = document.documentElement.lang || 'fr';
  const locale = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' }[lang] || 'fr-BE';

  /* ---------- Conditional fields ---------- */

  function valuesOf(form, key) {
    const name = `f.${key}`;
    const values = [];
    for (const el of form.elements) {
      if (el.name !== name) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      if (el.tagName === 'SELECT') {
        for (const o of el.selectedOptions) values.push(o.value);
      } else values.push(el.value);
    }
    return values;
  }

  function updateConditions(form) {
    for (const wrapper of form.querySelectorAll('[data-show-if]')) {
      const wanted = (wrapper.getAttribute('data-show-if-values') || '').split('|');
      const shown = valuesOf(form, wrapper.getAttribute('data-show-if')).some((v) => wanted.includes(v));
      wrapper.hidden = !shown;
      const note = wrapper.querySelector('.condition-note');
      if (note) note.hidden = true;
    }
  }

  /* ---------- Budget totals ---------- */

  /** Euros as typed into cents (a BigInt), or null when it is not an amount: the same rules as the server. */
  function parseEuros(input) {
    let s = input.replace(/[\s\u00a0\u202f'’]/g, '').replace(/^€|€$|eur$/gi, '');
    let negative = false;
    if (/^[-−]/.test(s)) {
      negative = true;
      s = s.slice(1);
    }
    const grouped = (text, sep) =>
      new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(text) ? text.split(sep).join('') : null;
    let whole;
    let decimals = '';
    if (/^\d+$/.test(s)) whole = s;
    else if (grouped(s, '.') !== null || grouped(s, ',') !== null) whole = grouped(s, '.') ?? grouped(s, ',');
    else {
      const m = /^(.*)([.,])(\d{1,2})$/.exec(s);
      if (!m) return null;
      const plain = /^\d+$/.test(m[1]) ? m[1] : grouped(m[1], m[2] === ',' ? '.' : ',');
      if (plain === null) return null;
      whole = plain;
      decimals = m[3];
    }
    if (whole.length > 13) return null;
    const cents = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, '0'));
    return negative ? -cents : cents;
  }

  function money(cents) {
    const whole = cents % 100n === 0n;
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(Number(cents) / 100);
  }

  function tableTotal(table) {
    let total = 0n;
    const byYear = {};
    for (const row of table.querySelectorAll('tbody tr')) {
      let rowTotal = 0n;
      let any = false;
      for (const input of row.querySelectorAll('input[data-year]')) {
        const cents = input.value.trim() ? parseEuros(input.value) : 0n;
        if (cents === null) continue;
        if (input.value.trim()) any = true;
        rowTotal += cents;
        const year = input.getAttribute('data-year');
        byYear[year] = (byYear[year] || 0n) + cents;
      }
      const cell = row.querySelector('[data-line-total]');
      if (cell) cell.textContent = any ? money(rowTotal) : '';
      total += rowTotal;
    }
    for (const cell of table.querySelectorAll('[data-year-total]')) {
      cell.textContent = money(byYear[cell.getAttribute('data-year-total')] || 0n);
    }
    const grand = table.querySelector('[data-grand-total]');
    if (grand) grand.textContent = money(total);
    return total;
  }

  function updateBudgets(form) {
    for (const budget of form.querySelectorAll('.budget')) {
      const costsTable = budget.querySelector('[data-budget="costs"]');
      const cofundingTable = budget.querySelector('[data-budget="cofunding"]');
      if (!costsTable || !cofundingTable) continue;
      const costs = tableTotal(costsTable);
      const cofunding = tableTotal(cofundingTable);
      const set = (kind, cents) => {
        const el = budget.querySelector(`[data-budget-total="${kind}"]`);
        if (el && el.textContent !== money(cents)) el.textContent = money(cents);
      };
      set('costs', costs);
      set('cofunding', cofunding);
      set('requested', costs - cofunding);
    }
  }

  /* ---------- Word counters ---------- */

  function updateCounter(counter) {
    const area = document.getElementById(counter.getAttribute('data-word-count-for'));
    if (!area) return;
    const text = area.value.trim();
    const count = text ? text.split(/\s+/).length : 0;
    const max = Number(area.getAttribute('data-max-words'));
    counter.textContent = (counter.getAttribute('data-template') || '').replace('{count}', String(count));
    counter.classList.toggle('word-count-over', max > 0 && count > max);
  }

  /* ---------- Autosave ---------- */

  function setupAutosave(form) {
    const status = form.querySelector('[data-autosave-status]');
    const message = (name, time) => (form.getAttribute(`data-msg-${name}`) || '').replace('{time}', time || '');
    const show = (text, kind) => {
      if (!status) return;
      status.textContent = text;
      status.className = `autosave-status autosave-${kind}`;
    };
    let timer = null;
    let running = false;
    let again = false;
    let conflict = false;

    async function save() {
      if (conflict) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      show(message('saving'), 'saving');
      try {
        const data = new FormData(form);
        // Files are sent with the Save button only: autosave keeps the requests small.
        for (const [name, value] of [...data.entries()]) if (value instanceof File) data.delete(name);
        const response = await fetch(form.action, {
          method: 'POST',
          body: new URLSearchParams([...data.entries()]),
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
        });
        const answer = await response.json().catch(() => ({}));
        if (response.status === 200 && answer.saved) {
          const version = form.querySelector('input[name="sectionVersion"]');
          if (version && answer.sectionVersion !== undefined) version.value = String(answer.sectionVersion);
          const time = new Date().toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
          show(message('saved', time), 'saved');
        } else if (response.status === 409) {
          conflict = true;
          show(message('conflict'), 'conflict');
        } else if (response.status === 422) {
          show(message('invalid'), 'error');
        } else {
          show(message('error'), 'error');
        }
      } catch {
        show(message('error'), 'error');
      } finally {
        running = false;
        if (again) {
          again = false;
          schedule();
        }
      }
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(save, 2000);
    }

    form.addEventListener('input', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') return;
      schedule();
    });
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') return;
      schedule();
    });
    form.addEventListener('submit', () => clearTimeout(timer));
  }

  /* ---------- Start ---------- */

  for (const section of document.querySelectorAll('[data-form-section]')) {
    const form = section.closest('form');
    if (!form || form.hasAttribute('data-forms-ready')) continue;
    form.setAttribute('data-forms-ready', '');
    const counters = form.querySelectorAll('[data-word-count-for]');
    const refresh = () => {
      updateConditions(form);
      updateBudgets(form);
      for (const c of counters) updateCounter(c);
    };
    form.addEventListener('input', refresh);
    form.addEventListener('change', refresh);
    refresh();
    if (form.hasAttribute('data-autosave')) setupAutosave(form);
  }
})();
