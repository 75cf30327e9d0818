import type { ChartCredit } from '../a11y/chartCredit';
import { exportLayout } from './exportLayout';

const NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** An element in the SVG namespace with its attributes. */
function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A copy of an SVG drawn on the page, placed at (x, y), without what only the page needs. */
function placed(svg: SVGSVGElement, x: number, y: number): Node {
  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) return el('g', {});
  for (const name of [
    'tabindex',
    'role',
    'class',
    'aria-labelledby',
    'aria-describedby',
    'focusable',
  ])
    copy.removeAttribute(name);
  // The line that follows the keyboard or pointer is the page's, not the chart's.
  copy.querySelectorAll('.chart-cursor').forEach((c) => c.remove());
  copy.setAttribute('x', String(x));
  copy.setAttribute('y', String(y));
  return copy;
}

/**
 * The chart in `figure` (a `figure.chart` the page drew) as a standalone SVG document, with the
 * title, legend, source and date drawn in it: what the page shows, so the image and the page never
 * disagree.
 */
export function chartSvg(
  figure: Element,
  credit: ChartCredit,
): { svg: string; width: number; height: number } {
  const chart = figure.querySelector('svg.ts-chart');
  if (!(chart instanceof SVGSVGElement)) throw new Error('There is no chart on the page to save.');
  const width = Number(chart.getAttribute('width'));
  const chartHeight = Number(chart.getAttribute('height'));
  const entries = [...figure.querySelectorAll('.legend > span')].map((span) => ({
    text: (span.textContent ?? '').replace(/\s+/g, ' ').trim(),
    swatch: span.querySelector('svg'),
  }));
  const layout = exportLayout({
    width,
    chartHeight,
    credit,
    legend: entries.map((e) => ({ text: e.text, swatch: e.swatch !== null })),
  });
  const root = el('svg', {
    xmlns: NS,
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    'font-family': FONT,
  });
  root.append(el('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  const title = el('title', {});
  title.textContent = credit.title;
  root.append(title);
  for (const line of layout.lines) {
    const t = el('text', { x: line.x, y: line.y, 'font-size': line.size, fill: '#0b0c0c' });
    if (line.bold) t.setAttribute('font-weight', 'bold');
    t.textContent = line.text;
    root.append(t);
  }
  for (const s of layout.swatches) {
    const swatch = entries[s.index]?.swatch;
    if (swatch instanceof SVGSVGElement) root.append(placed(swatch, s.x, s.y));
  }
  root.append(placed(chart, 0, layout.chartY));
  const xml = new XMLSerializer().serializeToString(root);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
  return { svg, width: layout.width, height: layout.height };
}

/**
 * The SVG drawn on a canvas at `scale` times its size and saved as PNG. The image is loaded from a
 * `data:` address, which the Content-Security-Policy's img-src already allows.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('This browser could not make the PNG.'))),
      'image/png',
    ),
  );
}
