// Who is reviewing, asked once: the first verdict given without a `factcheck.reviewer` setting asks for a name
// (prefilled with git's user.name when there is one) and saves it in the USER settings, never the workspace's, so a
// name is not committed with the articles by accident. Declining is remembered too: verdicts then record git's name.
import * as vscode from 'vscode';
import { ReviewerName } from '../review/reviewerName';
import { reviewerSetting } from '../review/settings';

const ASKED_KEY = 'factcheck.reviewerAsked';

export class ReviewerPrompt {
  private readonly names = new ReviewerName();
  private asking: Promise<void> | undefined;

  /** Shows the question; replaceable so tests can answer it. Resolves undefined when dismissed. */
  ask: (suggested: string | undefined) => Thenable<string | undefined> = suggested => vscode.window.showInputBox({
    title: 'Factcheck: who is reviewing?',
    prompt: 'Your name is recorded with each verdict you give. It is saved in your user settings ("factcheck.reviewer"), not in the workspace.',
    value: suggested ?? '',
    placeHolder: 'e.g. Dana Reyes',
    ignoreFocusOut: true,
  });

  constructor(private readonly memory: vscode.Memento) {}

  /** Before a verdict: asks for the reviewer's name if none is configured and it was never asked. */
  ensureName(article: vscode.Uri): Promise<void> {
    if (reviewerSetting(article) || this.memory.get<boolean>(ASKED_KEY)) return Promise.resolve();
    // two verdicts in a row (a multi-selection) share the one question
    this.asking ??= this.askOnce(article).finally(() => (this.asking = undefined));
    return this.asking;
  }

  /** One line for the status bar tooltip: whose name verdicts record. */
  describe(article: vscode.Uri): string {
    const configured = reviewerSetting(article);
    if (configured) return `Reviewer: ${configured}.`;
    return this.memory.get<boolean>(ASKED_KEY)
      ? 'Reviewer: git\'s user.name (set "factcheck.reviewer" to choose a name).'
      : 'Reviewer: not set yet; your first verdict asks for your name.';
  }

  /** Forgets that the question was asked (for tests, and for a reset command if one is ever wanted). */
  forget(): Thenable<void> {
    return this.memory.update(ASKED_KEY, undefined);
  }

  private async askOnce(article: vscode.Uri): Promise<void> {
    const suggested = await this.names.gitNameOf(article);
    const answer = (await this.ask(suggested))?.replace(/\s+/g, ' ').trim();
    await this.memory.update(ASKED_KEY, true);
    if (answer) await vscode.workspace.getConfiguration('factcheck').update('reviewer', answer, vscode.ConfigurationTarget.Global);
  }
}
