// `npm run screenshots`, inside VS Code: walks through the demo workspace (a copy of samples/) the way the README and
// the Getting Started walkthrough tell it, and asks the harness (test/vscode-host/browser.js) for a picture at each
// step, in a light and a dark theme, and the first one in high contrast. The harness also saves the workbench's text,
// which test/screenshots/run.js checks for machine details and test debris.
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function shot(name: string): Promise<void> {
  await vscode.commands.executeCommand('notifications.clearAll');
  await sleep(1500);
  console.log(`@@screenshot ${name}`);
  await sleep(800);
}

async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function openArticle(factcheck: FactcheckApi, name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, name), { preview: false });
  await waitFor('the review', () => factcheck.reviewOf(editor.document.uri)?.claims.length);
  return editor;
}

function cursorAt(editor: vscode.TextEditor, text: string, reveal = vscode.TextEditorRevealType.InCenter): void {
  const offset = editor.document.getText().indexOf(text);
  if (offset < 0) throw new Error(`"${text}" is not in ${editor.document.uri.path}`);
  const at = editor.document.positionAt(offset + 2);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), reveal);
}

async function showHover(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await sleep(1000); // the review's decorations and hover provider are ready once the article is drawn
  await vscode.commands.executeCommand('editor.action.showHover');
}

async function pictures(theme: string, suffix: string, factcheck: FactcheckApi): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closePanel');

  // 1. the article, a reviewed claim's hover
  await vscode.commands.executeCommand('workbench.view.explorer');
  let editor = await openArticle(factcheck, 'harbour-bridge-funding.md');
  cursorAt(editor, 'Ayodele Okonkwo, who');
  await showHover();
  await shot(`article-hover-${suffix}`);

  // 2. reviewing from the keyboard: the next unreviewed claim, outlined, status bar counting (the hover closed with
  // its editor)
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.window.showTextDocument(editor.document, { preview: false });
  editor = vscode.window.activeTextEditor!;
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  await vscode.commands.executeCommand('factcheck.nextUnreviewedClaim');
  await shot(`review-keyboard-${suffix}`);

  // 3. the sidecar beside its article
  const sidecar = factcheck.reviews.sidecarOf(editor.document.uri)!;
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sidecar), { viewColumn: vscode.ViewColumn.Beside, preview: false });
  await shot(`sidecar-${suffix}`);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

  // 4. the Claims view and People & Dates
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('factcheck.claims.focus');
  await sleep(1500); // the view asks for its nodes once shown
  const tree = factcheck.claimsTree!;
  for (const node of await tree.provider.getChildren()) {
    await Promise.resolve(tree.view.reveal(node, { expand: 2 })).catch(() => undefined);
  }
  await vscode.commands.executeCommand('factcheck.peopleDates.focus');
  await shot(`claims-view-${suffix}`);
}

export async function run(): Promise<void> {
  const factcheck = await vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck')!.activate();
  await vscode.workspace.getConfiguration('factcheck').update('reviewer', 'Dana Reyes', vscode.ConfigurationTarget.Global);
  await pictures('Default Light Modern', 'light', factcheck);
  await pictures('Default Dark Modern', 'dark', factcheck);
  // high contrast: the first picture is enough to see that every cue survives without backgrounds
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', 'Default High Contrast', vscode.ConfigurationTarget.Global);
  const editor = await openArticle(factcheck, 'harbour-bridge-funding.md');
  cursorAt(editor, 'Ayodele Okonkwo, who');
  await showHover();
  await shot('article-hover-high-contrast');
}
