/**
 * Runs on every page: registers the service worker (src/offline/sw.js) so the site works
 * offline after a first visit, and tells the reader when what they see is the saved copy.
 */
export function startOffline(notice: HTMLElement, builtOn: string): void {
  const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  if (sw && import.meta.env.PROD) {
    window.addEventListener('load', () => {
      // updateViaCache 'none': every visit asks for /sw.js, so a new build is found at once.
      sw.register('/sw.js', { updateViaCache: 'none' }).catch(() => {
        // No service worker (private mode, a host that blocks it): the site works online.
      });
    });
    let controlled = sw.controller !== null;
    sw.addEventListener('controllerchange', () => {
      // A newer build took over: its pages and prices show on the next load.
      if (controlled) show(notice, 'A newer version of this site has been saved. ', 'Reload');
      controlled = true;
    });
  }
  const savedCopy = document.documentElement.hasAttribute('data-saved-copy');
  const update = () => {
    if (!navigator.onLine)
      show(notice, `You are offline: pages saved on this device, figures as of ${builtOn}.`);
    else if (savedCopy)
      show(
        notice,
        `The network did not answer in time, so this is the copy saved on this device, figures as of ${builtOn}. `,
        'Try again',
      );
    else notice.hidden = true;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

function show(notice: HTMLElement, text: string, action?: string): void {
  notice.replaceChildren(text);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action;
    button.addEventListener('click', () => location.reload());
    notice.append(button);
  }
  notice.hidden = false;
}
