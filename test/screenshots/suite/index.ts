// `npm run screenshots`, inside VS Code: walks through the demo workspace (a copy of samples/) the way the README and
// the Getting Started walkthrough tell it, and asks the harness (test/vscode-host/browser.js) for a picture at each
// step: the README's in a light and a dark theme (the first one in high contrast too), the walkthrough's small ones
// once. The harness also saves the workbench's text, which test/screenshots/run.js checks for machine details and
// test debris. Every step waits for what it shows, so other changes to the views do not need new timings here.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Layout of the 1400×860 workbench the harness opens: the side bar is x 48–348, the status bar starts at y 838; with
 *  the side bar closed, an editor beside another starts at x 724. The walkthrough's cuts of it are small (the .vsix
 *  ships them). */
const WALKTHROUGH_CUT = {
  hover: 'around=.monaco-hover pad=20 scale=0.56',
  firstLines: '348,88,800,130 scale=0.58',
  sidecarBeside: '724,35,676,280 scale=0.56',
  claimsView: '48,35,300,380 scale=0.62',
};

async function shot(name: string, framing = ''): Promise<void> {
  await vscode.commands.executeCommand('notifications.clearAll');
  await sleep(500);
  console.log(`@@screenshot ${name}${framing ? ` ${framing}` : ''}`);
  // nothing changes on screen until the harness has taken it: it writes the picture's text last
  const text = path.join(process.env.SCREENSHOT_TEXT_DIR!, `${name.replace(/[/\\]/g, '_')}.txt`);
  await waitFor(`the picture ${name}`, () => fs.existsSync(text), 60000);
}

async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function openArticle(factcheck: FactcheckApi, name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, name), { preview: false });
  await waitFor('the review', () => factcheck.reviewOf(editor.document.uri)?.claims.length);
  await waitFor('the status bar counts', () => factcheck.editor!.statusBar().text);
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

/** The Claims view in front, every group and article open, grouped as asked. */
async function showClaimsView(factcheck: FactcheckApi, grouping: 'groupByArticle' | 'groupByStatus'): Promise<void> {
  await vscode.commands.executeCommand(`factcheck.claims.${grouping}`);
  await vscode.commands.executeCommand('factcheck.claims.focus');
  const tree = factcheck.claimsTree!;
  const roots = await waitFor('the Claims view\'s rows', async () => {
    const nodes = await tree.provider.getChildren();
    return nodes?.length ? nodes : undefined;
  });
  for (const node of roots) await Promise.resolve(tree.view.reveal(node, { expand: 2 })).catch(() => undefined);
}

const ARTICLE = 'harbour-bridge-funding.md';

async function pictures(theme: string, suffix: string, factcheck: FactcheckApi, walkthrough: boolean): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closePanel');

  // 1. the article, a reviewed claim's hover (README "Walkthrough" 1–2; Getting Started: open the sample)
  await vscode.commands.executeCommand('workbench.view.explorer');
  let editor = await openArticle(factcheck, ARTICLE);
  cursorAt(editor, 'Ayodele Okonkwo, who');
  await showHover();
  await shot(`screenshots/article-hover-${suffix}`);
  if (walkthrough) await shot('walkthrough/open-sample.webp', WALKTHROUGH_CUT.hover);

  // 2. reviewing from the keyboard: Ctrl+Alt+F N from the top, the claim outlined, the status bar counting
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.window.showTextDocument(editor.document, { preview: false });
  editor = vscode.window.activeTextEditor!;
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  await vscode.commands.executeCommand('factcheck.nextUnreviewedClaim');
  await shot(`screenshots/review-keyboard-${suffix}`);
  if (walkthrough) await shot('walkthrough/review-keyboard.webp', WALKTHROUGH_CUT.firstLines);

  // 3. the sidecar beside its article, as the walkthrough's "Open the Fact-check File" shows it (the side bar closed:
  // a sidecar's lines are long)
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('factcheck.openSidecar');
  await waitFor('the sidecar beside the article', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('.factcheck.yaml'));
  await shot(`screenshots/sidecar-${suffix}`);
  if (walkthrough) await shot('walkthrough/sidecar.webp', WALKTHROUGH_CUT.sidecarBeside);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

  // 4. the Claims view by article, with the detached verdict, and People & Dates
  await vscode.window.showTextDocument(editor.document);
  await showClaimsView(factcheck, 'groupByArticle');
  await vscode.commands.executeCommand('factcheck.peopleDates.focus');
  await shot(`screenshots/claims-view-${suffix}`);
  if (walkthrough) await shot('walkthrough/claims-view.webp', WALKTHROUGH_CUT.claimsView);

  // 5. the claim changed since review: its hover with the word diff, and the Claims view by status
  await showClaimsView(factcheck, 'groupByStatus');
  editor = await vscode.window.showTextDocument(editor.document);
  cursorAt(editor, 'Marchetti told reporters');
  await showHover();
  await shot(`screenshots/changed-since-review-${suffix}`);
  await vscode.commands.executeCommand('factcheck.claims.groupByArticle');

  // 6. the Getting Started walkthrough (Help → Welcome), as a newcomer finds it, with the first step's picture
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'factcheck-desk.factcheck#factcheck.gettingStarted', false);
  await sleep(2500); // the page draws its picture after it opens
  await shot(`screenshots/walkthrough-${suffix}`);
}

/** A follow-up story written into the folder for the last pictures: it repeats the claim the desk disputed in the
 *  sample and one it verified, so "checked before" has something to say. */
const FOLLOW_UP = 'harbour-bridge-bids.md';
const FOLLOW_UP_TEXT = `# Four groups bid to build Haldenstadt's new harbour bridge

HALDENSTADT, March 19 (Northline News) - Four construction groups have bid for the contract to build the new harbour bridge, the city said on Wednesday.

The city will receive €240 million from the national infrastructure fund to replace its 1962 harbour bridge.

Ayodele Okonkwo, who chairs the regional chamber of commerce, told the council that detours had cost haulage firms "well over €25 million" and that three companies had moved their depots out of the port area in the past 12 months.

The winning bid will be announced in June, a spokesman for the mayor said.
`;

/** "Checked before" (README step 6): the follow-up story with its hints, the Claims view filtered to "seen before". */
async function seenBeforePicture(theme: string, suffix: string, factcheck: FactcheckApi): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await openArticle(factcheck, FOLLOW_UP);
  await waitFor('the hints after the claims checked before', () => (factcheck.editor!.seenBeforeHintsOf(editor.document.uri)?.length ?? 0) >= 2);
  await vscode.commands.executeCommand('factcheck.claims.filterSeenBefore', true);
  await showClaimsView(factcheck, 'groupByArticle');
  cursorAt(editor, 'HALDENSTADT, March 19', vscode.TextEditorRevealType.AtTop);
  await shot(`screenshots/seen-before-${suffix}`);
  await vscode.commands.executeCommand('factcheck.claims.filterSeenBefore', false);
}

/** A long list in the Claims view (not for the README: checked by eye, written beside the test output): an article of
 *  more than 200 claims, made at run time from the sample article's own paragraphs, expanded by article and scrolled
 *  to its "Show 200 more…" row, the keyboard's focus on it; then that row chosen with Enter. */
async function showMorePicture(factcheck: FactcheckApi): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, ARTICLE)));
  const paragraphs = sample.split(/\n\n+/).filter(p => !p.startsWith('#') && !p.startsWith('---'));
  const parts = Array.from({ length: 30 }, (_, i) => `## Part ${i + 1}\n\n${paragraphs.join('\n\n')}`);
  const long = vscode.Uri.joinPath(folder, 'harbour-bridge-dossier.md');
  await vscode.workspace.fs.writeFile(long, new TextEncoder().encode(`# The harbour bridge dossier\n\n${parts.join('\n\n')}\n`));
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const tree = factcheck.claimsTree!;
  await vscode.commands.executeCommand('factcheck.claims.groupByArticle');
  await vscode.commands.executeCommand('factcheck.claims.focus');
  const more = await waitFor('the long article\'s "Show more" row', async () => {
    const article = (await tree.provider.getChildren() ?? []).find(n => n.kind === 'article' && n.uri === long.toString());
    const rows = article ? await tree.provider.getChildren(article) : [];
    const last = rows[rows.length - 1];
    return last?.kind === 'more' ? last : undefined;
  }, 120000);
  await tree.view.reveal(more, { select: true, focus: true });
  await shot('../.test-output/screenshots/claims-show-more-light');
  await vscode.commands.executeCommand('list.select'); // Enter on the focused row
  await sleep(1500);
  await shot('../.test-output/screenshots/claims-show-more-after-light');
}

export async function run(): Promise<void> {
  const factcheck = await vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck')!.activate();
  await vscode.workspace.getConfiguration('factcheck').update('reviewer', 'Dana Reyes', vscode.ConfigurationTarget.Global);
  // the walkthrough page's footer about usage data belongs to the test host (code-server), not to the extension
  await vscode.workspace.getConfiguration('telemetry').update('telemetryLevel', 'off', vscode.ConfigurationTarget.Global);
  await pictures('Default Light Modern', 'light', factcheck, false);
  await pictures('Default Dark Modern', 'dark', factcheck, true);
  // high contrast: the first picture is enough to see that every cue survives without backgrounds
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', 'Default High Contrast', vscode.ConfigurationTarget.Global);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.view.explorer');
  const editor = await openArticle(factcheck, ARTICLE);
  cursorAt(editor, 'Ayodele Okonkwo, who');
  await showHover();
  await shot('screenshots/article-hover-high-contrast');

  // last, so that no other picture shows the follow-up story
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, FOLLOW_UP), new TextEncoder().encode(FOLLOW_UP_TEXT));
  await seenBeforePicture('Default Light Modern', 'light', factcheck);
  await seenBeforePicture('Default Dark Modern', 'dark', factcheck);
  await showMorePicture(factcheck);
}
