// The editor layer's half of package.json: every command the code registers is contributed (and the other way
// round), hovers enable only those, and the keyboard chords stay inside the article editor.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EDITOR_COMMAND } from '../../../src/commandIds';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const editorCommands: string[] = Object.values(EDITOR_COMMAND);

describe('manifest: editor commands, menus and keybindings', () => {
  it('finds the command ids in the table', () => {
    assert.ok(editorCommands.length >= 14, editorCommands.join(' '));
  });

  it('contributes every editor command with a title in the Factcheck category', () => {
    const contributed = new Map<string, { title: string; category: string }>(manifest.contributes.commands.map((c: { command: string }) => [c.command, c]));
    for (const id of editorCommands) {
      assert.ok(contributed.has(id), `${id} is contributed`);
      assert.equal(contributed.get(id)!.category, 'Factcheck');
    }
  });

  it('shows the commands in the palette only for an article (also those of the hover\'s links: they act on the claim under the cursor)', () => {
    const palette = new Map<string, string>(manifest.contributes.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    for (const id of editorCommands) assert.match(palette.get(id) ?? '', /factcheck\.(activeArticle|articleLanguage)/, id);
  });

  it('binds chords under ctrl+alt+f, only while an article editor has focus, never twice', () => {
    const bindings = manifest.contributes.keybindings.filter((k: { command: string }) => k.command.startsWith('factcheck.'));
    assert.ok(bindings.length >= 10);
    const keys = new Set<string>();
    for (const k of bindings) {
      assert.match(k.key, /^ctrl\+alt\+f [a-z]$/, k.command);
      assert.match(k.mac, /^ctrl\+alt\+f [a-z]$/, k.command);
      assert.equal(k.when, 'editorTextFocus && factcheck.activeArticle');
      assert.ok(editorCommands.includes(k.command), `${k.command} exists`);
      assert.ok(!keys.has(k.key), `${k.key} bound once`);
      keys.add(k.key);
    }
  });

  it('has a theme colour with defaults for every theme kind for people, dates and each claim style', () => {
    const colors = new Map<string, { defaults: Record<string, string | null> }>(manifest.contributes.colors.map((c: { id: string }) => [c.id, c]));
    const styles = ['Unverified', 'Verified', 'Disputed', 'False', 'Unverifiable', 'Orphaned'];
    const ids = ['factcheck.personUnderline', 'factcheck.dateUnderline', ...styles.flatMap(s => [`factcheck.claim${s}Background`, `factcheck.claim${s}Ruler`]),
      'factcheck.seenBeforeForeground', 'factcheck.seenBeforeWarningForeground', 'factcheck.seenBeforeWarningBackground', 'factcheck.seenBeforeWarningBorder'];
    for (const id of ids) {
      const color = colors.get(id);
      assert.ok(color, `${id} is contributed`);
      assert.deepEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], id);
    }
  });

  it('says what works in an untrusted workspace', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.match(manifest.capabilities.untrustedWorkspaces.description, /plain text/);
  });
});

describe('manifest: no colours outside the highlights', () => {
  it('contributes no TextMate grammar: quotes, figures and dates are never coloured behind the per-file toggle', () => {
    // a grammar's colours are the theme's, drawn whatever Factcheck's toggle and highlight settings say
    assert.equal(manifest.contributes.grammars, undefined);
    assert.ok(!fs.existsSync(path.resolve(__dirname, '../../../syntaxes')), 'no syntaxes/ folder is shipped');
  });

  it('gives every colour the highlights use a default for light, dark and both high-contrast themes', () => {
    const colors: { id: string; defaults: Record<string, string | null> }[] = manifest.contributes.colors;
    for (const id of ['factcheck.claimStrongBackground', 'factcheck.claimStrongBorder', 'factcheck.claimUnverifiedBackground', 'factcheck.claimCursorBorder']) {
      const color = colors.find(c => c.id === id);
      assert.ok(color, `${id} is contributed`);
      assert.deepEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], id);
    }
    // where backgrounds are off (high contrast), a strong claim still differs from a weak one by its bar
    const bar = colors.find(c => c.id === 'factcheck.claimStrongBorder')!;
    assert.ok(bar.defaults.highContrast && bar.defaults.highContrastLight);
  });

});

describe('manifest: keybindings as the README tells them', () => {
  it("agrees with the README's command table on every key, on every platform, and the README never says Cmd+Alt+F", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const table = /^## Commands\n\n((?:\|.*\n)+)/m.exec(readme);
    assert.ok(table, 'README has a Commands table');
    const [header, , ...rows] = table[1].trim().split('\n').map(row => row.split('|').slice(1, -1).map(cell => cell.trim()));
    assert.deepEqual(header, ['command', 'id', 'keys (Windows, Linux)', 'keys (macOS)']);
    const unquote = (cell: string) => cell.replace(/^`|`$/g, '');
    const documented = new Map(rows.map(([, id, key, mac]) => [unquote(id), { key: unquote(key), mac: unquote(mac) }]));
    const bound = new Map<string, { key: string; mac: string }>(manifest.contributes.keybindings
      .map((k: { command: string; key: string; mac?: string }) => [k.command, { key: k.key, mac: k.mac ?? k.key }]));
    for (const [id, keys] of bound) assert.deepEqual(documented.get(id), keys, `README row of ${id}`);
    for (const [id, keys] of documented) if (keys.key || keys.mac) assert.ok(bound.has(id), `README gives keys to ${id}, which has no binding`);
    assert.ok(!/cmd\s*\+\s*(alt|option)\s*\+\s*f\b(?![^\n]*Replace)/i.test(readme), 'README tells macOS users a chord that is VS Code\'s Replace');
  });
});
