// The editor layer inside a real VS Code: what is highlighted, what hovers say, what the commands do to the sidecar,
// the keyboard walk through unreviewed claims, the status bar, the per-file toggle and the size gate.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import { analyze } from '../../../src/core/detect/analyze';
import type { ReviewClaim } from '../../../src/core/review/reviewClaims';
import { deleteArticle, openArticle, useShippedDetectorFiles, waitFor, workspaceUri } from './helpers';

const ARTICLE = 'harbour-bridge.md';

async function api(): Promise<FactcheckApi> {
  const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck');
  assert.ok(extension, 'extension is installed');
  return extension.activate();
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function editorFeatures(factcheck: FactcheckApi) {
  assert.ok(factcheck.editor, 'the API exposes the editor layer');
  return factcheck.editor;
}

/** Offsets of a text in the document (the first occurrence). */
function offsetsOf(document: vscode.TextDocument, text: string): { start: number; end: number } {
  const start = document.getText().indexOf(text);
  assert.ok(start >= 0, `"${text}" is in the article`);
  return { start, end: start + text.length };
}

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<{ values: string[]; markdown: vscode.MarkdownString[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  const markdown = hovers.flatMap(h => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
  return { values: markdown.map(m => m.value), markdown };
}

function claimsOf(factcheck: FactcheckApi, uri: vscode.Uri): ReviewClaim[] {
  return factcheck.reviewOf(uri)?.claims ?? [];
}

/** The claim whose text contains `words`. */
function claimWith(factcheck: FactcheckApi, uri: vscode.Uri, words: string): ReviewClaim {
  const claim = claimsOf(factcheck, uri).find(c => c.text.includes(words));
  assert.ok(claim, `a claim contains "${words}"`);
  return claim;
}

/** For the README: with SCREENSHOT_DIR set, the harness saves a PNG of the workbench showing the hover. */
async function screenshotOfHover(document: vscode.TextDocument, offset: number): Promise<void> {
  if (!process.env.SCREENSHOT_DIR) return;
  const editor = await vscode.window.showTextDocument(document);
  const at = document.positionAt(offset);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('notifications.clearAll');
  await vscode.commands.executeCommand('editor.action.showHover');
  await new Promise(resolve => setTimeout(resolve, 1500));
  console.log('@@screenshot editor-hover');
  await new Promise(resolve => setTimeout(resolve, 500));
}

describe('editor: highlights, hovers, status bar', () => {
  it('decorates exactly the people, dates and claims the analysis and review report', async () => {
    const { document } = await openArticle(ARTICLE);
    const factcheck = await api();
    const record = await waitFor('decorations', () => {
      const r = editorFeatures(factcheck).decorationsOf(document.uri);
      return r && r.state === 'on' && r.claims.unverified.length > 0 ? r : undefined;
    }, 30000); // the first analysis of the session, on a loaded machine
    const analysis = factcheck.analysisOf(document)!;
    const text = document.getText();
    const spans = (list: { start: number; end: number }[]) => list.map(s => text.slice(s.start, s.end));

    assert.deepStrictEqual(record.people, analysis.people.map(({ start, end }) => ({ start, end })));
    assert.deepStrictEqual(record.dates, analysis.dates.map(({ start, end }) => ({ start, end })));
    assert.ok(spans(record.people).includes('Elena Marchetti'), `people: ${spans(record.people).join(' | ')}`);
    assert.ok(spans(record.people).includes('Tomasz Wieczorek'));
    assert.ok(spans(record.dates).some(d => d.includes('April 1')), `dates: ${spans(record.dates).join(' | ')}`);

    const unreviewed = claimsOf(factcheck, document.uri).filter(c => !c.dismissed && !c.orphaned && c.status === 'unverified');
    assert.deepStrictEqual(record.claims.unverified, unreviewed.map(c => ({ start: c.start, end: c.end })));
    const claimTexts = spans(record.claims.unverified);
    assert.ok(claimTexts.some(t => t.includes('40,000 vehicles')), 'the traffic figure is a claim');
    assert.ok(!claimTexts.some(t => t.includes('beautiful day')), 'small talk is not a claim');
  });

  it('shows the claim counts in the status bar', async () => {
    const { document } = await openArticle(ARTICLE);
    const factcheck = await api();
    const expected = claimsOf(factcheck, document.uri).filter(c => !c.dismissed && c.status === 'unverified').length;
    const status = await waitFor('status bar', () => editorFeatures(factcheck).statusBar().text);
    assert.ok(status.endsWith(`$(question) ${expected}`), status);
    assert.match(editorFeatures(factcheck).statusBar().tooltip ?? '', /unverified.*Claims view/);
  });

  it('hovers a claim with its status, why it was flagged and links to act; a person with mentions; a date in words', async () => {
    const { document } = await openArticle(ARTICLE);
    const factcheck = await api();
    const claim = claimWith(factcheck, document.uri, '40,000 vehicles');
    const onClaim = await hoverAt(document, offsetsOf(document, '40,000').start + 1);
    const claimHover = onClaim.values.find(v => v.startsWith('**Claim**'));
    assert.ok(claimHover, `hover: ${onClaim.values.join('\n---\n')}`);
    assert.match(claimHover, /Unverified/);
    assert.match(claimHover, /Why flagged/);
    for (const cue of claim.cues ?? []) assert.ok(claimHover.includes(`${cue} —`), `cue ${cue} explained`);
    assert.match(claimHover, /\(command:factcheck\.markVerified\?/);

    const onPerson = await hoverAt(document, offsetsOf(document, 'Elena Marchetti').start + 2);
    const mentions = factcheck.analysisOf(document)!.people.filter(p => p.entity === 'Elena Marchetti').length;
    assert.ok(mentions >= 2, 'Marchetti is named more than once');
    assert.ok(onPerson.values.includes(`**Person** · Elena Marchetti — ${mentions} mentions in this article`), onPerson.values.join('\n'));

    const dateOffset = offsetsOf(document, 'April 1').start + 1;
    const date = factcheck.analysisOf(document)!.dates.find(d => d.start <= dateOffset && dateOffset < d.end)!;
    const onDate = await hoverAt(document, dateOffset);
    // in words ("Wednesday 1 April 2026"), not the resolved code ("2026-04-01")
    assert.ok(date.value, 'April 1 is resolved');
    assert.ok(onDate.values.some(v => v.startsWith('**Date') && /\b1 April\b/.test(v) && !v.includes(date.value!)), onDate.values.join('\n'));
  });

  it('walks the unreviewed claims in order with next and previous, wrapping around', async () => {
    const editor = await openArticle(ARTICLE);
    const factcheck = await api();
    const todo = claimsOf(factcheck, editor.document.uri).filter(c => !c.dismissed && !c.orphaned && c.status === 'unverified');
    assert.ok(todo.length >= 3);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const forward: string[] = [];
    for (let i = 0; i <= todo.length; i++) forward.push(await vscode.commands.executeCommand<string>('factcheck.nextUnreviewedClaim'));
    assert.deepStrictEqual(forward, [...todo.map(c => c.key), todo[0].key]);
    assert.strictEqual(editor.document.offsetAt(editor.selection.active), todo[0].start, 'the cursor is at the claim');
    assert.ok(editor.selection.isEmpty, 'no text is selected, so typing cannot replace the claim');

    const backward: string[] = [];
    for (let i = 0; i < todo.length; i++) backward.push(await vscode.commands.executeCommand<string>('factcheck.previousUnreviewedClaim'));
    assert.deepStrictEqual(backward, [...todo.map(c => c.key)].reverse());
  });

  it('a claim command without a claim under the cursor changes nothing', async () => {
    const editor = await openArticle(ARTICLE);
    const factcheck = await api();
    const { start } = offsetsOf(editor.document, 'beautiful day');
    assert.ok(!claimsOf(factcheck, editor.document.uri).some(c => c.start! <= start && start <= c.end!));
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start));
    assert.deepStrictEqual(await vscode.commands.executeCommand('factcheck.markVerified'), []);
  });

  it('warns in the status bar when the article\'s sidecar cannot be read', async () => {
    const article = workspaceUri('broken-sidecar.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('The ministry said on Monday that 12,000 homes had lost power.\n'));
    await vscode.workspace.fs.writeFile(workspaceUri('broken-sidecar.txt.factcheck.yaml'), new TextEncoder().encode('version: 1\nclaims: [ {id: \n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    const features = editorFeatures(await api());
    const text = await waitFor('warning in the status bar', () => features.statusBar().text?.startsWith('$(alert)') && features.statusBar().text, 20000);
    assert.ok(text, 'status bar warns');
    assert.match(features.statusBar().tooltip ?? '', /sidecar file has problems/);
  });

  it('turns off and on again for the current file', async () => {
    const { document } = await openArticle(ARTICLE);
    const features = editorFeatures(await api());
    assert.strictEqual(await vscode.commands.executeCommand('factcheck.toggleForFile'), false);
    const off = await waitFor('decorations cleared', () => {
      const r = features.decorationsOf(document.uri);
      return r?.state === 'off' ? r : undefined;
    });
    assert.deepStrictEqual([off.people.length, off.dates.length, off.claims.unverified.length], [0, 0, 0]);
    assert.match(features.statusBar().text ?? '', /Factcheck off/);
    const hover = await hoverAt(document, offsetsOf(document, 'Elena Marchetti').start + 2);
    assert.deepStrictEqual(hover.values.filter(v => v.startsWith('**Person')), [], 'no hover while off');

    assert.strictEqual(await vscode.commands.executeCommand('factcheck.toggleForFile'), true);
    await waitFor('decorations back', () => (features.decorationsOf(document.uri)?.claims.unverified.length ?? 0) > 0);
  });
});

describe('editor: review commands write the sidecar', () => {
  const sidecarUri = () => workspaceUri(`${ARTICLE}.factcheck.yaml`);
  async function sidecarText(): Promise<string> {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri()));
  }
  /** Puts the cursor inside the claim containing `words` and returns that claim. */
  async function cursorIn(words: string): Promise<{ editor: vscode.TextEditor; factcheck: FactcheckApi; claim: ReviewClaim }> {
    const editor = await openArticle(ARTICLE);
    const factcheck = await api();
    const claim = claimWith(factcheck, editor.document.uri, words);
    const at = editor.document.positionAt(offsetsOf(editor.document, words).start + 1);
    editor.selection = new vscode.Selection(at, at);
    return { editor, factcheck, claim };
  }
  const recorded = (factcheck: FactcheckApi, uri: vscode.Uri, style: 'verified' | 'disputed' | 'false' | 'unverifiable' | 'unverified' | 'orphaned', claim: ReviewClaim) =>
    editorFeatures(factcheck).decorationsOf(uri)?.claims[style].some(r => r.start === claim.start && r.end === claim.end);

  it('marks the claim under the cursor verified: sidecar, highlight and status bar follow', async () => {
    const { editor, factcheck, claim } = await cursorIn('40,000 vehicles');
    const changed = await vscode.commands.executeCommand<string[]>('factcheck.markVerified');
    assert.strictEqual(changed.length, 1);
    assert.match(await sidecarText(), /status: verified/);
    assert.strictEqual(claimWith(factcheck, editor.document.uri, '40,000 vehicles').status, 'verified');
    await waitFor('verified highlight', () => recorded(factcheck, editor.document.uri, 'verified', claim));
    await waitFor('status bar count', () => editorFeatures(factcheck).statusBar().text?.startsWith('$(check) 1'));

    const uri = editor.document.uri.toString();
    const key = claimWith(factcheck, editor.document.uri, '40,000 vehicles').key;
    await vscode.commands.executeCommand('factcheck.editNote', { uri, key, note: 'Matches the 2025 traffic survey: 21,300 vehicles a day now, design capacity 40,000.' });
    await vscode.commands.executeCommand('factcheck.addSource', { uri, key, source: 'https://example.org/harbour-bridge/traffic-survey-2025' });
    await screenshotOfHover(editor.document, offsetsOf(editor.document, '40,000').start + 1);
  });

  it('marks every claim a selection covers, for each status', async () => {
    const editor = await openArticle(ARTICLE);
    const factcheck = await api();
    const first = claimWith(factcheck, editor.document.uri, 'closed to heavy goods');
    const second = claimWith(factcheck, editor.document.uri, 'estimated €18 million');
    for (const status of ['disputed', 'false', 'unverifiable', 'unverified'] as const) {
      editor.selection = new vscode.Selection(editor.document.positionAt(first.start! + 2), editor.document.positionAt(second.start! + 2));
      const command = `factcheck.mark${status[0].toUpperCase()}${status.slice(1)}`;
      const changed = await vscode.commands.executeCommand<string[]>(command);
      assert.strictEqual(changed.length, 2, `${command} changed both claims`);
      for (const words of ['closed to heavy goods', 'estimated €18 million']) {
        assert.strictEqual(claimWith(factcheck, editor.document.uri, words).status, status, `${words}: ${status}`);
      }
      await waitFor(`${status} highlights`, () => recorded(factcheck, editor.document.uri, status, first) && recorded(factcheck, editor.document.uri, status, second));
    }
  });

  it('adds a note and sources; hostile Markdown, HTML and command links in them stay inert in the hover', async () => {
    const { editor, factcheck, claim } = await cursorIn('€310 million');
    const uri = editor.document.uri.toString();
    const note = 'Checked [the budget](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **now**\n\n    <script>alert(2)</script>';
    assert.strictEqual((await vscode.commands.executeCommand<string[]>('factcheck.editNote', { uri, key: claim.key, note })).length, 1);
    const key = claimWith(factcheck, editor.document.uri, '€310 million').key;
    for (const source of ['https://example.org/budget-2026', 'command:workbench.action.quit', 'javascript:alert(3)']) {
      assert.strictEqual((await vscode.commands.executeCommand<string[]>('factcheck.addSource', { uri, key, source })).length, 1);
    }
    const stored = claimWith(factcheck, editor.document.uri, '€310 million').annotation;
    assert.strictEqual(stored?.note, note.trim());
    assert.deepStrictEqual(stored?.sources, ['https://example.org/budget-2026', 'command:workbench.action.quit', 'javascript:alert(3)']);
    assert.match(await sidecarText(), /budget-2026/);

    const { values, markdown } = await hoverAt(editor.document, offsetsOf(editor.document, '€310 million').start + 1);
    const hover = values.find(v => v.startsWith('**Claim**'))!;
    assert.ok(hover, values.join('\n'));
    assert.match(hover, /\*\*Note:\*\* Checked \\\[the budget\\\]/, 'the note is shown as text');
    const targets = [...hover.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map(m => m[1]);
    const foreign = targets.filter(t => !t.startsWith('command:factcheck.') && t !== 'https://example.org/budget-2026');
    assert.deepStrictEqual(foreign, [], 'only the http source and own commands are links');
    assert.ok(!/(?<!\\)<(img|script)/.test(hover), 'no raw HTML');
    const hoverMarkdown = markdown.find(m => m.value === hover)!;
    assert.notStrictEqual(hoverMarkdown.supportHtml, true);
    const trusted = hoverMarkdown.isTrusted;
    assert.ok(typeof trusted === 'object' && trusted.enabledCommands.length > 0, 'command links are limited to a list');
    assert.ok(trusted.enabledCommands.every(id => id.startsWith('factcheck.')), trusted.enabledCommands.join(' '));
  });

  it('dismisses a detected claim and undoes it', async () => {
    const { editor, factcheck, claim } = await cursorIn('three companies');
    assert.strictEqual((await vscode.commands.executeCommand<string[]>('factcheck.dismissClaim')).length, 1);
    assert.ok(claimWith(factcheck, editor.document.uri, 'three companies').dismissed);
    assert.match(await sidecarText(), /dismissed: true/);
    await waitFor('no highlight', () => !recorded(factcheck, editor.document.uri, 'unverified', claim));
    const hover = await hoverAt(editor.document, offsetsOf(editor.document, 'three companies').start + 1);
    assert.ok(hover.values.some(v => v.includes('Dismissed') && v.includes('command:factcheck.restoreClaim')), 'the hover offers to restore it');

    assert.strictEqual((await vscode.commands.executeCommand<string[]>('factcheck.restoreClaim')).length, 1);
    assert.ok(!claimWith(factcheck, editor.document.uri, 'three companies').dismissed);
    await waitFor('highlight back', () => recorded(factcheck, editor.document.uri, 'unverified', claim));
  });

  it('adds a claim from the selection', async () => {
    const editor = await openArticle(ARTICLE);
    const factcheck = await api();
    const { start, end } = offsetsOf(editor.document, 'It is a beautiful day for the harbour.');
    editor.selection = new vscode.Selection(editor.document.positionAt(start - 1), editor.document.positionAt(end));
    assert.strictEqual((await vscode.commands.executeCommand<string[]>('factcheck.addClaimFromSelection')).length, 1);
    const added = claimWith(factcheck, editor.document.uri, 'beautiful day');
    assert.deepStrictEqual([added.origin, added.start, added.end], ['manual', start, end], 'whitespace around the selection is left out');
    assert.match(await sidecarText(), /origin: manual/);
    await waitFor('manual claim highlighted', () => recorded(factcheck, editor.document.uri, 'unverified', added));
  });

  it('asks which claim is meant when claims overlap under the cursor', async () => {
    const editor = await openArticle(ARTICLE);
    const factcheck = await api();
    const select = (text: string) => {
      const { start, end } = offsetsOf(editor.document, text);
      editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
    };
    select('an estimated €18 million in detours');
    assert.strictEqual((await vscode.commands.executeCommand<string[]>('factcheck.addClaimFromSelection')).length, 1);
    select('€18 million');
    assert.strictEqual((await vscode.commands.executeCommand<string[]>('factcheck.addClaimFromSelection')).length, 1);
    const inner = offsetsOf(editor.document, '€18 million').start + 2;
    const under = claimsOf(factcheck, editor.document.uri).filter(c => c.start! <= inner && inner <= c.end!);
    assert.ok(under.length >= 2, 'several claims under the cursor');
    editor.selection = new vscode.Selection(editor.document.positionAt(inner), editor.document.positionAt(inner));

    const marking = vscode.commands.executeCommand<string[]>('factcheck.markFalse');
    await sleep(800); // the quick pick opens
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const changed = await marking;
    assert.strictEqual(changed.length, 1, 'only the picked claim changes');
    const statuses = claimsOf(factcheck, editor.document.uri).filter(c => c.start! <= inner && inner <= c.end!).map(c => c.status);
    assert.strictEqual(statuses.filter(status => status === 'false').length, 1, statuses.join(' '));
    assert.strictEqual(statuses.length, under.length);
  });

  it('re-attaches an orphaned claim to the selection', async () => {
    const { editor, factcheck } = await cursorIn('less than 60');
    assert.strictEqual((await vscode.commands.executeCommand<string[]>('factcheck.markUnverifiable')).length, 1);
    const before = claimWith(factcheck, editor.document.uri, 'less than 60');
    // rewrite the sentence completely: its annotation can no longer find its text
    await editor.edit(edit => edit.replace(new vscode.Range(editor.document.positionAt(before.start!), editor.document.positionAt(before.end!)),
      'A spokesperson for the lender gave no statement when reached by telephone.'));
    const orphan = await waitFor('orphaned claim', () => claimsOf(factcheck, editor.document.uri).find(c => c.orphaned && c.status === 'unverifiable'));
    await waitFor('orphan announced on the first line', () => (editorFeatures(factcheck).decorationsOf(editor.document.uri)?.unplacedOrphans ?? 0) >= 1);
    // said in full by a CodeLens above the first line (after-line text was cut off), which opens the Claims view
    const lenses = await waitFor('the detached-claim CodeLens', async () =>
      (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri))
        .filter(l => /detached claim/.test(l.command?.title ?? '')));
    assert.match(lenses[0].command!.title, /^\$\(debug-disconnect\) 1 detached claim: its sentence is no longer in the article\./);
    assert.strictEqual(lenses[0].range.start.line, 0);
    assert.strictEqual(lenses[0].command!.command, 'factcheck.claims.focus');
    const { start, end } = offsetsOf(editor.document, 'A spokesperson for the lender gave no statement');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
    assert.deepStrictEqual(await vscode.commands.executeCommand<string[]>('factcheck.reattachClaim'), [orphan.key]);
    const attached = await waitFor('re-attached', () => claimsOf(factcheck, editor.document.uri).find(c => c.status === 'unverifiable' && c.start === start));
    assert.strictEqual(attached.orphaned, false);
    assert.strictEqual(attached.end, end);
    await vscode.commands.executeCommand('workbench.action.files.save');
  });
});

describe('editor: responsiveness', () => {
  it('rebuilds the decorations of a 50 KB article quickly after the debounce, and reports the time', async function () {
    this.timeout(120000); // a loaded CI machine: the figure is printed, the time is not judged
    const fixture = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(ARTICLE)));
    const parts: string[] = [];
    for (let i = 0; parts.join('\n\n').length < 50 * 1024; i++) parts.push(fixture.replace(/Haldenstadt/g, `Haldenstadt ${i}`));
    const file = workspaceUri('long-read.md');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(parts.join('\n\n')));
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    const features = editorFeatures(await api());
    await waitFor('decorations of the 50 KB article', () => (features.decorationsOf(document.uri)?.claims.unverified.length ?? 0) > 0, 30000);
    const first = features.lastRefreshTiming(document.uri)!;

    // several edits, each waiting out the debounce: the median drawing time is the figure
    const editor = vscode.window.activeTextEditor!;
    const drawing: number[] = [];
    let edited = first;
    for (let i = 0; i < 5; i++) {
      const before = features.decorationsOf(document.uri);
      await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'Update: '));
      await waitFor('decorations after the edit', () => features.decorationsOf(document.uri) !== before);
      edited = features.lastRefreshTiming(document.uri)!;
      drawing.push(edited.presentMillis);
    }
    drawing.sort((a, b) => a - b);
    console.log(`      50 KB article: drawing after an edit, median of 5: ${drawing[2].toFixed(1)} ms (range ${drawing[0].toFixed(1)}–${drawing[4].toFixed(1)})`);
    const ms = (t: { reviewMillis: number; presentMillis: number }) => `${t.presentMillis.toFixed(1)} ms drawing + ${t.reviewMillis.toFixed(1)} ms review service`;
    console.log(`      50 KB article (${document.getText().length} chars): first rebuild ${ms(first)}; after an edit ${ms(edited)}`);
    const record = features.decorationsOf(document.uri)!;
    assert.ok(record.dates.length >= 10 * parts.length, `every copy of the article is highlighted (${record.dates.length} dates)`);
    assert.ok(record.claims.unverified.length >= parts.length);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await deleteArticle(file);
  });

  it('does not analyse a 5 MB article unasked, and the extension host stays responsive', async function () {
    this.timeout(120000); // VS Code alone takes 10-20 s to open 5 MB on a loaded 2-core machine
    const line = 'The council said on Tuesday that 40,000 vehicles used the bridge every day, Mayor Tomasz Wieczorek said.\n';
    let started = Date.now();
    // plain text: the built-in Markdown extension's own parsing of 5 MB is not what this test measures
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: line.repeat(Math.ceil(5 * 1024 * 1024 / line.length)) });
    const opened = Date.now() - started;
    started = Date.now();
    await vscode.window.showTextDocument(document);
    const features = editorFeatures(await api());
    const record = await waitFor('size gate', () => features.decorationsOf(document.uri));
    assert.strictEqual(record.state, 'too-large');
    assert.deepStrictEqual([record.people.length, record.claims.unverified.length], [0, 0]);
    assert.match(features.statusBar().text ?? '', /large file/);
    // VS Code itself is still busy with the 5 MB document here, so the lag is reported, not judged
    const lag = await new Promise<number>(resolve => { const t = Date.now(); setTimeout(() => resolve(Date.now() - t), 0); });
    const timing = features.lastRefreshTiming(document.uri)!;
    console.log(`      5 MB article: opened in ${opened} ms, shown and gated in ${Date.now() - started} ms ` +
      `(Factcheck's part ${(timing.reviewMillis + timing.presentMillis).toFixed(1)} ms), event-loop lag ${lag} ms`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('analyses a 5 MB article on a worker thread once asked, and again after an edit', async function () {
    this.timeout(180000);
    const fixture = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(ARTICLE)));
    const file = workspaceUri('archive.txt');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(fixture.repeat(Math.ceil(5 * 1024 * 1024 / fixture.length))));
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    const factcheck = await api();
    const features = editorFeatures(factcheck);
    await waitFor('size gate', () => features.decorationsOf(document.uri)?.state === 'too-large' || undefined, 60000);

    // how long this thread (the extension host's) is blocked at a time while the analysis runs
    let longestPause = 0;
    let last = Date.now();
    const sampler = setInterval(() => { const now = Date.now(); longestPause = Math.max(longestPause, now - last); last = now; }, 10);
    try {
      const asked = Date.now();
      await vscode.commands.executeCommand('factcheck.toggleForFile'); // what "Analyse" in the size notification does
      await waitFor('the status bar to say it is analysing', () => /analysing/.test(features.statusBar().text ?? '') || undefined);
      assert.strictEqual(factcheck.analysisOf(document), undefined, 'the analysis is not computed on this thread');
      const record = await waitFor('highlights of the 5 MB article', () => {
        const r = features.decorationsOf(document.uri);
        return r?.state === 'on' && r.claims.unverified.length > 0 ? r : undefined;
      }, 120000);
      console.log(`      5 MB article analysed on the worker thread: highlighted ${Date.now() - asked} ms after asking; ` +
        `longest pause of the extension host meanwhile ${longestPause} ms`);
      const text = document.getText();
      await useShippedDetectorFiles();
      const expected = analyze(text, { claimThreshold: 0.5 });
      assert.deepStrictEqual(factcheck.analysisOf(document), expected, 'the worker answers what core analyze() answers');
      assert.strictEqual(record.people.length, expected.people.length);
      assert.doesNotMatch(features.statusBar().text ?? '', /analysing/);

      const inserted = 'Archive of the Haldenstadt Courier.\n\n';
      const firstClaim = expected.claims[0].start;
      const editor = vscode.window.activeTextEditor!;
      assert.ok(await editor.edit(edit => edit.insert(new vscode.Position(0, 0), inserted)));
      const reanalysed = await waitFor('the analysis of the edited text', () => {
        const analysis = factcheck.analysisOf(document);
        return analysis && analysis.claims[0]?.start === firstClaim + inserted.length ? analysis : undefined;
      }, 120000);
      assert.strictEqual(reanalysed.claims.length, expected.claims.length);
    } finally {
      clearInterval(sampler);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await deleteArticle(file);
    }
  });
});
