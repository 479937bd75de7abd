// ESLint (flat config) with typescript-eslint. Besides the recommended rules, the layer table (tools/layers.json) is
// enforced as import rules: for every folder of src, `no-restricted-imports` forbids the relative paths that lead from
// there into a layer it may not use (and into tools/), and `vscode` or Node built-ins where its layer may not have them.
// test/unit/architecture.test.ts checks the same table by resolving every import, so a broken rule is caught twice.
import js from '@eslint/js';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const root = path.dirname(new URL(import.meta.url).pathname);
const table = JSON.parse(fs.readFileSync(path.join(root, 'tools/layers.json'), 'utf8'));

const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The layer a project path (folder or .ts file, relative to the root) belongs to. */
function layerOf(projectPath) {
  for (const [name, layer] of Object.entries(table.layers)) {
    if (layer.paths.some(p => projectPath === p || projectPath.startsWith(`${p}/`))) return name;
  }
  return undefined;
}

/** A regular expression for the import specifiers that lead from folder `from` to `target` (a folder or a .ts file). */
function specifiersReaching(from, target) {
  let relative = path.posix.relative(from, target.replace(/\.ts$/, ''));
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return `^${escape(relative)}(/.*)?$`;
}

/** The no-restricted-imports options for the files directly in folder `dir` (files of one layer, `name`). */
function restrictionsFor(dir, name) {
  const layer = table.layers[name];
  const allowed = new Set([name, ...layer.imports]);
  const forbidden = Object.entries(table.layers).filter(([other]) => !allowed.has(other)).flatMap(([, l]) => l.paths);
  const unique = list => [...new Map(list.map(p => [p.regex, p])).values()];
  const patterns = unique([
    ...forbidden.map(target => ({ regex: specifiersReaching(dir, target), message: `The ${name} layer may not import ${layerOf(target)} (tools/layers.json).` })),
    ...table.outside.map(target => ({ regex: specifiersReaching(dir, target), message: `Nothing in src imports ${target}/ (tools/layers.json).` })),
  ]);
  if (!layer.nodeBuiltins) patterns.push({ regex: '^node:', message: `The ${name} layer may not import Node built-ins (tools/layers.json).` });
  const paths = [
    ...(layer.vscode ? [] : [{ name: 'vscode', message: `The ${name} layer may not import vscode (tools/layers.json).` }]),
    ...(layer.nodeBuiltins ? [] : builtinModules.filter(m => !m.startsWith('_')).map(m => ({ name: m, message: `The ${name} layer may not import Node built-ins (tools/layers.json).` }))),
  ];
  return { paths, patterns };
}

/** One config block per folder under src (its files are of one layer), and one per top-level file of src. */
function layerBlocks() {
  const block = (files, dir, name) => ({ files, rules: { 'no-restricted-imports': ['error', restrictionsFor(dir, name)] } });
  // a new top-level file gets the entry point's rules until the table names it (the architecture test asks for that)
  const blocks = [block(['src/*.ts'], 'src', 'extension')];
  const visit = dir => {
    const entries = fs.readdirSync(path.join(root, dir), { withFileTypes: true });
    for (const entry of entries) {
      const child = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (dir === 'src' && entry.name.endsWith('.ts')) blocks.push(block([child], dir, requireLayer(child)));
    }
    if (dir !== 'src') blocks.push(block([`${dir}/*.ts`], dir, requireLayer(dir)));
  };
  visit('src');
  return blocks;
}

function requireLayer(projectPath) {
  const name = layerOf(projectPath);
  if (!name) throw new Error(`${projectPath} is in no layer of tools/layers.json`);
  return name;
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', '.vscode-test-web/**', '.test-output/**', 'src/core/detect/lexicon/names.generated.ts', 'src/core/detect/claims/model.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly',
        clearInterval: 'readonly', performance: 'readonly', URL: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
        __dirname: 'readonly', require: 'readonly', module: 'writable', Buffer: 'readonly', queueMicrotask: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // finding and escaping control characters is part of reading and writing sidecars safely
      'no-control-regex': 'off',
    },
  },
  {
    // the test harness scripts are CommonJS run by Node directly
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...layerBlocks(),
  {
    // the review layer raises messages as events (ReviewService.onDidRaiseMessage); the editor layer shows them
    files: ['src/review/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.property.name='window'][property.name=/^show(Information|Warning|Error)Message$/]",
        message: 'The review layer does not talk to the user: raise a ReviewMessage (onDidRaiseMessage) for the editor layer to show.',
      }],
    },
  },
);
