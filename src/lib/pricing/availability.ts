import { agreedShutdown } from '../models/status';
import { primaryOffering, scheduleAt } from '../models/pricing';
import type { PricedModel } from './priced-models';

/** The shutdown date if every source agrees the model had left the API by `date`. */
export function shutdownBy(model: PricedModel, date: string): string | undefined {
  const agreed = agreedShutdown(model.lifecycle.shutdown);
  return agreed !== undefined && agreed <= date ? agreed : undefined;
}

/** Whether the headline offering's price schedule differs between two dates. */
export function changedSince(model: PricedModel, from: string, to: string): boolean {
  const o = primaryOffering(model);
  if (!o) return false;
  return scheduleAt(o, from) !== scheduleAt(o, to);
}
