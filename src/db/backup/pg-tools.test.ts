import { describe, expect, it } from 'vitest';
import { chooseTools, connectionFor, majorOf } from './pg-tools.ts';

const v15 = {
  dir: '/usr/lib/postgresql/15/bin',
  version: 'pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)',
  major: 15,
};
const v17 = { dir: '/usr/lib/postgresql/17/bin', version: 'pg_dump (PostgreSQL) 17.4', major: 17 };

describe('choosing pg_dump and pg_restore', () => {
  it('reads the major version of a --version line and of a server version', () => {
    expect(majorOf(v15.version)).toBe(15);
    expect(majorOf('18.7')).toBe(18);
    expect(majorOf('9.6.24')).toBe(9);
  });

  it('takes the newest installed tools that are at least the version needed', () => {
    expect(chooseTools([v15, v17], 15, 'the PostgreSQL server')).toBe(v17);
    expect(chooseTools([v15], 15, 'the PostgreSQL server')).toBe(v15);
  });

  it('says which pg_dump is too old for the server, where it is, and what to install', () => {
    expect(() => chooseTools([v15], 17, 'the PostgreSQL server')).toThrow(
      'pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1) (in /usr/lib/postgresql/15/bin) is older than the ' +
        'PostgreSQL server (17): it cannot be used. Install the PostgreSQL 17 client programs or newer ' +
        '(Debian: postgresql-client-17) and put them on PATH.',
    );
  });

  it('says where it looked when no tools are installed', () => {
    expect(() => chooseTools([], 15, 'the PostgreSQL server')).toThrow(
      /not found on PATH or under \/usr\/lib\/postgresql\/\*\/bin.*postgresql-client-15/,
    );
  });

  it('passes the password through the environment, not on the command line', () => {
    const { dbname, env } = connectionFor('postgres://accroche:s%40cret@db.example:5432/accroche?sslmode=require');
    expect(dbname).toBe('postgres://accroche@db.example:5432/accroche?sslmode=require');
    expect(env.PGPASSWORD).toBe('s@cret');
  });
});
