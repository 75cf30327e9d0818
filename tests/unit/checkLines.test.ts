import { describe, expect, it } from 'vitest';
import { cannotWrap, isCodeFile, longLines } from '../../scripts/lib/lineLength';

const pad = (text: string, length: number) => text + 'x'.repeat(length - [...text].length);

describe('the line-length check', () => {
  it('refuses a comment line over 100 characters, saying how long it is and how to fix it', () => {
    const comment = pad('  // a comment that goes on and on ', 101);
    expect(longLines(`const a = 1;\n${comment}\nconst b = 2;\n`)).toEqual([
      {
        line: 2,
        length: 101,
        excepted: false,
        message: 'line is 101 characters (limit 100) — wrap the comment onto the next line',
      },
    ]);
  });

  it('refuses a long string with spaces in it, which can be split into pieces', () => {
    const line = `  message: '${'word '.repeat(20)}',`;
    expect(longLines(line)).toMatchObject([{ line: 1, length: 114, excepted: false }]);
    expect(longLines(line)[0]?.message).toMatch(/— split the string into shorter pieces/);
  });

  it('counts, and does not refuse, a URL or a string with no space to break at', () => {
    const url = `    '${pad('https://example.org/', 100)}',`;
    const header = `  '${pad('metric,area,period', 100)}\\n';`;
    expect(longLines(`${url}\n${header}`)).toMatchObject([
      { line: 1, excepted: true },
      { line: 2, excepted: true },
    ]);
    expect(cannotWrap(`  const source = '${pad('https://example.org/', 70)}';`)).toBe(false);
  });

  it('counts characters, not bytes, and leaves a line of exactly 100 alone', () => {
    expect(longLines(pad('// — × …', 100))).toEqual([]);
    expect(longLines(pad('// — × …', 101))).toHaveLength(1);
  });

  it('covers code, not data or prose', () => {
    expect(
      ['a.ts', 'b.tsx', 'c.css', 'index.html', 'eslint.config.js', '.ci/run'].every(isCodeFile),
    ).toBe(true);
    expect(['data/values.csv', 'README.md', 'data/site.json'].some(isCodeFile)).toBe(false);
  });
});
