// The keepers of every known article's sidecar (articleSidecar.ts), by article URI: the articles with a sidecar
// anywhere in the workspace, plus the open ones.
import type * as vscode from 'vscode';
import { ArticleSidecar, articleOf, type KeeperHost } from './articleSidecar';
import { isUnder } from './articles';

export class ArticleSidecars {
  private readonly byUri = new Map<string, ArticleSidecar>();

  constructor(private readonly host: KeeperHost) {}

  get(uri: vscode.Uri): ArticleSidecar | undefined {
    return this.byUri.get(uri.toString());
  }

  /** The article's keeper, created (empty, not loaded) if it has none yet. */
  of(uri: vscode.Uri): ArticleSidecar {
    const key = uri.toString();
    let keeper = this.byUri.get(key);
    if (!keeper) {
      keeper = new ArticleSidecar(uri, this.host);
      this.byUri.set(key, keeper);
    }
    return keeper;
  }

  all(): ArticleSidecar[] {
    return [...this.byUri.values()];
  }

  /** Forgets the article, unless another keeper took its place meanwhile (`only`). */
  delete(uri: vscode.Uri, only?: ArticleSidecar): void {
    if (!only || this.byUri.get(uri.toString()) === only) this.byUri.delete(uri.toString());
  }

  /** Forgets `uri` and every article under it (a deleted or renamed folder). */
  forgetUnder(uri: vscode.Uri): void {
    for (const [key, keeper] of this.byUri) {
      if (key === uri.toString() || isUnder(keeper.uri, uri)) this.byUri.delete(key);
    }
  }

  /** Knows `sidecar`'s article from now on; true when the article was not listed before. */
  register(sidecar: vscode.Uri): boolean {
    const article = articleOf(sidecar);
    if (!article) return false;
    const keeper = this.of(article);
    if (keeper.sidecar) return false;
    keeper.sidecar = sidecar;
    return true;
  }

  clear(): void {
    this.byUri.clear();
  }
}
