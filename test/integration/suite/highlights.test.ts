// Highlights that rank, on a business story written for this suite (test/fixtures/workspace/valdora-foods.md):
// the claim threshold changes what is shown, strong claims are drawn apart from weak ones, the status bar and the
// Claims view count what is shown, the per-file toggle leaves no Factcheck colour, and hovers show dates in words.
// With SCREENSHOT_DIR set, the harness also saves the article as drawn in a light, a dark and a high-contrast theme.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import type { ClaimNode } from '../../../src/claimsView/grouping';
import { CLAIM_STRENGTHS, CLAIM_STYLES } from '../../../src/core/present/claimStyles';
import { openArticle, waitFor } from './helpers';

const ARTICLE = 'valdora-foods.md';
/** What a TimeML code looks like: a person must never be shown one in place of words. */
const TIMEX_CODE = /\b(?:[A-Z]+_REF|P(?:T)?[\dX.]+(?:Y|M|W|D|H|S)\w*|\d{4}-(?:\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI)\b|XXXX|WXX|T(?:MO|AF|EV|NI)\b)/;

async function api(): Promise<FactcheckApi> {
  const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck');
  assert.ok(extension, 'extension is installed');
  return extension.activate();
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function setThreshold(value: number | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('factcheck').update('claimThreshold', value, vscode.ConfigurationTarget.Workspace);
}

/** Claims drawn in the editor now (every style), once the decorations reflect an analysis at `threshold`. */
async function shownClaimsAt(factcheck: FactcheckApi, document: vscode.TextDocument, threshold: number): Promise<number> {
  await setThreshold(threshold);
  return waitFor(`claims drawn at threshold ${threshold}`, () => {
    const analysis = factcheck.analysisOf(document);
    const record = factcheck.editor!.decorationsOf(document.uri);
    if (!analysis || !record || record.state !== 'on' || analysis.claims.some(c => c.score < threshold)) return undefined;
    const drawn = CLAIM_STYLES.reduce((sum, style) => sum + record.claims[style].length, 0);
    return drawn === analysis.claims.length ? drawn : undefined;
  }, 20000);
}

async function hoverValues(document: vscode.TextDocument, offset: number): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers.flatMap(h => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString).map(m => m.value);
}

/** With SCREENSHOT_DIR set, the harness saves the article as drawn in a light, a dark and a high-contrast theme,
 *  with the cursor in the weakest claim (outlined); the theme is put back afterwards. */
async function screenshotsInThemes(factcheck: FactcheckApi, editor: vscode.TextEditor): Promise<void> {
  if (!process.env.SCREENSHOT_DIR) return;
  const workbench = vscode.workspace.getConfiguration('workbench');
  const before = workbench.inspect<string>('colorTheme')?.globalValue;
  // the weakest claim has no shading of its own, so its outline is the one thing drawn on it
  const weakest = [...factcheck.reviewOf(editor.document.uri)!.claims].sort((a, b) => (a.score ?? 1) - (b.score ?? 1))[0];
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('notifications.clearAll');
  try {
    for (const [name, theme] of [['light', 'Default Light Modern'], ['dark', 'Default Dark Modern'], ['high-contrast', 'Default High Contrast']]) {
      await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      const at = editor.document.positionAt(weakest.start! + 2);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
      await sleep(1500);
      console.log(`@@screenshot highlights-${name}`);
      await sleep(500);
    }
  } finally {
    await workbench.update('colorTheme', before, vscode.ConfigurationTarget.Global);
  }
}

/** With SCREENSHOT_DIR set, the harness saves the workbench showing a date's hover. */
async function screenshotOfDateHover(document: vscode.TextDocument, date: { start: number }): Promise<void> {
  if (!process.env.SCREENSHOT_DIR) return;
  const editor = await vscode.window.showTextDocument(document);
  const at = document.positionAt(date.start + 1);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('notifications.clearAll');
  await vscode.commands.executeCommand('editor.action.showHover');
  await sleep(1500);
  console.log('@@screenshot date-hover');
  await sleep(500);
}

describe('highlights: ranking, threshold, toggle, readable dates', function () {
  this.timeout(90000);
  after(() => setThreshold(undefined));

  it('shows clearly fewer claims at threshold 0.9 than at 0.5, and the status bar and Claims view count what is shown', async () => {
    const { document } = await openArticle(ARTICLE);
    const factcheck = await api();
    const atHalf = await shownClaimsAt(factcheck, document, 0.5);
    const statusAtHalf = await waitFor('status bar at 0.5', () => {
      const text = factcheck.editor!.statusBar().text;
      return text?.endsWith(`$(question) ${atHalf}`) ? text : undefined;
    });
    const atNine = await shownClaimsAt(factcheck, document, 0.9);
    console.log(`valdora-foods.md: ${atHalf} claims shown at threshold 0.5, ${atNine} at 0.9`);
    assert.ok(atHalf >= 10, `a news story has claims: ${atHalf}`);
    assert.ok(atNine >= 1 && atNine <= atHalf / 2, `0.9 shows at most half of 0.5: ${atNine} of ${atHalf}`);

    const status = await waitFor('status bar at 0.9', () => {
      const text = factcheck.editor!.statusBar().text;
      return text?.endsWith(`$(question) ${atNine}`) ? text : undefined;
    });
    assert.notStrictEqual(status, statusAtHalf);
    const tree = factcheck.claimsTree!;
    const uri = document.uri.toString();
    const listed = await waitFor('the Claims view lists what is shown', async () => {
      await tree.provider.settle();
      const article = (await tree.provider.getChildren()).find(n => n.kind === 'article' && n.uri === uri);
      const claims = article ? (await tree.provider.getChildren(article)).filter((n): n is ClaimNode => n.kind === 'claim') : [];
      return claims.length === atNine ? claims : undefined;
    }, 20000);
    assert.strictEqual(listed.length, atNine);
  });

  it('draws the top-ranked claims apart from the low-ranked ones, and outlines the claim under the cursor', async () => {
    const editor = await openArticle(ARTICLE);
    const factcheck = await api();
    await shownClaimsAt(factcheck, editor.document, 0.5);
    const claims = factcheck.reviewOf(editor.document.uri)!.claims.filter(c => c.status === 'unverified' && c.score !== undefined);
    const byScore = [...claims].sort((a, b) => b.score! - a.score!);
    const record = factcheck.editor!.decorationsOf(editor.document.uri)!;
    const at = (c: { start?: number; end?: number }) => ({ start: c.start, end: c.end });
    assert.deepStrictEqual(record.unverifiedShade.strong[0] && byScore.slice(0, 3).map(at).every(r => record.unverifiedShade.strong.some(s => s.start === r.start && s.end === r.end)), true,
      'the three best-scored claims are drawn strong');
    const lowest = byScore[byScore.length - 1];
    assert.ok(record.unverifiedShade.weak.some(s => s.start === lowest.start && s.end === lowest.end), `the lowest (${lowest.score}) is drawn weak`);
    for (const strength of CLAIM_STRENGTHS) assert.ok(record.unverifiedShade[strength].length > 0, `some claims are ${strength}`);
    const shaded = CLAIM_STRENGTHS.reduce((sum, s) => sum + record.unverifiedShade[s].length, 0);
    assert.strictEqual(shaded, record.claims.unverified.length, 'every unreviewed claim has exactly one strength');

    const target = editor.document.positionAt(lowest.start! + 3);
    editor.selection = new vscode.Selection(target, target);
    const outlined = await waitFor('the claim under the cursor outlined', () => factcheck.editor!.decorationsOf(editor.document.uri)?.cursorClaim);
    assert.deepStrictEqual(outlined, { start: lowest.start, end: lowest.end });
    await screenshotsInThemes(factcheck, editor);
  });

  it('leaves no Factcheck colour in the editor when the file is toggled off', async () => {
    const { document } = await openArticle(ARTICLE);
    const factcheck = await api();
    await shownClaimsAt(factcheck, document, 0.5);
    assert.strictEqual(await vscode.commands.executeCommand('factcheck.toggleForFile'), false);
    try {
      const off = await waitFor('decorations cleared', () => {
        const r = factcheck.editor!.decorationsOf(document.uri);
        return r?.state === 'off' ? r : undefined;
      });
      const drawn = [off.people, off.dates, ...CLAIM_STYLES.map(s => off.claims[s]), ...CLAIM_STRENGTHS.map(s => off.unverifiedShade[s])];
      assert.deepStrictEqual(drawn.map(ranges => ranges.length), drawn.map(() => 0));
      assert.strictEqual(off.cursorClaim, undefined);
      assert.strictEqual(off.unplacedOrphans, 0);
      // and nothing outside the decorations: the extension colours no text through a grammar
      const manifest = vscode.extensions.getExtension('factcheck-desk.factcheck')!.packageJSON;
      assert.strictEqual(manifest.contributes.grammars, undefined);
    } finally {
      assert.strictEqual(await vscode.commands.executeCommand('factcheck.toggleForFile'), true);
    }
  });

  it('shows no TimeML code in any hover: dates, durations and claims in words', async () => {
    const { document } = await openArticle(ARTICLE);
    const factcheck = await api();
    await shownClaimsAt(factcheck, document, 0.5);
    const analysis = factcheck.analysisOf(document)!;
    assert.ok(analysis.dates.length >= 5, `the story has dates: ${analysis.dates.map(d => d.text).join(' | ')}`);
    assert.ok(analysis.dates.some(d => d.value && TIMEX_CODE.test(d.value)), 'detection resolves dates to codes a hover must translate');
    const spans = [...analysis.dates, ...analysis.claims];
    for (const span of spans) {
      const values = await hoverValues(document, span.start + 1);
      assert.ok(values.length > 0, `a hover on «${span.text}»`);
      for (const value of values) assert.doesNotMatch(value.replace(/\(command:[^)]*\)/g, ''), TIMEX_CODE, `hover on «${span.text}»: ${value}`);
    }
    const tuesday = analysis.dates.find(d => d.text === 'Tuesday')!;
    const words = (await hoverValues(document, tuesday.start + 1)).find(v => v.startsWith('**Date'));
    // the day depends on the reference date (today, or the article's dateline): its shape does not
    assert.match(words ?? '', /^\*\*Date\*\* · Tuesday \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
      'a weekday is resolved to the day it names, in words');
    await screenshotOfDateHover(document, analysis.dates.find(d => d.text === 'next week') ?? tuesday);
  });

});
