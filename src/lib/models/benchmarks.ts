import type { BenchmarkDefinition, BenchmarkResult } from '../../schemas';

const categoryOrder = [
  'knowledge',
  'reasoning',
  'math',
  'coding',
  'agentic',
  'instruction-following',
  'long-context',
  'vision',
  'multilingual',
  'other',
];

export type BenchmarkGroup = {
  definition: BenchmarkDefinition;
  results: BenchmarkResult[];
  /** Different sources give different scores (possibly in different settings). */
  conflict: boolean;
};

/** Groups a model's results by benchmark, self-reported first, categories in a fixed order. */
export function groupResults(
  results: BenchmarkResult[],
  definitions: BenchmarkDefinition[],
): BenchmarkGroup[] {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const groups = new Map<string, BenchmarkResult[]>();
  for (const r of results) groups.set(r.benchmark, [...(groups.get(r.benchmark) ?? []), r]);
  return [...groups.entries()]
    .flatMap(([id, rs]) => {
      const definition = byId.get(id);
      if (!definition) return [];
      const sorted = [...rs].sort(
        (a, b) =>
          Number(a.reportedBy !== 'self-reported') - Number(b.reportedBy !== 'self-reported'),
      );
      return [
        {
          definition,
          results: sorted,
          conflict:
            new Set(rs.map((r) => r.score)).size > 1 && new Set(rs.map((r) => r.source)).size > 1,
        },
      ];
    })
    .sort(
      (a, b) =>
        categoryOrder.indexOf(a.definition.category) -
          categoryOrder.indexOf(b.definition.category) ||
        a.definition.name.localeCompare(b.definition.name),
    );
}
