import { describe, expect, it } from 'vitest';
import { topSelfTime } from '../../../scripts/bench-ui/profile';

describe('topSelfTime', () => {
  it('adds up each function’s samples and lists the heaviest first', () => {
    const frame = (functionName: string, lineNumber: number) => ({
      functionName,
      url: 'http://127.0.0.1:1234/assets/index-abc.js',
      lineNumber,
    });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('', 0) },
        { id: 2, callFrame: frame('computeMetrics', 41) },
        { id: 3, callFrame: frame('buildLanes', 9) },
        { id: 4, callFrame: frame('computeMetrics', 41) },
      ],
      samples: [2, 3, 4, 2, 1],
      timeDeltas: [1000, 500, 2000, 1000, 250],
    };
    expect(topSelfTime(profile, 2)).toEqual([
      'computeMetrics (index-abc.js:42) 4 ms',
      'buildLanes (index-abc.js:10) 1 ms',
    ]);
    expect(topSelfTime(profile)).toContain('(anonymous) (index-abc.js:1) 0 ms');
  });
});
