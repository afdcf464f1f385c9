import { meterNames, slipAgainst, type MeterName } from '../../src/schemas/pricing';

/** One value the rules refused: where it was read, what it was and why it is left out. */
export type Rejection = { file: string; field: string; value: string; reason: string };

/** models.dev's `[cost]` table, USD per 1M tokens. */
export type Cost = {
  input?: number;
  output?: number;
  cache_read?: number;
  cache_write?: number;
  tiers?: {
    tier?: { type?: string; size?: number };
    input?: number;
    output?: number;
    cache_read?: number;
  }[];
};

const costMeter: Record<string, MeterName> = {
  input: 'input',
  output: 'output',
  cache_read: 'cachedInput',
};

/**
 * The meters of a cost table that the rules accept. A zero is refused (models.dev writes 0
 * for free, unknown and not billed in USD alike, and never says which); a meter more than
 * 1,000 times below the same table's largest meter is refused as a unit slip. models.dev's
 * single cache-write price is left out: it does not say which cache lifetime it is for.
 */
export function acceptedMeters(
  cost: Cost,
  file: string,
  rejections: Rejection[],
): Partial<Record<MeterName, number>> {
  const meters: Partial<Record<MeterName, number>> = {};
  for (const [key, meter] of Object.entries(costMeter)) {
    const value = cost[key as keyof Cost];
    if (typeof value === 'number') meters[meter] = value;
  }
  return screenMeters(meters, file, (m) => `cost.${keyOf(m)}`, rejections);
}

/**
 * The meters the rules accept, whatever snapshot they come from: a zero is refused (neither
 * snapshot says when a zero means free), and a meter more than 1,000 times below the same
 * schedule's largest meter is refused as a unit slip. `field` names a meter in the log.
 */
export function screenMeters(
  given: Partial<Record<MeterName, number>>,
  file: string,
  field: (meter: MeterName) => string,
  rejections: Rejection[],
): Partial<Record<MeterName, number>> {
  const meters = { ...given };
  for (const meter of meterNames) {
    const value = meters[meter];
    if (value === undefined) continue;
    if (value === 0) {
      rejections.push({
        file,
        field: field(meter),
        value: '0',
        reason: 'a zero price the source does not state as free',
      });
      delete meters[meter];
    }
  }
  for (const meter of meterNames) {
    const slip = slipAgainst(meters, meter);
    if (slip === undefined) continue;
    rejections.push({
      file,
      field: field(meter),
      value: String(meters[meter]),
      reason: `a unit slip: over 1000 times less than ${field(slip.meter).replace(/^.*\./, '')} (${slip.value})`,
    });
    delete meters[meter];
  }
  return meters;
}

const keyOf = (meter: MeterName): string =>
  Object.entries(costMeter).find(([, m]) => m === meter)?.[0] ?? meter;

/**
 * Output limits larger than the context window are refused: the context window bounds input
 * plus output, so such a pair is a mistake in the source (74 models.dev records have one).
 */
export function acceptedOutput(
  output: number | undefined,
  context: number | undefined,
  file: string,
  rejections: Rejection[],
): number | undefined {
  if (output === undefined || !(output > 0) || !Number.isInteger(output)) return undefined;
  if (context !== undefined && output > context) {
    rejections.push({
      file,
      field: 'limit.output',
      value: String(output),
      reason: `output larger than the context window (${context})`,
    });
    return undefined;
  }
  return output;
}

/** Words in an id or family that mark a model that does not generate text. */
const notText =
  /(embed|whisper|tts|transcribe|moderation|image|dall-e|rerank|speech|audio-preview|realtime|sora|veo|imagen|lyria|guard|safety|ocr)/;

/**
 * Whether a model record is a text-generating LLM: it takes text and gives text, and its id
 * and family do not name an embedding, image, speech or moderation model.
 */
export function isTextModel(
  id: string,
  family: string | undefined,
  input: string[],
  output: string[],
): boolean {
  if (!input.includes('text') || !output.includes('text')) return false;
  if (output.some((m) => m !== 'text')) return false;
  return !notText.test(id) && !notText.test(family ?? '');
}

/** The rejection log: one tab-separated line per refused value, sorted, so runs compare byte for byte. */
export function rejectionLog(rejections: Rejection[], header: string): string {
  const lines = rejections
    .map((r) => [r.file, r.field, r.value, r.reason].join('\t'))
    .sort()
    .filter((l, i, all) => l !== all[i - 1]);
  return `${header}\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}
