/**
 * Tables wider than the screen scroll sideways inside their `.table-scroll` box. When one
 * does, the box says so (a visible hint and its accessible name) and joins the Tab order, so
 * a keyboard can scroll it too. Runs on every page, for server-rendered tables and for those
 * that islands render later.
 */
export function startScrollHints(): void {
  const sized = new ResizeObserver((entries) => {
    for (const entry of entries) mark(entry.target as HTMLElement);
  });
  const watch = (root: ParentNode) => {
    for (const box of root.querySelectorAll<HTMLElement>('.table-scroll')) {
      sized.observe(box);
      const table = box.querySelector('table');
      if (table) sized.observe(table);
    }
  };
  watch(document);
  new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes)
        if (node instanceof HTMLElement) {
          if (node.classList.contains('table-scroll')) watch(node.parentElement ?? node);
          else watch(node);
        }
  }).observe(document.body, { childList: true, subtree: true });
}

function mark(target: HTMLElement): void {
  const box = target.classList.contains('table-scroll')
    ? target
    : target.closest<HTMLElement>('.table-scroll');
  if (!box) return;
  const overflowing = box.scrollWidth > box.clientWidth + 1;
  if (overflowing === box.classList.contains('overflowing')) return;
  box.classList.toggle('overflowing', overflowing);
  if (overflowing) {
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', `${tableName(box)} (scrolls sideways)`);
  } else {
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
}

/** The table's caption, or else the heading just before its box. */
function tableName(box: HTMLElement): string {
  const caption = box.querySelector('caption')?.textContent?.trim();
  if (caption) return caption;
  let el = box.previousElementSibling;
  while (el && !/^H[1-6]$/.test(el.tagName)) el = el.previousElementSibling;
  return el?.textContent?.trim() || 'Table';
}
