import { describe, expect, it } from 'vitest';
import { UnavailableError } from './errors.ts';
import { WorkQueue } from './work-queue.ts';

/** A task that runs until the test lets it finish, recording when it started. */
function gate(log: string[], name: string) {
  let open: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    open = resolve;
  });
  const task = async () => {
    log.push(name);
    await done;
    return name;
  };
  return { task, open };
}

/** Lets pending callbacks run: promises, and the turns of the event loop in which queued tasks start. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('work queue', () => {
  it('runs at most its concurrency at once, the others in their order of arrival', async () => {
    const queue = new WorkQueue({ concurrency: 2, maxWaiting: 10, maxWaitMs: 60_000 });
    const log: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((name) => gate(log, name));
    const results = tasks.map((t) => queue.run(t.task));
    await settle();
    expect(log).toEqual(['a', 'b']);
    expect(queue.stats()).toEqual({ running: 2, waiting: 2 });
    tasks[1]?.open();
    await settle();
    expect(log).toEqual(['a', 'b', 'c']);
    for (const t of tasks) t.open();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once with a time to retry when the waiting line is full', async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 1, maxWaitMs: 2_500 });
    const log: string[] = [];
    const running = gate(log, 'running');
    const waiting = gate(log, 'waiting');
    const first = queue.run(running.task);
    const second = queue.run(waiting.task);
    const refused = queue.run(async () => 'never');
    await expect(refused).rejects.toBeInstanceOf(UnavailableError);
    await expect(refused).rejects.toMatchObject({ code: 'UNAVAILABLE', retryAfterSeconds: 3 });
    running.open();
    waiting.open();
    expect(await Promise.all([first, second])).toEqual(['running', 'waiting']);
    expect(log).not.toContain('never');
  });

  it('gives up on a task that waited too long, and lets the next one take the place', async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 5, maxWaitMs: 20 });
    const log: string[] = [];
    const running = gate(log, 'running');
    const first = queue.run(running.task);
    await expect(queue.run(async () => 'late')).rejects.toMatchObject({ code: 'UNAVAILABLE', retryAfterSeconds: 1 });
    expect(queue.stats()).toEqual({ running: 1, waiting: 0 });
    const next = queue.run(async () => 'next');
    running.open();
    expect(await Promise.all([first, next])).toEqual(['running', 'next']);
  });

  it('frees the place of a task that failed', async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 0, maxWaitMs: 1_000 });
    await expect(queue.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await queue.run(async () => 'ok')).toBe('ok');
  });
});
