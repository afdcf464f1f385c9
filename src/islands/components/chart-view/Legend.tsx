import type { Dataset } from '../../../lib/charts/builders';
import { Marker } from './Marker';

/** A legend entry: the series' name and its marker as drawn. */
export type Series = {
  label: string;
  color: string;
  pointStyle: string;
  rotation: number;
  dashed: boolean;
};

type Props = { series: Series[]; hidden: boolean[]; onToggle: (i: number) => void };

/** The chart's legend as buttons, so a keyboard or a screen reader can show and hide a series. */
export function Legend({ series, hidden, onToggle }: Props) {
  if (!series.length) return null;
  return (
    <ul class="chart-legend" aria-label="Series: press to show or hide">
      {series.map((s, i) => (
        <li key={s.label}>
          <button type="button" aria-pressed={!hidden[i]} onClick={() => onToggle(i)}>
            <Marker {...s} />
            {s.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A dataset's legend entry; one coloured point by point (the crosses) takes the text colour. */
export const legendEntry = (
  d: Pick<Dataset, 'label' | 'borderColor' | 'pointStyle' | 'pointRotation' | 'borderDash'>,
): Series => ({
  label: d.label,
  color: typeof d.borderColor === 'string' ? d.borderColor : 'currentColor',
  pointStyle: d.pointStyle ?? 'circle',
  rotation: d.pointRotation ?? 0,
  dashed: d.borderDash !== undefined,
});
