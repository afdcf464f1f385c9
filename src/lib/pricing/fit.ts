import type { Model } from '../content/types';
import { primaryValue } from '../models/figures';
import { formatTokens } from '../format';
import { imageTokens } from './images';
import type { Workload } from './workload';

/** Whether one request fits a model's limits, and how much room it leaves. */
export type Fit = {
  /**
   * True when input + output fit the context window and each fits its own limit; false with
   * the reason when not; undefined when the model publishes no context window.
   */
  fits: boolean | undefined;
  /** Why it does not fit (or why that is unknown), in words a reader can act on. */
  reason?: string | undefined;
  /** Input tokens the request sends, images included. */
  input: number;
  /** Share of the context window the request's input and output take. */
  share?: number | undefined;
  /** Output tokens the window leaves after the input, capped by the model's max output. */
  outputLeft?: number | undefined;
};

/** The limits a fit is decided on, and the image rule that turns images into input tokens. */
export type FitLimits = Pick<Model, 'imageTokens'> & {
  limits: Pick<Model['limits'], 'contextWindow' | 'maxOutput' | 'maxInput'>;
};

/**
 * The one rule for whether a request fits, on the first-listed (usually the provider's own)
 * limits: input + output + reasoning ≤ context window, input ≤ max input, output + reasoning ≤
 * max output. A request that fills the window exactly fits, with no output left.
 */
export function fitOf(model: FitLimits, w: Workload): Fit {
  const context = primaryValue(model.limits.contextWindow);
  const maxOutput = primaryValue(model.limits.maxOutput);
  const maxInput = primaryValue(model.limits.maxInput);
  const out = w.outputTokens + w.reasoningTokens;
  const images =
    w.images > 0 && model.imageTokens
      ? w.images * imageTokens(model.imageTokens, w.imageWidth, w.imageHeight, w.imageDetail)
      : 0;
  const input = w.inputTokens + images;
  if (context === undefined)
    return { fits: undefined, reason: 'no context window is published', input };
  const left = Math.max(0, context - input);
  const room = {
    input,
    share: (input + out) / context,
    outputLeft: maxOutput === undefined ? left : Math.min(left, maxOutput),
  };
  if (input + out > context)
    return {
      fits: false,
      reason: `${out > 0 ? 'input + output exceed' : 'input exceeds'} the ${formatTokens(context)}-token context window`,
      ...room,
    };
  if (maxInput !== undefined && input > maxInput)
    return {
      fits: false,
      reason: `input exceeds the ${formatTokens(maxInput)}-token input limit`,
      ...room,
    };
  if (maxOutput !== undefined && out > maxOutput)
    return {
      fits: false,
      reason: `output exceeds the ${formatTokens(maxOutput)}-token output limit`,
      ...room,
    };
  return { fits: true, ...room };
}
