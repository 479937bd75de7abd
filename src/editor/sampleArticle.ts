// The Getting Started walkthrough's sample: a news story shipped in the extension (the project's samples/, with a
// colleague's verdicts in its sidecar). The installed extension's folder may be read-only and is replaced on every
// update, so "Open Sample Article" opens a copy in the extension's own storage: what a newcomer reviews there is kept
// between sessions and never lands in their workspace. A copy that exists is opened as it is, never overwritten.
import * as vscode from 'vscode';
import { WALKTHROUGH_COMMAND } from '../commandIds';
import { extensionHost } from '../review/host';
import { exists } from '../review/sidecarFiles';
import { SAMPLE_ARTICLE, SAMPLE_FILES } from './sampleFiles';

/** Copies what is missing of the sample into `storage`/sample and opens the article: beside the walkthrough when that
 *  (or another page that is not a text editor) is in front, so its steps stay in view. */
async function openSampleArticle(extensionUri: vscode.Uri, storage: vscode.Uri): Promise<vscode.TextEditor> {
  const folder = vscode.Uri.joinPath(storage, 'sample');
  await vscode.workspace.fs.createDirectory(folder);
  for (const name of SAMPLE_FILES) {
    const copy = vscode.Uri.joinPath(folder, name);
    if (!(await exists(copy))) await vscode.workspace.fs.writeFile(copy, await extensionHost().readExtensionFile(vscode.Uri.joinPath(extensionUri, 'samples', name)));
  }
  const activeTab = vscode.window.tabGroups.activeTabGroup.activeTab;
  const besidePage = activeTab !== undefined && !(activeTab.input instanceof vscode.TabInputText);
  return vscode.window.showTextDocument(vscode.Uri.joinPath(folder, SAMPLE_ARTICLE), {
    preview: false, viewColumn: besidePage ? vscode.ViewColumn.Beside : undefined,
  });
}

export function registerSampleArticle(context: vscode.ExtensionContext): vscode.Disposable {
  const register = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
  return register(WALKTHROUGH_COMMAND.openSample, async () => {
    try {
      return (await openSampleArticle(context.extensionUri, context.globalStorageUri)).document.uri;
    } catch (error) {
      void vscode.window.showErrorMessage(`Factcheck: the sample article could not be opened: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  });
}
