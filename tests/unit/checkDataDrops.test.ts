/**
 * check-data on the drops: folders drops.csv does not list, drops out of order or dated before
 * their quarter ends, and each drop named for the latest quarter it reports.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderWith, problemsIn, removeFolders } from './checkDataFolder';

afterEach(removeFolders);

describe('check-data on the drops', () => {
  it('reports a drop folder drops.csv does not list, and a listed drop without one', async () => {
    const dir = folderWith();
    mkdirSync(join(dir, 'drops', '2025-26-Q3'));
    writeFileSync(
      join(dir, 'drops.csv'),
      'id,published,title,note\n2025-26-Q1,2025-08-01,First ' +
        'drop,\n2025-26-Q2,2025-11-01,Second drop,\n2025-26-Q4,2026-05-01,Fourth drop,\n',
    );
    expect(await problemsIn(dir)).toEqual([
      'drops/2025-26-Q3: the drop folder "2025-26-Q3" is not listed in drops.csv — add a ' +
        'row for it to drops.csv (id, published, title), or remove the folder',
      'drops/2025-26-Q4/values.csv: drops.csv lists the drop 2025-26-Q4 but it has no ' +
        'values.csv — create drops/2025-26-Q4/values.csv, or remove the drop from drops.csv',
    ]);
  });

  it('refuses drops out of order, two on one day, one dated before its quarter ends', async () => {
    const order = folderWith();
    writeFileSync(
      join(order, 'drops.csv'),
      'id,published,title,note\n2025-26-Q2,2025-11-01,Second ' +
        'drop,\n2025-26-Q1,2025-06-15,First drop,\n',
    );
    expect(await problemsIn(order)).toEqual([
      'drops.csv:3: published: the drop 2025-26-Q1 (2025-06-15) is dated before 2025-26-Q2 ' +
        'on line 2 (2025-11-01) — list drops in the order they were published, earliest ' +
        'first, or correct the date',
      'drops.csv:3: published: the drop 2025-26-Q1 is dated 2025-06-15, before its quarter ' +
        'ends on 2025-06-30 — name it for the latest quarter that had ended when it was ' +
        'published (2024-25-Q4), or correct the date',
    ]);
    const sameDay = folderWith();
    writeFileSync(
      join(sameDay, 'drops.csv'),
      'id,published,title,note\n2025-26-Q1,2025-11-01,First ' +
        'drop,\n2025-26-Q2,2025-11-01,Second drop,\n',
    );
    expect(await problemsIn(sameDay)).toEqual([
      'drops.csv:3: published: the drop 2025-26-Q2 has the same date (2025-11-01) as ' +
        '2025-26-Q1 on line 2 — put figures published on the same day in one drop, or ' +
        'correct the date',
    ]);
  });

  it('names each drop for the latest quarter it reports ended by publication', async () => {
    const dir = folderWith();
    // The first drop's latest figure is 2025-26 Q1 (line 6); the second's is 2025-26 Q2 (line 6).
    renameSync(join(dir, 'drops', '2025-26-Q1'), join(dir, 'drops', '2024-25-Q4'));
    renameSync(join(dir, 'drops', '2025-26-Q2'), join(dir, 'drops', '2025-26-Q3'));
    writeFileSync(
      join(dir, 'drops.csv'),
      'id,published,title,note\n2024-25-Q4,2025-08-01,First ' +
        'drop,\n2025-26-Q3,2026-01-10,Second drop,\n',
    );
    expect(await problemsIn(dir)).toEqual([
      'drops.csv:2: id: the drop is named for 2024-25 Q4 but reports 2025-26 Q1 ' +
        '(drops/2024-25-Q4/values.csv line 6), and 2025-26 Q1 had ended when it was ' +
        'published on 2025-08-01 — name it for the latest quarter it reports: 2025-26-Q1',
      'drops.csv:3: id: the drop is named for 2025-26 Q3, which starts on 2025-10-01, ' +
        'after its latest figure (2025-26 Q2, drops/2025-26-Q3/values.csv line 6) — name it ' +
        'for the latest quarter it reports: 2025-26-Q2',
    ]);
  });
});
