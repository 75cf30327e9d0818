import { describe, expect, it } from 'vitest';
import { testFigure, testMetric } from '../stats/fixtures';
import { addedSentence } from './describeAdded';

const metric = testMetric({ unit: 'percent', decimals: 1, polarity: 'higher' });

describe('addedSentence', () => {
  it('says nothing when no council is added', () => {
    expect(addedSentence([], [], metric)).toBeUndefined();
  });

  it('names each added council with its latest figure, a suppressed one and one with none', () => {
    const figures = [
      testFigure({ area: 'K', period: '2022-23', value: 30 }),
      testFigure({ area: 'K', period: '2023-24', value: 31.94 }),
      testFigure({ area: 'S', period: '2023-24', value: undefined, status: 'suppressed' }),
      testFigure({ area: 'A', period: '2024-25', value: 50 }),
    ];
    const added = [
      { code: 'K', name: 'Kent' },
      { code: 'S', name: 'Swindon' },
      { code: 'X', name: 'Rutland' },
    ];
    expect(addedSentence(added, figures, metric)).toBe(
      'Added to the comparison: Kent, 31.9% in 2023-24; Swindon, suppressed in 2023-24; ' +
        'Rutland, no figure.',
    );
  });
});
