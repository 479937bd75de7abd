// One article's sidecar, kept in step with the disk: what was last read or written (`disk`), where each annotation is
// now (`tracker`), and a queue that runs all disk work for the article in order, so a reload never overtakes a write.
//  - Every write is read-modify-write against the file on disk: if someone else changed it since we read it, the
//    changes are merged per claim and the user is told (a message event) about claims both sides changed.
//  - A sidecar that does not parse is shown in the Problems panel and never written until it parses again.
import * as vscode from 'vscode';
import type { SidecarState } from '../core/review/reviewClaims';
import { replaceClaim } from '../core/review/placement';
import { shortText } from '../core/text/oneLine';
import { createAnchor, reanchor } from '../core/sidecar/anchoring';
import { sameClaim } from '../core/sidecar/equality';
import { parseSidecar } from '../core/sidecar';
import { planSidecarWrite } from '../core/sidecar/write';
import type { Anchor, ClaimAnnotation, SidecarProblem } from '../core/sidecar/model';
import { articlePathFor, baseName, twoSidecarsMessage } from '../core/sidecar/paths';
import { AnchorTracker, retryOrphans } from './anchorTracker';
import type { SidecarMove } from './articleMoves';
import { openArticle } from './articles';
import { blockedError, type SidecarDiagnostics } from './diagnostics';
import type { ReviewMessage } from './reviewService';
import { extraStatuses, sidecarLayout } from './settings';
import {
  exists, findSidecar, modifiedTime, otherLayoutOf, readArticle, readSidecar, sidecarStill, sidecarUriFor, twinSidecar, writeAtomically,
} from './sidecarFiles';

export type DiskState =
  | { kind: 'none' }
  | { kind: 'ok'; text: string; claims: ClaimAnnotation[] }
  | { kind: 'invalid'; problems: SidecarProblem[] };

/** What a keeper reports to the store that owns it. */
export interface KeeperHost {
  readonly diagnostics: SidecarDiagnostics;
  /** The article's review changed (annotations, anchors or sidecar state). */
  articleChanged(article: vscode.Uri): void;
  /** The set of known articles changed (a sidecar was created). */
  articlesChanged(): void;
  /** Something the user should read. */
  message(message: ReviewMessage): void;
}

/** Read-modify-write rounds before giving up on a sidecar that keeps changing. */
const WRITE_ATTEMPTS = 3;

export class ArticleSidecar {
  /** Where the sidecar is, or will be once written. */
  sidecar?: vscode.Uri;
  /** The sidecar as last read from or written to disk. */
  disk: DiskState = { kind: 'none' };
  readonly tracker = new AnchorTracker();
  /** The tracker is placed in the current text (the open document's, or `closedText`). */
  loaded = false;
  private loading?: Promise<void>;
  /** Counts the article's closes (unload): a read asked for before the latest one was placed in a text that is gone. */
  private closes = 0;
  /** The article's text from disk while it is not open in an editor. */
  closedText?: string;
  /** When the file behind `closedText` was last modified. */
  closedMtime?: number;
  /** The article file does not exist (deleted, or a sidecar without its article). */
  missing = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly uri: vscode.Uri, private readonly host: KeeperHost) {}

  /** Runs `work` after everything queued for this article so far. */
  enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every read and write queued so far has finished. */
  whenIdle(): Promise<unknown> {
    return this.queue.catch(() => undefined);
  }

  /** The article's text now: the open document's, else as read from disk. */
  text(): string {
    return openArticle(this.uri)?.getText() ?? this.closedText ?? '';
  }

  sidecarState(): SidecarState {
    return this.disk.kind === 'invalid' ? { kind: 'invalid', problems: this.disk.problems } : { kind: this.disk.kind };
  }

  /** Loads the review unless it is loaded (or loading); a closed article changed on disk since is read again. */
  async ensureLoaded(): Promise<void> {
    // a closed article may have changed on disk (a git pull) since it was read
    if (this.loaded && !openArticle(this.uri) && (await modifiedTime(this.uri)) !== this.closedMtime) await this.reload();
    // (again when the article was closed while it was being read: that read is not kept)
    while (!this.loaded) await (this.loading ??= this.reload());
  }

  /** Reads the sidecar (and, for a closed article, the article) again and re-anchors every entry. */
  reload(): Promise<void> {
    this.loaded = false;
    const closes = this.closes;
    const loading = this.enqueue(() => this.load(closes)).finally(() => {
      if (this.loading === loading) this.loading = undefined;
      this.host.articleChanged(this.uri);
    });
    this.loading = loading;
    return loading;
  }

  /** `closes`: the count of closes when the read was asked for; if the article closed since, the read anchored the
   *  annotations in the open document's text and is not kept: the next reader loads the closed article again. */
  private async load(closes = this.closes): Promise<void> {
    try {
      await this.readAndAnchor();
    } catch (error) {
      // shown as loaded (with what could be read) rather than retried on every refresh
      console.error('factcheck: could not load the review of', this.uri.toString(), error);
    }
    if (closes === this.closes) this.loaded = true;
  }

  /**
   * The article was renamed to this one: `move` brings its sidecar along, then the review is read again and, when the
   * open article is as saved, the file's anchors are written as a save would. VS Code in the browser saves a changed
   * file after a second by default, so the renamed article may be saved before its sidecar has arrived, when there
   * was nothing to write. One piece of work in the queue: whenIdle, once the sidecar is at its new place, covers all.
   */
  takeMove(move: () => Promise<SidecarMove>): Promise<SidecarMove> {
    return this.enqueue(async () => {
      const moved = await move();
      if (moved.kind === 'moved') this.sidecar = moved.to;
      if (moved.kind !== 'moved' && !openArticle(this.uri)) return moved;
      this.loaded = false;
      await this.load();
      this.host.articleChanged(this.uri);
      const text = openArticle(this.uri)?.getText();
      if (text === undefined || !this.tracker.size) return moved;
      const onDisk = await readArticle(this.uri).catch(() => undefined);
      if (onDisk === text && openArticle(this.uri)?.getText() === text) await this.takeSave(text)().catch(error => this.saveFailed(error));
      return moved;
    });
  }

  /** The article was closed: the next reader anchors against the file on disk (unsaved edits are gone or saved). */
  unload(): void {
    this.closes++;
    this.loaded = false;
    this.closedText = undefined;
  }

  private async readAndAnchor(): Promise<void> {
    if (!this.sidecar || !(await exists(this.sidecar))) this.sidecar = await findSidecar(this.uri, sidecarLayout(this.uri));
    await this.readDisk();
    if (openArticle(this.uri)) {
      this.closedText = undefined;
      this.missing = false;
    } else {
      await this.readClosedArticle();
      this.missing = this.closedText === undefined;
    }
    const claims = this.disk.kind === 'ok' ? this.disk.claims : this.tracker.annotations();
    this.tracker.reanchorAll(this.text(), claims);
  }

  private async readClosedArticle(): Promise<void> {
    this.closedMtime = await modifiedTime(this.uri);
    this.closedText = await readArticle(this.uri).catch(() => undefined);
  }

  /** Sets `disk` from the file, and the Problems panel with it. */
  async readDisk(): Promise<void> {
    const sidecar = this.sidecar;
    if (!sidecar) {
      this.disk = { kind: 'none' };
      return;
    }
    const read = await readSidecar(sidecar);
    if (read.kind === 'missing') {
      this.disk = { kind: 'none' };
      this.host.diagnostics.clear(sidecar);
      return;
    }
    if (read.kind === 'unreadable') {
      this.disk = { kind: 'invalid', problems: [read.problem] };
      this.host.diagnostics.show(sidecar, this.disk.problems);
      return;
    }
    const twin = await twinSidecar(sidecar, this.uri);
    if (twin) {
      // two sidecars for one article: neither is used or written until one is left
      this.disk = { kind: 'invalid', problems: [{ message: twoSidecarsMessage(this.uri.path), line: 1, column: 1 }] };
      for (const file of [sidecar, twin]) this.host.diagnostics.show(file, this.disk.problems);
      return;
    }
    this.host.diagnostics.clear(otherLayoutOf(sidecar, this.uri)); // no longer two sidecars, if there were
    const parsed = parseSidecar(read.text, { extraStatuses: extraStatuses(this.uri) });
    if (parsed.ok) {
      this.disk = { kind: 'ok', text: read.text, claims: parsed.sidecar.claims };
      if (parsed.warnings.length) this.host.diagnostics.show(sidecar, parsed.warnings);
      else this.host.diagnostics.clear(sidecar);
    } else {
      this.disk = { kind: 'invalid', problems: parsed.problems };
      this.host.diagnostics.show(sidecar, parsed.problems);
    }
  }

  /** Rejects while the sidecar does not parse; reads it again first, in case it was fixed a moment ago. */
  async assertWritable(): Promise<void> {
    if (this.disk.kind !== 'invalid') return;
    await this.readDisk();
    const disk = this.disk as DiskState; // changed by readDisk
    if (disk.kind === 'invalid') throw blockedError(this.sidecar ?? this.uri, disk.problems);
    if (disk.kind === 'ok') this.tracker.replace(this.text(), disk.claims);
    this.host.articleChanged(this.uri);
  }

  /** Ids in use, in the tracker or on disk: a new entry gets none of them. */
  takenIds(): Set<string> {
    const ids = this.tracker.ids();
    if (this.disk.kind === 'ok') for (const c of this.disk.claims) ids.add(c.id);
    return ids;
  }

  /** The article as saved on disk, when the open document's text is not that (unsaved edits). Compares the texts
   *  rather than asking `isDirty`: the extension host may hear that a document is dirty after it hears of the edit
   *  (and of a revert before it is clean again), and anchors of a buffer that is not on disk must not be written.
   *  Read `text()` right after awaiting this, before any other await, so both are of the same moment. */
  async savedTextIfUnsaved(): Promise<string | undefined> {
    if (!openArticle(this.uri)) return undefined;
    const saved = await readArticle(this.uri).catch(() => undefined);
    return saved === undefined || saved === this.text() ? undefined : saved;
  }

  /**
   * Writes an entry placed anew (a new claim, a re-attached one) whose anchor is its place in the current text. It is
   * tracked there from now on, so edits made while it is written move it along and a save meanwhile writes its place.
   * With unsaved edits (`saved` is the article as saved) it is stored at the same words in the saved text when they
   * are there: closing without saving must leave anchors that fit the file. If the write fails, the entry is as before.
   */
  async writePlaced(annotation: ClaimAnnotation, saved: string | undefined): Promise<void> {
    const live = annotation.anchor;
    const claim = { ...annotation, anchor: (saved !== undefined && anchorIn(saved, live)) || live };
    const previous = this.tracker.get(claim.id);
    this.tracker.set(claim, live);
    try {
      await this.write(replaceClaim(this.tracker.annotations(), claim));
    } catch (error) {
      if (this.tracker.get(claim.id)?.annotation === claim) {
        if (previous) this.tracker.restore(previous);
        else this.tracker.remove(claim.id);
      }
      throw error;
    }
  }

  /** Read-modify-write of the sidecar so that it holds `claims` (merged with changes made on disk meanwhile).
   *  `ours`: anchors written from entries' live places, which keep following the edits made meanwhile. */
  async write(claims: ClaimAnnotation[], ours?: ReadonlyMap<string, Anchor>): Promise<void> {
    // someone may write the file between our read and our rename: then read, merge and try again
    for (let attempt = 1; ; attempt++) {
      if (await this.tryWrite(claims, ours)) return;
      if (attempt === WRITE_ATTEMPTS) throw new Error('The fact-check file keeps changing on disk; nothing was written. Try again in a moment.');
    }
  }

  /** One read-modify-write; false when the file changed under us before the rename (nothing was replaced). */
  private async tryWrite(claims: ClaimAnnotation[], ours?: ReadonlyMap<string, Anchor>): Promise<boolean> {
    const target = this.sidecar ?? sidecarUriFor(this.uri, sidecarLayout(this.uri));
    const options = { extraStatuses: extraStatuses(this.uri) };
    const onDisk = await readSidecar(target);
    const blocked = (problems: SidecarProblem[]): Error => {
      this.sidecar = target;
      this.disk = { kind: 'invalid', problems };
      this.host.diagnostics.show(target, problems);
      this.host.articleChanged(this.uri);
      return blockedError(target, problems);
    };
    if (onDisk.kind === 'unreadable') throw blocked([onDisk.problem]);
    const plan = planSidecarWrite({
      base: this.disk.kind === 'ok' ? this.disk.text : undefined,
      disk: onDisk.kind === 'text' ? onDisk.text : undefined,
      claims,
      articleName: baseName(this.uri.path),
      options,
    });
    if (plan.action === 'blocked') throw blocked(plan.problems);
    const text = plan.action === 'write' ? plan.text : onDisk.kind === 'text' ? onDisk.text : undefined;
    if (text === undefined) return true; // nothing to write and no file: nothing changes
    const written = parseSidecar(text, options);
    if (!written.ok) throw blocked(written.problems); // unreachable: the plan only returns text that reads back
    if (plan.action === 'write') {
      const readText = onDisk.kind === 'text' ? onDisk.text : undefined;
      if (!(await writeAtomically(target, text, () => sidecarStill(target, readText)))) return false;
    }
    const created = !this.sidecar;
    this.sidecar = target;
    this.disk = { kind: 'ok', text, claims: written.sidecar.claims };
    if (written.warnings.length) this.host.diagnostics.show(target, written.warnings);
    else this.host.diagnostics.clear(target);
    this.tracker.replace(this.text(), written.sidecar.claims, ours);
    this.host.articleChanged(this.uri);
    if (created) this.host.articlesChanged();
    if (plan.conflicts.length) {
      const name = vscode.workspace.asRelativePath(target, false);
      const details = plan.conflicts.map(c => `“${shortText((c.mine ?? c.theirs)?.anchor.quote ?? '', 60)}”: ${c.reason}`).join('; ');
      this.host.message({ severity: 'warning', text: `Factcheck: ${name} was also changed elsewhere; the changes were merged. ${details}.` });
    }
    return true;
  }

  /** The article was saved with `text`: its anchors as saved are taken now (the write may wait behind other work
   *  while the user types on) and written unless the sidecar already holds them. A save during a reload (a rename
   *  moving the sidecar) is taken once the reload has placed the annotations, if the text is still as saved. */
  saved(text: string): void {
    // a review not loaded when its article is saved is read now: a save must leave anchors that fit the file whenever
    // the article has verdicts. The editor may have reopened it under a new name, or closed it as the save landed (an
    // auto-save racing "Revert and Close"): then the review is read from the file, which is what was saved.
    if (!this.loaded && !this.loading && (openArticle(this.uri) || this.sidecar)) void this.reload();
    if (!this.loaded && this.loading) {
      // a reload is queued: this save is taken right after it, in the same queue (so whenIdle covers its write)
      this.runSave(async () => {
        if (this.loaded && this.tracker.size && this.text() === text) await this.takeSave(text)();
      });
      return;
    }
    if (!this.loaded || !this.tracker.size) return;
    this.runSave(this.takeSave(text));
  }

  /** Takes the anchors of `text` now; the work it returns writes them unless the sidecar already holds them. */
  private takeSave(text: string): () => Promise<void> {
    const reattached = retryOrphans(this.tracker, text);
    const point = this.tracker.savePoint(text);
    return async () => {
      if (this.disk.kind !== 'ok') return;
      const { claims, ours } = this.tracker.claimsFor(point, openArticle(this.uri)?.getText());
      const stored = this.disk.claims;
      const changed = claims.length !== stored.length || claims.some((c, i) => !sameClaim(c, stored[i]));
      if (changed) await this.write(claims, ours);
      else if (reattached) this.host.articleChanged(this.uri);
    };
  }

  private runSave(work: () => Promise<void>): void {
    void this.enqueue(work).catch(error => this.saveFailed(error));
  }

  private saveFailed(error: unknown): void {
    this.host.message({ severity: 'error', text: `Factcheck: the claims' positions could not be saved. ${error instanceof Error ? error.message : String(error)}` });
  }

  /** The sidecar changed on disk (a hand edit, a git pull, or our own write coming back through the watcher). */
  diskChanged(): Promise<void> {
    return this.enqueue(async () => {
      const before = this.disk;
      await this.readDisk();
      const after = this.disk;
      if (after.kind === 'ok' && before.kind === 'ok' && after.text === before.text) return; // our own write
      // the file wins; entries whose stored anchor changed are anchored again, and all of them when the article is
      // closed (a pull changes the article too, and nothing tracked its edits)
      if (after.kind === 'ok' && openArticle(this.uri)) this.tracker.replace(this.text(), after.claims);
      else if (after.kind === 'ok') {
        const previous = this.closedText;
        await this.readClosedArticle();
        this.closedText ??= previous;
        this.tracker.reanchorAll(this.text(), after.claims);
      }
      this.host.articleChanged(this.uri);
    });
  }

  /** The article's sidecar in the other layout appeared, changed or went: with both there is a conflict, else the
   *  sidecar is usable again. */
  twinChanged(): Promise<void> {
    return this.enqueue(async () => {
      const before = this.disk;
      await this.readDisk();
      const after = this.disk as DiskState; // changed by readDisk
      if (after.kind === 'ok' && !(before.kind === 'ok' && before.text === after.text)) this.tracker.replace(this.text(), after.claims);
      this.host.articleChanged(this.uri);
    });
  }

  /** The sidecar was deleted (or moved away): the article keeps what another sidecar of it holds, if any.
   *  Resolves to whether a sidecar is left. */
  async diskDeleted(): Promise<boolean> {
    if (this.sidecar) this.host.diagnostics.clear(this.sidecar);
    this.sidecar = await findSidecar(this.uri, sidecarLayout(this.uri));
    await this.readDisk();
    if (this.loaded) this.tracker.replace(this.text(), this.disk.kind === 'ok' ? this.disk.claims : []);
    return this.sidecar !== undefined;
  }
}

/** `anchor`'s words found again in `text` (the article as saved), anchored there; undefined when they are not there. */
export function anchorIn(text: string, anchor: Anchor): Anchor | undefined {
  const match = reanchor(text, anchor);
  return match.orphaned ? undefined : createAnchor(text, match.start, match.end);
}

/** The article a sidecar path belongs to, or undefined for a path that is not a sidecar's. */
export function articleOf(sidecar: vscode.Uri): vscode.Uri | undefined {
  const articlePath = articlePathFor(sidecar.path);
  return articlePath ? sidecar.with({ path: articlePath }) : undefined;
}
