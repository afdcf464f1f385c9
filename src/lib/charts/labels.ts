/** A rectangle on the canvas, top-left corner and size, in CSS pixels. */
export type Box = { x: number; y: number; w: number; h: number };

/**
 * A label that wants to be drawn at the first of its boxes that is free. A box may carry what
 * drawing it there needs (a rotation, a colour), returned with it.
 */
export type LabelRequest<B extends Box = Box> = {
  text: string;
  /** Where it may go, best first (right of a point, then left, above, below). */
  boxes: B[];
  /** Higher is placed first, so a frontier model keeps its name when space runs out. */
  priority: number;
};
export type PlacedLabel<B extends Box = Box> = { text: string; box: B };

const PAD = 2;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w + PAD && b.x < a.x + a.w + PAD && a.y < b.y + b.h + PAD && b.y < a.y + a.h + PAD;
const inside = (a: Box, area: Box) =>
  a.x >= area.x && a.y >= area.y && a.x + a.w <= area.x + area.w && a.y + a.h <= area.y + area.h;

/**
 * Direct labels without collisions: highest priority first (ties keep their order), each at
 * its first box that lies inside `area` and clear of every label already placed and of the
 * `obstacles` (the markers). A label with no free box is left out; the data table has it.
 */
export function placeLabels<B extends Box>(
  requests: readonly LabelRequest<B>[],
  area: Box,
  obstacles: readonly Box[] = [],
): PlacedLabel<B>[] {
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.priority - a.r.priority || a.i - b.i);
  const placed: (PlacedLabel<B> & { i: number })[] = [];
  for (const { r, i } of order) {
    const box = r.boxes.find(
      (b) =>
        inside(b, area) &&
        !placed.some((p) => overlaps(p.box, b)) &&
        !obstacles.some((o) => overlaps(o, b)),
    );
    if (box) placed.push({ text: r.text, box, i });
  }
  return placed.sort((a, b) => a.i - b.i).map(({ i: _i, ...p }) => p);
}

/** The boxes around a point of radius `r` where a label `w` by `h` may sit, best first. */
export function boxesAroundPoint(x: number, y: number, r: number, w: number, h: number): Box[] {
  const gap = r + 3;
  return [
    { x: x + gap, y: y - h / 2, w, h },
    { x: x - gap - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - gap - h, w, h },
    { x: x - w / 2, y: y + gap, w, h },
  ];
}
