// Working through a queue of articles with more than one at a time: while the analysis worker analyses one article,
// the extension host reads and hashes the next and hands it over, so the worker never waits for the host between two
// articles (the workspace index's first pass, ../../review/workspaceIndex.ts).

/** Articles the index reads and hands to the worker at once: while it analyses one, the next is read, hashed and
 *  waiting (the worker answers in turn; more lanes would only hold more texts in memory). */
export const ANALYSIS_LANES = 2;

/**
 * Works through `pending` in its order, `lanes` items at a time, and resolves once it is empty and no item is being
 * worked, or `stopped()` says so. Each item leaves the map before `work` is called for it, so one added again meanwhile
 * (a file changed while it was read) is worked again afterwards, never while it is still being worked: the later
 * result is the one that stays. Items added while it works are worked too.
 */
export async function drainKeyed<K, V>(pending: Map<K, V>, lanes: number, work: (key: K, value: V) => Promise<void>,
  stopped: () => boolean = () => false): Promise<void> {
  const working = new Set<K>();
  const lane = async (): Promise<void> => {
    while (!stopped()) {
      const next = firstNotIn(pending, working);
      if (!next) return; // the rest is being worked: the lane working it takes it up again
      const [key, value] = next;
      pending.delete(key);
      working.add(key);
      try {
        await work(key, value);
      } finally {
        working.delete(key);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
}

function firstNotIn<K, V>(pending: Map<K, V>, working: Set<K>): [K, V] | undefined {
  for (const entry of pending) if (!working.has(entry[0])) return entry;
  return undefined;
}
