import { describe, expect, it } from 'vitest';
import { callState } from './state.ts';

describe('call state', () => {
  const call = {
    phase: 'published' as const,
    opensAt: new Date('2026-09-01T08:00:00+02:00'),
    closesAt: new Date('2026-10-15T12:00:00+02:00'),
  };

  it('opens and closes on time by itself, to the millisecond', () => {
    expect(callState(call, new Date('2026-09-01T05:59:59.999Z'))).toBe('published');
    expect(callState(call, new Date('2026-09-01T06:00:00.000Z'))).toBe('open');
    expect(callState(call, new Date('2026-10-15T09:59:59.999Z'))).toBe('open');
    expect(callState(call, new Date('2026-10-15T10:00:00.000Z'))).toBe('closed');
    expect(callState(call, new Date('2026-10-15T10:00:00.001Z'))).toBe('closed');
  });

  it('keeps the stored phase outside publication', () => {
    for (const phase of ['draft', 'in_evaluation', 'decided', 'archived'] as const) {
      expect(callState({ ...call, phase }, new Date('2026-09-10T00:00:00Z'))).toBe(phase);
    }
  });
});
