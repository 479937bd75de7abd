// The stored index's lines written and read a slice at a time: the extension host gives way to other work between
// slices (`giveWay`, e.g. a zero timeout), so writing or reading 70 MB never holds it for more than a few
// milliseconds. The lines themselves are ArticleIndex.storedLines().
import { sliced, type GiveWay } from './slices';

/** The lines as UTF-8, each ended by a line break. */
export async function encodeLines(lines: Iterator<string>, giveWay: GiveWay): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  await sliced(() => {
    const next = lines.next();
    if (next.done) return false;
    const part = encoder.encode(`${next.value}\n`);
    parts.push(part);
    size += part.length;
    return true;
  }, giveWay);
  const whole = new Uint8Array(size);
  let at = 0;
  let i = 0;
  await sliced(() => {
    if (i >= parts.length) return false;
    whole.set(parts[i], at);
    at += parts[i++].length;
    return true;
  }, giveWay);
  return whole;
}

/** The first line of UTF-8 `bytes`, and where the next one starts. */
export function firstLine(bytes: Uint8Array): { line: string; next: number } {
  let end = bytes.indexOf(0x0a);
  if (end < 0) end = bytes.length;
  return { line: new TextDecoder().decode(bytes.subarray(0, end)), next: end + 1 };
}

/** Hands each line of `bytes` from `from` on to `read`, until the end or until `read` returns false. */
export async function readLines(bytes: Uint8Array, from: number, read: (line: string) => boolean, giveWay: GiveWay): Promise<void> {
  const decoder = new TextDecoder();
  await sliced(() => {
    if (from >= bytes.length) return false;
    let end = bytes.indexOf(0x0a, from);
    if (end < 0) end = bytes.length;
    const line = decoder.decode(bytes.subarray(from, end));
    from = end + 1;
    return read(line);
  }, giveWay);
}
