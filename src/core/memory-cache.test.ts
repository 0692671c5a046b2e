import { describe, expect, it } from 'vitest';
import { MemoryCache } from './memory-cache.ts';

/** A cache on a clock and a generation the test moves by hand; values are strings measured by their length. */
function setUp(limits: { ttlMs?: number; maxEntries?: number; maxBytes?: number } = {}) {
  const state = { now: 1_000, generation: 0, loads: 0 };
  const cache = new MemoryCache<string>(
    { ttlMs: limits.ttlMs ?? 60_000, maxEntries: limits.maxEntries ?? 100, maxBytes: limits.maxBytes ?? 10_000 },
    (v) => v.length,
    { now: () => state.now, generation: () => state.generation },
  );
  const load = (value: string) => async () => {
    state.loads++;
    return value;
  };
  return { state, cache, load };
}

describe('memory cache', () => {
  it('answers a key again from memory without loading it', async () => {
    const { state, cache, load } = setUp();
    expect(await cache.get('a', load('first'))).toBe('first');
    expect(await cache.get('a', load('second'))).toBe('first');
    expect(state.loads).toBe(1);
  });

  it('drops everything at once when the public data changes', async () => {
    const { state, cache, load } = setUp();
    await cache.get('a', load('before'));
    state.generation++;
    expect(await cache.get('a', load('after'))).toBe('after');
    expect(state.loads).toBe(2);
  });

  it('loads again once an entry has outlived its lifetime', async () => {
    const { state, cache, load } = setUp({ ttlMs: 5_000 });
    await cache.get('a', load('old'));
    state.now += 4_999;
    expect(await cache.get('a', load('new'))).toBe('old');
    state.now += 2;
    expect(await cache.get('a', load('new'))).toBe('new');
  });

  it('keeps nothing with a lifetime of 0', async () => {
    const { state, cache, load } = setUp({ ttlMs: 0 });
    await cache.get('a', load('one'));
    await cache.get('a', load('two'));
    expect(state.loads).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });

  it('lets the least recently used entry go first when the count is reached', async () => {
    const { state, cache, load } = setUp({ maxEntries: 2 });
    await cache.get('a', load('a'));
    await cache.get('b', load('b'));
    await cache.get('a', load('a again')); // a is now the most recently used
    await cache.get('c', load('c'));
    expect(cache.stats().entries).toBe(2);
    expect(await cache.get('a', load('a reloaded'))).toBe('a');
    expect(await cache.get('b', load('b reloaded'))).toBe('b reloaded');
    expect(state.loads).toBe(4);
  });

  it('stays within its size, and keeps no value that would take a quarter of it', async () => {
    const { cache, load } = setUp({ maxBytes: 100 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) await cache.get(key, load('x'.repeat(24)));
    expect(cache.stats().bytes).toBeLessThanOrEqual(100);
    expect(cache.stats().entries).toBe(4);
    await cache.get('big', load('y'.repeat(26)));
    expect(cache.stats().entries).toBe(4);
    expect(await cache.get('big', load('small'))).toBe('small');
  });

  it('shares one load between callers asking for the same key at once', async () => {
    const { state, cache } = setUp();
    let finish: (v: string) => void = () => {};
    const slow = () => {
      state.loads++;
      return new Promise<string>((resolve) => {
        finish = resolve;
      });
    };
    const first = cache.get('a', slow);
    const second = cache.get('a', slow);
    finish('shared');
    expect(await Promise.all([first, second])).toEqual(['shared', 'shared']);
    expect(state.loads).toBe(1);
  });

  it('neither shares nor keeps a load that began before a change', async () => {
    const { state, cache, load } = setUp();
    let finish: (v: string) => void = () => {};
    const early = cache.get(
      'a',
      () =>
        new Promise<string>((resolve) => {
          finish = resolve;
        }),
    );
    state.generation++;
    const late = cache.get('a', load('after the change'));
    finish('before the change');
    expect(await early).toBe('before the change');
    expect(await late).toBe('after the change');
    expect(await cache.get('a', load('again'))).toBe('after the change');
  });

  it('lets every caller of a failed load see the failure, and tries again next time', async () => {
    const { cache, load } = setUp();
    const failing = () => Promise.reject(new Error('database down'));
    await expect(Promise.all([cache.get('a', failing), cache.get('a', failing)])).rejects.toThrow('database down');
    expect(await cache.get('a', load('recovered'))).toBe('recovered');
  });
});
