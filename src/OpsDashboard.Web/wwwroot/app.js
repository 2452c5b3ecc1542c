// Small browser helpers the server-rendered components call through JS interop.
window.opsDashboard = {
  // Saves a file streamed from the server (exports) without leaving the page.
  downloadFile: async function (fileName, contentStreamReference) {
    const arrayBuffer = await contentStreamReference.arrayBuffer();
    const blob = new Blob([arrayBuffer]);
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName ?? 'export';
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    URL.revokeObjectURL(url);
  },

  // Copies text (a new key, a display link's URL) to the clipboard; false when the browser refuses.
  copyText: async function (text) {
    try { await navigator.clipboard.writeText(text); return true; } catch { return false; }
  },

  // A cookie's value, or null (e.g. opsdash.store, the last store the user looked at).
  getCookie: function (name) {
    const prefix = name + '=';
    for (const part of document.cookie.split(';')) {
      const item = part.trim();
      if (item.startsWith(prefix)) {
        return decodeURIComponent(item.substring(prefix.length));
      }
    }
    return null;
  },

  // A first-party cookie for a year, sent back to the server too.
  setCookie: function (name, value) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=31536000; SameSite=Lax';
  },

  // The user's theme choice ("light" / "dark"), or null when they never chose (the OS decides).
  getTheme: function () {
    try { return window.localStorage.getItem('opsdash.theme'); } catch { return null; }
  },

  setTheme: function (theme) {
    try { window.localStorage.setItem('opsdash.theme', theme); } catch { /* private mode: not remembered */ }
  }
};

// A link clicked before the circuit is live is taken by Blazor's router before it can render it: the URL
// changes and the page does not (dotnet/aspnetcore#68562). Until a layout says it is interactive
// (data-interactive="true"), an internal link loads as an ordinary page instead.
window.addEventListener('click', function (event) {
  if (document.querySelector("[data-interactive='true']")) return;
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!anchor || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
  const url = new URL(anchor.href, document.baseURI);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  window.location.assign(url.href);
}, true);
