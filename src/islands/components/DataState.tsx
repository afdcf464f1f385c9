type PendingProps = { text: string; class?: string };

/** A neutral placeholder while a view reads its link or fetches its data. */
export function Pending({ text, class: cls }: PendingProps) {
  return (
    <p class={`${cls ?? ''} muted`.trim()} role="status" data-pending>
      {text}
    </p>
  );
}

type FailedProps = { what: string; reason: string };

/** Says plainly that a view's data could not be loaded, and what the reader can do. */
export function LoadFailed({ what, reason }: FailedProps) {
  return (
    <div class="notice" role="alert" data-testid="data-failed">
      <p>
        {what} could not be loaded ({reason}). Check your connection and reload the page; every
        figure is also on each model's page.
      </p>
    </div>
  );
}
