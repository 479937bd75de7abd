// The People & Dates view: the people and dates of the active article as a checklist (core/present/peopleAndDates.ts),
// a name spelled two ways flagged. Clicking a row selects its next mention in the article, so repeated clicks step
// through them all.
import * as vscode from 'vscode';
import { PEOPLE_COMMAND } from '../commandIds';
import { datesOf, nextMention, peopleOf, type DateEntry, type PersonEntry } from '../core/present/peopleAndDates';
import type { Span } from '../core/detect/spans';
import { dateInWords } from '../review/host';
import type { ReviewService } from '../review/reviewService';
import type { ArticleGate } from './articleGate';

export const PEOPLE_DATES_VIEW_ID = 'factcheck.peopleDates';

export type PeopleDatesNode =
  | { kind: 'section'; section: 'people' | 'dates'; count: number }
  | { kind: 'person'; person: PersonEntry; uri: string }
  | { kind: 'date'; date: DateEntry; uri: string };

/** What a click passes to the go-to command: the article and the offsets of every mention. */
interface MentionsArgument {
  uri: string;
  mentions: Span[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export class PeopleDatesProvider implements vscode.TreeDataProvider<PeopleDatesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly reviews: ReviewService, private readonly gate: ArticleGate) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire()),
      reviews.onDidChangeArticle(uri => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.changed.fire();
      }),
      gate.onDidChange(() => this.changed.fire()),
    ];
  }

  /** The active article's people and dates, or undefined when no article is shown. */
  lists(): { uri: string; people: PersonEntry[]; dates: DateEntry[] } | undefined {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.gate.isOn(document)) return undefined;
    const analysis = this.reviews.analysisOf(document.uri);
    return analysis && { uri: document.uri.toString(), people: peopleOf(analysis), dates: datesOf(analysis, dateInWords) };
  }

  getChildren(node?: PeopleDatesNode): PeopleDatesNode[] {
    const lists = this.lists();
    if (!lists) return [];
    if (!node) return [{ kind: 'section', section: 'people', count: lists.people.length }, { kind: 'section', section: 'dates', count: lists.dates.length }];
    if (node.kind !== 'section') return [];
    return node.section === 'people'
      ? lists.people.map(person => ({ kind: 'person', person, uri: lists.uri }))
      : lists.dates.map(date => ({ kind: 'date', date, uri: lists.uri }));
  }

  getTreeItem(node: PeopleDatesNode): vscode.TreeItem {
    if (node.kind === 'section') {
      const item = new vscode.TreeItem(node.section === 'people' ? 'People' : 'Dates', vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.count);
      item.id = `section/${node.section}`;
      return item;
    }
    if (node.kind === 'person') {
      const { person } = node;
      const item = new vscode.TreeItem(person.name, vscode.TreeItemCollapsibleState.None);
      const spelledAs = person.spellings.filter(s => s !== person.name);
      const parts = [plural(person.mentions.length, 'mention', 'mentions')];
      if (spelledAs.length) parts.push(`also written ${spelledAs.join(', ')}`);
      if (person.similar.length) parts.push(`spelled two ways? ${person.similar.join(', ')}`);
      item.description = parts.join(' · ');
      item.iconPath = new vscode.ThemeIcon(person.similar.length ? 'warning' : 'person');
      item.tooltip = person.similar.length
        ? `${person.name} and ${person.similar.join(', ')} differ by a letter or two: check that they are different people, or correct the spelling.`
        : `${person.name}: ${item.description}. Click to step through the mentions.`;
      item.command = goTo(node.uri, person.mentions, person.name);
      item.id = `person/${person.name}`;
      return item;
    }
    const { date } = node;
    const item = new vscode.TreeItem(date.text, vscode.TreeItemCollapsibleState.None);
    const mentions = date.mentions.length > 1 ? ` · ${plural(date.mentions.length, 'mention', 'mentions')}` : '';
    item.description = `${date.display}${mentions}`;
    item.iconPath = new vscode.ThemeIcon('calendar');
    item.tooltip = `“${date.text}” is read as ${date.display}. Click to step through the mentions.`;
    item.command = goTo(node.uri, date.mentions, date.text);
    item.id = `date/${date.text}/${date.display}`;
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

function goTo(uri: string, mentions: Span[], title: string): vscode.Command {
  const argument: MentionsArgument = { uri, mentions: mentions.map(({ start, end, text }) => ({ start, end, text })) };
  return { command: PEOPLE_COMMAND.goToMention, title: `Go to the next mention of ${title}`, arguments: [argument] };
}

/** Selects the mention after the cursor (wrapping) in the article; returns its offsets. */
async function goToMention(arg?: unknown): Promise<Span | undefined> {
  const target = arg as MentionsArgument | undefined;
  if (!target || typeof target.uri !== 'string' || !Array.isArray(target.mentions)) return undefined;
  const uri = vscode.Uri.parse(target.uri);
  const shown = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === target.uri);
  const editor = shown ?? await vscode.window.showTextDocument(uri, { preserveFocus: true });
  const document = editor.document;
  const cursor = editor.selection.isEmpty ? document.offsetAt(editor.selection.active) - 1 : document.offsetAt(editor.selection.start);
  const mention = nextMention(target.mentions, cursor);
  if (!mention) return undefined;
  const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return mention;
}

export interface PeopleDatesView {
  readonly provider: PeopleDatesProvider;
  readonly view: vscode.TreeView<PeopleDatesNode>;
}

export function registerPeopleDatesView(reviews: ReviewService, gate: ArticleGate): { view: PeopleDatesView; disposable: vscode.Disposable } {
  const provider = new PeopleDatesProvider(reviews, gate);
  const view = vscode.window.createTreeView(PEOPLE_DATES_VIEW_ID, { treeDataProvider: provider });
  const showMessage = () => {
    view.message = provider.lists() ? undefined : 'Open an article to see the people and dates it names.';
  };
  showMessage();
  const register = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
  return {
    view: { provider, view },
    disposable: vscode.Disposable.from(provider, view, provider.onDidChangeTreeData(showMessage), register(PEOPLE_COMMAND.goToMention, goToMention)),
  };
}
