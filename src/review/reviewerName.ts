// Who is reviewing: the `factcheck.reviewer` setting, else git's `user.name` for the article's folder. Git is asked
// once per folder (a child process, not a shell: nothing from the workspace is ever interpreted as a command).
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { reviewerSetting } from './settings';

const GIT_TIMEOUT_MS = 3000;

export class ReviewerName {
  private readonly gitNames = new Map<string, Promise<string | undefined>>();

  async of(article: vscode.Uri): Promise<string | undefined> {
    const configured = reviewerSetting(article);
    if (configured) return configured;
    if (article.scheme !== 'file') return undefined;
    const folder = vscode.Uri.joinPath(article, '..').fsPath;
    let name = this.gitNames.get(folder);
    if (!name) {
      name = gitUserName(folder);
      this.gitNames.set(folder, name);
    }
    return name;
  }
}

function gitUserName(cwd: string): Promise<string | undefined> {
  return new Promise(resolve => {
    try {
      execFile('git', ['config', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
        const name = error ? '' : String(stdout).trim();
        resolve(name || undefined);
      });
    } catch {
      resolve(undefined); // git missing or the folder gone: no reviewer name, never an error
    }
  });
}
