// Updating sidecar text: touches only the entries that changed. Each changed entry is re-rendered through the yaml
// Document API from its own node (so its comments and unknown keys survive) and spliced into the original text, leaving
// every other byte as it was (a clean git diff). Layouts the splice cannot handle safely fall back to re-rendering the
// whole document, still through the Document API (comments, key order and unknown keys survive; spacing may not).
// Every written text is parsed again and compared with what was meant to be written before it is returned.
import { Document, isMap, isScalar, isSeq, type Node, type Pair, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import { SIDECAR_VERSION, type ClaimAnnotation, type SidecarFile, type SidecarProblem } from './model';
import { sameClaim } from './equality';
import { keepReviewedWords } from './reviewed';
import { BOM, DEFAULT_PARSE_LIMITS, fullParseSidecar, loadSidecar, parseSidecar, type LoadedSidecar, type SidecarParseOptions } from './read';
import { fastLoadSidecar } from './fastRead';
import { knownStatuses } from './schema';

/** The result of a write: the text to write (`changed: false` means it is identical to the old text: skip the write),
 *  or the problems that block writing (the old text is malformed and must not be overwritten). */
export type SidecarUpdateResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; problems: SidecarProblem[] };

const CLAIM_KEYS = ['id', 'status', 'note', 'sources', 'reviewer', 'updated', 'origin', 'dismissed', 'anchor', 'reviewed', 'history'];
const ANCHOR_KEYS = ['quote', 'prefix', 'suffix', 'start', 'end'];
/** Double-quoted strings stay on one line: the yaml library's multi-line form misreads a line that starts with a space
 *  (it writes `\\ ` for it, which reads back as a backslash), so such a value could not be written at all. */
const RENDER_OPTIONS = { lineWidth: 0, minContentWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER } as const;

/** The text of a sidecar with no claims yet. */
export function emptySidecar(articleName: string): string {
  const doc = new Document({ version: SIDECAR_VERSION, article: articleName, claims: [] });
  doc.commentBefore = ` Factcheck annotations (sidecar format version ${SIDECAR_VERSION}, see the Factcheck README).`;
  return doc.toString(RENDER_OPTIONS);
}

/** A whole new sidecar for `sidecar` (entries in position order). */
export function serializeSidecar(sidecar: SidecarFile): string {
  const result = updateSidecarText(emptySidecar(sidecar.article), sidecar.claims);
  if (!result.ok) throw new Error(`cannot serialise sidecar: ${result.problems[0]?.message}`);
  return result.text;
}

/**
 * Make `oldText` hold exactly `claims` (matched by id): changed entries are rewritten in place, new ones inserted in
 * position order, entries whose id is absent from `claims` removed. Everything else — header, comments, unknown keys,
 * the order of existing entries — is kept. Returns the same string (`changed: false`) when nothing changed. The
 * reviewed words of a stored entry are never lost (keepReviewedWords), and a changed file is written as the current
 * format version.
 */
export function updateSidecarText(oldText: string, claims: readonly ClaimAnnotation[], options: SidecarParseOptions = {}): SidecarUpdateResult {
  const duplicate = firstDuplicateId(claims);
  if (duplicate !== undefined) throw new Error(`updateSidecarText: two claims share the id '${duplicate}'`);
  return updateEntriesOnly(oldText, claims, options) ?? updateWholeDocument(oldText, claims, options);
}

/** Counts what the `yaml` library parsed for writers, in characters (tests bound a write's work with it). */
export const fullParseWork = { characters: 0 };

function fullParse(text: string, options: SidecarParseOptions) {
  fullParseWork.characters += text.length;
  return loadSidecar(text, options);
}

/**
 * The fast way for a file in the plain layout (fastRead.ts), where a change touches a few entries of many: only the
 * changed entries' lines go through the `yaml` library. Each is updated as the one entry of a small sidecar, by the
 * same code and with the same read-back check as a whole file, and its lines are put back in place of the old ones;
 * new entries are rendered and checked the same way. Every other line stays byte for byte, and it is valid as it was:
 * the file is a block list of entries at one indentation, so a checked entry written at that indentation in place of
 * another changes nothing else. Undefined when the file or the change is not one for this way (the caller then
 * updates the whole document).
 */
function updateEntriesOnly(oldText: string, claims: readonly ClaimAnnotation[], options: SidecarParseOptions): SidecarUpdateResult | undefined {
  if (oldText.length > (options.maxLength ?? DEFAULT_PARSE_LIMITS.maxLength)) return undefined;
  const bom = oldText.startsWith(BOM) ? BOM : '';
  const body = oldText.slice(bom.length);
  const fast = fastLoadSidecar(body, knownStatuses(options.extraStatuses), options.maxDepth ?? DEFAULT_PARSE_LIMITS.maxDepth);
  if (!fast?.entries.length) return undefined;
  const { entries } = fast;
  claims = withReviewedWordsKept(entries, claims);
  const plan = planChanges(entries, claims);
  const touched = plan.changed.length + plan.removed.size + plan.added.length;
  if (!touched) return { ok: true, text: oldText, changed: false };
  // an older version's file is upgraded by the whole-document update, which rewrites its `version` line
  if (fast.sidecar.version !== SIDECAR_VERSION) return undefined;
  // many entries touched (a save after an edit above them all): one parse of the whole file costs less
  if (touched > SPLICE_LIMIT || plan.removed.size === entries.length) return undefined;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const header = `version: ${SIDECAR_VERSION}${eol}article: entry${eol}claims:${eol}`;

  const edits: TextEdit[] = [];
  let order = 0;
  for (const { index, claim } of plan.changed) {
    const { from, to, indent } = entries[index];
    const result = updateWholeDocument(header + body.slice(from, to), [claim], options);
    if (!result.ok || !result.text.startsWith(header)) return undefined;
    const text = result.text.slice(header.length);
    if (!isEntryAt(text, indent, eol)) return undefined;
    edits.push({ from, to, insert: text, order: order++ });
  }
  for (const index of plan.removed) edits.push({ from: entries[index].from, to: entries[index].to, insert: '', order: order++ });
  for (const claim of plan.added) {
    const before = insertionIndex(plan, entries.length, claim);
    const at = before === 0 ? entries[0].from : entries[before < 0 ? entries.length - 1 : before - 1].to;
    const text = renderEntry(new Document().createNode(claimToPlain(claim)) as YAMLMap, entries[0].indent, eol);
    const check = fullParse(header + text, options);
    if (!check.ok || check.sidecar.claims.length !== 1 || !sameClaim(check.sidecar.claims[0], claim)) return undefined;
    const separator = at === body.length && !body.endsWith('\n') ? eol : '';
    edits.push({ from: at, to: at, insert: separator + text, order: order++ });
  }
  const text = bom + applyEdits(body, edits);
  return { ok: true, text, changed: text !== oldText };
}

/** `claims` with the reviewed words of the stored entries kept (keepReviewedWords). */
function withReviewedWordsKept(entries: ReadonlyArray<{ claim: ClaimAnnotation }>, claims: readonly ClaimAnnotation[]): readonly ClaimAnnotation[] {
  const stored = new Map(entries.map(e => [e.claim.id, e.claim]));
  return claims.map(claim => keepReviewedWords(stored.get(claim.id), claim));
}

/** Above this many entries touched at once, the whole document is updated in one go. */
const SPLICE_LIMIT = 32;

/** Is `text` whole lines holding one list entry whose `-` is at column `indent`, and nothing after it at or left of
 *  that column (so that it ends where it is put back)? */
function isEntryAt(text: string, indent: number, eol: string): boolean {
  if (!text.endsWith(eol)) return false;
  const lines = text.slice(0, -eol.length).split(eol);
  const dash = ' '.repeat(indent) + '-';
  if (!lines[0].startsWith(dash) || !/^[ ]/.test(lines[0].slice(dash.length) || ' ')) return false;
  return lines.slice(1).every(line => {
    const content = line.trimStart();
    return content === '' || content.startsWith('#') || line.length - content.length > indent;
  });
}

function updateWholeDocument(oldText: string, claims: readonly ClaimAnnotation[], options: SidecarParseOptions): SidecarUpdateResult {
  const loaded = fullParse(oldText, options);
  if (!loaded.ok) return loaded;
  claims = withReviewedWordsKept(loaded.entries, claims);

  const plan = planChanges(loaded.entries, claims);
  if (!plan.changed.length && !plan.removed.size && !plan.added.length) return { ok: true, text: oldText, changed: false };

  // Smallest change first: edit only the changed values' text; else re-render changed entries; else the whole file;
  // last, the whole file with YAML aliases written out (a hand edit may share one list between claims: changing it
  // for one claim must not change it for the other).
  const candidates = [
    () => spliceEntries(loaded, plan, true), () => spliceEntries(loaded, plan, false),
    () => rewriteDocument(loaded, plan, false), () => rewriteDocument(loaded, plan, true),
  ];
  for (const render of candidates) {
    let body: string | undefined;
    try {
      body = render();
    } catch {
      continue; // e.g. the yaml library cannot write an alias whose anchor the change removed: try the next way
    }
    if (body === undefined) continue;
    const text = loaded.bom + body;
    if (writesExactly(text, claims, options)) return { ok: true, text, changed: text !== oldText };
  }
  // Unreachable unless the yaml library cannot represent a value; refusing is better than writing a wrong file.
  return { ok: false, problems: [{ message: 'internal error: the updated sidecar would not read back as written; nothing was written', line: 1, column: 1 }] };
}

/** Add or replace one claim (by id). */
export function setClaim(oldText: string, claim: ClaimAnnotation, options: SidecarParseOptions = {}): SidecarUpdateResult {
  const parsed = parseSidecar(oldText, options); // only the claims are needed here; updateSidecarText loads the document
  if (!parsed.ok) return parsed;
  const claims = parsed.sidecar.claims.filter(c => c.id !== claim.id);
  return updateSidecarText(oldText, [...claims, claim], options);
}

/** Remove one claim (by id); unchanged text when there is no such claim. */
export function removeClaim(oldText: string, id: string, options: SidecarParseOptions = {}): SidecarUpdateResult {
  const parsed = parseSidecar(oldText, options);
  if (!parsed.ok) return parsed;
  return updateSidecarText(oldText, parsed.sidecar.claims.filter(c => c.id !== id), options);
}

// ---- planning ----

interface ChangePlan {
  /** Existing entries whose claim changed: entry index → new claim. */
  changed: Array<{ index: number; claim: ClaimAnnotation }>;
  removed: Set<number>;
  /** New claims, in position order. */
  added: ClaimAnnotation[];
  /** Anchor start of each existing entry after the change (for placing new entries). */
  startOf: (index: number) => number;
}

function planChanges(entries: ReadonlyArray<{ claim: ClaimAnnotation }>, claims: readonly ClaimAnnotation[]): ChangePlan {
  const wanted = new Map(claims.map(c => [c.id, c]));
  const existing = new Set(entries.map(e => e.claim.id));
  const changed: ChangePlan['changed'] = [];
  const removed = new Set<number>();
  entries.forEach((entry, index) => {
    const claim = wanted.get(entry.claim.id);
    if (!claim) removed.add(index);
    else if (!sameClaim(entry.claim, claim)) changed.push({ index, claim });
  });
  const added = claims.filter(c => !existing.has(c.id)).sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  const startOf = (index: number) => (wanted.get(entries[index].claim.id) ?? entries[index].claim).anchor.start;
  return { changed, removed, added, startOf };
}

/** Where a new claim goes: before the first existing entry that starts after it (-1: after the last entry). */
function insertionIndex(plan: ChangePlan, entryCount: number, claim: ClaimAnnotation): number {
  for (let i = 0; i < entryCount; i++) if (!plan.removed.has(i) && plan.startOf(i) > claim.anchor.start) return i;
  return -1;
}

// ---- writing: splice changed entries into the original text ----

interface TextEdit {
  from: number;
  to: number;
  insert: string;
  order: number;
}

function spliceEntries(loaded: LoadedSidecar, plan: ChangePlan, editValuesInPlace: boolean): string | undefined {
  const { doc, body, entries, eol } = loaded;
  const seq = (doc.contents as YAMLMap).get('claims', true);
  if (!entries.length) return spliceIntoEmptyList(loaded, plan);
  if (!isSeq(seq) || seq.flow || seq.items.length !== entries.length) return undefined;
  const spans = entries.map((entry, i) => (seq.items[i] === entry.node ? entryLines(body, entry.node) : undefined));
  if (spans.some(span => span === undefined)) return undefined;
  const lines = spans as Array<{ from: number; to: number; indent: number }>;

  const edits: TextEdit[] = [];
  let order = 0;
  for (const { index, claim } of plan.changed) {
    const inPlace = editValuesInPlace ? valueEdits(body, eol, entries[index].node, entries[index].claim, claim) : undefined;
    if (inPlace) {
      for (const edit of inPlace) edits.push({ ...edit, order: order++ });
      continue;
    }
    const node = entries[index].node.clone() as YAMLMap;
    node.commentBefore = undefined; // comments above and below the entry stay where they are, outside the span
    node.comment = undefined;
    node.spaceBefore = false;
    applyClaim(doc, node, entries[index].claim, claim);
    edits.push({ from: lines[index].from, to: lines[index].to, insert: renderEntry(node, lines[index].indent, eol), order: order++ });
  }
  for (const index of plan.removed) edits.push({ from: lines[index].from, to: lines[index].to, insert: '', order: order++ });
  const upgrade = versionEdit(loaded);
  if (upgrade === null) return undefined;
  if (upgrade) edits.push({ ...upgrade, order: order++ });
  for (const claim of plan.added) {
    const before = insertionIndex(plan, entries.length, claim);
    const at = before === 0 ? lines[0].from : lines[before < 0 ? lines.length - 1 : before - 1].to;
    const separator = at === body.length && !body.endsWith('\n') ? eol : '';
    const node = doc.createNode(claimToPlain(claim)) as YAMLMap;
    edits.push({ from: at, to: at, insert: separator + renderEntry(node, lines[0].indent, eol), order: order++ });
  }

  if (plan.removed.size === entries.length && !plan.added.length) {
    // the last entries go: leave `claims: []` rather than an empty `claims:`
    const colon = claimsColon(loaded);
    if (colon === undefined) return undefined;
    edits.push({ from: colon + 1, to: colon + 1, insert: ' []', order: order++ });
  }
  return applyEdits(body, edits);
}

/** `claims: []` or an empty `claims:` gets its first entries on the lines after it. */
function spliceIntoEmptyList(loaded: LoadedSidecar, plan: ChangePlan): string | undefined {
  const { doc, body, eol } = loaded;
  const pair = (doc.contents as YAMLMap).items.find(p => keyName(p) === 'claims');
  const colon = claimsColon(loaded);
  const key = pair?.key as Node | undefined;
  const value = pair?.value as Node | null | undefined;
  if (!pair || colon === undefined || !key?.range) return undefined;
  const edits: TextEdit[] = [];
  let order = 0;
  const upgrade = versionEdit(loaded);
  if (upgrade === null) return undefined;
  if (upgrade) edits.push({ ...upgrade, order: order++ });
  if (isSeq(value) && value.flow && !value.items.length && value.range) edits.push({ from: colon + 1, to: value.range[1], insert: '', order: order++ });
  else if (!(value === null || (isScalar(value) && value.value === null && (!value.range || value.range[0] === value.range[1])))) return undefined;
  const indent = key.range[0] - (body.lastIndexOf('\n', key.range[0] - 1) + 1) + 2;
  const newline = body.indexOf('\n', colon);
  const at = newline < 0 ? body.length : newline + 1;
  const rendered = plan.added.map(claim => renderEntry(doc.createNode(claimToPlain(claim)) as YAMLMap, indent, eol)).join('');
  edits.push({ from: at, to: at, insert: (newline < 0 ? eol : '') + rendered, order: order++ });
  return applyEdits(body, edits);
}

/** The edit that makes an older file the current version (undefined: it is; null: its version cannot be edited in
 *  place). A changed file is always written as the current version, so an older Factcheck refuses it. */
function versionEdit(loaded: LoadedSidecar): ValueEdit | null | undefined {
  if (loaded.sidecar.version === SIDECAR_VERSION) return undefined;
  const node = (loaded.doc.contents as YAMLMap).get('version', true);
  if (!isScalar(node) || !node.range || loaded.body.slice(node.range[0], node.range[1]).includes('\n')) return null;
  return { from: node.range[0], to: node.range[1], insert: String(SIDECAR_VERSION) };
}

function claimsColon(loaded: LoadedSidecar): number | undefined {
  const pair = (loaded.doc.contents as YAMLMap).items.find(p => keyName(p) === 'claims');
  const key = pair?.key as Node | undefined;
  if (!key?.range) return undefined;
  const colon = loaded.body.indexOf(':', key.range[1]);
  return colon < 0 || loaded.body.slice(key.range[1], colon).trim() !== '' ? undefined : colon;
}

/** Apply non-overlapping edits in one pass (a save may move every anchor: thousands of edits). At one offset,
 *  insertions come first, in the order they were made, then the replacement that starts there. */
function applyEdits(body: string, edits: TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.from - b.from || Number(b.from === b.to) - Number(a.from === a.to) || a.order - b.order);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.from < cursor) throw new Error('internal error: overlapping sidecar edits');
    parts.push(body.slice(cursor, edit.from), edit.insert);
    cursor = edit.to;
  }
  parts.push(body.slice(cursor));
  return parts.join('');
}

// ---- writing: edit only the changed values' text (a status change is a one-line diff) ----

type ValueEdit = Omit<TextEdit, 'order'>;

/** Text edits that turn entry `node` (parsed as `before`) into `after`, or undefined when the layout is not one
 *  this can edit safely (the caller then re-renders the entry). */
function valueEdits(body: string, eol: string, node: YAMLMap, before: ClaimAnnotation, after: ClaimAnnotation): ValueEdit[] | undefined {
  const edits: ValueEdit[] = [];
  for (const key of CLAIM_KEYS) {
    if (key === 'anchor') continue;
    const oldValue = fieldValue(before, key);
    const newValue = fieldValue(after, key);
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue;
    const listValue = node.get(key, true);
    if (Array.isArray(oldValue) && Array.isArray(newValue) && isSeq(listValue)) {
      // a changed list (a source added): edit its items' lines, so comments between and beside them stay
      const itemEdits = listItemEdits(body, eol, listValue, oldValue, newValue);
      if (!itemEdits) return undefined;
      edits.push(...itemEdits);
      continue;
    }
    const edit = fieldEdit(body, eol, node, key, newValue, CLAIM_KEYS);
    if (!edit) return undefined;
    edits.push(edit);
  }
  const anchorNode = node.get('anchor', true);
  const oldAnchor = anchorToPlain(before);
  const newAnchor = anchorToPlain(after);
  for (const key of ANCHOR_KEYS) {
    if (oldAnchor[key] === newAnchor[key]) continue;
    if (!isMap(anchorNode)) return undefined;
    const edit = fieldEdit(body, eol, anchorNode, key, newAnchor[key], ANCHOR_KEYS);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits;
}

function fieldEdit(body: string, eol: string, map: YAMLMap, key: string, value: unknown, order: readonly string[]): ValueEdit | undefined {
  const pair = map.items.find(p => keyName(p) === key);
  const valueNode = pair?.value as Node | null | undefined;
  // a scalar on one line: replace just its text, in the style it was written in
  if (pair && isScalar(valueNode) && valueNode.range && value !== undefined && (value === null || typeof value !== 'object')) {
    const [from, to] = valueNode.range;
    if (body.slice(from, to).includes('\n')) return undefined;
    const text = renderScalar(value, valueNode.type, Boolean(map.flow));
    return text === undefined ? undefined : { from, to, insert: text };
  }
  if (map.flow) return undefined;
  const indent = keyColumn(body, map);
  if (indent === undefined) return undefined;
  if (pair) {
    // a removed field or a new list: replace the pair's whole lines
    const lines = pairLines(body, pair);
    if (!lines) return undefined;
    return { ...lines, insert: value === undefined ? '' : renderPair(key, value, indent, eol) };
  }
  if (value === undefined) return { from: 0, to: 0, insert: '' };
  const rank = order.indexOf(key);
  const next = map.items.find(p => order.indexOf(keyName(p)) > rank);
  const at = next ? pairLines(body, next)?.from : lineEndAfter(body, (map.range ?? [0, 0])[1], map.range?.[0] ?? 0);
  return at === undefined ? undefined : { from: at, to: at, insert: renderPair(key, value, indent, eol) };
}

/** Where two lists differ: the items before `prefix` and the last `suffix` items are the same in both. */
function listChange(before: readonly unknown[], after: readonly unknown[]): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

/** Edits turning a block list of one-line scalars (parsed as `before`) into `after`: changed items are rewritten in
 *  place, removed ones lose their lines, new ones get a line each; every other line, comments included, stays. */
function listItemEdits(body: string, eol: string, seq: YAMLSeq, before: readonly unknown[], after: readonly unknown[]): ValueEdit[] | undefined {
  if (seq.flow || seq.items.length !== before.length) return undefined;
  const items: Array<{ node: Scalar; from: number; to: number; dash: number }> = [];
  for (const item of seq.items) {
    if (!isScalar(item) || !item.range) return undefined;
    const [start, end] = item.range;
    const from = body.lastIndexOf('\n', start - 1) + 1;
    const lead = /^( *)- +$/.exec(body.slice(from, start));
    if (!lead || body.slice(start, end).includes('\n')) return undefined;
    items.push({ node: item, from, to: lineEndAfter(body, end, start), dash: lead[1].length });
  }
  const { prefix, suffix } = listChange(before, after);
  const oldMiddle = before.length - prefix - suffix;
  const newMiddle = after.length - prefix - suffix;
  const edits: ValueEdit[] = [];
  for (let k = 0; k < Math.min(oldMiddle, newMiddle); k++) {
    const item = items[prefix + k];
    const text = renderScalar(after[prefix + k], item.node.type, false);
    if (text === undefined) return undefined;
    edits.push({ from: item.node.range![0], to: item.node.range![1], insert: text });
  }
  for (let k = newMiddle; k < oldMiddle; k++) edits.push({ from: items[prefix + k].from, to: items[prefix + k].to, insert: '' });
  if (newMiddle > oldMiddle) {
    const last = prefix + oldMiddle - 1;
    const at = last >= 0 ? items[last].to : items[0].from;
    const pad = ' '.repeat(items[Math.max(last, 0)].dash);
    let insert = '';
    for (let k = oldMiddle; k < newMiddle; k++) {
      const text = renderScalar(after[prefix + k], 'PLAIN', false);
      if (text === undefined) return undefined;
      insert += `${pad}- ${text}${eol}`;
    }
    const separator = at === body.length && !body.endsWith('\n') ? eol : '';
    edits.push({ from: at, to: at, insert: separator + insert });
  }
  return edits;
}

function renderScalar(value: unknown, type: Scalar['type'], inFlow: boolean): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value); // anchor offsets: the common case
  const scalar = new Scalar(value);
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' || (type === 'PLAIN' && !inFlow)) scalar.type = type;
  else if (inFlow && typeof value === 'string') scalar.type = 'QUOTE_DOUBLE'; // plain text could contain , ] }
  const text = renderDocument(new Document(scalar)).replace(/\n$/, '');
  return text.includes('\n') || /^[|>]/.test(text) ? undefined : text;
}

function renderPair(key: string, value: unknown, indent: number, eol: string): string {
  const text = renderDocument(new Document({ [key]: value })).replace(/\n$/, '');
  const pad = ' '.repeat(indent);
  return text.split('\n').map(line => (line ? pad + line : line)).join(eol) + eol;
}

/** The column of a block map's keys, when every key starts a line (after indentation or the entry's `- `). */
function keyColumn(body: string, map: YAMLMap): number | undefined {
  const first = map.items[0]?.key as Node | undefined;
  if (!first?.range) return undefined;
  const lineStart = body.lastIndexOf('\n', first.range[0] - 1) + 1;
  if (!/^ *(- +)?$/.test(body.slice(lineStart, first.range[0]))) return undefined;
  return first.range[0] - lineStart;
}

/** The whole lines a block map pair occupies (its key starts the line, nothing else shares its lines). */
function pairLines(body: string, pair: Pair): { from: number; to: number } | undefined {
  const key = pair.key as Node | undefined;
  const value = pair.value as Node | null | undefined;
  if (!key?.range) return undefined;
  const from = body.lastIndexOf('\n', key.range[0] - 1) + 1;
  if (body.slice(from, key.range[0]).trim() !== '') return undefined; // the key shares its line with `- ` or others
  const end = value?.range ? value.range[1] : key.range[1];
  return { from, to: lineEndAfter(body, end, key.range[0]) };
}

/** The offset just after the line holding the last non-blank character before `end`. */
function lineEndAfter(body: string, end: number, floor: number): number {
  let last = end;
  while (last > floor && /\s/.test(body[last - 1])) last--;
  const newline = body.indexOf('\n', last);
  return newline < 0 ? body.length : newline + 1;
}

/** The whole lines an entry occupies: from its `-` to the end of its last value's line. */
function entryLines(body: string, node: YAMLMap): { from: number; to: number; indent: number } | undefined {
  if (!node.range) return undefined;
  let dash = node.range[0] - 1;
  while (dash >= 0 && (body[dash] === ' ' || body[dash] === '\r' || body[dash] === '\n')) dash--;
  if (body[dash] !== '-') return undefined;
  const from = body.lastIndexOf('\n', dash - 1) + 1;
  if (body.slice(from, dash).trim() !== '') return undefined; // e.g. `- - id:`: not a layout we splice
  let last = node.range[1];
  while (last > node.range[0] && /\s/.test(body[last - 1])) last--;
  const newline = body.indexOf('\n', last);
  return { from, to: newline < 0 ? body.length : newline + 1, indent: dash - from };
}

/**
 * `doc` as text. A string with a line break that starts or ends with whitespace — typically an anchor's prefix or
 * suffix at a paragraph break — is written double-quoted ("…\n\n"): as a block scalar its leading and trailing
 * blank lines are easy to break by hand (and the yaml library writes some, such as ' \n', so that they read back
 * differently). Other strings with line breaks are readable block scalars, never plain ones, even where the value
 * they replace was plain: the yaml library writes a plain "-\nx" as a lone "-" line, which reads back as an error.
 */
function renderDocument(doc: Document): string {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !/[\n\r]/.test(node.value)) return;
      if (/^\s|\s$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
      else if (node.type === 'PLAIN') node.type = undefined;
    },
  });
  return doc.toString(RENDER_OPTIONS);
}

function renderEntry(node: YAMLMap, indent: number, eol: string): string {
  const holder = new Document(new YAMLSeq());
  (holder.contents as YAMLSeq).items.push(node);
  const pad = ' '.repeat(indent);
  const lines = renderDocument(holder).replace(/\n$/, '').split('\n');
  return lines.map(line => (line ? pad + line : line)).join(eol) + eol;
}

// ---- writing: whole-document fallback ----

function rewriteDocument(loaded: LoadedSidecar, plan: ChangePlan, expandAliases: boolean): string | undefined {
  const doc = loaded.doc.clone();
  if (expandAliases && !writeOutAliases(doc)) return undefined;
  const root = doc.contents as YAMLMap;
  const version = root.get('version', true);
  if (isScalar(version)) version.value = SIDECAR_VERSION;
  else root.set('version', SIDECAR_VERSION);
  const oldSeq = root.get('claims', true);
  const seq = isSeq(oldSeq) ? oldSeq : (doc.createNode([]) as YAMLSeq);
  if (!isSeq(oldSeq)) root.set('claims', seq);
  seq.flow = false;
  const nodes = loaded.entries.map((_, i) => seq.items[i]);
  for (const { index, claim } of plan.changed) {
    const node = nodes[index];
    if (isMap(node)) applyClaim(doc, node, loaded.entries[index].claim, claim);
    else seq.items[index] = doc.createNode(claimToPlain(claim)); // an alias: write the entry out in full
  }
  const inserts = new Map<number, YAMLMap[]>();
  for (const claim of plan.added) {
    const before = insertionIndex(plan, nodes.length, claim);
    const key = before < 0 ? nodes.length : before;
    inserts.set(key, [...(inserts.get(key) ?? []), doc.createNode(claimToPlain(claim)) as YAMLMap]);
  }
  const items: unknown[] = [];
  for (let i = 0; i <= nodes.length; i++) {
    items.push(...(inserts.get(i) ?? []));
    if (i < nodes.length && !plan.removed.has(i)) items.push(seq.items[i]);
  }
  seq.items = items;
  const text = renderDocument(doc);
  return loaded.eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text;
}

/** Replace every alias in `doc` by a copy of the node it names; false when aliases nest deeper than is sensible. */
function writeOutAliases(doc: Document): boolean {
  for (let round = 0; round < 8; round++) {
    let found = false;
    visit(doc, {
      Alias(_, alias) {
        found = true;
        const target = alias.resolve(doc);
        if (!target) return visit.REMOVE;
        const copy = target.clone() as Node;
        copy.anchor = undefined;
        return copy;
      },
    });
    if (!found) return true;
  }
  return false;
}

// ---- claim ↔ yaml node ----

/** A claim as a plain object in the documented key order, leaving out empty optional fields. */
function claimToPlain(claim: ClaimAnnotation): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of CLAIM_KEYS) {
    const value = key === 'anchor' ? anchorToPlain(claim) : fieldValue(claim, key);
    if (value !== undefined) plain[key] = value;
  }
  return plain;
}

function anchorToPlain(claim: ClaimAnnotation): Record<string, unknown> {
  const { quote, prefix, suffix, start, end } = claim.anchor;
  return { quote, prefix, suffix, start, end };
}

/** A field's value as written, or undefined when it is written as absent. */
function fieldValue(claim: ClaimAnnotation, key: string): unknown {
  switch (key) {
    case 'note': return claim.note || undefined;
    case 'sources': return claim.sources?.length ? [...claim.sources] : undefined;
    case 'reviewer': return claim.reviewer || undefined;
    case 'updated': return claim.updated || undefined;
    case 'dismissed': return claim.dismissed ? true : undefined;
    case 'reviewed': return claim.reviewed ? compact({ ...claim.reviewed }) : undefined;
    case 'history': return claim.history?.length ? claim.history.map(record => compact({ ...record })) : undefined;
    default: return (claim as unknown as Record<string, unknown>)[key];
  }
}

/** A small mapping without its empty fields (`reviewed`, a history entry), keys in the model's order. */
function compact(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** Change `node` (an entry as parsed into `before`) to hold `after`, touching only the fields that differ. */
function applyClaim(doc: Document, node: YAMLMap, before: ClaimAnnotation, after: ClaimAnnotation): void {
  for (const key of CLAIM_KEYS) {
    if (key === 'anchor') continue;
    const oldValue = fieldValue(before, key);
    const newValue = fieldValue(after, key);
    if (JSON.stringify(oldValue) !== JSON.stringify(newValue)) setField(doc, node, key, newValue, CLAIM_KEYS);
  }
  const anchorNode = node.get('anchor', true);
  if (!isMap(anchorNode)) {
    setField(doc, node, 'anchor', anchorToPlain(after), CLAIM_KEYS);
    return;
  }
  const oldAnchor = anchorToPlain(before);
  const newAnchor = anchorToPlain(after);
  for (const key of ANCHOR_KEYS) {
    if (oldAnchor[key] !== newAnchor[key]) setField(doc, anchorNode, key, newAnchor[key], ANCHOR_KEYS);
  }
}

/** Set `key` in `map`, keeping an existing scalar's style, and placing a new key at its documented position. */
function setField(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]): void {
  if (value === undefined) {
    map.delete(key);
    return;
  }
  const current = map.get(key, true);
  if (current !== undefined) {
    if (isScalar(current) && (value === null || typeof value !== 'object')) current.value = value;
    else if (isSeq(current) && Array.isArray(value) && current.items.every(isScalar)) setListItems(doc, current, value);
    else map.set(key, doc.createNode(value));
    return;
  }
  const rank = order.indexOf(key);
  const pair = doc.createPair(key, value);
  const at = map.items.findIndex(p => order.indexOf(keyName(p)) > rank);
  if (at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

/** Change a list of scalars to hold `values`, keeping the nodes (and so the comments) of the items that stay. */
function setListItems(doc: Document, seq: YAMLSeq, values: readonly unknown[]): void {
  const items = seq.items as Scalar[];
  const { prefix, suffix } = listChange(items.map(item => item.value), values);
  const middle = values.slice(prefix, values.length - suffix).map((value, k) => {
    const kept = items[prefix + k];
    if (kept && k < items.length - prefix - suffix) {
      kept.value = value;
      return kept;
    }
    return doc.createNode(value);
  });
  seq.items = [...items.slice(0, prefix), ...middle, ...items.slice(items.length - suffix)];
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

// ---- checks ----

function writesExactly(text: string, claims: readonly ClaimAnnotation[], options: SidecarParseOptions): boolean {
  // the yaml library's own parse, not the fast reader: the check of what is written stays independent of both
  fullParseWork.characters += text.length;
  const reread = fullParseSidecar(text, { ...options, maxLength: Number.MAX_SAFE_INTEGER });
  if (!reread.ok || reread.sidecar.claims.length !== claims.length) return false;
  const byId = new Map(reread.sidecar.claims.map(c => [c.id, c]));
  return claims.every(c => {
    const written = byId.get(c.id);
    return written !== undefined && sameClaim(written, c);
  });
}

function firstDuplicateId(claims: readonly ClaimAnnotation[]): string | undefined {
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.id)) return c.id;
    seen.add(c.id);
  }
  return undefined;
}
