// The app's peak memory during one request: Linux keeps a process's high-water mark of resident
// memory (VmHWM in /proc/<pid>/status); writing 5 to /proc/<pid>/clear_refs resets it to the
// current RSS, so the mark read after the request is that request's peak (the process's own
// baseline included: it is the server's memory, not the request's share of it).
import { readFile, writeFile } from 'node:fs/promises';

/** Resets the high-water mark; false where the kernel or permissions do not allow it. */
export async function resetPeak(pid) {
  try {
    await writeFile(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** { peakMb, rssMb } of the process, or null where /proc cannot be read. */
export async function memoryOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  if (!status) return null;
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}
