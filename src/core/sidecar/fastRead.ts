// A fast reader for the plain block layout that sidecars are almost always written in (the layout this extension
// writes): block mappings and sequences, one scalar per line, no anchors, tags, flow collections (other than `[]`),
// multi-line scalars or trailing comments. It builds the same yaml node tree the `yaml` library would and hands it to
// the same `validateSidecar`, so values and checks are shared; it only replaces the library's general parser, whose
// cost dominates loading a large sidecar.
//
// It is strictly a shortcut: on anything outside that layout, and on any problem at all (error or warning), it gives
// up (returns undefined) and the caller parses the text with the `yaml` library, which then reports the problems with
// line and column. A test (test/unit/sidecar/fastRead.test.ts) checks that whenever it answers, it answers exactly
// what the full parse does, on generated and mutated sidecars.
import { Pair, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import type { ClaimAnnotation, SidecarFile } from './model';
import { validateSidecar } from './schema';

/** Characters this reader leaves to the full parser: tabs, control characters other than LF and CR, C1 controls,
 *  characters YAML forbids or treats specially (BOM, U+FFFE/FFFF, line/paragraph separators) and lone surrogates. */
const UNUSUAL = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\r(?!\n)/;
/** A plain key this reader accepts: a name that the YAML core schema resolves to the same string, short enough to be
 *  an implicit key (YAML allows at most 1024 characters; longer ones are errors the full parse reports). */
const KEY = /^([A-Za-z_][A-Za-z0-9_]{0,255}):(?: +|$)/;
const NON_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** YAML 1.2 core schema resolution of plain scalars (as in the yaml library's schema/core). */
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_NUMBER = [
  /^0o[0-7]+$/, /^[-+]?[0-9]+$/, /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** The only numbers this reader converts itself: plain decimal integers that are exact in a double. */
const SIMPLE_INT = /^(?:0|[1-9][0-9]{0,14})$/;
/** Characters that may not start a plain scalar, or start something else (YAML's c-indicator). */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
/** Deeper than any valid sidecar needs (4); the full parser handles (and bounds) anything deeper. */
const MAX_DEPTH = 8;

interface Line {
  /** Index of the line in the text. */
  row: number;
  indent: number;
  /** The line without its indentation and without a trailing CR. */
  text: string;
}

/** Thrown (and caught in `fastReadSidecar`) when the text is outside the layout this reader handles. */
class GiveUp extends Error {}

/**
 * The sidecar in `body` (text without a BOM), when it is in the plain block layout and valid with no warnings at
 * all; otherwise undefined, and the caller must parse it fully. `maxDepth` as in SidecarParseOptions.
 */
export function fastReadSidecar(body: string, statuses: ReadonlySet<string>, maxDepth: number): SidecarFile | undefined {
  return fastLoadSidecar(body, statuses, maxDepth)?.sidecar;
}

/** One claim entry of a sidecar read by fastLoadSidecar, with the whole lines it occupies in the text. */
export interface FastEntry {
  claim: ClaimAnnotation;
  /** Offset of the start of the entry's `- ` line. */
  from: number;
  /** Offset just after the line break that ends the entry's last line (or the end of the text). */
  to: number;
  /** Column of the entry's `-`. */
  indent: number;
}

/** fastReadSidecar, with where each claim entry is in the text (for writers that splice single entries). */
export function fastLoadSidecar(body: string, statuses: ReadonlySet<string>, maxDepth: number): { sidecar: SidecarFile; entries: FastEntry[] } | undefined {
  if (UNUSUAL.test(body)) return undefined;
  const raw = body.split('\n');
  // the text after the last line break is a line only when it is not empty (block scalars care)
  const finalBreak = raw[raw.length - 1] === '';
  if (finalBreak) raw.pop();
  const lines: Line[] = [];
  for (let row = 0; row < raw.length; row++) {
    let text = raw[row];
    if (text.endsWith('\r')) raw[row] = text = text.slice(0, -1);
    let indent = 0;
    while (text.charCodeAt(indent) === 32) indent++;
    if (indent === text.length || text.charCodeAt(indent) === 35 /* # */) continue; // blank or comment line
    lines.push({ indent, text: text.slice(indent), row });
  }
  if (!lines.length || lines[0].indent !== 0) return undefined;
  try {
    const reader = new BlockReader(raw, finalBreak, lines, Math.min(maxDepth, MAX_DEPTH));
    const root = reader.map(0, 0, lines[0].text, false);
    if (reader.next < lines.length) return undefined;
    const doc = new FastDocument(root) as unknown as Document;
    const result = validateSidecar(doc, () => ({ line: 0, column: 0 }), statuses);
    if (!result.sidecar || result.problems.length) return undefined;
    const lineStarts = [0];
    for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    lineStarts.push(body.length);
    const entries = result.entries.map(({ claim, node }) => {
      const [first, last, indent] = reader.rows.get(node)!;
      return { claim, from: lineStarts[first], to: lineStarts[last + 1], indent };
    });
    return { sidecar: result.sidecar, entries };
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  }
}

/** What validateSidecar reads from a Document: its contents (no aliases here, so no resolving). */
class FastDocument {
  constructor(readonly contents: YAMLMap) {}
}

class BlockReader {
  /** Index of the next unread line. */
  next = 0;
  /** For each mapping that is a sequence item: the rows of its first and last line, and the column of its `-`. */
  readonly rows = new Map<YAMLMap, [number, number, number]>();

  constructor(
    /** Every line of the text, without line breaks. */
    private readonly raw: string[],
    private readonly finalBreak: boolean,
    /** The lines with content (not blank, not comments). */
    private readonly lines: Line[],
    private readonly maxDepth: number,
  ) {}

  /** A block mapping whose keys sit at column `indent`; its first pair is `first` (the rest of the current line,
   *  which may follow a `- `), the following ones are the next lines at exactly `indent`. */
  map(indent: number, depth: number, first: string, afterDash: boolean): YAMLMap {
    if (depth >= this.maxDepth) throw new GiveUp();
    const map = new YAMLMap();
    const keys = new Set<string>();
    let text = first;
    this.next++;
    for (;;) {
      const key = KEY.exec(text);
      if (!key || NON_STRING_KEY.test(key[1]) || keys.has(key[1])) throw new GiveUp(); // duplicates: the full parse reports them
      keys.add(key[1]);
      const rest = text.slice(key[0].length);
      const row = this.lines[this.next - 1].row;
      const value = rest.startsWith('|') && !afterDash ? this.blockScalar(indent, row, rest) : this.value(indent, depth, rest);
      map.items.push(new Pair(new Scalar(key[1]), value));
      afterDash = false;
      const line = this.lines[this.next];
      if (!line || line.indent < indent) return map;
      if (line.indent > indent) throw new GiveUp();
      text = line.text;
      this.next++;
    }
  }

  /** A block sequence whose `-` sit at column `indent`, starting at the current line. */
  seq(indent: number, depth: number): YAMLSeq {
    if (depth >= this.maxDepth) throw new GiveUp();
    const seq = new YAMLSeq();
    for (;;) {
      const line = this.lines[this.next];
      if (!line || line.indent < indent) return seq;
      if (line.indent > indent || !line.text.startsWith('- ')) throw new GiveUp();
      let spaces = 1;
      while (line.text.charCodeAt(spaces) === 32) spaces++;
      const rest = line.text.slice(spaces);
      if (KEY.test(rest)) {
        const item = this.map(indent + spaces, depth + 1, rest, true);
        this.rows.set(item, [line.row, this.lines[this.next - 1].row, indent]);
        seq.items.push(item);
      } else {
        seq.items.push(this.inline(rest, depth + 1));
        this.next++;
        const after = this.lines[this.next];
        if (after && after.indent > indent) throw new GiveUp(); // a continuation line or a misplaced key
      }
    }
  }

  /** The value of a key at column `indent` whose line goes on with `rest`; the key's line has been consumed. */
  private value(indent: number, depth: number, rest: string): Node {
    const after = this.lines[this.next];
    if (rest === '') {
      if (!after || after.indent <= indent) return new Scalar(null);
      if (after.text.startsWith('- ')) return this.seq(after.indent, depth + 1);
      return this.map(after.indent, depth + 1, after.text, false);
    }
    if (after && after.indent > indent) throw new GiveUp(); // a continuation line or a misplaced key
    return this.inline(rest, depth + 1);
  }

  /**
   * A literal block scalar (`|`, with optional chomping `-`/`+` and indentation digit) as the value of a key at
   * column `indent` on line `row`, whose header is `header`. Folded (`>`) scalars and anything unusual: give up.
   */
  private blockScalar(indent: number, row: number, header: string): Scalar {
    const parts = /^\|(?:([1-9])([-+]?)|([-+])([1-9])?)? *$/.exec(header);
    if (!parts) throw new GiveUp();
    const digit = parts[1] ?? parts[4];
    const chomp = parts[2] || parts[3] || '';
    const { raw } = this;
    // content indentation: explicit, or that of the first non-blank line (no blank line before it may be longer)
    let n = digit ? indent + Number(digit) : -1;
    let end = row + 1;
    if (n < 0) {
      let longestBlank = 0;
      for (; end < raw.length; end++) {
        const spaces = leadingSpaces(raw[end]);
        if (spaces < raw[end].length) {
          n = spaces;
          break;
        }
        longestBlank = Math.max(longestBlank, spaces);
      }
      if (n <= indent || longestBlank > n) throw new GiveUp();
      end = row + 1;
    }
    const content: string[] = [];
    for (; end < raw.length; end++) {
      const line = raw[end];
      const spaces = leadingSpaces(line);
      if (spaces === line.length) {
        if (spaces > n) throw new GiveUp(); // a line of spaces only, longer than the indentation
        content.push('');
        continue;
      }
      if (spaces < n) {
        if (line.charCodeAt(spaces) === 35) throw new GiveUp(); // a comment right after a block scalar
        break;
      }
      content.push(line.slice(n));
    }
    if (end === raw.length && !this.finalBreak) throw new GiveUp();
    while (this.next < this.lines.length && this.lines[this.next].row < end) this.next++;

    let last = content.length - 1;
    while (last >= 0 && content[last] === '') last--;
    if (last < 0) throw new GiveUp(); // only empty lines
    const text = content.slice(0, last + 1).join('\n');
    const trailing = content.length - 1 - last;
    return new Scalar(chomp === '-' ? text : chomp === '+' ? text + '\n'.repeat(trailing + 1) : text + '\n');
  }

  /** A value on the rest of a line, at `depth` if it is a collection. */
  private inline(rest: string, depth: number): Node {
    const value = inlineValue(rest);
    if (value instanceof YAMLSeq && depth >= this.maxDepth) throw new GiveUp();
    return value;
  }
}

function leadingSpaces(line: string): number {
  let spaces = 0;
  while (line.charCodeAt(spaces) === 32) spaces++;
  return spaces;
}

/** A scalar (or an empty flow sequence) that makes up the rest of a line, trailing spaces aside. */
function inlineValue(rest: string): Node {
  let end = rest.length;
  while (end > 0 && rest.charCodeAt(end - 1) === 32) end--; // YAML trims spaces only (tabs never get here)
  const text = rest.slice(0, end);
  if (text === '[]') return new YAMLSeq();
  const first = text[0];
  if (first === '"') return new Scalar(doubleQuoted(text));
  if (first === "'") return new Scalar(singleQuoted(text));
  if (INDICATORS.includes(first) && !('-?:'.includes(first) && text.length > 1 && text[1] !== ' ')) throw new GiveUp();
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) throw new GiveUp();
  return new Scalar(plainValue(text));
}

function plainValue(text: string): unknown {
  if (CORE_NULL.test(text)) return null;
  if (CORE_BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (SIMPLE_INT.test(text)) return Number(text);
  if (CORE_NUMBER.some(re => re.test(text))) throw new GiveUp(); // other numbers: the library's conversion decides
  return text;
}

function doubleQuoted(text: string): string {
  let value = '';
  let i = 1;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') break;
    if (ch !== '\\') {
      value += ch;
      continue;
    }
    const next = text[++i];
    const escaped = next === undefined ? undefined : ESCAPES[next];
    if (escaped !== undefined) value += escaped;
    else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = text.slice(i + 1, i + 1 + length);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) throw new GiveUp();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new GiveUp();
      value += String.fromCodePoint(code);
      i += length;
    } else throw new GiveUp();
  }
  if (i !== text.length - 1) throw new GiveUp(); // unclosed, or something after the closing quote
  return value;
}

function singleQuoted(text: string): string {
  let value = '';
  let i = 1;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch !== "'") value += ch;
    else if (text[i + 1] === "'") {
      value += "'";
      i++;
    } else break;
  }
  if (i !== text.length - 1) throw new GiveUp();
  return value;
}
