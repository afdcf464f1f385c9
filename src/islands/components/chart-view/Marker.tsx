type Props = { color: string; pointStyle: string; rotation: number; dashed?: boolean };

/** A series' marker as the chart draws it, for the legend buttons (12 by 12 CSS pixels). */
export function Marker({ color, pointStyle, rotation, dashed }: Props) {
  const shape = (() => {
    if (dashed)
      return (
        <line x1="0" y1="6" x2="12" y2="6" stroke={color} stroke-width="2" stroke-dasharray="3 2" />
      );
    switch (pointStyle) {
      case 'rect':
        return <rect x="1.5" y="1.5" width="9" height="9" fill={color} />;
      case 'rectRounded':
        return <rect x="1.5" y="1.5" width="9" height="9" rx="2.5" fill={color} />;
      case 'rectRot':
        return <polygon points="6,0 12,6 6,12 0,6" fill={color} />;
      case 'triangle':
        return <polygon points="6,0.5 11.5,11 0.5,11" fill={color} />;
      case 'star':
      case 'cross':
      case 'crossRot':
        return (
          <g stroke={color} stroke-width="2" stroke-linecap="round">
            {pointStyle !== 'crossRot' && <path d="M6 1v10M1 6h10" />}
            {pointStyle !== 'cross' && <path d="M2.5 2.5l7 7M9.5 2.5l-7 7" />}
          </g>
        );
      default:
        return <circle cx="6" cy="6" r="5" fill={color} />;
    }
  })();
  return (
    <svg class="marker" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <g transform={`rotate(${rotation} 6 6)`}>{shape}</g>
    </svg>
  );
}
