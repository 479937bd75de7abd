// The Claims view's list of articles, kept up to date article by article: a change to one article makes that one entry
// again, and only a change to the list itself (an article found or gone) makes the list and its order again. Pure (no
// `vscode`), so the benchmark runs the view's refresh as the extension does.
import { SLICE_MS, sortInSlices, type GiveWay } from '../core/workspace/slices';
import { compareEntries, sortEntries, type ArticleEntry } from './grouping';

export interface EntrySource<A> {
  /** Every article the view lists. */
  articles(): A[];
  key(article: A): string;
  /** The article's entry as the store has it now. */
  entry(article: A): ArticleEntry | Promise<ArticleEntry>;
  /** Lets other work run between slices of a long list (10,000 entries made at once would hold the host). */
  giveWay?: GiveWay;
}

export interface EntriesUpdate {
  entries: readonly ArticleEntry[];
  /** The articles whose entry was made again; undefined when the list itself was made again. */
  changed?: string[];
}

export class ArticleEntries<A> {
  private sorted: ArticleEntry[] = [];
  private readonly at = new Map<string, number>();
  private readonly byKey = new Map<string, A>();
  private stale = new Set<string>();
  private listStale = true;
  private everything = true;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly source: EntrySource<A>) {}

  /** One article's review changed. */
  changed(key: string): void {
    this.stale.add(key);
  }

  /** Articles were found or are gone. */
  listChanged(): void {
    this.listStale = true;
  }

  /** Every entry is made again at the next update. */
  reload(): void {
    this.listStale = true;
    this.everything = true;
  }

  /** The entries with what changed since the last update made again; updates run one after another. */
  update(): Promise<EntriesUpdate> {
    const next = this.queue.then(() => this.apply());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async apply(): Promise<EntriesUpdate> {
    const stale = this.stale;
    // an article the list does not hold yet is news for the list
    const listStale = this.listStale || [...stale].some(key => !this.at.has(key));
    const everything = this.everything;
    this.stale = new Set();
    this.listStale = false;
    this.everything = false;
    if (listStale) {
      const articles = this.source.articles();
      const making: (ArticleEntry | Promise<ArticleEntry>)[] = [];
      let sliceStart = Date.now();
      for (const article of articles) {
        const key = this.source.key(article);
        const kept = everything || stale.has(key) ? undefined : this.sorted[this.at.get(key) ?? -1];
        making.push(kept ?? this.source.entry(article));
        if (this.source.giveWay && Date.now() - sliceStart >= SLICE_MS) {
          await this.source.giveWay();
          sliceStart = Date.now();
        }
      }
      // 10,000 entries at hand are not 10,000 promises
      const made = making.some(entry => entry instanceof Promise) ? await Promise.all(making) : making as ArticleEntry[];
      this.byKey.clear();
      articles.forEach(article => this.byKey.set(this.source.key(article), article));
      // sorting 10,000 paths with a locale's collation takes longer than the host may be held
      this.sorted = this.source.giveWay ? await sortInSlices(made, compareEntries, this.source.giveWay) : sortEntries(made);
      this.at.clear();
      this.sorted.forEach((entry, i) => this.at.set(entry.uri, i));
      return { entries: this.sorted };
    }
    const next = [...this.sorted];
    const changed: string[] = [];
    await Promise.all([...stale].map(async key => {
      const i = this.at.get(key);
      const article = this.byKey.get(key);
      if (i === undefined || article === undefined) return;
      next[i] = await this.source.entry(article);
      changed.push(key);
    }));
    this.sorted = next;
    return { entries: next, changed };
  }
}
