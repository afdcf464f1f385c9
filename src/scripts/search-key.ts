/**
 * `/` focuses the model search from any page, as on many sites: on the index it moves to the
 * box; elsewhere it opens the index with the box focused (`/#search`). Typing a slash into a
 * field stays typing.
 */
export function startSearchKey(): void {
  const focusSearch = () => {
    const box = document.getElementById('search');
    if (box instanceof HTMLInputElement) {
      box.focus();
      box.select();
      return true;
    }
    return false;
  };
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    if (!focusSearch()) location.assign('/#search');
  });
  // Arriving at /#search: focus the box once the index has rendered it.
  if (location.hash === '#search' && !focusSearch()) {
    const wait = new MutationObserver(() => {
      if (focusSearch()) wait.disconnect();
    });
    wait.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => wait.disconnect(), 10_000);
  }
}
