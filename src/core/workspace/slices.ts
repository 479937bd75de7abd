// Long work on the extension host done a slice at a time: between slices it gives way to other work (`giveWay`, e.g.
// a zero timeout), so reading the stored index, listing 10,000 articles or sorting them never holds the host for more
// than a few milliseconds at once.

/** How long a slice of work runs before it gives way. */
export const SLICE_MS = 8;

export type GiveWay = () => Promise<void>;

/** Gives way until the next turn of the event loop (a zero timeout: in Node and in a browser alike). */
export const nextTurn: GiveWay = () => new Promise(resolve => setTimeout(resolve, 0));

/** Runs `step` until it says it is done, giving way every SLICE_MS. */
export async function sliced(step: () => boolean, giveWay: GiveWay): Promise<void> {
  let sliceStart = Date.now();
  while (step()) {
    if (Date.now() - sliceStart >= SLICE_MS) {
      await giveWay();
      sliceStart = Date.now();
    }
  }
}

/** Runs a generator's steps a slice at a time. */
export function runSteps(steps: Iterator<unknown>, giveWay: GiveWay): Promise<void> {
  return sliced(() => !steps.next().done, giveWay);
}

/** Runs a generator's steps all at once. */
export function finishSteps(steps: Iterator<unknown>): void {
  while (!steps.next().done) { /* every step now */ }
}

/** `items` mapped a slice at a time. */
export async function mapInSlices<T, U>(items: readonly T[], map: (item: T) => U, giveWay: GiveWay): Promise<U[]> {
  const mapped: U[] = [];
  await sliced(() => {
    if (mapped.length >= items.length) return false;
    mapped.push(map(items[mapped.length]));
    return true;
  }, giveWay);
  return mapped;
}

/** Comparisons between two steps of mergeSortSteps: a step is a fraction of a slice even with a slow comparison. */
const COMPARISONS_PER_STEP = 64;

/** A stable merge sort of `items` (not changed) into `sorted`, in steps of a few comparisons. It merges the runs
 *  already in order, so a list nearly in order (a list sorted before, with a few changes) takes few comparisons. */
export function* mergeSortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number, sorted: (result: T[]) => void): Generator<void> {
  let from = [...items];
  let to = new Array<T>(from.length);
  const n = from.length;
  let work = 0;
  // where each run in order starts, and n
  let starts = [0];
  for (let i = 1; i < n; i++) {
    if (compare(from[i], from[i - 1]) < 0) starts.push(i);
    if (++work % COMPARISONS_PER_STEP === 0) yield;
  }
  starts.push(n);
  while (starts.length > 2) {
    const merged = [0];
    for (let r = 0; r + 1 < starts.length; r += 2) {
      const [low, middle] = [starts[r], starts[r + 1]];
      const high = starts[r + 2] ?? middle;
      let i = low;
      let j = middle;
      let k = low;
      while (i < middle && j < high) {
        to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
        if (++work % COMPARISONS_PER_STEP === 0) yield;
      }
      while (i < middle) to[k++] = from[i++];
      while (j < high) to[k++] = from[j++];
      merged.push(high);
    }
    if (merged[merged.length - 1] !== n) merged.push(n);
    starts = merged;
    [from, to] = [to, from];
  }
  sorted(from);
}

/** `items` sorted (stably, into a new array) a slice at a time. */
export async function sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number, giveWay: GiveWay): Promise<T[]> {
  let result: T[] = [];
  await runSteps(mergeSortSteps(items, compare, sorted => result = sorted), giveWay);
  return result;
}
