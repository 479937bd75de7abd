// Checks a parsed sidecar document against the format (version 1) and turns it into model objects. Works on yaml
// nodes rather than plain JS so every problem points at the exact line and column of the offending value.
// The same rules are published for editors as sidecar.schema.json; test/unit/sidecar/schema.test.ts keeps both in step.
import { type Document, type Node, isAlias, isMap, isScalar, isSeq, type YAMLMap, type Pair } from 'yaml';
import {
  BUILTIN_STATUSES, READABLE_VERSIONS, SIDECAR_VERSION, type Anchor, type ClaimAnnotation, type ReviewedWords, type SidecarFile,
  type SidecarProblem, type VerdictRecord,
} from './model';
import { isValidClaimId } from './ids';

/** Maps a string offset in the parsed text to a 1-based line and column. */
export type PositionOf = (offset: number) => { line: number; column: number };

export interface ValidatedEntry {
  claim: ClaimAnnotation;
  node: YAMLMap;
}

export interface ValidationResult {
  sidecar?: SidecarFile;
  /** One per claim entry, in file order, with its yaml node (the writer edits these in place). */
  entries: ValidatedEntry[];
  problems: SidecarProblem[];
}

export const ISO_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Validate `doc` (already free of syntax errors). `statuses` are the names accepted without a warning. */
export function validateSidecar(doc: Document, positionOf: PositionOf, statuses: ReadonlySet<string>): ValidationResult {
  const problems: SidecarProblem[] = [];
  const entries: ValidatedEntry[] = [];
  const report = (node: Node | Pair | null | undefined, message: string, severity: 'error' | 'warning' = 'error') => {
    const offset = rangeStart(node) ?? 0;
    problems.push({ message, ...positionOf(offset), ...(severity === 'warning' ? { severity } : {}) });
  };
  const resolve = (node: unknown): Node | null | undefined => (isAlias(node) ? (node.resolve(doc) as Node | undefined) : (node as Node | null | undefined));

  const root = resolve(doc.contents);
  if (!isMap(root)) {
    report(root, 'a sidecar must be a mapping with `version`, `article` and `claims`');
    return { entries, problems };
  }

  const versionNode = resolve(root.get('version', true));
  if (versionNode === undefined) {
    report(root, `missing \`version\` (this extension reads sidecar versions ${READABLE_VERSIONS.join(' and ')})`);
    return { entries, problems };
  }
  const version = isScalar(versionNode) ? versionNode.value : undefined;
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    const shown = isScalar(versionNode) ? JSON.stringify(versionNode.value) : 'a collection';
    report(versionNode, `unsupported sidecar version ${shown}: this extension reads versions ${READABLE_VERSIONS.join(' and ')} (it writes ${SIDECAR_VERSION}); update the extension or fix \`version\``);
    return { entries, problems };
  }

  const articleNode = resolve(root.get('article', true));
  const article = scalarValue(articleNode);
  if (articleNode === undefined) report(root, 'missing `article` (the article\'s file name)');
  else if (typeof article !== 'string' || article === '') report(articleNode, '`article` must be the article\'s file name (text)');

  const claimsNode = resolve(root.get('claims', true));
  const claims: ClaimAnnotation[] = [];
  if (claimsNode === undefined) report(root, 'missing `claims` (use `claims: []` for none)');
  else if (claimsNode !== null && !(isScalar(claimsNode) && claimsNode.value === null) && !isSeq(claimsNode)) {
    report(claimsNode, '`claims` must be a list of claim entries');
  } else if (isSeq(claimsNode)) {
    const seenIds = new Set<string>();
    for (const item of claimsNode.items) {
      const entry = resolve(item);
      if (!isMap(entry)) {
        report(entry ?? claimsNode, 'each claim entry must be a mapping with `id`, `status` and `anchor`');
        continue;
      }
      const claim = validateEntry(entry, report, resolve, statuses);
      if (!claim) continue;
      if (seenIds.has(claim.id)) {
        report(entry.get('id', true) as Node, `duplicate claim id '${claim.id}'`);
        continue;
      }
      seenIds.add(claim.id);
      claims.push(claim);
      entries.push({ claim, node: entry });
    }
  }

  const hasErrors = problems.some(p => p.severity !== 'warning');
  return {
    sidecar: hasErrors ? undefined : { version: version as 1 | 2, article: article as string, claims },
    entries: hasErrors ? [] : entries,
    problems,
  };
}

type Report = (node: Node | Pair | null | undefined, message: string, severity?: 'error' | 'warning') => void;
type Resolve = (node: unknown) => Node | null | undefined;

function validateEntry(entry: YAMLMap, report: Report, resolve: Resolve, statuses: ReadonlySet<string>): ClaimAnnotation | undefined {
  let valid = true;
  const fail = (node: Node | Pair | null | undefined, message: string) => {
    report(node, message);
    valid = false;
  };
  const field = (key: string) => resolve(entry.get(key, true));
  const optionalText = (key: string): string | undefined => {
    const node = field(key);
    const value = scalarValue(node);
    if (node === undefined || value === null) return undefined;
    if (typeof value !== 'string') fail(node, `\`${key}\` must be text`);
    return typeof value === 'string' ? value : undefined;
  };

  const idNode = field('id');
  const id = scalarValue(idNode);
  if (idNode === undefined) fail(entry, 'claim entry without `id`');
  else if (typeof id !== 'string' || !isValidClaimId(id)) fail(idNode, '`id` must be text of letters, digits and `_ . : -` (at most 64 characters)');

  const statusNode = field('status');
  const rawStatus = scalarValue(statusNode);
  // `status: false` written by hand is YAML's boolean false; it can only mean the built-in status "false".
  const status = rawStatus === false ? 'false' : rawStatus;
  if (statusNode === undefined) fail(entry, 'claim entry without `status`');
  else if (typeof status !== 'string' || status === '') fail(statusNode, `\`status\` must be one of ${[...statuses].join(', ')}`);
  else if (!statuses.has(status)) report(statusNode, `unknown status '${status}' (known: ${[...statuses].join(', ')})`, 'warning');

  const note = optionalText('note');
  const reviewer = optionalText('reviewer');
  const updated = optionalText('updated');
  if (updated !== undefined && (!ISO_TIME.test(updated) || Number.isNaN(Date.parse(updated)))) {
    fail(field('updated'), '`updated` must be an ISO 8601 time such as 2026-01-31T14:05:00Z');
  }

  let sources: string[] | undefined;
  const sourcesNode = field('sources');
  if (sourcesNode !== undefined && scalarValue(sourcesNode) !== null) {
    if (!isSeq(sourcesNode)) fail(sourcesNode, '`sources` must be a list of URLs or text');
    else {
      sources = [];
      for (const item of sourcesNode.items) {
        const value = scalarValue(resolve(item));
        if (typeof value !== 'string') fail(item as Node, 'each source must be text (put numbers in quotes)');
        else sources.push(value);
      }
    }
  }

  let origin: 'detected' | 'manual' = 'manual';
  const originNode = field('origin');
  const originValue = scalarValue(originNode);
  if (originNode !== undefined && originValue !== null) {
    if (originValue === 'detected' || originValue === 'manual') origin = originValue;
    else fail(originNode, '`origin` must be `detected` or `manual`');
  }

  let dismissed: boolean | undefined;
  const dismissedNode = field('dismissed');
  const dismissedValue = scalarValue(dismissedNode);
  if (dismissedNode !== undefined && dismissedValue !== null) {
    if (typeof dismissedValue === 'boolean') dismissed = dismissedValue;
    else fail(dismissedNode, '`dismissed` must be true or false');
  }

  const anchor = validateAnchor(entry, field('anchor'), fail, resolve);
  const reviewed = validateReviewed(field('reviewed'), fail, resolve);
  const history = validateHistory(field('history'), fail, resolve);

  if (!valid || !anchor) return undefined;
  const claim: ClaimAnnotation = { id: id as string, status: status as string, origin, anchor };
  if (note !== undefined) claim.note = note;
  if (sources !== undefined) claim.sources = sources;
  if (reviewer !== undefined) claim.reviewer = reviewer;
  if (updated !== undefined) claim.updated = updated;
  if (dismissed !== undefined) claim.dismissed = dismissed;
  if (reviewed) claim.reviewed = reviewed;
  if (history?.length) claim.history = history;
  return claim;
}

type Fail = (node: Node | Pair | null | undefined, message: string) => void;

/** The text fields of a small mapping (`reviewed`, a history entry): each absent, null or text; a time must be ISO. */
function textFields(map: YAMLMap, keys: readonly string[], where: string, fail: Fail, resolve: Resolve): Record<string, string> | undefined {
  let ok = true;
  const values: Record<string, string> = {};
  for (const key of keys) {
    const child = resolve(map.get(key, true));
    const value = scalarValue(child);
    if (child === undefined || value === null) continue;
    if (typeof value !== 'string') { fail(child, `${where} \`${key}\` must be text`); ok = false; continue; }
    if (key === 'time' && (!ISO_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
      fail(child, `${where} \`time\` must be an ISO 8601 time such as 2026-01-31T14:05:00Z`);
      ok = false;
      continue;
    }
    values[key] = value;
  }
  return ok ? values : undefined;
}

function validateReviewed(node: Node | null | undefined, fail: Fail, resolve: Resolve): ReviewedWords | undefined {
  if (node === undefined || scalarValue(node) === null) return undefined;
  if (!isMap(node)) {
    fail(node, '`reviewed` must be a mapping with `quote` (the words the verdict was given on), `reviewer` and `time`');
    return undefined;
  }
  const values = textFields(node, ['quote', 'reviewer', 'time', 'from'], 'reviewed', fail, resolve);
  if (!values) return undefined;
  if (!values.quote) {
    fail(node, '`reviewed` needs a `quote`: the words the verdict was given on');
    return undefined;
  }
  return {
    quote: values.quote, ...(values.reviewer ? { reviewer: values.reviewer } : {}), ...(values.time ? { time: values.time } : {}),
    ...(values.from ? { from: values.from } : {}),
  };
}

function validateHistory(node: Node | null | undefined, fail: Fail, resolve: Resolve): VerdictRecord[] | undefined {
  if (node === undefined || scalarValue(node) === null) return undefined;
  if (!isSeq(node)) {
    fail(node, '`history` must be a list of earlier verdicts (status, reviewer, time, quote)');
    return undefined;
  }
  const records: VerdictRecord[] = [];
  for (const item of node.items) {
    const entry = resolve(item);
    if (!isMap(entry)) {
      fail((entry ?? node) as Node, 'each `history` entry must be a mapping with `status` (and `reviewer`, `time`, `quote`)');
      continue;
    }
    const statusNode = resolve(entry.get('status', true));
    const rawStatus = scalarValue(statusNode);
    const status = rawStatus === false ? 'false' : rawStatus;
    if (typeof status !== 'string' || !status) {
      fail(statusNode ?? entry, 'each `history` entry needs a `status`');
      continue;
    }
    const values = textFields(entry, ['reviewer', 'time', 'quote', 'from'], 'history', fail, resolve);
    if (!values) continue;
    const record: VerdictRecord = { status };
    if (values.reviewer) record.reviewer = values.reviewer;
    if (values.time) record.time = values.time;
    if (values.quote) record.quote = values.quote;
    if (values.from) record.from = values.from;
    records.push(record);
  }
  return records;
}

function validateAnchor(entry: YAMLMap, node: Node | null | undefined, fail: (node: Node | Pair | null | undefined, message: string) => void, resolve: Resolve): Anchor | undefined {
  if (node === undefined) {
    fail(entry, 'claim entry without `anchor` (quote, prefix, suffix, start, end)');
    return undefined;
  }
  if (!isMap(node)) {
    fail(node, '`anchor` must be a mapping with quote, prefix, suffix, start and end');
    return undefined;
  }
  let ok = true;
  const text = (key: string, required: boolean): string => {
    const child = resolve(node.get(key, true));
    const value = scalarValue(child);
    if (child === undefined || value === null) {
      if (required) { fail(node, `anchor without \`${key}\``); ok = false; }
      return '';
    }
    if (typeof value !== 'string') { fail(child, `anchor \`${key}\` must be text`); ok = false; return ''; }
    return value;
  };
  const offset = (key: string): number => {
    const child = resolve(node.get(key, true));
    const value = scalarValue(child);
    if (child === undefined) { fail(node, `anchor without \`${key}\``); ok = false; return 0; }
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      fail(child, `anchor \`${key}\` must be a whole number ≥ 0 (a UTF-16 offset into the article)`);
      ok = false;
      return 0;
    }
    return value;
  };
  const quote = text('quote', true);
  const prefix = text('prefix', false);
  const suffix = text('suffix', false);
  const start = offset('start');
  const end = offset('end');
  if (ok && quote === '') { fail(node.get('quote', true) as Node, 'anchor `quote` must not be empty'); ok = false; }
  if (ok && end < start) { fail(node.get('end', true) as Node, 'anchor `end` must not be before `start`'); ok = false; }
  return ok ? { quote, prefix, suffix, start, end } : undefined;
}

function scalarValue(node: Node | null | undefined): unknown {
  if (node === null) return null;
  return isScalar(node) ? node.value : node === undefined ? undefined : node;
}

function rangeStart(node: Node | Pair | null | undefined): number | undefined {
  if (!node) return undefined;
  if ('range' in node && node.range) return node.range[0];
  if ('key' in node) return rangeStart(node.key as Node) ?? rangeStart(node.value as Node);
  return undefined;
}

/** The status names accepted without a warning: the built-ins plus a team's additions. */
export function knownStatuses(extra: readonly string[] = []): Set<string> {
  return new Set<string>([...BUILTIN_STATUSES, ...extra]);
}
