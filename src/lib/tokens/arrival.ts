/**
 * Text longer than this is kept out of the text box: laying out megabytes in a textarea
 * takes the browser seconds of one main-thread task, whatever route the text came by.
 */
export const SHOW_LIMIT = 200_000;

/** The text box as the arrival rules see it. */
export type BoxState = {
  /** What the box shows. Empty while a hidden text is being counted. */
  value: string;
  selectionStart: number;
  selectionEnd: number;
  /** True while the counted text is too long to show, so the box is empty. */
  hidden: boolean;
};

/**
 * What the counter counts when `inserted` arrives in the box (a paste, a drop, a file): it
 * replaces the selection; while a hidden text is counted, it replaces that text, as typing
 * does. `show` says whether the result may be put in the box.
 */
export function arrive(box: BoxState, inserted: string): { text: string; show: boolean } {
  const text = box.hidden
    ? inserted
    : box.value.slice(0, box.selectionStart) + inserted + box.value.slice(box.selectionEnd);
  return { text, show: text.length <= SHOW_LIMIT };
}

/** Whether a value the box already holds (autofill, a script, a native drop) must leave it. */
export const tooLongToShow = (value: string): boolean => value.length > SHOW_LIMIT;
