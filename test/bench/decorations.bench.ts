// What an edit costs the editor after the debounce, outside VS Code: analysis of a 50 KB article, combining it with
// its review, planning the decorations (ranges grouped by kind and status) and turning offsets into line/column
// positions the way TextDocument.positionAt does. The text is this project's own fixture article, repeated to 50 KB.
// Run through `npm run bench` (node --import tsx); prints Markdown. Figures only: it never fails on time.
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/detect/analyze';
import { combineReview } from '../../src/core/review/reviewClaims';
import { planDecorations, type DecorationPlan } from '../../src/core/present/decorationPlan';
import { CLAIM_STYLES } from '../../src/core/present/claimStyles';
import '../sourceDetectorFiles';

const fixture = fs.readFileSync(path.resolve(__dirname, '../fixtures/workspace/harbour-bridge.md'), 'utf8');

function articleOf(size: number): string {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    parts.push(fixture.replace(/Haldenstadt/g, `Haldenstadt ${i}`));
    length += parts[parts.length - 1].length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

/** Median milliseconds of `runs` calls, after one warm-up call. */
function time(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** Line starts and a binary search: the same work as VS Code's positionAt for every decorated range. */
function toPositions(text: string, plan: DecorationPlan): number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
  let count = 0;
  for (const list of [plan.people, plan.dates, ...CLAIM_STYLES.map(style => plan.claims[style])]) {
    for (const range of list) {
      position(range.start);
      position(range.end);
      count++;
    }
  }
  return count;
}

const show = { people: true, dates: true, claims: true, claimStrength: true };
console.log('| article | analyze() | combine with review | plan decorations | offsets → positions | drawing part total | ranges |');
console.log('|---|---|---|---|---|---|---|');
for (const kb of [5, 50, 500]) {
  const text = articleOf(kb * 1024);
  const analysis = analyze(text, { referenceDate: '2026-03-12' });
  const review = combineReview(analysis.claims, [], { kind: 'none' });
  const plan = planDecorations(analysis, review, show);
  const tAnalyze = time(kb >= 500 ? 3 : 10, () => analyze(text, { referenceDate: '2026-03-12' }));
  const tCombine = time(20, () => combineReview(analysis.claims, [], { kind: 'none' }));
  const tPlan = time(20, () => planDecorations(analysis, review, show));
  let ranges = 0;
  const tPositions = time(20, () => { ranges = toPositions(text, plan); });
  const f = (ms: number) => `${ms.toFixed(2)} ms`;
  console.log(`| ${kb} KB | ${f(tAnalyze)} | ${f(tCombine)} | ${f(tPlan)} | ${f(tPositions)} | ${f(tCombine + tPlan + tPositions)} | ${ranges} |`);
}
console.log('\nThe drawing part (everything but analyze()) is what runs after the debounce when the review service has the' +
  ' analysis cached; `npm run test:integration` prints the same figure measured inside VS Code (setDecorations included).');
