import { z } from 'zod';
import {
  benchmarkDefinitionSchema,
  familySchema,
  modelSchema,
  providerSchema,
  sourceSchema,
} from '../../schemas';

/**
 * The spec format as JSON Schema (draft 2020-12), generated from the zod schemas so the
 * two cannot drift. Cross-file rules (ids that must exist, unique aliases) are described
 * in the README; JSON Schema cannot express them.
 */
export function specJsonSchema(): Record<string, unknown> {
  const convert = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'LLM Explorer spec format',
    description:
      'One YAML file per record. content/models/<maker>/<id>.yaml is a model (the file name is its id); content/sources/<id>.yaml a source; content/providers/<id>.yaml a provider; content/families/<id>.yaml a family page; content/benchmarks.yaml maps benchmark ids to definitions.',
    $defs: {
      model: convert(modelSchema),
      source: convert(sourceSchema),
      provider: convert(providerSchema),
      family: convert(familySchema),
      benchmark: convert(benchmarkDefinitionSchema),
    },
  };
}
