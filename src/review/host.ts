// What differs between the two extension hosts Factcheck runs in: Node (desktop VS Code, code-server; package.json
// `main`, src/main.ts) and the browser's web worker (vscode.dev, github.dev; package.json `browser`, src/browser.ts).
// Everything else — core, the review layer, the editor and the Claims view — is the same code in both. The entry point
// sets the host's adapters once, before activation; the review layer asks for them here.
import type * as vscode from 'vscode';
import type { Detection } from '../core/detect/detection';
import type { DateInWords } from '../core/present/dateText';
import type { Analysis, AnalyzeOptions } from '../core/detect/spans';
import type { CompactAnalysis } from '../core/workspace/compactAnalysis';

/** Detection away from the extension host's thread (large articles, the workspace index). */
export interface BackgroundAnalyzer {
  analyze(text: string, options: AnalyzeOptions): Promise<Analysis>;
  /** compactAnalysis(analyze(text, options)), made off this thread: what the workspace index keeps. */
  analyzeCompact(text: string, options: AnalyzeOptions): Promise<CompactAnalysis>;
  dispose(): void;
}

export interface ExtensionHost {
  /** Which entry runs: shown nowhere but in tests and logs. */
  readonly name: 'node' | 'web';
  /** Detection on this thread (core/detect/detection.ts): in Node the bundle's own, set up at the first analysis; in
   *  the browser the analysis worker's script, evaluated here. */
  detection(): Detection;
  /** A new background analyser (a worker thread in Node, a Web Worker in the browser). */
  backgroundAnalysis(): BackgroundAnalyzer;
  /** The day (YYYY-MM-DD) a file on this machine's disk was last modified; undefined where the host has no disk. */
  fileModifiedDay(file: vscode.Uri): string | undefined;
  /** One of the extension's own files (`extensionUri`/…): workspace.fs in Node; in the browser fetch, since the
   *  extension may be served over http(s), which workspace.fs cannot read. */
  readExtensionFile(file: vscode.Uri): Promise<Uint8Array>;
  /** git's `user.name` for the folder; undefined where git cannot run (the browser has none). */
  gitUserName(folder: vscode.Uri): Promise<string | undefined>;
  /**
   * Replaces a `file:` URI's file atomically with the host's own file system (mode kept, read-only refused, symbolic
   * links written through); false when `beforeReplace` said no. Absent in the browser: there every write goes through
   * `vscode.workspace.fs` (a temporary sibling renamed over the file, the best it offers).
   */
  writeLocalFile?(file: vscode.Uri, text: string, beforeReplace: () => Promise<boolean>): Promise<boolean>;
}

let current: ExtensionHost | undefined;

/** Called by the entry point before anything else of the extension runs. */
export function useExtensionHost(host: ExtensionHost): void {
  current = host;
}

export function extensionHost(): ExtensionHost {
  if (!current) throw new Error('factcheck: no extension host adapters (the entry point must call useExtensionHost first)');
  return current;
}

/** A date in words from this host's detection (core/present/dateText.ts), for a span without its display: detection
 *  is asked only then, and the extension's bundle holds no copy of its date words. */
export const dateInWords: DateInWords = date => extensionHost().detection().displayDate(date);
