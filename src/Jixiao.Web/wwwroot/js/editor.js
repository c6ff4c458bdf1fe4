// The few things the form editor and the review pages need from the browser itself: moving focus to a field,
// keyboard shortcuts, modal dialogs, keeping in-app links from leaving unsaved changes behind, and a download.

/** Scrolls the element with this id into view, focuses it and marks it briefly, so the eye finds it. */
export function focusField(id) {
  const element = document.getElementById(id);
  if (!element) return false;
  const details = element.closest('details');
  if (details && !details.open) details.open = true;
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  element.focus({ preventScroll: true });
  element.classList.add('jx-flash');
  setTimeout(() => element.classList.remove('jx-flash'), 1600);
  return true;
}

/**
 * Links inside the app would leave the page without asking (Blazor's enhanced navigation does not consult the
 * page's NavigationLock). While there are unsaved changes, a click on such a link is held and .NET is asked to
 * confirm (ConfirmLeave); reloads, closing the tab and other sites get the browser's beforeunload prompt.
 * Whether there are unsaved changes is read from the page itself (data-unsaved="true" on the editor, rendered with
 * the same update that changed the draft), so no click can slip through between a change and a message about it.
 * The document gets data-leave-guard="on" while the guard is in place.
 */
let activeLeaveGuard = null;
let activeShortcuts = null;
let activeListKeys = null;

export function createLeaveGuard(dotnet) {
  // One guard per document: an earlier one left in place would still ask through the browser after the user chose
  // to leave without saving.
  activeLeaveGuard?.dispose();
  let leaving = false;
  const dirty = () => !leaving && document.querySelector('[data-unsaved="true"]') !== null;
  const onClick = (event) => {
    if (!dirty() || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.hasAttribute('download') || (link.target && link.target !== '_self')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;   // in-page anchor
    event.preventDefault();
    event.stopImmediatePropagation();
    dotnet.invokeMethodAsync('ConfirmLeave', url.pathname + url.search + url.hash);
  };
  const onSubmit = (event) => {
    // the header's sign-out form: a full page load, which beforeunload covers, but say it in Chinese first
    if (!dirty() || event.defaultPrevented) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.closest('.jx-interactive')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    dotnet.invokeMethodAsync('ConfirmLeave', form.getAttribute('action') || location.pathname);
  };
  const onBeforeUnload = (event) => {
    if (!dirty()) return;
    event.preventDefault();
    event.returnValue = '';   // older browsers need it set to show their prompt
  };
  window.addEventListener('click', onClick, true);
  window.addEventListener('submit', onSubmit, true);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.documentElement.dataset.leaveGuard = 'on';
  const guard = {
    /** Leaves for good: the user chose to discard their changes, or they are saved. */
    leave: (href) => {
      leaving = true;
      location.assign(href);
    },
    dispose: () => {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('submit', onSubmit, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (activeLeaveGuard !== guard) return;
      activeLeaveGuard = null;
      delete document.documentElement.dataset.leaveGuard;
    },
  };
  activeLeaveGuard = guard;
  return guard;
}

/**
 * Keyboard shortcuts for the page. Each is { key, ctrl, alt, shift, name } and calls .NET's OnShortcut(name), or
 * { ..., focus: id } and moves focus there. Not while a dialog is open (its own keys apply there). The document gets
 * data-shortcuts="on" while they work.
 */
export function createShortcuts(dotnet, shortcuts) {
  const onKey = (event) => {
    if (document.querySelector('dialog[open]')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const shortcut = shortcuts.find(s => s.key === key && !!s.ctrl === (event.ctrlKey || event.metaKey)
      && !!s.alt === event.altKey && !!s.shift === event.shiftKey);
    if (!shortcut) return;
    event.preventDefault();
    if (shortcut.focus) focusField(shortcut.focus);
    else dotnet.invokeMethodAsync('OnShortcut', shortcut.name);
  };
  // One set per document: two would run a shortcut twice (Ctrl+S saving twice, Ctrl+Enter deciding twice).
  activeShortcuts?.dispose();
  document.addEventListener('keydown', onKey);
  document.documentElement.dataset.shortcuts = 'on';
  const handle = {
    dispose: () => {
      document.removeEventListener('keydown', onKey);
      if (activeShortcuts !== handle) return;
      activeShortcuts = null;
      delete document.documentElement.dataset.shortcuts;
    },
  };
  activeShortcuts = handle;
  return handle;
}

/**
 * The review queue without the mouse: j or ↓ moves to the next declaration, k or ↑ to the previous one, Home and End
 * to the first and last; Enter opens the focused one (it is a link). The list gets data-keys="on" once they work.
 */
export function createListKeys(list) {
  const links = () => Array.from(list.querySelectorAll('a[data-queue-item]'));
  const onKey = (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && target.closest('input, textarea, select')) return;
    const items = links();
    if (items.length === 0) return;
    const current = items.indexOf(document.activeElement);
    let next = null;
    switch (event.key) {
      case 'j': case 'J': case 'ArrowDown': next = current < 0 ? 0 : Math.min(current + 1, items.length - 1); break;
      case 'k': case 'K': case 'ArrowUp': next = current < 0 ? 0 : Math.max(current - 1, 0); break;
      case 'Home': next = 0; break;
      case 'End': next = items.length - 1; break;
      default: return;
    }
    event.preventDefault();
    items[next].focus();
    items[next].scrollIntoView({ block: 'nearest' });
  };
  // One set per document: two would move two rows per key.
  activeListKeys?.dispose();
  document.addEventListener('keydown', onKey);
  list.dataset.keys = 'on';
  const handle = {
    dispose: () => {
      document.removeEventListener('keydown', onKey);
      if (activeListKeys === handle) activeListKeys = null;
    },
  };
  activeListKeys = handle;
  return handle;
}

export function showDialog(dialog) {
  if (dialog && !dialog.open) dialog.showModal();
}

export function closeDialog(dialog) {
  if (dialog && dialog.open) dialog.close();
}

/** Saves text as a file in the browser (the user's edits after a conflict, to keep or compare). */
export function downloadText(fileName, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
