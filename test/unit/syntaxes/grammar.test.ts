// The TextMate grammar in syntaxes/, loaded the way VS Code loads it: from package.json's contributes.grammars, with
// the injection applied to Markdown (VS Code's own markdown grammar, shipped in code-server) and to plain text.
// The sentences and their expected scopes are the case files in test/grammar/ (vscode-tmgrammar-test format, also run
// on their own by `npm run test:grammar`); here every asserted sentence is one test.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as textmate from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { parseGrammarTestCase, runGrammarTestCase, type GrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/index';

const root = path.resolve(__dirname, '../../..');
const casesDir = path.join(root, 'test/grammar');
const markdownGrammar = path.join(root, 'node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');

interface GrammarContribution { language?: string; scopeName: string; path: string; injectTo?: string[] }
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributed: GrammarContribution[] = manifest.contributes?.grammars ?? [];

function createRegistry(): textmate.Registry {
  const files = new Map<string, string>([['text.html.markdown', markdownGrammar]]);
  for (const g of contributed) files.set(g.scopeName, path.join(root, g.path));
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  const wasmBuffer = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
  const onigLib = oniguruma.loadWASM(wasmBuffer).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
  return new textmate.Registry({
    onigLib,
    // languages embedded in Markdown's code blocks are not needed: their blocks only have to stay unscoped by us
    loadGrammar: async scopeName => {
      const file = files.get(scopeName);
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: scopeName => contributed.filter(g => g.injectTo?.includes(scopeName)).map(g => g.scopeName),
  });
}

async function tokenize(registry: textmate.Registry, scopeName: string, line: string): Promise<textmate.IToken[]> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} loads`);
  return grammar.tokenizeLine(line, textmate.INITIAL).tokens;
}

describe('TextMate grammar (syntaxes/)', () => {
  const registry = createRegistry();

  describe('package.json contributes it the way VS Code needs', () => {
    it('injects into Markdown and plain text, and gives plain text a grammar to inject into', () => {
      const injection = contributed.find(g => g.injectTo);
      assert.ok(injection, 'an injection grammar is contributed');
      assert.deepEqual([...(injection.injectTo ?? [])].sort(), ['text.html.markdown', 'text.plain']);
      const plain = contributed.find(g => g.language === 'plaintext');
      assert.equal(plain?.scopeName, 'text.plain');
      for (const g of contributed) {
        const raw = JSON.parse(fs.readFileSync(path.join(root, g.path), 'utf8'));
        assert.equal(raw.scopeName, g.scopeName, `${g.path} declares the scope package.json names`);
      }
    });

    it('never colours Markdown code: the injection selector excludes code spans and blocks', () => {
      const injection = contributed.find(g => g.injectTo)!;
      const selector: string = JSON.parse(fs.readFileSync(path.join(root, injection.path), 'utf8')).injectionSelector;
      for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-markup.raw']) assert.ok(selector.includes(excluded), excluded);
    });
  });

  for (const file of fs.readdirSync(casesDir).filter(f => /\.test\.\w+$/.test(f)).sort()) {
    const testCase: GrammarTestCase = parseGrammarTestCase(fs.readFileSync(path.join(casesDir, file), 'utf8'));
    describe(`${file} (${testCase.metadata.scope})`, () => {
      let failures: Awaited<ReturnType<typeof runGrammarTestCase>> = [];
      before(async () => { failures = await runGrammarTestCase(registry, testCase); });

      for (const { sourceLineNumber, scopeAssertions } of testCase.assertions) {
        const sentence = testCase.source[sourceLineNumber];
        it(`${sentence.length > 70 ? sentence.slice(0, 70) + '…' : sentence} (${scopeAssertions.length} ${scopeAssertions.length === 1 ? 'check' : 'checks'})`, () => {
          const wrong = failures.filter(f => f.srcLine === sourceLineNumber).map(f =>
            `«${sentence.slice(f.start, f.end)}» at ${f.start}: has [${f.actual.join(' ')}]` +
            (f.missing.length ? `, missing [${f.missing.join(' ')}]` : '') +
            (f.unexpected.length ? `, must not have [${f.unexpected.join(' ')}]` : ''));
          assert.deepEqual(wrong, []);
        });
      }
    });
  }

  it('tokenises a 20,000-character paragraph of unbalanced quotes and apostrophes', async () => {
    // VS Code tokenises lines up to 20,000 characters: a lookahead that backtracks badly would freeze the editor.
    // About 150 ms on an idle machine; timing is reported, not judged (a hang would hit mocha's timeout).
    const chunk = `'It's “the ‘90s” again,' she said of the $5bn plan's "12% rise on March 3 `;
    const line = chunk.repeat(Math.ceil(20000 / chunk.length)).slice(0, 20000);
    await tokenize(registry, 'text.plain', chunk); // compiles the grammar's regular expressions: not what is timed
    const started = performance.now();
    const tokens = await tokenize(registry, 'text.plain', line);
    const elapsed = performance.now() - started;
    assert.ok(tokens.length > 100);
    console.log(`      20,000-character line tokenised in ${elapsed.toFixed(0)} ms`);
  });
});
