// Hover Markdown as VS Code objects. The text is built (and escaped) by core/present/hoverText.ts; here it gets the
// trust it needs and no more: theme icons on, HTML off, and command links for this extension's claim actions only.
import * as vscode from 'vscode';
import { HOVER_ENABLED_COMMANDS } from './commandIds';

export function hoverMarkdown(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value, true);
  markdown.supportHtml = false;
  markdown.isTrusted = { enabledCommands: [...HOVER_ENABLED_COMMANDS] };
  return markdown;
}
