// "Have we checked this before?" inside a real VS Code: a claim in a new article that says what a disputed claim of
// another article said shows "Checked before" in its hover, most prominently; Apply this verdict copies the status,
// note and sources onto the claim's own words, with the clicking reviewer, the time and a reference to the earlier
// claim in the sidecar; Open shows the earlier article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import { openArticle, storedClaims, SUITE_REVIEWER, waitFor, workspaceUri, writeText } from './helpers';

const EARLIER = 'tram-budget.md';
const EARLIER_SENTENCE = 'The council approved a budget of 12 million euros for the new tram line on Tuesday.';
const EARLIER_TEXT = `# Tram budget\n\n${EARLIER_SENTENCE}\n\nThe mayor thanked the planners after the vote.\n`;
const NEW = 'tram-followup.md';
const NEW_SENTENCE = 'The council approved a budget of 12 million euros for the new tram line, officials said.';
const NEW_TEXT = `# Tram follow-up\n\n${NEW_SENTENCE}\n\nResidents asked about the timetable at the meeting.\n`;

async function api(): Promise<FactcheckApi> {
  const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck');
  assert.ok(extension, 'extension is installed');
  return extension.activate();
}

async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers.flatMap(h => h.contents).map(c => (c instanceof vscode.MarkdownString ? c.value : String(c))).join('\n');
}

/** The JSON argument of the hover's command link `command`. */
function linkArgument(hover: string, command: string): unknown {
  const found = new RegExp(`command:${command.replace(/\./g, '\\.')}\\?([^)\\s]+)`).exec(hover);
  assert.ok(found, `the hover links to ${command}`);
  return JSON.parse(decodeURIComponent(found[1]));
}

describe('checked before: earlier verdicts in the hover', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows a disputed earlier verdict prominently, applies it to the claim\'s own words with a reference, and opens it', async function () {
    this.timeout(120000);
    const factcheck = await api();
    // the earlier verdict, given in another article
    await writeText(workspaceUri(EARLIER), EARLIER_TEXT);
    const earlierEditor = await openArticle(EARLIER);
    const earlierUri = earlierEditor.document.uri;
    await waitFor('the earlier review', () => factcheck.reviewOf(earlierUri), 30000);
    const start = EARLIER_TEXT.indexOf(EARLIER_SENTENCE);
    const earlier = factcheck.reviewOf(earlierUri)!.claims.find(c => c.start === start)
      ?? await factcheck.reviews.addManualClaim(earlierUri, start, start + EARLIER_SENTENCE.length);
    await factcheck.reviews.updateClaim(earlierUri, earlier, { status: 'disputed', note: 'The minutes say 10 million', addSource: 'https://example.org/minutes' });
    const earlierId = await waitFor('the earlier claim disputed', () => factcheck.reviewOf(earlierUri)?.claims.find(c => c.status === 'disputed')?.annotation?.id);

    // the same claim in a new article
    await writeText(workspaceUri(NEW), NEW_TEXT);
    const editor = await openArticle(NEW);
    const { document } = editor;
    const claim = await waitFor('the new claim detected', () => factcheck.reviewOf(document.uri)?.claims.find(c => c.text === NEW_SENTENCE), 30000);
    const hover = await waitFor('Checked before in the hover', async () => {
      const text = await hoverText(document, claim.start! + 4);
      return /Checked before/.test(text) ? text : undefined;
    }, 20000);
    // the article name is escaped Markdown (tram\-budget\.md)
    assert.match(hover, /\$\(warning\) \*\*Checked before: \*disputed\* in tram\\-budget\\\.md, \d{4}-\d{2}-\d{2}, by Suite Reviewer\*\*/);
    assert.match(hover, /same figure 12 million euros/);
    assert.match(hover, /The minutes say 10 million/);
    assert.match(hover, /Apply this verdict/);

    // Apply this verdict: the hover's own link argument, run as the link would
    const applyArgs = linkArgument(hover, 'factcheck.applyEarlierVerdict');
    await vscode.commands.executeCommand('factcheck.applyEarlierVerdict', applyArgs);
    const applied = await waitFor('the verdict applied', () => factcheck.reviewOf(document.uri)?.claims.find(c => c.text === NEW_SENTENCE && c.status === 'disputed'));
    const stored = (await storedClaims(workspaceUri(`${NEW}.factcheck.yaml`)))!.find(c => c.id === applied.annotation?.id)!;
    assert.strictEqual(stored.status, 'disputed');
    assert.strictEqual(stored.note, 'The minutes say 10 million');
    assert.deepStrictEqual(stored.sources, ['https://example.org/minutes']);
    assert.strictEqual(stored.reviewed?.quote, NEW_SENTENCE, 'the claim\'s own words are what was reviewed');
    assert.strictEqual(stored.reviewed?.reviewer, SUITE_REVIEWER);
    assert.ok(stored.reviewed?.time && Date.now() - Date.parse(stored.reviewed.time) < 10 * 60 * 1000);
    assert.strictEqual(stored.reviewed?.from, `${EARLIER}#${earlierId}`);

    // Open: the earlier article
    await vscode.commands.executeCommand('factcheck.openEarlierClaim', linkArgument(hover, 'factcheck.openEarlierClaim'));
    await waitFor('the earlier article shown', () => vscode.window.activeTextEditor?.document.uri.toString() === earlierUri.toString());
  });

  it('shows nothing under Checked before when no earlier verdict matches well enough', async function () {
    this.timeout(60000);
    const factcheck = await api();
    const text = '# Weather\n\nThe ferry company said 40 sailings were cancelled because of fog last week.\n';
    await writeText(workspaceUri('ferry-fog.md'), text);
    const { document } = await openArticle('ferry-fog.md');
    const claim = await waitFor('a claim', () => factcheck.reviewOf(document.uri)?.claims.find(c => c.text.includes('sailings')), 30000);
    const hover = await hoverText(document, claim.start! + 4);
    assert.match(hover, /\*\*Claim\*\*/);
    assert.doesNotMatch(hover, /Checked before/);
  });
});
