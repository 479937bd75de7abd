// How the editor set up the Claims view — grouping and filter — remembered per workspace, and mirrored into context
// keys so the view's title bar shows the right toggle and a "clear filter" button only while filtering.
import * as vscode from 'vscode';
import { filterFromStored, filterToStored, isFiltered, type ClaimFilter, type StoredFilter } from './filters';
import type { Grouping } from './grouping';

const GROUPING_KEY = 'factcheck.claimsView.grouping';
const FILTER_KEY = 'factcheck.claimsView.filter';

export class ClaimsViewState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private currentGrouping: Grouping;
  private currentFilter: ClaimFilter;

  constructor(private readonly memento: vscode.Memento) {
    this.currentGrouping = memento.get<Grouping>(GROUPING_KEY) === 'status' ? 'status' : 'article';
    this.currentFilter = filterFromStored(memento.get<StoredFilter>(FILTER_KEY));
    this.updateContextKeys();
  }

  get grouping(): Grouping {
    return this.currentGrouping;
  }

  get filter(): ClaimFilter {
    return this.currentFilter;
  }

  async setGrouping(grouping: Grouping): Promise<void> {
    this.currentGrouping = grouping;
    this.updateContextKeys();
    this.changed.fire();
    await this.memento.update(GROUPING_KEY, grouping);
  }

  async setFilter(filter: ClaimFilter): Promise<void> {
    this.currentFilter = filter;
    this.updateContextKeys();
    this.changed.fire();
    await this.memento.update(FILTER_KEY, filterToStored(filter));
  }

  private updateContextKeys(): void {
    void vscode.commands.executeCommand('setContext', 'factcheck.claims.grouping', this.currentGrouping);
    void vscode.commands.executeCommand('setContext', 'factcheck.claims.filtered', isFiltered(this.currentFilter));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
