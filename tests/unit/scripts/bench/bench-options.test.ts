import { describe, expect, it } from 'vitest';
import { parseSizes } from '../../../../scripts/bench/options.ts';

describe("the benchmark's --sizes", () => {
  it('reads sizes in digits, once each, smallest first', () => {
    expect(parseSizes('10000,1000, 30000,1000')).toEqual([1000, 10000, 30000]);
  });

  it.each(['0', '-5', '1.5', '1e4', '10k', '', '1000,,2000'])('refuses %j, naming the bad value', (text) => {
    expect(() => parseSizes(text)).toThrow(/--sizes takes positive whole numbers separated by commas, e\.g\. 1000,10000; ".*" is not one/);
  });

  it('names the one bad size among good ones', () => {
    expect(() => parseSizes('1000,ten,3000')).toThrow('"ten" is not one (got "1000,ten,3000")');
  });
});
