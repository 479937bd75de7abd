// Sidecar bytes to text. A sidecar is UTF-8: bytes that are not are refused with the line and column of the first bad
// byte (never read with replacement characters, which a later write would make permanent). The byte-order mark is kept
// in the text: the reader skips it and the writer keeps it.
import type { SidecarProblem } from './model';

export type SidecarDecodeResult = { ok: true; text: string } | { ok: false; problem: SidecarProblem };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSidecarBytes(bytes: Uint8Array): SidecarDecodeResult {
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { ok: true, text: strictUtf8.decode(bytes) };
  const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < bad; i = bytes.indexOf(0x0a, i + 1)) line++;
  // columns count UTF-16 code units, as editors do; everything before `bad` is valid UTF-8
  const column = strictUtf8.decode(bytes.subarray(lineStart, bad)).length + 1;
  const shown = Array.from(bytes.subarray(bad, bad + 4), b => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return {
    ok: false,
    problem: { message: `not valid UTF-8 (bytes ${shown}); a sidecar is a UTF-8 YAML file: save it as UTF-8`, line, column },
  };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms and surrogates count as
 *  invalid, as in TextDecoder), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let i = 0; i < length; ) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number, min: number, max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = b === 0xe0 ? 0xa0 : 0x80; if (b === 0xed) max = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = b === 0xf0 ? 0x90 : 0x80; if (b === 0xf4) max = 0x8f; }
    else return i;
    if (i + need >= length) return i; // cut off at the end of the file
    const second = bytes[i + 1];
    if (second < min || second > max) return i;
    for (let k = 2; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
