import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { authorize } from '../../core/authorize.ts';
import type { Actor } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { FileStore } from '../files/index.ts';
import type { ImportReport } from './import-records.ts';
import { libraryPolicy } from './policy.ts';

/** How long an uploaded file waits for its confirmation. */
export const importSessionHours = 24;

/** One import between its upload and its report: the file (by SHA-256), its owner, the librarian's settings. */
export interface ImportSession {
  id: string;
  owner: string;
  sha256: string;
  fileName: string;
  size: number;
  createdAt: string;
  skipInvalid: boolean;
  publish: boolean;
  /** Source term to category code, chosen on the preview. */
  categoryMap: Record<string, string>;
  state: 'ready' | 'running' | 'done';
  /** The process confirming it, while `running`: its boot id (`core/boot.ts`), and for people, its PID and host. */
  runner?: { boot: number; pid: number; host: string; startedAt: string };
  /** When a confirmation that was stopped with its process (nothing written) had started; cleared by the next. */
  interrupted?: string;
  /** The report: written when the import is done, and kept while it runs, so that it survives a crash after commit. */
  report?: ImportReport;
}

/** The first key of the advisory lock an import's transaction holds on its session (the second: the id hashed). */
export const importLockClass = 'accroche.library-import';

export interface ImportStatus {
  state: ImportSession['state'];
  phase: 'read' | 'write' | null;
  done: number;
  total: number;
}

const ownerOf = (actor: Actor) =>
  actor.kind === 'user' ? `user:${actor.id}` : actor.kind === 'system' ? `system:${actor.name}` : 'visitor';

/**
 * Import sessions kept on the server (`DATA_DIR/library-imports/<id>.json`, the file itself in the upload store):
 * the browser holds only a random id, and a session is found only by the person who opened it, so the file that
 * is confirmed is exactly the one previewed and nobody else's. Progress of a running import is kept in memory.
 */
export class ImportSessions {
  private readonly progress = new Map<string, ImportStatus>();
  private readonly confirming = new Set<string>();

  constructor(
    readonly root: string,
    readonly files: FileStore,
  ) {}

  private pathOf(id: string): string {
    if (!/^[0-9a-f]{32}$/.test(id)) throw new DomainError('NOT_FOUND', 'No such import');
    return path.join(this.root, `${id}.json`);
  }

  /** Keeps an uploaded file and opens a session for it; sessions older than a day are removed on the way. */
  async open(actor: Actor, bytes: Uint8Array, fileName: string, settings: { skipInvalid: boolean; publish: boolean }) {
    authorize(libraryPolicy.curate(actor));
    await fs.mkdir(this.root, { recursive: true });
    await this.sweep();
    const { sha256, size } = await this.files.put(bytes);
    const session: ImportSession = {
      id: randomBytes(16).toString('hex'),
      owner: ownerOf(actor),
      sha256,
      fileName: fileName.replace(/\p{Cc}/gu, '').slice(-200),
      size,
      createdAt: new Date().toISOString(),
      ...settings,
      categoryMap: {},
      state: 'ready',
    };
    await this.save(session);
    return session;
  }

  /** A session of this actor; any other (someone else's, expired, unknown) is "not found". */
  async get(actor: Actor, id: string): Promise<ImportSession> {
    authorize(libraryPolicy.curate(actor));
    const text = await fs.readFile(this.pathOf(id), 'utf8').catch(() => null);
    const session = text ? (JSON.parse(text) as ImportSession) : null;
    const fresh = session && Date.now() - Date.parse(session.createdAt) < importSessionHours * 3600_000;
    if (!session || !fresh || session.owner !== ownerOf(actor)) throw new DomainError('NOT_FOUND', 'No such import');
    return session;
  }

  async save(session: ImportSession): Promise<void> {
    const target = this.pathOf(session.id);
    const temporary = `${target}.${randomBytes(4).toString('hex')}.tmp`;
    await fs.writeFile(temporary, JSON.stringify(session));
    await fs.rename(temporary, target);
  }

  /** Every session on disk, whoever owns it (the start-up recovery reads them all). */
  async all(): Promise<ImportSession[]> {
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    const sessions: ImportSession[] = [];
    for (const name of names) {
      if (!/^[0-9a-f]{32}\.json$/.test(name)) continue;
      const text = await fs.readFile(path.join(this.root, name), 'utf8').catch(() => null);
      if (text) sessions.push(JSON.parse(text) as ImportSession);
    }
    return sessions;
  }

  /** The bytes of the session's file, checked against the hash it was stored under. */
  async bytesOf(session: ImportSession): Promise<Uint8Array> {
    const bytes = await this.files.get(session.sha256);
    if (createHash('sha256').update(bytes).digest('hex') !== session.sha256) {
      throw new DomainError('CONFLICT', 'The stored import file does not match its hash');
    }
    return new Uint8Array(bytes);
  }

  /**
   * Marks a session as being confirmed in this process; false when it already is (a double click). Taken and
   * tested in one synchronous step, so two requests cannot both pass; `release` gives it back.
   */
  claim(id: string): boolean {
    if (this.confirming.has(id)) return false;
    this.confirming.add(id);
    return true;
  }

  release(id: string): void {
    this.confirming.delete(id);
  }

  setProgress(id: string, status: ImportStatus): void {
    if (status.state === 'done') this.progress.delete(id);
    else this.progress.set(id, status);
  }

  /** The progress of a running import in this process (by the session's unguessable id; it tells only counts). */
  status(id: string): ImportStatus | undefined {
    return /^[0-9a-f]{32}$/.test(id) ? this.progress.get(id) : undefined;
  }

  private async sweep(): Promise<void> {
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    const limit = Date.now() - importSessionHours * 3600_000;
    for (const name of names) {
      const file = path.join(this.root, name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat && stat.mtimeMs < limit) await fs.rm(file, { force: true });
    }
  }
}

const byFolder = new Map<string, ImportSessions>();

/** The import sessions of a data folder, one instance per process and folder (the progress lives in it). */
export function importSessionsOf(dataDir: string): ImportSessions {
  let sessions = byFolder.get(dataDir);
  if (!sessions) {
    sessions = new ImportSessions(path.join(dataDir, 'library-imports'), new FileStore(path.join(dataDir, 'uploads')));
    byFolder.set(dataDir, sessions);
  }
  return sessions;
}
