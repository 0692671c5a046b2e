import { describe, expect, it } from 'vitest';
import { effectiveRoles, staffRoles } from './context.ts';

describe('the roles a person may use', () => {
  it('counts every role once two-step verification is on', () => {
    expect(effectiveRoles(['admin', 'reviewer'], true)).toEqual({ roles: ['admin', 'reviewer'], pendingRoles: [] });
  });

  it('holds back the staff roles until two-step verification is on, and keeps the others', () => {
    expect(effectiveRoles(['officer', 'reviewer', 'librarian', 'coordinator'], false)).toEqual({
      roles: ['reviewer', 'coordinator'],
      pendingRoles: ['officer', 'librarian'],
    });
  });

  it('names the Service’s own people as staff, not the external reviewers and coordinators', () => {
    expect([...staffRoles].sort()).toEqual(['admin', 'librarian', 'officer']);
  });
});
