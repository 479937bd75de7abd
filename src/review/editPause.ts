// The one clock of the extension: after a pause in typing in an article, it is analysed again, orphaned annotations
// whose text is back are attached again, and the views hear one change. While a pause is pending, the store holds
// the article's other changes back, so no view redraws mid-word and nothing else keeps a timer of its own for edits.
import type * as vscode from 'vscode';

/** Milliseconds of quiet after the last edit of an article before it is analysed again and its views rebuilt. */
export const EDIT_DEBOUNCE_MS = 300;

export class EditPause implements vscode.Disposable {
  private readonly timers = new Map<string, { document: vscode.TextDocument; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly settled: (document: vscode.TextDocument) => void) {}

  /** The document was typed in: its pause starts again. */
  edited(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key)?.timer);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed) this.settled(document);
    }, EDIT_DEBOUNCE_MS);
    this.timers.set(key, { document, timer });
  }

  /** Whether the article was typed in less than a pause ago. */
  isPending(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString())?.timer);
    this.timers.delete(uri.toString());
  }

  dispose(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
