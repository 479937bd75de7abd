// The Claims view's half of package.json: every command the view registers is contributed and every menu entry names a
// contributed command; the title bar has its actions, claims have inline and context actions, the view has welcome
// text, and the follow-cursor setting exists.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { VIEW_COMMAND } from '../../../src/commandIds';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const viewCommands: string[] = Object.values(VIEW_COMMAND);
const contributed = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
type MenuEntry = { command?: string; when?: string; group?: string };
const menu = (name: string): MenuEntry[] => manifest.contributes.menus[name] ?? [];

describe('manifest: Claims view', () => {
  it('contributes every command the view registers', () => {
    assert.ok(viewCommands.length >= 9, viewCommands.join(' '));
    for (const id of viewCommands) assert.ok(contributed.has(id), `${id} is contributed`);
  });

  it('names only contributed commands in its menus', () => {
    for (const name of ['view/title', 'view/item/context']) {
      for (const entry of menu(name)) if (entry.command) assert.ok(contributed.has(entry.command), `${name}: ${entry.command}`);
    }
  });

  it('has refresh, grouping, both filters and export in the title bar of the view', () => {
    const title = menu('view/title').filter(e => e.when?.startsWith('view == factcheck.claims'));
    for (const id of ['refresh', 'groupByStatus', 'groupByArticle', 'filterByStatus', 'filterByText', 'exportReport']) {
      assert.ok(title.some(e => e.command === `factcheck.claims.${id}`), id);
    }
  });

  it('has inline verified/disputed buttons and every status in the context menu of a claim', () => {
    const items = menu('view/item/context').filter(e => e.when?.startsWith('view == factcheck.claims'));
    const inline = items.filter(e => e.group?.startsWith('inline')).map(e => e.command);
    assert.deepEqual(inline, ['factcheck.markVerified', 'factcheck.markDisputed']);
    for (const id of ['markVerified', 'markDisputed', 'markFalse', 'markUnverifiable', 'markUnverified', 'editNote', 'addSource', 'dismissClaim', 'restoreClaim', 'reattachClaim']) {
      assert.ok(items.some(e => e.command === `factcheck.${id}` && !e.group?.startsWith('inline')), id);
    }
    assert.ok(items.some(e => e.command === 'factcheck.claims.copyText'));
  });

  it('matches the contextValues the tree items carry', () => {
    const when = (command: string) => menu('view/item/context').find(e => e.command === command && !e.group?.startsWith('inline'))!.when!;
    const regex = (clause: string) => new RegExp(/viewItem =~ \/(.*)\/$/.exec(clause)![1]);
    assert.ok(regex(when('factcheck.markFalse')).test('factcheck.claim.verified'));
    assert.ok(!regex(when('factcheck.markFalse')).test('factcheck.claim.dismissed'));
    assert.ok(!regex(when('factcheck.dismissClaim')).test('factcheck.claim.orphaned'));
    assert.match(when('factcheck.restoreClaim'), /viewItem == factcheck\.claim\.dismissed/);
    assert.match(when('factcheck.reattachClaim'), /viewItem == factcheck\.claim\.orphaned/);
    assert.ok(regex(when('factcheck.claims.exportReport')).test('factcheck.article.invalid'));
  });

  it('welcomes with how to start, and has the follow-cursor setting', () => {
    const welcome = (manifest.contributes.viewsWelcome ?? []).filter((w: { view: string }) => w.view === 'factcheck.claims');
    assert.ok(welcome.some((w: { contents: string }) => /Open an Article\]\(command:/.test(w.contents)));
    assert.equal(manifest.contributes.configuration.properties['factcheck.claimsView.followCursor'].type, 'boolean');
  });
});
