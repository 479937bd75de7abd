// "Have we checked this before?" inside a real VS Code: a claim in a new article that says what a disputed claim of
// another article said shows "Checked before" in its hover, most prominently; Apply this verdict copies the status,
// note and sources onto the claim's own words, with the clicking reviewer, the time and a reference to the earlier
// claim in the sidecar; Open shows the earlier article. The hint after a matching claim, prominent for a disputed or
// false earlier verdict and recomputed when a verdict elsewhere changes; the Claims view's "seen before" filter.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import type { ArticleNode, ClaimNode, ClaimsNode } from '../../../src/claimsView/grouping';
import type { ReviewClaim } from '../../../src/core/review/reviewClaims';
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

describe('checked before: the hint after a claim and the Claims view\'s "seen before" filter', () => {
  // three articles in a folder of their own: the same claim judged false in one and verified in another, then met again
  const FALSE_SENTENCE = 'The ferry company raised the price of a return ticket to 38 euros in January.';
  const VERIFIED_SENTENCE = 'The ferry company raised the price of a return ticket to 38 euros in January, the union said.';
  const NEW_CLAIM = 'The ferry company raised the price of a return ticket to 38 euros in January, the union said on Friday.';
  const OTHER_CLAIM = 'The island school will hire 14 new teachers next year, the headteacher told parents.';
  const article = (title: string, ...sentences: string[]) => `# ${title}\n\n${sentences.join('\n\n')}\n`;

  let factcheck: FactcheckApi;

  after(async () => {
    await vscode.commands.executeCommand('factcheck.claims.clearFilter');
    await vscode.workspace.getConfiguration('factcheck.highlight').update('seenBefore', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** Writes an article, opens it and gives the claim `sentence` a verdict; the claim as the review has it then. */
  async function judged(name: string, text: string, sentence: string, status: string): Promise<{ uri: vscode.Uri; claim: ReviewClaim }> {
    await writeText(workspaceUri('seen-before', name), text);
    const { document } = await openArticle(`seen-before/${name}`);
    await waitFor(`the review of ${name}`, () => factcheck.reviewOf(document.uri), 30000);
    const start = text.indexOf(sentence);
    const claim = factcheck.reviewOf(document.uri)!.claims.find(c => c.start === start && c.end === start + sentence.length)
      ?? await factcheck.reviews.addManualClaim(document.uri, start, start + sentence.length);
    await factcheck.reviews.updateClaim(document.uri, claim, { status });
    return { uri: document.uri, claim: await waitFor(`${name} ${status}`, () => factcheck.reviewOf(document.uri)?.claims.find(c => c.start === start && c.status === status)) };
  }

  it('draws a prominent hint after the matching claim only, and a quiet one once the false verdict is withdrawn elsewhere', async function () {
    this.timeout(120000);
    factcheck = await api();
    const falseOne = await judged('ferry-prices.md', article('Ferry prices', FALSE_SENTENCE, 'Passengers complained at the harbour office.'), FALSE_SENTENCE, 'false');
    await judged('ferry-tickets.md', article('Ferry tickets', VERIFIED_SENTENCE, 'The timetable stays the same.'), VERIFIED_SENTENCE, 'verified');

    const text = article('Ferry follow-up', NEW_CLAIM, OTHER_CLAIM);
    await writeText(workspaceUri('seen-before', 'ferry-followup.md'), text);
    const editor = await openArticle('seen-before/ferry-followup.md');
    const { uri } = editor.document;
    const claims = await waitFor('both claims detected', () => {
      const found = factcheck.reviewOf(uri)?.claims;
      return found?.some(c => c.text === NEW_CLAIM) && found.some(c => c.text === OTHER_CLAIM) ? found : undefined;
    }, 30000);
    const matching = claims.find(c => c.text === NEW_CLAIM)!;
    const hints = await waitFor('the hint drawn', () => factcheck.editor!.seenBeforeHintsOf(uri)?.length ? factcheck.editor!.seenBeforeHintsOf(uri) : undefined, 20000);
    assert.deepStrictEqual(hints.map(h => [h.start, h.end, h.prominent, h.text]), [[matching.start, matching.end, true, '⚠ false before +1']],
      'one hint, after the claim that was checked before, none after the other claim');

    // the hover: the false verdict first, with its warning, though the verified one matches more closely
    const hover = await hoverText(editor.document, matching.start! + 4);
    const falseAt = hover.indexOf('$(warning) **Checked before: *false* in seen\\-before\\/ferry\\-prices\\.md');
    const verifiedAt = hover.indexOf('$(history) **Checked before:** *verified* in seen\\-before\\/ferry\\-tickets\\.md');
    assert.ok(falseAt >= 0 && verifiedAt > falseAt, hover);

    // the false verdict is withdrawn in its own article: the hint here is worked out again, with no edit of this one
    await factcheck.reviews.updateClaim(falseOne.uri, falseOne.claim, { status: 'unverified' });
    const quiet = await waitFor('the hint quiet', () => {
      const now = factcheck.editor!.seenBeforeHintsOf(uri);
      return now?.length === 1 && !now[0].prominent ? now : undefined;
    }, 20000);
    assert.strictEqual(quiet[0].text, '↺ checked before');

    // the setting turns the hint off
    await vscode.workspace.getConfiguration('factcheck.highlight').update('seenBefore', false, vscode.ConfigurationTarget.Workspace);
    await waitFor('no hint with the setting off', () => factcheck.editor!.seenBeforeHintsOf(uri)?.length === 0);
    await vscode.workspace.getConfiguration('factcheck.highlight').update('seenBefore', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the hint back', () => factcheck.editor!.seenBeforeHintsOf(uri)?.length === 1);
    // from the keyboard: Open Earlier Claim on the claim under the cursor (one earlier verdict left: no pick)
    const at = editor.document.positionAt(matching.start! + 4);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('factcheck.openEarlierClaim');
    await waitFor('the earlier article opened from the keyboard', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/seen-before/ferry-tickets.md'));
  });

  it('filters the Claims view to the claims seen before, with counts that agree, and says so on each row', async function () {
    this.timeout(120000);
    factcheck = await api();
    const tree = factcheck.claimsTree!;
    await vscode.commands.executeCommand('factcheck.claims.groupByArticle');
    await vscode.commands.executeCommand('factcheck.claims.clearFilter');
    const followUp = workspaceUri('seen-before', 'ferry-followup.md').toString();
    const articles = async () => {
      await tree.provider.settle();
      return (await tree.provider.getChildren()).filter((n): n is ArticleNode => n.kind === 'article');
    };
    /** Every row under `node`: a long list shows 200 rows and a "Show more" row, chosen here until all are shown. */
    const allRows = async (node: ClaimsNode) => {
      for (;;) {
        const rows = await tree.provider.getChildren(node);
        const last = rows[rows.length - 1];
        if (last?.kind !== 'more') return rows;
        await tree.provider.showMore(last.list);
      }
    };
    const claimRows = async (node: ClaimsNode) => (await allRows(node)).filter((n): n is ClaimNode => n.kind === 'claim');

    // unfiltered: the row of the claim checked before says so; the other claim's row does not
    await openArticle('seen-before/ferry-followup.md');
    const rows = await waitFor('the follow-up\'s rows', async () => {
      const node = (await articles()).find(a => a.uri === followUp);
      const found = node && await claimRows(node);
      return found?.some(r => r.claim.text === NEW_CLAIM) ? found : undefined;
    }, 30000);
    const all = await articles();
    const description = (row: ClaimNode | undefined) => String(tree.provider.getTreeItem(row!).description);
    assert.match(description(rows.find(r => r.claim.text === NEW_CLAIM)), /^seen before: verified · Unverified$/);
    assert.doesNotMatch(description(rows.find(r => r.claim.text === OTHER_CLAIM)), /seen before/);
    const allClaims = all.reduce((sum, a) => sum + a.total, 0);

    await vscode.commands.executeCommand('factcheck.claims.filterSeenBefore', true);
    assert.match(tree.view.description ?? '', /seen before/);
    const filtered = await articles();
    const shown: string[] = [];
    for (const node of filtered) {
      const claims = await claimRows(node);
      const orphans = (await allRows(node)).filter(n => n.kind === 'orphans');
      assert.strictEqual(node.total, claims.length + orphans.reduce((sum, o) => sum + (o.kind === 'orphans' ? o.count : 0), 0), `${node.path}: the count is the rows shown`);
      for (const row of claims) {
        assert.match(description(row), /seen before: /, `${node.path}: ${row.claim.text}`);
        shown.push(row.claim.text);
      }
    }
    assert.ok(shown.includes(NEW_CLAIM), shown.join(' | '));
    assert.ok(!shown.includes(OTHER_CLAIM), 'a claim nothing matches is hidden');
    assert.ok(filtered.reduce((sum, a) => sum + a.total, 0) < allClaims);
    assert.ok(!filtered.some(a => a.path === 'claims-view/school-survey.md' && a.total > 0));

    // by status, the groups count the same claims
    await vscode.commands.executeCommand('factcheck.claims.groupByStatus');
    await tree.provider.settle();
    const groups = (await tree.provider.getChildren()).filter(n => n.kind === 'status');
    assert.strictEqual(groups.reduce((sum, g) => sum + (g.kind === 'status' ? g.count : 0), 0), shown.length + filtered.reduce((sum, a) => sum + a.counts.orphaned, 0));
    await vscode.commands.executeCommand('factcheck.claims.groupByArticle');

    // toggled off: every claim again
    await vscode.commands.executeCommand('factcheck.claims.filterSeenBefore');
    assert.strictEqual((await articles()).reduce((sum, a) => sum + a.total, 0), allClaims);
  });
});
