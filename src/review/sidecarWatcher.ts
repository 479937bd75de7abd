// Sidecars changed outside the store (git pull, a hand edit, another editor) are noticed here. The store re-reads
// them and compares with what it last wrote, so its own writes come back as no-ops and never loop.
import * as vscode from 'vscode';
import { SIDECAR_GLOB } from './sidecarFiles';

export interface SidecarEvents {
  changed(sidecar: vscode.Uri): void;
  deleted(sidecar: vscode.Uri): void;
}

export function watchSidecars(events: SidecarEvents): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB);
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(uri => events.changed(uri)),
    watcher.onDidChange(uri => events.changed(uri)),
    watcher.onDidDelete(uri => events.deleted(uri)),
  );
}
