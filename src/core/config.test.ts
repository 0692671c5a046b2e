import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('starts from defaults that serve on port 3000 with PGlite in ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.baseUrl).toBe('http://localhost:3000');
    expect(config.secure).toBe(false);
  });

  it('names the variable when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect((error as ConfigError).issues.map((i) => i.variable).sort()).toEqual(['DATABASE_URL', 'PORT']);
    }
  });

  it('turns on secure mode for an https base address and drops its trailing slash', () => {
    const config = loadConfig({ BASE_URL: 'https://accroche.example.org/' });
    expect(config.secure).toBe(true);
    expect(config.baseUrl).toBe('https://accroche.example.org');
  });

  it('treats an empty DATABASE_URL as absent', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('limits the library search per engine unless told otherwise', () => {
    expect(loadConfig({}).librarySearch).toMatchObject({ concurrency: 1, maxWaiting: 32, maxWaitMs: 2000 });
    const postgres = loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/db' }).librarySearch;
    expect(postgres).toMatchObject({ concurrency: 4, maxWaiting: 64 });
    const told = loadConfig({
      LIBRARY_SEARCH_CONCURRENCY: '2',
      LIBRARY_SEARCH_QUEUE: '0',
      LIBRARY_SEARCH_CACHE_MB: '1',
    });
    expect(told.librarySearch).toMatchObject({ concurrency: 2, maxWaiting: 0, cacheBytes: 1024 * 1024 });
    expect(() => loadConfig({ LIBRARY_SEARCH_CONCURRENCY: '0' })).toThrow('LIBRARY_SEARCH_CONCURRENCY');
  });

  it('accepts a PostgreSQL connection string', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/db' }).databaseUrl).toContain('5432');
  });
});

describe('base address', () => {
  it('refuses a relative or non-web base address with one clear message', () => {
    for (const value of ['/', 'ftp://example.org', 'accroche.example.org']) {
      try {
        loadConfig({ BASE_URL: value });
        expect.unreachable(`${value} was accepted`);
      } catch (error) {
        expect((error as ConfigError).issues).toEqual([
          { variable: 'BASE_URL', message: expect.stringContaining('http:// or https://') },
        ]);
      }
    }
  });
});
