import { appendAudit, withTransaction, type AuditActor, type AuditEntry, type Pool } from '@netra/shared';

// The audit log is one hash chain, appended under an advisory lock: concurrent pushes each taking
// the lock for a few round trips queue up behind each other. Pushes audit through this coalescer
// instead: entries that arrive while a flush runs are appended together in the next transaction
// (one lock, several rows, same chain), and each caller resumes once its row is committed.

interface Pending {
  actor: AuditActor;
  entry: AuditEntry;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createAuditCoalescer(db: Pool): { append(actor: AuditActor, entry: AuditEntry): Promise<void> } {
  let queue: Pending[] = [];
  let flushing = false;

  const flush = async (): Promise<void> => {
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue;
        queue = [];
        try {
          await withTransaction(db, async (tx) => {
            for (const p of batch) await appendAudit(tx, p.actor, p.entry);
          });
          for (const p of batch) p.resolve();
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      flushing = false;
    }
  };

  return {
    append(actor, entry) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ actor, entry, resolve, reject });
        if (!flushing) void flush();
      });
    },
  };
}
