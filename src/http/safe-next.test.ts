import { describe, expect, it } from 'vitest';
import { safeNext } from './pages/account/form.ts';

describe('where sign-in leads', () => {
  it('follows a path of this site', () => {
    expect(safeNext('/nl/invitations/abc-123', 'nl')).toBe('/nl/invitations/abc-123');
    expect(safeNext('/fr/organisations?created', 'fr')).toBe('/fr/organisations?created');
  });

  it('never leaves the site, whatever is asked', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/de/x',
      'javascript:alert(1)',
      '',
    ]) {
      expect(safeNext(next, 'en')).toBe('/en/account');
    }
    expect(safeNext(undefined, 'fr')).toBe('/fr/account');
  });
});
