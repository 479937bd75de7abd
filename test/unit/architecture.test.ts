// The architecture's boundaries, from the layer table in tools/layers.json (which eslint.config.mjs turns into import
// rules too): src/core runs in Node, in a browser worker and in the CLI, so it imports neither `vscode` nor Node's
// built-in modules nor any other layer; the two views never import each other; the review layer imports no view; the
// CLI imports only core and the Node helpers; nothing in src imports tools/. Each check is also shown failing on a
// planted import, through this test's resolver and through ESLint.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../..');
const coreDir = path.join(root, 'src/core');

interface Layer {
  paths: string[];
  imports: string[];
  vscode: boolean;
  nodeBuiltins: boolean;
}
const table: { layers: Record<string, Layer>; outside: string[] } = JSON.parse(fs.readFileSync(path.join(root, 'tools/layers.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|crypto$|util$|buffer$|stream$|worker_threads$)/;
const IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g;

/** The project-relative paths (posix) of the src tree, with their text. */
function sourceTree(): Map<string, string> {
  return new Map(sourceFiles(path.join(root, 'src')).map(file => [path.relative(root, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')]));
}

function layerOf(projectPath: string): string | undefined {
  return Object.entries(table.layers).find(([, layer]) => layer.paths.some(p => projectPath === p || projectPath.startsWith(`${p}/`)))?.[0];
}

/** Where a relative import from `file` leads, as a project path: a file of the tree, or the path as written. */
function resolve(file: string, specifier: string, tree: Map<string, string>): string {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return [`${target}.ts`, `${target}/index.ts`].find(candidate => tree.has(candidate)) ?? target;
}

/** Every import in `tree` that its file's layer may not make, as "file imports specifier (why)". */
function violations(tree: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [file, source] of tree) {
    const name = layerOf(file);
    if (!name) {
      found.push(`${file} is in no layer`);
      continue;
    }
    const layer = table.layers[name];
    for (const [, specifier] of source.matchAll(IMPORT)) {
      const bad = (why: string) => found.push(`${file} imports ${specifier} (${why})`);
      if (specifier === 'vscode') {
        if (!layer.vscode) bad(`${name} may not import vscode`);
      } else if (specifier.startsWith('node:') || builtinModules.includes(specifier)) {
        if (!layer.nodeBuiltins) bad(`${name} may not import Node built-ins`);
      } else if (specifier.startsWith('.')) {
        const target = resolve(file, specifier, tree);
        const outside = table.outside.find(o => target === o || target.startsWith(`${o}/`));
        const other = layerOf(target);
        if (outside) bad(`nothing in src imports ${outside}/`);
        else if (other && other !== name && !layer.imports.includes(other)) bad(`${name} may not import ${other}`);
      }
    }
  }
  return found;
}

/** Imports that cross a boundary of the table, one per rule of the issue, each planted in a file of its own. */
const PLANTED: Record<string, string> = {
  'src/claimsView/planted.ts': "import { ArticleDecorations } from '../editor/decorations';\nexport const planted = ArticleDecorations;\n",
  'src/editor/planted.ts': "import { registerClaimsView } from '../claimsView';\nexport const planted = registerClaimsView;\n",
  'src/core/present/planted.ts': "import type { ReviewService } from '../../review/reviewService';\nexport type Planted = ReviewService;\n",
  'src/core/planted.ts': "import * as vscode from 'vscode';\nexport const planted = vscode.Uri;\n",
  'src/core/detect/planted.ts': "import fs from 'node:fs';\nexport const planted = fs.readFileSync;\n",
  'src/review/planted.ts': "import { ClaimsTreeProvider } from '../claimsView/claimsTreeProvider';\nexport const planted = ClaimsTreeProvider;\n",
  'src/cli/planted.ts': "import { ReviewStore } from '../review/reviewStore';\nexport const planted = ReviewStore;\n",
  'src/planted.ts': "import layers from '../tools/layers.json';\nexport const planted = layers;\n",
};

describe('architecture: src/core stays portable', () => {
  const files = sourceFiles(coreDir);

  it('has source files to check', () => {
    assert.ok(files.length >= 5, `found only ${files.length} files under src/core`);
  });

  it('imports neither vscode nor Node built-ins', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(IMPORT)) {
        if (m[1] === 'vscode' || NODE_BUILTINS.test(m[1])) offenders.push(`${path.relative(coreDir, file)} imports ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});

describe('architecture: the layer table (tools/layers.json)', () => {
  it('puts every source file in a layer, and names only layers it has', () => {
    for (const file of sourceTree().keys()) assert.ok(layerOf(file), `${file} is in no layer`);
    for (const [name, layer] of Object.entries(table.layers)) {
      for (const other of layer.imports) assert.ok(table.layers[other], `${name} imports unknown layer ${other}`);
    }
  });

  it('holds the rules the design states', () => {
    const { core, cli, review, editor, claimsView } = table.layers;
    assert.deepEqual(core.imports, []);
    assert.equal(core.vscode || core.nodeBuiltins, false);
    assert.ok(!editor.imports.includes('claimsView') && !claimsView.imports.includes('editor'));
    assert.ok(!review.imports.includes('editor') && !review.imports.includes('claimsView'));
    assert.deepEqual([...cli.imports].sort(), ['core', 'node']);
    assert.equal(cli.vscode, false);
    assert.ok(table.outside.includes('tools'));
  });

  it('is kept by every import of src', () => {
    assert.deepEqual(violations(sourceTree()), []);
  });

  it('catches each planted cross-layer import', () => {
    for (const [file, source] of Object.entries(PLANTED)) {
      const tree = sourceTree();
      tree.set(file, source);
      assert.equal(violations(tree).length, 1, `${file}: ${source}`);
    }
  });
});

describe('architecture: ESLint enforces the same table', () => {
  let eslint: ESLint;
  before(function () {
    this.timeout(120000);
    eslint = new ESLint({ cwd: root });
  });

  /** The messages of the layer rule for `source` linted as if it were the file `file`. */
  async function layerErrors(file: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
    return result.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message);
  }

  it('fails each planted cross-layer import, saying which rule it breaks', async function () {
    this.timeout(120000);
    for (const [file, source] of Object.entries(PLANTED)) {
      const errors = await layerErrors(file, source);
      assert.equal(errors.length, 1, `${file}: ${errors.join('; ')}`);
      assert.match(errors[0], /tools\/layers\.json/);
    }
  });

  it('keeps the review layer from showing messages itself', async function () {
    this.timeout(120000);
    const source = "import * as vscode from 'vscode';\nexport function tell(): void {\n  void vscode.window.showWarningMessage('merged');\n}\n";
    const [review] = await eslint.lintText(source, { filePath: path.join(root, 'src/review/planted.ts') });
    assert.deepEqual(review.messages.map(m => m.ruleId), ['no-restricted-syntax']);
    const [editor] = await eslint.lintText(source, { filePath: path.join(root, 'src/editor/planted.ts') });
    assert.deepEqual(editor.messages, []);
  });

  it('lets a layer import what the table allows', async function () {
    this.timeout(120000);
    assert.deepEqual(await layerErrors('src/claimsView/allowed.ts',
      "import { claimColor } from '../core/present/statusLook';\nimport { VIEW_COMMAND } from '../commandIds';\nimport * as vscode from 'vscode';\nexport const ok = [claimColor, VIEW_COMMAND, vscode];\n"), []);
    assert.deepEqual(await layerErrors('src/core/present/allowed.ts',
      "import type { ReviewClaim } from '../review/reviewClaims';\nexport type Ok = ReviewClaim;\n"), []);
  });
});
