// Resource-scoped settings are read with their resource (issue 17: 139 warnings in the extension log came from
// reading `factcheck.languages` without one). Reads every `getConfiguration(...)` call in the VS Code layers and checks
// that a call without a scope only ever reads settings that are not per resource.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const scopes = new Map<string, string>(Object.entries(manifest.contributes.configuration.properties as Record<string, { scope?: string }>)
  .map(([key, value]) => [key, value.scope ?? 'window']));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Unscoped `getConfiguration('section')` calls, with what is done with the result right after. */
function unscopedReads(source: string): { section: string; then: string }[] {
  return [...source.matchAll(/getConfiguration\(\s*'([^']+)'\s*\)([^;\n]*)/g)].map(m => ({ section: m[1], then: m[2] }));
}

describe('settings: resource-scoped settings are read with their resource', () => {
  it('knows the scope of every setting', () => {
    assert.equal(scopes.get('factcheck.languages'), 'resource');
    assert.ok(scopes.size >= 10);
  });

  it('finds an unscoped read in a planted line (so the check below can fail)', () => {
    const planted = "const l = vscode.workspace.getConfiguration('factcheck').get<string[]>('languages', []);";
    assert.deepEqual(unscopedReads(planted), [{ section: 'factcheck', then: ".get<string[]>('languages', [])" }]);
  });

  it('never reads a resource-scoped setting without a scope in src/', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const source = fs.readFileSync(file, 'utf8');
      // a setting named by a constant of the same file
      const constant = (name: string) => new RegExp(`const ${name} = ('[^']+')`).exec(source)?.[1];
      for (const { section, then } of unscopedReads(source)) {
        if (!section.startsWith('factcheck')) continue;
        if (/^\.update\(/.test(then)) continue; // writing a user setting (ConfigurationTarget.Global) needs no resource
        const written = /^\.get(?:<[^>]*>)?\(\s*([A-Za-z_]+|'[^']+')/.exec(then)?.[1];
        const key = written && !written.startsWith("'") ? constant(written) : written;
        const name = key && key.startsWith("'") ? `${section}.${key.slice(1, -1)}` : undefined;
        const scope = name ? scopes.get(name) : undefined;
        if (!name || scope === undefined || scope === 'resource' || scope === 'language-overridable') {
          problems.push(`${path.relative(root, file)}: getConfiguration('${section}')${then.trim()} (${name ?? 'setting not named in the call'}, scope ${scope ?? 'unknown'})`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});
