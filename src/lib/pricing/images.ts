import type { ImageTokens } from '../../schemas';

/** Rounds up, ignoring binary noise a hair above a whole number (1056.0000001 / 32 is 33). */
const ceil = (x: number) => Math.ceil(x - 1e-9);

/**
 * Input tokens one image costs under its model's documented rule (OpenAI's images and vision
 * guide). Formula-based: the API's own count can differ by a few tokens.
 */
export function imageTokens(
  rule: ImageTokens,
  width: number,
  height: number,
  detail: 'high' | 'low',
): number {
  if (!(width > 0 && height > 0)) return 0;
  if (rule.method === 'tiles') {
    if (detail === 'low') return rule.base;
    let w = width;
    let h = height;
    const fit = 2048 / Math.max(w, h);
    if (fit < 1) {
      w *= fit;
      h *= fit;
    }
    const shortest = 768 / Math.min(w, h);
    if (shortest < 1) {
      w *= shortest;
      h *= shortest;
    }
    return rule.base + rule.perTile * ceil(w / 512) * ceil(h / 512);
  }
  let patches = ceil(width / 32) * ceil(height / 32);
  if (patches > rule.cap) {
    // Scale down to fit the cap, then a little more so the width (or height) fills whole patches.
    let s = Math.sqrt((rule.cap * 32 * 32) / (width * height));
    s *= Math.min(
      Math.floor((width * s) / 32) / ((width * s) / 32),
      Math.floor((height * s) / 32) / ((height * s) / 32),
    );
    patches = Math.min(rule.cap, ceil((width * s) / 32) * ceil((height * s) / 32));
  }
  return Math.round(patches * rule.multiplier);
}
