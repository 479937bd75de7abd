// Problems in sidecar files, shown in the Problems panel at their line and column. A sidecar with an error is never
// written until it parses again; the message users get when an action is blocked says so and points at the problem.
import * as vscode from 'vscode';
import type { SidecarProblem } from '../core/sidecar/model';

export class SidecarDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('factcheck');

  show(sidecar: vscode.Uri, problems: readonly SidecarProblem[]): void {
    this.collection.set(sidecar, problems.map(toDiagnostic));
  }

  clear(sidecar: vscode.Uri): void {
    this.collection.delete(sidecar);
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function toDiagnostic(problem: SidecarProblem): vscode.Diagnostic {
  const line = Math.max(0, problem.line - 1);
  const column = Math.max(0, problem.column - 1);
  const range = new vscode.Range(line, column, line, column + 1);
  const severity = problem.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
  const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
  diagnostic.source = 'factcheck';
  return diagnostic;
}

/** The Error an action on a blocked article rejects with: why, where, and what to do. */
export function blockedError(sidecar: vscode.Uri, problems: readonly SidecarProblem[]): Error {
  const name = vscode.workspace.asRelativePath(sidecar, false);
  const first = problems.find(p => p.severity !== 'warning') ?? problems[0];
  const where = first ? `${name}:${first.line}:${first.column}: ${first.message}` : name;
  return new Error(`The fact-check file has an error (${where}). Nothing was changed: Factcheck never overwrites a file it cannot read. Fix the file (see the Problems panel) and try again.`);
}
