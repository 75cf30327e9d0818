import type { ChartCredit } from '../a11y/chartCredit';

/** Room around the exported image's text, in px. */
const PAD = 16;
/**
 * A generous width of one character at each text size, so wrapped lines never overrun the image.
 */
const CHAR_PX = { title: 10.5, subtitle: 8, legend: 7.5, footer: 7 } as const;
const SWATCH = { width: 36, height: 14, gap: 6 } as const;

export interface TextLine {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  size: number;
  bold: boolean;
}

export interface ExportLayout {
  width: number;
  height: number;
  lines: TextLine[];
  /**
   * Where each legend entry's swatch goes (top left), by the entry's index; its label is in
   * `lines`.
   */
  swatches: { index: number; x: number; y: number }[];
  /** Where the chart's own drawing starts, below the title and legend. */
  chartY: number;
}

/**
 * Breaks text into lines of at most `maxChars` characters at spaces (a longer word has a line of
 * its own).
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Where everything goes in a chart saved as an image `width` wide: the title and subtitle on top,
 * the legend entries flowing in rows, the chart (`chartHeight` high), then the source and date.
 */
export function exportLayout(input: {
  width: number;
  chartHeight: number;
  credit: ChartCredit;
  legend: { text: string; swatch: boolean }[];
}): ExportLayout {
  const { width, chartHeight, credit, legend } = input;
  const inner = width - 2 * PAD;
  const lines: TextLine[] = [];
  let y = PAD;
  const block = (text: string, kind: keyof typeof CHAR_PX, size: number, bold = false) => {
    for (const t of wrapText(text, Math.floor(inner / CHAR_PX[kind]))) {
      y += size * 1.35;
      lines.push({ text: t, x: PAD, y, size, bold });
    }
  };
  block(credit.title, 'title', 18, true);
  block(credit.subtitle, 'subtitle', 14);
  y += 8;
  const swatches: ExportLayout['swatches'] = [];
  let x = PAD;
  let rowTop = y;
  let rowHeight = 20;
  legend.forEach((entry, index) => {
    const indent = entry.swatch ? SWATCH.width + SWATCH.gap : 0;
    // An entry wider than the image wraps onto lines of its own, under its first.
    const texts = wrapText(entry.text, Math.floor((inner - indent) / CHAR_PX.legend));
    const longest = Math.max(0, ...texts.map((t) => t.length));
    const need = indent + longest * CHAR_PX.legend;
    if (x > PAD && x + need > width - PAD) {
      x = PAD;
      rowTop += rowHeight;
      rowHeight = 20;
    }
    if (entry.swatch) swatches.push({ index, x, y: rowTop + 3 });
    texts.forEach((text, i) =>
      lines.push({ text, x: x + indent, y: rowTop + 15 + i * 18, size: 13, bold: false }),
    );
    rowHeight = Math.max(rowHeight, 20 + (texts.length - 1) * 18);
    x += need + 16;
  });
  y = legend.length > 0 ? rowTop + rowHeight + 4 : y;
  const chartY = y;
  y += chartHeight + 4;
  for (const note of credit.notes) block(note, 'footer', 12);
  block(credit.source, 'footer', 12);
  block(credit.date, 'footer', 12);
  return { width, height: Math.ceil(y + PAD), lines, swatches, chartY };
}
