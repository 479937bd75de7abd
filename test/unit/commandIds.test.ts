// The command-id table against what the code registers and what package.json contributes, in both directions.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { COMMAND_IDS, EDITOR_COMMAND, FOCUS_CLAIMS_VIEW, PEOPLE_COMMAND, VIEW_COMMAND, WALKTHROUGH_COMMAND } from '../../src/commandIds';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);

/** The ids a source file registers through its `register(TABLE.key, …)` calls, looked up in `table`. */
function registeredIn(file: string, tableName: string, table: Record<string, string>): string[] {
  const source = fs.readFileSync(path.join(root, file), 'utf8');
  return [...source.matchAll(new RegExp(`\\bregister\\(${tableName}\\.(\\w+)\\b`, 'g'))].map(m => {
    assert.ok(m[1] in table, `${file} registers ${tableName}.${m[1]}, which the table does not have`);
    return table[m[1]];
  });
}

const registered = [
  ...registeredIn('src/editor/commands.ts', 'COMMAND', EDITOR_COMMAND),
  ...registeredIn('src/claimsView/viewCommands.ts', 'VIEW_COMMAND', VIEW_COMMAND),
  ...registeredIn('src/editor/peopleDatesView.ts', 'PEOPLE_COMMAND', PEOPLE_COMMAND),
  ...registeredIn('src/editor/sampleArticle.ts', 'WALKTHROUGH_COMMAND', WALKTHROUGH_COMMAND),
];

/** Every `src` file that calls vscode.commands.registerCommand, and with what first argument. */
function registerCommandCalls(dir: string): string[] {
  const calls: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) calls.push(...registerCommandCalls(full));
    else if (entry.name.endsWith('.ts')) {
      for (const m of fs.readFileSync(full, 'utf8').matchAll(/registerCommand\(([^,)]*)/g)) calls.push(`${path.relative(root, full)}: ${m[1].trim()}`);
    }
  }
  return calls;
}

describe('command ids: one table for the code and the manifest', () => {
  it('has each id once', () => {
    assert.equal(new Set(COMMAND_IDS).size, COMMAND_IDS.length);
    assert.ok(COMMAND_IDS.length >= 23, COMMAND_IDS.join(' '));
  });

  it('registers every id of the table, each once, and nothing else', () => {
    assert.deepEqual([...registered].sort(), [...COMMAND_IDS].sort());
  });

  it('registers commands only through the register helpers, which take ids from the table', () => {
    assert.deepEqual(registerCommandCalls(path.join(root, 'src')).sort(), [
      'src/claimsView/viewCommands.ts: id',
      'src/editor/commands.ts: id',
      'src/editor/peopleDatesView.ts: id',
      'src/editor/sampleArticle.ts: id',
    ]);
  });

  it('contributes every registered command, and registers every contributed one', () => {
    for (const id of registered) assert.ok(contributed.includes(id), `${id} is registered but not contributed`);
    for (const id of contributed) assert.ok(registered.includes(id), `${id} is contributed but not registered`);
  });

  it('names only table commands (or the view focus command) in menus and keybindings', () => {
    const known = new Set([...COMMAND_IDS, FOCUS_CLAIMS_VIEW]);
    const menus = Object.values(manifest.contributes.menus as Record<string, { command?: string }[]>).flat();
    for (const { command } of [...menus, ...manifest.contributes.keybindings]) if (command) assert.ok(known.has(command), command);
  });
});
