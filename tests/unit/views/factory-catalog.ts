import { readCatalog } from '../../../src/lib/content/read';
import { indexCatalog } from '../../../src/lib/views/indexed-catalog';
import {
  minimalModel,
  minimalProvider,
  priceSchedule,
  writeContent,
} from '../../fixtures/factories';

/**
 * A small catalog read from factory specs: Test Model ($1 in / $4 out, sold by its maker and
 * by a host), and Old Model, deprecated with a shutdown on 2025-06-01.
 */
export function factoryCatalog(change: { input?: number } = {}) {
  const spec = minimalModel();
  const current = {
    ...spec,
    offerings: [
      {
        provider: 'acme',
        apiId: 'test-model',
        prices: [priceSchedule({ input: change.input ?? 1, note: 'List price.' })],
      },
      { provider: 'host', apiId: 'acme/test-model', prices: [priceSchedule({ input: 3 })] },
    ],
  };
  const old = {
    ...spec,
    name: 'Old Model',
    lifecycle: {
      ...spec.lifecycle,
      status: { value: 'deprecated', source: 'acme-docs' },
      shutdown: { value: '2025-06-01', source: 'acme-docs' },
    },
    offerings: [{ ...spec.offerings[0], apiId: 'old-model' }],
  };
  return indexCatalog(
    readCatalog(
      writeContent({
        'providers/host.yaml': { ...minimalProvider(), name: 'Host', role: 'host' },
        'models/acme/test-model.yaml': current,
        'models/acme/old-model.yaml': old,
      }),
    ),
  );
}
