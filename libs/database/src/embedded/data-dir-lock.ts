import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

const LOCK_FILE = 'rural-service.lock';

/** Raised when another live process already holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(dataDir: string, holderPid: number) {
    super(`数据目录 ${dataDir} 正被进程 ${holderPid} 使用：同一份嵌入式数据库只能由一个进程打开`);
  }
}

/**
 * An exclusive claim on an embedded data directory. PGlite has no lock of its own, and two
 * processes writing one directory would corrupt it. The lock file holds the owner's pid; a lock
 * whose process is gone (killed with -9, say) is stale and is taken over, so a crash never blocks
 * the next start.
 */
export class DataDirLock {
  private constructor(private readonly path: string) {}

  static async acquire(dataDir: string): Promise<DataDirLock> {
    await mkdir(dataDir, { recursive: true });
    const path = join(dataDir, LOCK_FILE);
    // Two tries: the second follows the removal of a stale lock.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const handle = await open(path, 'wx');
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname() }));
        await handle.sync();
        await handle.close();
        return new DataDirLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = await readHolder(path);
        if (holder !== null && holder !== process.pid && isAlive(holder)) {
          throw new DataDirLockedError(dataDir, holder);
        }
        await rm(path, { force: true });
      }
    }
    throw new Error(`could not lock ${dataDir}`);
  }

  async release(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

async function readHolder(path: string): Promise<number | null> {
  try {
    const { pid } = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' ? pid : null;
  } catch {
    // A half-written lock file comes from a process that died while writing it.
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
