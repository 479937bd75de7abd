// Reading sidecar text. Sidecars are edited by people and arrive with `git pull`, so parsing is bounded (size, alias
// count, nesting depth), runs no code, and reports every problem with line and column. Files in the plain block layout
// this extension writes are read by fastRead.ts (same nodes, same validation); any other layout and any problem go
// through the full `yaml` parse, so problems always come from it.
import { Document, isAlias, isMap, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { SidecarFile, SidecarProblem } from './model';
import { knownStatuses, validateSidecar, type ValidatedEntry } from './schema';
import { fastReadSidecar } from './fastRead';

export interface SidecarParseOptions {
  /** Longest text accepted, in UTF-16 code units. Default 10,000,000. */
  maxLength?: number;
  /** Most alias (`*name`) references the file may expand. Default 100. */
  maxAliasCount?: number;
  /** Deepest nesting of collections. Default 32 (a valid sidecar needs 4). */
  maxDepth?: number;
  /** Status names a team added to the built-ins (others parse, with a warning). */
  extraStatuses?: readonly string[];
}

export const DEFAULT_PARSE_LIMITS = { maxLength: 10_000_000, maxAliasCount: 100, maxDepth: 32 } as const;

export type SidecarParseResult =
  | { ok: true; sidecar: SidecarFile; warnings: SidecarProblem[] }
  | { ok: false; problems: SidecarProblem[] };

/** A parsed sidecar with everything a writer needs. */
export interface LoadedSidecar {
  ok: true;
  doc: Document;
  sidecar: SidecarFile;
  entries: ValidatedEntry[];
  warnings: SidecarProblem[];
  /** The text without its byte-order mark; node ranges are offsets into it. */
  body: string;
  bom: string;
  eol: '\n' | '\r\n';
}

export const BOM = '\uFEFF';

/** Parse and validate sidecar text (with or without a UTF-8 BOM). Never throws. */
export function parseSidecar(text: string, options: SidecarParseOptions = {}): SidecarParseResult {
  // Most files are in the plain layout this extension writes: read those without the general YAML parser. Anything
  // else, and any file with a problem, takes the full parse (which reports problems with line and column).
  if (text.length <= (options.maxLength ?? DEFAULT_PARSE_LIMITS.maxLength)) {
    const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
    const sidecar = fastReadSidecar(body, knownStatuses(options.extraStatuses), options.maxDepth ?? DEFAULT_PARSE_LIMITS.maxDepth);
    if (sidecar) return { ok: true, sidecar, warnings: [] };
  }
  return fullParseSidecar(text, options);
}

/** parseSidecar without the fast reader: always the `yaml` library's full parse. Exported for tests. */
export function fullParseSidecar(text: string, options: SidecarParseOptions = {}): SidecarParseResult {
  const loaded = loadSidecar(text, options);
  return loaded.ok ? { ok: true, sidecar: loaded.sidecar, warnings: loaded.warnings } : loaded;
}


export function loadSidecar(text: string, options: SidecarParseOptions): LoadedSidecar | { ok: false; problems: SidecarProblem[] } {
  const maxLength = options.maxLength ?? DEFAULT_PARSE_LIMITS.maxLength;
  const maxAliasCount = options.maxAliasCount ?? DEFAULT_PARSE_LIMITS.maxAliasCount;
  const maxDepth = options.maxDepth ?? DEFAULT_PARSE_LIMITS.maxDepth;
  const failure = (message: string, line = 1, column = 1) => ({ ok: false as const, problems: [{ message, line, column }] });

  if (text.length > maxLength) return failure(`sidecar too large (${text.length} characters, limit ${maxLength})`);
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const nul = body.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = positionIn(body, nul);
    return failure('not a text file (contains NUL bytes); a sidecar is UTF-8 YAML', line, column);
  }
  if (!body.trim()) return failure('empty sidecar: expected `version: 1`, `article:` and `claims:`');
  const conflict = mergeConflictIn(body);
  if (conflict) return { ok: false, problems: [conflict] };

  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(body, {
      lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2', schema: 'core', merge: false, customTags: [],
    });
  } catch (err) {
    return failure(`cannot read sidecar: ${err instanceof Error ? err.message : String(err)}`);
  }
  const positionOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length) {
    return { ok: false, problems: doc.errors.map(e => ({ message: plainMessage(e.message), ...positionOf(e.pos[0]) })) };
  }
  const shape = measureTree(doc.contents as Node | null, maxDepth);
  if (shape.tooDeep) {
    const { line, column } = positionOf(shape.tooDeep.range?.[0] ?? 0);
    return failure(`nesting deeper than ${maxDepth} levels`, line, column);
  }
  // We never expand aliases (known fields resolve one level), but other tools reading the file might: refuse bombs.
  // Expanding to count them is costly, so only files that use aliases at all pay for it.
  if (shape.aliases > 0) {
    try {
      doc.toJS({ maxAliasCount });
    } catch (err) {
      return failure(`too many aliases (limit ${maxAliasCount}): ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const yamlWarnings: SidecarProblem[] = doc.warnings.map(w => ({ message: plainMessage(w.message), ...positionOf(w.pos[0]), severity: 'warning' }));
  const result = validateSidecar(doc, positionOf, knownStatuses(options.extraStatuses));
  if (!result.sidecar) return { ok: false, problems: result.problems.filter(p => p.severity !== 'warning') };
  return {
    ok: true, doc, sidecar: result.sidecar, entries: result.entries, warnings: [...yamlWarnings, ...result.problems],
    body, bom, eol: body.includes('\r\n') ? '\r\n' : '\n',
  };
}

/**
 * An unresolved git merge conflict (`<<<<<<<` … `>>>>>>>` at the start of lines) as one problem at its first line,
 * rather than the cascade of syntax errors the YAML parser would give. The markers are never inside a valid value:
 * block scalars are indented, and a line starting with `<` or `>` is no key.
 */
export function mergeConflictIn(body: string): SidecarProblem | undefined {
  const regions: Array<[number, number]> = [];
  let open = 0;
  let line = 0;
  for (let at = 0; at <= body.length; ) {
    line++;
    const newline = body.indexOf('\n', at);
    const end = newline < 0 ? body.length : newline;
    const marker = body.startsWith('<<<<<<<', at) ? '<' : body.startsWith('>>>>>>>', at) ? '>' : '';
    if (marker && (end === at + 7 || /[ \t\r]/.test(body[at + 7]))) {
      if (marker === '<') open = line;
      else if (open) {
        regions.push([open, line]);
        open = 0;
      }
    }
    if (newline < 0) break;
    at = newline + 1;
  }
  if (!regions.length) return undefined;
  const [from, to] = regions[0];
  const more = regions.length > 1 ? ` (and ${regions.length - 1} more conflict${regions.length > 2 ? 's' : ''} further down)` : '';
  return {
    message: `unresolved merge conflict, lines ${from}–${to}: keep one side (delete the other side's lines and the <<<<<<< ======= >>>>>>> marker lines)${more}; the file is not changed until then`,
    line: from,
    column: 1,
  };
}

/** yaml's messages end with " at line L, column C" (and a code excerpt when pretty); we report positions separately. */
function plainMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function positionIn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Depth and alias count, iteratively, so a hostile file cannot exhaust the call stack here. */
function measureTree(root: Node | null, maxDepth: number): { tooDeep?: Node; aliases: number } {
  let aliases = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (isAlias(node)) aliases++;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= maxDepth) return { tooDeep: node, aliases };
    for (const item of node.items as unknown[]) {
      if (isMap(node)) {
        const pair = item as Pair;
        stack.push([pair.key, depth + 1], [pair.value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  return { aliases };
}

