// Who is reviewing: the `factcheck.reviewer` setting, else git's `user.name` for the article's folder. Git is asked
// once per folder, by the host (./host.ts): in Node a child process, not a shell, so nothing from the workspace is ever
// interpreted as a command; in the browser there is no git, and the reviewer prompt asks for the name instead.
import * as vscode from 'vscode';
import { extensionHost } from './host';
import { reviewerSetting } from './settings';

export class ReviewerName {
  private readonly gitNames = new Map<string, Promise<string | undefined>>();

  async of(article: vscode.Uri): Promise<string | undefined> {
    const configured = reviewerSetting(article);
    return configured ?? this.gitNameOf(article);
  }

  /** git's `user.name` for the article's folder (what the reviewer prompt offers), asked once per folder. */
  gitNameOf(article: vscode.Uri): Promise<string | undefined> {
    if (article.scheme !== 'file') return Promise.resolve(undefined);
    const folder = vscode.Uri.joinPath(article, '..');
    let name = this.gitNames.get(folder.toString());
    if (!name) {
      name = extensionHost().gitUserName(folder);
      this.gitNames.set(folder.toString(), name);
    }
    return name;
  }
}
