import { useState } from 'react';
import type { ChartCredit } from '../a11y/chartCredit';
import { chartSvg, svgToPng } from '../charts/exportChart';
import { saveBlob } from './saveBlob';

interface Props {
  /** The id of the element holding the chart's figure. */
  chartId: string;
  /** Made when a button is pressed, so the image says the day it was made. */
  credit: () => ChartCredit;
  /** The file name without its extension. */
  filename: string;
}

/**
 * Saves the chart as drawn, with its title, legend, source and date in the image, as PNG or SVG.
 */
export function ChartExport({ chartId, credit, filename }: Props) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const save = async (kind: 'png' | 'svg') => {
    setProblem(undefined);
    try {
      const figure = document.getElementById(chartId);
      if (!figure) throw new Error('There is no chart on the page to save.');
      const { svg, width, height } = chartSvg(figure, credit());
      const blob =
        kind === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(svg, width, height);
      saveBlob(blob, `${filename}.${kind}`);
    } catch (e) {
      setProblem(`The chart could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div className="chart-export">
      <button type="button" className="button secondary" onClick={() => void save('png')}>
        Save the chart as an image (PNG)
      </button>
      <button type="button" className="button secondary" onClick={() => void save('svg')}>
        Save the chart as a drawing (SVG)
      </button>
      {problem && (
        <p className="error-summary" role="alert">
          {problem}
        </p>
      )}
      <noscript>
        <p className="hint">
          Saving the chart needs JavaScript, which is off in this browser; the figures are in the
          table below.
        </p>
      </noscript>
    </div>
  );
}
