// Text and the comparison engine the benchmarks share: news-like documents assembled at run time from ../shared
// (samples and eval documents; none of it is kept in the repo), and compromise + compromise-dates, the baseline.
import fs from 'node:fs';
import path from 'node:path';

const shared = path.resolve(__dirname, '../../../shared');

/** Documents of real news-like text: the sample articles, then the eval documents (claims grouped into paragraphs). */
export function newsDocuments(): string[] {
  const docs: string[] = [];
  const samples = path.join(shared, 'samples');
  if (fs.existsSync(samples)) {
    for (const f of fs.readdirSync(samples).filter(f => f.endsWith('.txt')).sort()) docs.push(fs.readFileSync(path.join(samples, f), 'utf8'));
  }
  const evalDir = path.join(shared, 'eval');
  if (fs.existsSync(evalDir)) {
    for (const f of fs.readdirSync(evalDir).filter(f => f.endsWith('.jsonl')).sort()) {
      const rows = fs.readFileSync(path.join(evalDir, f), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l) as { text: string });
      if (f.startsWith('claims-')) {
        for (let i = 0; i < rows.length; i += 6) docs.push(rows.slice(i, i + 6).map(r => r.text).join(' '));
      } else docs.push(...rows.map(r => r.text));
    }
  }
  if (!docs.length) throw new Error(`no text found under ${shared}`);
  return docs;
}

/** About `bytes` characters of text: whole documents, repeated in order when the supply runs out. */
export function textOf(docs: string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const doc = docs[i % docs.length];
    parts.push(doc);
    length += doc.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

export type Compromise = ((text: string) => { people(): { out(kind: string): unknown[] }; dates?(): { json(): unknown[] } }) & { plugin(p: unknown): void };

export async function loadCompromise(): Promise<Compromise | undefined> {
  try {
    const nlp = (await import('compromise')).default as unknown as Compromise;
    const dates = (await import('compromise-dates')).default;
    nlp.plugin(dates);
    return nlp;
  } catch {
    return undefined;
  }
}

/**
 * compromise's people and dates, one paragraph at a time: compromise-dates throws on some phrases ("a third-quarter
 * loss"), which then costs only that paragraph, and compromise slows down badly on one huge document.
 */
export function runCompromise(nlp: Compromise, text: string): { people: number; dates: number; failures: number } {
  const result = { people: 0, dates: 0, failures: 0 };
  for (const paragraph of text.split(/\n\s*\n/)) {
    try {
      const doc = nlp(paragraph);
      result.people += doc.people().out('array').length;
      result.dates += doc.dates ? doc.dates().json().length : 0;
    } catch {
      result.failures++;
    }
  }
  return result;
}
