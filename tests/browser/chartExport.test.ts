/**
 * Saving a measure's chart (issue 12): as SVG and as PNG, by keyboard, with the title, source and
 * the figures' periods drawn in the image, under the site's Content-Security-Policy as it is.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const siteUrl = inject('siteUrl');
const METRIC = 'ascof-direct-payments-users';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Presses Enter on a button reached by focus (as the keyboard would) and returns the file it saves.
 */
async function saveBy(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
  const button = page.getByRole('button', { name });
  await button.focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  return { file: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('saving the chart', () => {
  it('saves an SVG with the title, source, periods and every line, and a PNG of it', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${siteUrl}measure/${METRIC}/?add=E10000016`,
    );
    try {
      await page.locator('svg.ts-chart path[stroke-dasharray="10 3 2 3"]').waitFor();
      const svg = await saveBy(page, 'Save the chart as a drawing (SVG)');
      expect(svg.file).toBe(`${METRIC}-chart.svg`);
      const text = svg.bytes.toString('utf8');
      expect(text.startsWith('<?xml')).toBe(true);
      expect(text).toContain('People who receive direct payments: 46.0% in 2023-24');
      expect(text).toContain('People who receive direct payments, 2017-18 to 2023-24');
      expect(text).toContain('Source: NHS England');
      expect(text).toMatch(/Figures as published on \d+ \w+ \d{4} \(drop [\w-]+\)/);
      expect(text).not.toMatch(/ASCOF 1C2A, 2017-18|source_ref/);
      // The lines as drawn on the page, Kent's among them, and its legend entry.
      expect(text).toContain('stroke-dasharray="10 3 2 3"');
      expect(text).toContain('>Kent<');
      expect(text).not.toContain('tabindex');

      const png = await saveBy(page, 'Save the chart as an image (PNG)');
      expect(png.file).toBe(`${METRIC}-chart.png`);
      expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(png.bytes.length).toBeGreaterThan(20_000);
      // Twice the drawing's size, for print: IHDR holds the width and height after the signature.
      const width = png.bytes.readUInt32BE(16);
      const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(text)?.[1]);
      expect(width).toBe(svgWidth * 2);
      expect(consoleErrors).toEqual([]);

      // Both files draw as images: most of the PNG is white, and enough of it is ink.
      const blank = await browser.newPage();
      try {
        const ink = await blank.evaluate(async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d');
          if (!context) return 0;
          context.drawImage(image, 0, 0);
          const { data } = context.getImageData(0, 0, image.width, image.height);
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark += 1;
          return dark / (image.width * image.height);
        }, png.bytes.toString('base64'));
        expect(ink).toBeGreaterThan(0.01);
        expect(ink).toBeLessThan(0.5);
      } finally {
        await blank.close();
      }
    } finally {
      await page.context().close();
    }
  });
});
