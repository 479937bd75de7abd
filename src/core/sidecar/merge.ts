// Three-way merge of sidecars, per claim, for read-modify-write: `base` is what we last read from disk, `mine` what we
// want to write, `theirs` what is on disk now (someone else — a git pull, a colleague's editor — changed it).
//  - A claim changed on one side only takes that side's version; claims only they touched survive.
//  - Both sides changed the verdict (status, note, sources, …) differently: the newer `updated` wins (mine on a tie:
//    it is the editor in front of the screen), and the conflict is reported so the UI can tell the user.
//  - The anchor merges separately: mine when I moved it (my text is the one open in the editor), else theirs.
//  - Removed on one side but changed on the other: the change is kept (work is never dropped silently), reported.
// The result is written through `theirs`' document, so their formatting and comments stay.
import type { ClaimAnnotation, SidecarProblem, VerdictRecord } from './model';
import { sameAnchor, sameVerdict } from './equality';
import { parseSidecar, type SidecarParseOptions } from './read';
import { updateSidecarText } from './update';

export interface MergeConflict {
  id: string;
  /** Whose version of the claim is in the result (`removed`: it was removed, as one side wanted). */
  winner: 'mine' | 'theirs';
  /** A sentence for the user, e.g. "both changed it; theirs is newer". */
  reason: string;
  mine?: ClaimAnnotation;
  theirs?: ClaimAnnotation;
}

export type MergeResult =
  | { ok: true; text: string; /** false: the result equals `theirs` (nothing to write) */ changed: boolean; conflicts: MergeConflict[] }
  | { ok: false; side: 'base' | 'mine' | 'theirs'; problems: SidecarProblem[] };

/** Merge sidecar texts. `base` may be undefined (nothing was read before: every claim counts as added). */
export function mergeSidecars(base: string | undefined, mine: string, theirs: string, options: SidecarParseOptions = {}): MergeResult {
  const parsed = { base: base === undefined ? undefined : parseSidecar(base, options), mine: parseSidecar(mine, options), theirs: parseSidecar(theirs, options) };
  for (const side of ['theirs', 'mine', 'base'] as const) {
    const result = parsed[side];
    if (result && !result.ok) return { ok: false, side, problems: result.problems };
  }
  const claimsOf = (result: ReturnType<typeof parseSidecar> | undefined) => (result && result.ok ? result.sidecar.claims : []);
  const merged = mergeClaims(claimsOf(parsed.base), claimsOf(parsed.mine), claimsOf(parsed.theirs));
  const written = updateSidecarText(theirs, merged.claims, options);
  if (!written.ok) return { ok: false, side: 'theirs', problems: written.problems };
  return { ok: true, text: written.text, changed: written.changed, conflicts: merged.conflicts };
}

/** The per-claim merge on data, in `theirs` order followed by claims only I added. */
export function mergeClaims(
  base: readonly ClaimAnnotation[], mine: readonly ClaimAnnotation[], theirs: readonly ClaimAnnotation[],
): { claims: ClaimAnnotation[]; conflicts: MergeConflict[] } {
  const byId = (claims: readonly ClaimAnnotation[]) => new Map(claims.map(c => [c.id, c]));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const ids = [...new Set([...theirs.map(c => c.id), ...mine.map(c => c.id)])];
  const claims: ClaimAnnotation[] = [];
  const conflicts: MergeConflict[] = [];
  for (const id of ids) {
    const result = mergeOne(baseById.get(id), mineById.get(id), theirsById.get(id));
    if (result.claim) claims.push(result.claim);
    if (result.conflict) conflicts.push({ id, ...result.conflict, mine: mineById.get(id), theirs: theirsById.get(id) });
  }
  return { claims, conflicts };
}

type Conflict = Pick<MergeConflict, 'winner' | 'reason'>;

function mergeOne(
  base: ClaimAnnotation | undefined, mine: ClaimAnnotation | undefined, theirs: ClaimAnnotation | undefined,
): { claim?: ClaimAnnotation; conflict?: Conflict } {
  if (!mine && !theirs) return {};
  if (!theirs) {
    if (!base) return { claim: mine };
    if (sameVerdict(base, mine!)) return {}; // they removed it and I did not change my mind about it
    return { claim: mine, conflict: { winner: 'mine', reason: 'they removed this claim after you changed it; your version was kept' } };
  }
  if (!mine) {
    if (!base) return { claim: theirs };
    if (sameVerdict(base, theirs)) return {};
    return { claim: theirs, conflict: { winner: 'theirs', reason: 'you removed this claim but they changed it; their version was kept' } };
  }

  const mineChanged = !base || !sameVerdict(base, mine);
  const theirsChanged = !base || !sameVerdict(base, theirs);
  let verdictFrom = theirs;
  let conflict: Conflict | undefined;
  if (!theirsChanged) verdictFrom = mine;
  else if (mineChanged && !sameVerdict(mine, theirs)) {
    const theirsNewer = isNewer(theirs.updated, mine.updated);
    verdictFrom = theirsNewer ? theirs : mine;
    conflict = theirsNewer
      ? { winner: 'theirs', reason: `both changed this claim; theirs is newer (${theirs.updated}), so yours was replaced` }
      : { winner: 'mine', reason: `both changed this claim; yours is ${mine.updated && theirs.updated && mine.updated === theirs.updated ? 'as new' : 'newer'}, so theirs was replaced` };
  }
  const mineMoved = !base || !sameAnchor(base.anchor, mine.anchor);
  const anchor = mineMoved ? mine.anchor : theirs.anchor;
  const merged = { ...verdictFrom, anchor };
  if (conflict) {
    const history = withReplacedVerdict(verdictFrom, verdictFrom === mine ? theirs : mine);
    if (history.length) merged.history = history;
  }
  return { claim: merged, conflict };
}

/** The winner's history with the losing side's verdict (and any earlier verdicts only it had) kept in it, in time
 *  order: history is append-only, so a merge must not drop a verdict someone gave. */
function withReplacedVerdict(winner: ClaimAnnotation, loser: ClaimAnnotation): VerdictRecord[] {
  const key = (r: VerdictRecord) => `${r.status}\u0000${r.reviewer ?? ''}\u0000${r.time ?? ''}`;
  const history = [...(winner.history ?? [])];
  const known = new Set(history.map(key));
  const lost: VerdictRecord = {
    status: loser.status,
    ...(loser.reviewed?.reviewer ?? loser.reviewer ? { reviewer: loser.reviewed?.reviewer ?? loser.reviewer } : {}),
    ...(loser.reviewed?.time ?? loser.updated ? { time: loser.reviewed?.time ?? loser.updated } : {}),
    ...(loser.reviewed && loser.reviewed.quote !== winner.reviewed?.quote ? { quote: loser.reviewed.quote } : {}),
    ...(loser.reviewed?.from ? { from: loser.reviewed.from } : {}),
  };
  for (const record of [...(loser.history ?? []), lost]) {
    if (known.has(key(record))) continue;
    known.add(key(record));
    history.push(record);
  }
  const time = (r: VerdictRecord) => (r.time ? Date.parse(r.time) : Number.NEGATIVE_INFINITY);
  return history.map((r, i) => ({ r, i })).sort((a, b) => time(a.r) - time(b.r) || a.i - b.i).map(({ r }) => r);
}

/** Is ISO time `a` strictly later than `b`? A missing time is older than any time. */
function isNewer(a: string | undefined, b: string | undefined): boolean {
  const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);
  return time(a) > time(b);
}
