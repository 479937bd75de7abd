// The one edit a sidecar needs when its article is renamed: the top-level `article:` field. Pure (no vscode), so it
// is unit-tested directly.
import { parseSidecar } from '../core/sidecar';

/**
 * The sidecar text with its top-level `article:` set to `name`, changing that one line only; undefined when the
 * field is not a simple one-line value or the result would not read back with every claim intact (then it is left
 * as it was: a stale name is harmless, a damaged file is not).
 */
export function withArticleName(text: string, name: string): string | undefined {
  const before = parseSidecar(text);
  if (!before.ok) return undefined;
  if (before.sidecar.article === name) return text;
  const line = /^article:[ \t]*[^\r\n#]*?([ \t]+#[^\r\n]*)?(?=\r?\n|$)/m;
  if (!line.test(text)) return undefined;
  const plain = /^[A-Za-z0-9_][A-Za-z0-9_.\- ]*$/.test(name) && !name.endsWith(' ');
  for (const value of plain ? [name, JSON.stringify(name)] : [JSON.stringify(name)]) {
    const updated = text.replace(line, (_all, comment: string | undefined) => `article: ${value}${comment ?? ''}`);
    const after = parseSidecar(updated);
    if (after.ok && after.sidecar.article === name && JSON.stringify(after.sidecar.claims) === JSON.stringify(before.sidecar.claims)) return updated;
  }
  return undefined;
}
