import { compareNames } from '../text/compare';
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
        compareNames(a.definition.name, b.definition.name),
    );
}

/**
 * The benchmarks readers look for first, most familiar first. A model page leads with the
 * first five of these it has results for; benchmarks not listed follow by how many sources
 * report them. Keep it short and well known: this is an order, not a ranking of quality.
 */
export const headlinePreference = [
  'swe-bench-verified',
  'gpqa-diamond',
  'mmlu',
  'humanitys-last-exam',
  'aime-2025',
  'livecodebench',
  'mmmu',
  'aider-polyglot',
  'simpleqa',
  'arc-agi-2',
  'aime-2024',
  'math-500',
  'humaneval',
  'ifeval',
  'tau2-bench-retail',
  'browsecomp',
];

/** How many benchmarks a model page shows before folding the rest. */
export const HEADLINE_COUNT = 5;

/**
 * Splits groups into the headline benchmarks (up to `count`, in headline order: the
 * preference list first, then by number of distinct sources, then by name) and the rest (kept
 * in `groups`' own order).
 */
export function splitHeadline(
  groups: BenchmarkGroup[],
  count = HEADLINE_COUNT,
  preference: readonly string[] = headlinePreference,
): { headline: BenchmarkGroup[]; rest: BenchmarkGroup[] } {
  const rank = (g: BenchmarkGroup) => {
    const i = preference.indexOf(g.definition.id);
    return i === -1 ? preference.length : i;
  };
  const sources = (g: BenchmarkGroup) => new Set(g.results.map((r) => r.source)).size;
  const headline = [...groups]
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        sources(b) - sources(a) ||
        compareNames(a.definition.name, b.definition.name),
    )
    .slice(0, count);
  const chosen = new Set(headline);
  return { headline, rest: groups.filter((g) => !chosen.has(g)) };
}

/** A result's setting: the short words a reader scans, and the whole text when that is longer. */
export type SettingText = {
  /** Short, reader-facing ("edit format diff", "pass@1"); empty when nothing short is left. */
  short: string;
  /** The setting in full when `short` leaves part of it out (for a footnote); else empty. */
  detail: string;
};

/** Longest text the Setting column shows. */
const SHORT_SETTING = 56;
// Phrases that say where a figure was read, not how the model was run.
const RESEARCH =
  /https?:\/\/|\bcolumn\b|leaderboard entry|^data file|^run \d{4}-\d{2}|snapshot not stated/i;
// Section labels of the launch tables some settings were copied from; the benchmark's category
// already says this.
const SECTION_LABELS = new Set([
  'academic knowledge',
  'coding',
  'function calling',
  'instruction following',
  'long context',
  'math',
  'reasoning',
  'vision',
  'multilingual',
  'agentic',
]);

const isSectionLabel = (part: string) =>
  SECTION_LABELS.has(
    part
      .replace(/\s*\(.*\)$/, '')
      .trim()
      .toLowerCase(),
  );

/** Splits on `sep` outside parentheses and double quotes, trimming each piece. */
function splitTopLevel(text: string, sep: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0 && !quoted) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/**
 * Shortens a result's setting for the Setting column ("aider leaderboard entry 'o3', edit
 * format diff, run 2025-06-25; data file https://…" shows as "edit format diff"): phrases that
 * say where the figure was read and table section labels are left out, a long phrase loses its
 * parenthesis, and the column stops before it would pass a short line. Whenever something
 * besides a section label is left out, `detail` keeps the whole setting for a footnote.
 */
export function splitSetting(setting: string | undefined): SettingText {
  const full = (setting ?? '').replace(/\s+/g, ' ').trim();
  const clauses: string[][] = [];
  let length = 0;
  let cut = false;
  let stopped = false;
  for (const clause of splitTopLevel(full, ';')) {
    const kept: string[] = [];
    for (const part of splitTopLevel(clause, ',')) {
      if (isSectionLabel(part)) continue;
      if (stopped || RESEARCH.test(part)) {
        cut = true;
        continue;
      }
      let text = part;
      if (text.length > SHORT_SETTING) {
        text = text.replace(/\s*\([^()]*\)/g, '');
        cut = true;
      }
      if (length + text.length > SHORT_SETTING) {
        // Later phrases lean on earlier ones: once one does not fit, the rest go too.
        stopped = true;
        cut = true;
        continue;
      }
      kept.push(text);
      length += text.length + 2;
    }
    if (kept.length) clauses.push(kept);
  }
  return {
    short: clauses.map((c) => c.join(', ')).join('; '),
    detail: cut ? full : '',
  };
}
