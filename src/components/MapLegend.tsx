import type { MapClass } from '../app/mapView';
import { fillOf } from '../charts/mapPatterns';
import { countOf } from '../format';

interface Props {
  classes: MapClass[];
  noData: number;
  direction: string;
  authorityName: string;
  groupName: string;
}

function Swatch({ fill, className }: { fill?: string; className?: string }) {
  return (
    <svg className="map-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
      <rect
        x="1"
        y="1"
        width="22"
        height="14"
        fill={fill ?? '#ffffff'}
        className={className ?? 'map-swatch-box'}
      />
    </svg>
  );
}

/**
 * The map's key in words: each class's range with its unit and size, which way is better, the
 * outlines.
 */
export function MapLegend({ classes, noData, direction, authorityName, groupName }: Props) {
  const n = classes.length;
  return (
    <div className="map-legend">
      <h3>Key</h3>
      <p>
        {n > 1
          ? `Councils with a figure in ${n} groups of about the same size, lowest figures first.`
          : 'Councils with a figure.'}{' '}
        {direction}
      </p>
      <ul className="map-key">
        {classes.map((c, i) => (
          <li key={i}>
            <Swatch fill={fillOf(i)} />
            <span>
              {n > 1 && (
                <>
                  Class {i + 1} of {n}:{' '}
                </>
              )}
              {c.range} ({countOf(c.count, 'council')})
              {c.judgement && <strong> — {c.judgement} figures</strong>}
            </span>
          </li>
        ))}
        <li>
          <Swatch fill={fillOf(undefined)} />
          <span>No data ({countOf(noData, 'council')})</span>
        </li>
        <li>
          <Swatch className="map-swatch-mine" />
          <span>{authorityName}: thick outline, ringed</span>
        </li>
        <li>
          <Swatch className="map-swatch-peer" />
          <span>{groupName}: dashed outline</span>
        </li>
      </ul>
    </div>
  );
}
