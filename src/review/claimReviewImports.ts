// ClaimReview files in the workspace (`*.claimreview.json`, `*.claimreview.jsonld`) read as earlier verdicts, kept up
// to date as they are added, edited or deleted: what "checked before" matching compares claims with besides the
// workspace's own verdicts. Read-only. A malformed file's problems are in the Problems panel at their line and
// column; its readable fact-checks are still used. The reading is core/claimReview/import.ts.
import * as vscode from 'vscode';
import { CLAIM_REVIEW_GLOB, earlierVerdictsFromClaimReview } from '../core/claimReview/import';
import type { EarlierVerdict } from '../core/match/earlierVerdict';
import { SidecarDiagnostics } from './diagnostics';
import { claimReviewSettings, indexExclude } from './settings';

export class ClaimReviewImports implements vscode.Disposable {
  private readonly byFile = new Map<string, EarlierVerdict[]>();
  private readonly diagnostics = new SidecarDiagnostics();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when the imported verdicts changed (a file added, edited or deleted). */
  readonly onDidChange = this.changeEmitter.event;
  private readonly subscriptions: vscode.Disposable[];
  private scanning: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(CLAIM_REVIEW_GLOB);
    this.subscriptions = [
      watcher,
      watcher.onDidCreate(uri => void this.read(uri)),
      watcher.onDidChange(uri => void this.read(uri)),
      watcher.onDidDelete(uri => this.forget(uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('factcheck.claimReview.ratings') || event.affectsConfiguration('factcheck.exclude')) void this.scan();
      }),
    ];
    this.scanning = this.scan();
  }

  /** Every imported verdict, file by file. */
  verdicts(): EarlierVerdict[] {
    return [...this.byFile.values()].flat();
  }

  /** Every imported verdict with the file it was read from (to open it). */
  verdictsByFile(): [vscode.Uri, readonly EarlierVerdict[]][] {
    return [...this.byFile].map(([key, verdicts]) => [vscode.Uri.parse(key), verdicts]);
  }

  /** Resolves once the workspace's files have been read (tests, and matching that must not miss them). */
  whenRead(): Promise<void> {
    return this.scanning;
  }

  /** Looks for the files again and reads them all. */
  scan(): Promise<void> {
    this.scanning = (async () => {
      // only files known before the search can be gone: one the watcher read meanwhile stays
      const before = new Set(this.byFile.keys());
      const found: vscode.Uri[] = [];
      // each folder with its own `factcheck.exclude` (a resource setting)
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const exclude = indexExclude(folder.uri);
        found.push(...await vscode.workspace.findFiles(new vscode.RelativePattern(folder, CLAIM_REVIEW_GLOB), exclude.length ? new vscode.RelativePattern(folder, `{${exclude.join(',')}}`) : undefined));
      }
      const seen = new Set(found.map(uri => uri.toString()));
      for (const key of before) if (!seen.has(key)) this.forget(vscode.Uri.parse(key));
      await Promise.all(found.map(uri => this.read(uri, false)));
      this.changeEmitter.fire();
    })();
    return this.scanning;
  }

  private async read(uri: vscode.Uri, announce = true): Promise<void> {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.forget(uri);
      return;
    }
    const team = claimReviewSettings(uri).settings.ratings ?? {};
    const name = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    const { verdicts, problems } = earlierVerdictsFromClaimReview(text, name, team);
    this.byFile.set(uri.toString(), verdicts);
    if (problems.length) this.diagnostics.show(uri, problems);
    else this.diagnostics.clear(uri);
    if (announce) this.changeEmitter.fire();
  }

  private forget(uri: vscode.Uri): void {
    const had = this.byFile.delete(uri.toString());
    this.diagnostics.clear(uri);
    if (had) this.changeEmitter.fire();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.diagnostics.dispose();
    this.changeEmitter.dispose();
  }
}
