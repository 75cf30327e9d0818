import type { Spine } from '../app/matrixRow';
import { DecorativeSvg } from './DecorativeSvg';

const W = 120;
const H = 24;
const PAD = 7;
const x = (at: number) => PAD + at * (W - 2 * PAD);

/**
 * A spine: the neighbours' range as a line, their middle half as a box, their median as a tick,
 * England as a diamond and the council as a dot, higher to the right. The words say the same.
 */
export function SpineMark({ spine }: { spine: Spine }) {
  const e = spine.england === undefined ? undefined : x(spine.england);
  return (
    <>
      <DecorativeSvg className="spine" width={W} height={H}>
        <line x1={x(spine.min)} x2={x(spine.max)} y1={H / 2} y2={H / 2} className="spine-range" />
        <rect
          x={x(spine.lowerQuartile)}
          width={Math.max(1, x(spine.upperQuartile) - x(spine.lowerQuartile))}
          y={H / 2 - 5}
          height={10}
          className="spine-box"
        />
        <line
          x1={x(spine.median)}
          x2={x(spine.median)}
          y1={H / 2 - 7}
          y2={H / 2 + 7}
          className="spine-median"
        />
        {e !== undefined && (
          <path d={`M${e},${H / 2 - 7} l6,7 l-6,7 l-6,-7 z`} className="spine-england" />
        )}
        <circle cx={x(spine.mine)} cy={H / 2} r={5} className="spine-mine" />
      </DecorativeSvg>
      <span className="visually-hidden">{spine.words}</span>
    </>
  );
}
