// The library import, enhanced: a progress bar while the file uploads, and one while the import runs (by polling
// the import's status). Without this script the same forms post normally and the page waits for the answer.
(() => {
  /** Shows the answer of a request: follows a redirect to its page, or replaces this page with the one returned. */
  function show(url, redirected, html) {
    if (redirected) {
      window.location.assign(url);
      return;
    }
    document.open();
    document.write(html);
    document.close();
  }

  const upload = document.getElementById('import-upload-form');
  if (upload && window.XMLHttpRequest && window.FormData) {
    upload.addEventListener('submit', (event) => {
      const file = upload.querySelector('input[type="file"]');
      if (!file?.files || file.files.length === 0) return; // the server explains what is missing
      event.preventDefault();
      const bar = document.getElementById('import-upload-progress');
      bar.parentElement.hidden = false;
      for (const b of upload.querySelectorAll('button')) b.disabled = true;
      const xhr = new XMLHttpRequest();
      xhr.open('POST', upload.getAttribute('action'));
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener('load', () => {
        const redirected =
          xhr.responseURL &&
          new URL(xhr.responseURL).pathname !== new URL(upload.getAttribute('action'), window.location.href).pathname;
        show(xhr.responseURL, redirected, xhr.responseText);
      });
      xhr.addEventListener('error', () => upload.submit());
      xhr.send(new FormData(upload));
    });
  }

  // The forms' addresses are read with getAttribute: `form.action` would be the buttons named "action".
  const confirm = document.getElementById('import-confirm-form');
  if (confirm && window.fetch && window.FormData) {
    confirm.addEventListener('submit', (event) => {
      const submitter = event.submitter;
      // "Update the preview" posts normally, and so does a confirmation after a network failure.
      if (submitter?.value !== 'import' || confirm.dataset.plain) return;
      event.preventDefault();
      const bar = document.getElementById('import-progress');
      const text = document.getElementById('import-progress-text');
      bar.parentElement.hidden = false;
      bar.removeAttribute('value'); // indeterminate until the first status
      for (const b of confirm.querySelectorAll('button')) b.disabled = true;
      const body = new FormData(confirm);
      body.append(submitter.name, submitter.value);
      let running = true;
      const poll = async () => {
        while (running) {
          try {
            const status = await (await fetch(confirm.dataset.status, { cache: 'no-store' })).json();
            if (running && status.total > 0) {
              bar.max = status.total;
              bar.value = status.done;
              text.textContent = (text.dataset.template || '{done} / {total}')
                .replace('{done}', status.done)
                .replace('{total}', status.total);
            }
          } catch {
            // A missed poll is not an error: the next one, or the answer, follows.
          }
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
      };
      poll();
      fetch(confirm.getAttribute('action'), { method: 'POST', body, credentials: 'same-origin' })
        .then(async (res) => {
          running = false;
          show(res.url, res.redirected, await res.text());
        })
        .catch(() => {
          running = false;
          confirm.dataset.plain = '1';
          for (const b of confirm.querySelectorAll('button')) b.disabled = false;
          confirm.requestSubmit(submitter);
        });
    });
  }
})();
