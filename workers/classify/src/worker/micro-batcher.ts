/**
 * Collects single requests made within a short window into one batch call: the BullMQ worker runs
 * many jobs concurrently, and this turns them into one database read and one write per batch.
 */
export function createMicroBatcher<K, V>(
  run: (keys: K[]) => Promise<Map<K, V>>,
  options: { maxSize: number; maxWaitMs: number },
): (key: K) => Promise<V> {
  let pending: { key: K; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    run(batch.map((p) => p.key)).then(
      (results) => {
        for (const p of batch) {
          if (results.has(p.key)) p.resolve(results.get(p.key) as V);
          else p.reject(new Error(`batch produced no result for ${String(p.key)}`));
        }
      },
      (error: unknown) => {
        for (const p of batch) p.reject(error);
      },
    );
  };

  return (key: K) =>
    new Promise<V>((resolve, reject) => {
      pending.push({ key, resolve, reject });
      if (pending.length >= options.maxSize) flush();
      else timer ??= setTimeout(flush, options.maxWaitMs);
    });
}
