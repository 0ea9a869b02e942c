import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DerivedCache } from '../../../src/lib/content/derived-cache.ts';

/** A cache folder of its own for each test. */
const folder = () => mkdtempSync(join(tmpdir(), 'derived-cache-'));

describe('DerivedCache', () => {
  it('computes a value once per input, and a later build reuses it', () => {
    const dir = folder();
    let computed = 0;
    const derive = (input: string) => () => (computed++, input.length);
    const first = new DerivedCache<number>('lengths', dir);
    expect([first.get('abc', derive('abc')), first.get('abcd', derive('abcd')), first.get('abc', derive('abc'))]).toEqual([3, 4, 3]);
    expect(first.stats).toEqual({ hits: 0, misses: 2 });
    first.save();

    const second = new DerivedCache<number>('lengths', dir);
    expect([second.get('abc', derive('abc')), second.get('abcd', derive('abcd'))]).toEqual([3, 4]);
    expect(computed).toBe(2);
    expect(second.stats).toEqual({ hits: 2, misses: 0 });
  });

  it('recomputes a changed input and keeps only what the last build used', () => {
    const dir = folder();
    const first = new DerivedCache<string>('upper', dir);
    first.get('one', () => 'ONE');
    first.get('two', () => 'TWO');
    first.save();
    const second = new DerivedCache<string>('upper', dir);
    expect(second.get('one', () => 'ONE')).toBe('ONE');
    expect(second.get('three', () => 'THREE')).toBe('THREE');
    expect(second.stats).toEqual({ hits: 1, misses: 1 });
    second.save();
    const [file] = readdirSync(dir);
    expect(Object.values(JSON.parse(readFileSync(join(dir, file!), 'utf8')))).toEqual(['ONE', 'THREE']);
  });

  it('starts empty rather than failing when its file is unreadable', () => {
    const dir = folder();
    new DerivedCache<number>('broken', dir).save();
    const first = new DerivedCache<number>('broken', dir);
    first.get('x', () => 1);
    first.save();
    writeFileSync(join(dir, readdirSync(dir)[0]!), '{not json');
    const cache = new DerivedCache<number>('broken', dir);
    expect(cache.get('x', () => 2)).toBe(2);
    expect(cache.stats.misses).toBe(1);
  });
});
