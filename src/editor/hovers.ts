// Hovers over an article: on a claim, its review (status, note, sources, reviewer, why it was flagged, actions);
// on a person, the canonical name and how often they are mentioned; on a date, its normalised value.
import * as vscode from 'vscode';
import { claimHoverMarkdown, dateHoverMarkdown, personHoverMarkdown } from '../core/present/hoverText';
import { appliedVerdictOf, seenBeforeMarkdown } from '../core/present/seenBeforeText';
import { dateInWords } from '../review/host';
import type { ReviewService } from '../review/reviewService';
import type { SeenBefore } from '../review/seenBefore';
import type { ArticleGate } from './articleGate';
import { COMMAND, HOVER_COMMANDS } from './commandIds';
import { hoverMarkdown } from './markdown';

export function registerHovers(reviews: ReviewService, gate: ArticleGate, seenBefore: SeenBefore): vscode.Disposable {
  // every scheme: articles may be untitled or remote; the gate decides which documents count
  return vscode.languages.registerHoverProvider({ pattern: '**' }, {
    provideHover(document, position) {
      if (!gate.isOn(document)) return undefined;
      const offset = document.offsetAt(position);
      const covers = (span: { start?: number; end?: number }) => span.start !== undefined && span.end !== undefined && span.start <= offset && offset < span.end;
      const sections: string[] = [];
      let range: vscode.Range | undefined;
      const widen = (start: number, end: number) => {
        const r = new vscode.Range(document.positionAt(start), document.positionAt(end));
        range = range ? range.intersection(r) ?? r : r;
      };

      for (const claim of reviews.reviewOf(document.uri)?.claims.filter(covers) ?? []) {
        const target = { uri: document.uri.toString(), key: claim.key };
        sections.push(claimHoverMarkdown(claim, target, HOVER_COMMANDS));
        widen(claim.start!, claim.end!);
        if (claim.dismissed) continue;
        // disputed and false earlier verdicts first, each with its warning
        for (const match of seenBefore.matchesAt(document.uri, document.getText(), claim)) {
          sections.push(seenBeforeMarkdown(match, {
            open: { command: COMMAND.openEarlierClaim, args: { article: match.verdict.article, line: match.verdict.line } },
            apply: { command: COMMAND.applyEarlierVerdict, args: { ...target, verdict: appliedVerdictOf(match) } },
          }));
        }
      }
      const analysis = reviews.analysisOf(document.uri);
      for (const person of analysis?.people.filter(covers) ?? []) {
        const mentions = analysis!.people.filter(p => p.entity === person.entity).length;
        sections.push(personHoverMarkdown(person.entity, mentions));
        widen(person.start, person.end);
      }
      for (const date of analysis?.dates.filter(covers) ?? []) {
        sections.push(dateHoverMarkdown(date, dateInWords));
        widen(date.start, date.end);
      }
      return sections.length ? new vscode.Hover(sections.map(hoverMarkdown), range) : undefined;
    },
  });
}
