/** The JSON shape every chart builder returns, and the islands and plugin read. */

export type ChartSpec = {
  id: string;
  title: string;
  /** One sentence saying what the chart shows. */
  summary: string;
  /** chart.js configuration: JSON only, so it can cross into an island. */
  config: {
    type: 'bar' | 'scatter' | 'line';
    data: { labels?: string[]; datasets: Dataset[] };
    options: Record<string, unknown>;
  };
  table: { columns: string[]; rows: string[][] };
};

/** Each point carries the source (and setting) its tooltip shows. */
export type Point = {
  x: number | string;
  y: number;
  source?: string | undefined;
  note?: string | undefined;
  label?: string | undefined;
  /** The value as its direct label reads: `90.2%`, `$1,600`. */
  text?: string | undefined;
  /** For a marker over a bar: the index of the dataset whose bar it sits on. */
  series?: number | undefined;
};
/**
 * What the direct-labels plugin writes beside a dataset: `bar` its name inside each bar and the
 * value above; `point` the name beside each point; `end` the name at the line's last point.
 */
export type DirectLabels = 'bar' | 'point' | 'end';
export type Dataset = {
  type?: 'bar' | 'scatter' | 'line';
  label: string;
  data: Point[];
  backgroundColor?: string | string[];
  borderColor?: string | string[];
  borderWidth?: number;
  pointStyle?: string;
  pointRotation?: number;
  pointRadius?: number;
  /** Marker outline: thin markers (a cross, a star) need 2 px to be seen. */
  pointBorderWidth?: number;
  /** Direct labels for this dataset (read by the site's chart.js plugin). */
  directLabels?: DirectLabels;
  /** Higher-priority labels are placed first when space runs out. */
  labelPriority?: number;
  /** Each point sits on the bar of dataset `point.series`, not at its category's centre. */
  pinToBars?: boolean;
  showLine?: boolean;
  stepped?: boolean | 'before';
  borderDash?: number[];
  order?: number;
};
