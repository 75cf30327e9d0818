import { describe, expect, it } from 'vitest';
import { testSite } from '../stats/fixtures';
import { defaultGroupName, readComparators, writeComparators } from './comparatorParams';

const site = testSite({
  authority: { code: 'E06000016', name: 'Leicester' },
  groups: [
    {
      id: 'cipfa',
      name: 'CIPFA nearest neighbours',
      version: '',
      source: 's',
      members: ['E06000015', 'E06000018', 'E08000025'],
    },
    { id: 'commission', name: 'Commission', version: '', source: 's', members: ['E06000018'] },
  ],
});
const read = (query: string) => readComparators(new URLSearchParams(query), site);

describe('readComparators', () => {
  it('takes the first group when the address names none, or one the site does not have', () => {
    const cipfa = {
      groupId: 'cipfa',
      added: [],
      removed: [],
      members: ['E06000015', 'E06000018', 'E08000025'],
    };
    expect(read('')).toEqual(cipfa);
    expect(read('group=nope')).toEqual(cipfa);
  });

  it('removes members and adds councils after them, in the order the address gives', () => {
    expect(read('group=commission&add=E08000025,E10000016&remove=E06000018')).toEqual({
      groupId: 'commission',
      added: ['E08000025', 'E10000016'],
      removed: ['E06000018'],
      members: ['E08000025', 'E10000016'],
    });
  });

  it('ignores non-ONS codes, members added again, the council itself, non-members removed', () => {
    expect(
      read('add=E06000015,E06000016,kent,E1000001,E10000016&remove=E10000016,x,E06000015'),
    ).toEqual({
      groupId: 'cipfa',
      added: ['E10000016'],
      removed: ['E06000015'],
      members: ['E06000018', 'E08000025', 'E10000016'],
    });
  });
});

describe('writeComparators', () => {
  it('keeps other parameters and leaves out the first group and empty lists', () => {
    const next = writeComparators(
      new URLSearchParams('q=wait&group=commission&add=E10000016'),
      { groupId: 'cipfa', added: [], removed: [] },
      site,
    );
    expect(next.toString()).toBe('q=wait');
  });

  it('writes a group other than the first, and councils added and removed, comma-separated', () => {
    const next = writeComparators(
      new URLSearchParams(''),
      { groupId: 'commission', added: ['E08000025', 'E10000016'], removed: ['E06000018'] },
      site,
    );
    expect(next.toString()).toBe('group=commission&add=E08000025%2CE10000016&remove=E06000018');
    // What is written reads back as the same choice.
    expect(readComparators(next, site)).toEqual({
      groupId: 'commission',
      added: ['E08000025', 'E10000016'],
      removed: ['E06000018'],
      members: ['E08000025', 'E10000016'],
    });
  });
});

describe('defaultGroupName', () => {
  it("names site.json's first group, which every page compares with unless told otherwise", () => {
    expect(defaultGroupName(site)).toBe('CIPFA nearest neighbours');
    expect(defaultGroupName(testSite({ groups: [] }))).toBe('comparators');
  });
});
