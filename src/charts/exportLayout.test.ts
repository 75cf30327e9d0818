import { describe, expect, it } from 'vitest';
import { exportLayout, wrapText } from './exportLayout';

describe('wrapText', () => {
  it('breaks at spaces within the width and gives a long word a line of its own', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('a verylongword b', 5)).toEqual(['a', 'verylongword', 'b']);
    expect(wrapText('  ', 10)).toEqual([]);
  });
});

describe('exportLayout', () => {
  const credit = {
    title: 'Title',
    subtitle: 'Sub',
    notes: [],
    source: 'Source: S',
    date: 'Made today.',
  };

  it('stacks title, subtitle, legend, chart, source and date, each inside the width', () => {
    const layout = exportLayout({
      width: 400,
      chartHeight: 300,
      credit,
      legend: [
        { text: 'Leicester', swatch: true },
        { text: 'Hollow points: provisional', swatch: false },
      ],
    });
    // Title: 16 + 18 × 1.35 = 40.3; subtitle: + 14 × 1.35 = 59.2; legend row from 59.2 + 8 = 67.2.
    expect(layout.lines.map((l) => [l.text, l.x, Number(l.y.toFixed(1))])).toEqual([
      ['Title', 16, 40.3],
      ['Sub', 16, 59.2],
      // Swatch 36 + gap 6 after the left edge; the text's baseline 15 below the row's top.
      ['Leicester', 58, 82.2],
      // 16 + 42 + 9 × 7.5 + 16 = 141.5, and 26 × 7.5 = 195 more fits in 400 - 16.
      ['Hollow points: provisional', 141.5, 82.2],
      // Chart from 67.2 + 24 = 91.2 to 391.2, + 4; then 12 × 1.35 = 16.2 a line.
      ['Source: S', 16, 411.4],
      ['Made today.', 16, 427.6],
    ]);
    expect(layout.swatches).toEqual([{ index: 0, x: 16, y: 70.2 }]);
    expect(layout.chartY).toBeCloseTo(91.2);
    expect(layout.height).toBe(444);
  });

  it('starts a new legend row when an entry would cross the right edge', () => {
    const layout = exportLayout({
      width: 200,
      chartHeight: 100,
      credit,
      legend: [
        { text: 'Leicester City Council', swatch: true },
        { text: 'England', swatch: true },
      ],
    });
    // "Leicester City Council" needs 22 × 7.5 = 165 px, more than the 126 beside its swatch: two
    // lines, a row 38 high, so England's row starts at 67.2 + 38 = 105.2.
    expect(layout.swatches.map((s) => [s.x, Number(s.y.toFixed(1))])).toEqual([
      [16, 70.2],
      [16, 108.2],
    ]);
  });

  it('wraps a legend entry wider than the image under its first line, the next row below', () => {
    const layout = exportLayout({
      width: 200,
      chartHeight: 100,
      credit,
      legend: [
        { text: 'Neighbours: median (shaded: middle half)', swatch: true },
        { text: 'England', swatch: true },
      ],
    });
    // 168 - 42 = 126 px for text: 16 characters of 7.5 px a line.
    expect(layout.lines.slice(2).map((l) => [l.text, l.x, Number(l.y.toFixed(1))])).toEqual([
      ['Neighbours:', 58, 82.2],
      ['median (shaded:', 58, 100.2],
      ['middle half)', 58, 118.2],
      // Three lines: the row is 20 + 2 × 18 = 56 high, so the next starts at 67.2 + 56 = 123.2.
      ['England', 58, 138.2],
      // The chart from 123.2 + 20 + 4 = 147.2 to 247.2, + 4; then 16.2 a line of small print.
      ['Source: S', 16, 267.4],
      ['Made today.', 16, 283.6],
    ]);
    expect(layout.swatches.map((s) => Number(s.y.toFixed(1)))).toEqual([70.2, 126.2]);
  });
});
