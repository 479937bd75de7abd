// Every command id of the extension, in one table: the editor (src/editor/commands.ts) and the Claims view
// (src/claimsView/viewCommands.ts) register these, package.json contributes them, and test/unit/commandIds.test.ts
// checks that the three agree in both directions. Plain data: any layer may import it; it imports nothing.

/** Commands on a claim or an article in the editor (the Claims view's menus call them too, with a claim node). */
export const EDITOR_COMMAND = {
  markVerified: 'factcheck.markVerified',
  markDisputed: 'factcheck.markDisputed',
  markFalse: 'factcheck.markFalse',
  markUnverifiable: 'factcheck.markUnverifiable',
  markUnverified: 'factcheck.markUnverified',
  confirm: 'factcheck.confirmClaim',
  applyEarlierVerdict: 'factcheck.applyEarlierVerdict',
  openEarlierClaim: 'factcheck.openEarlierClaim',
  editNote: 'factcheck.editNote',
  addSource: 'factcheck.addSource',
  addClaim: 'factcheck.addClaimFromSelection',
  dismiss: 'factcheck.dismissClaim',
  restore: 'factcheck.restoreClaim',
  next: 'factcheck.nextUnreviewedClaim',
  previous: 'factcheck.previousUnreviewedClaim',
  reattach: 'factcheck.reattachClaim',
  toggle: 'factcheck.toggleForFile',
  openSidecar: 'factcheck.openSidecar',
} as const;

/** Commands of the Claims view itself. */
export const VIEW_COMMAND = {
  openClaim: 'factcheck.claims.openClaim',
  copyText: 'factcheck.claims.copyText',
  refresh: 'factcheck.claims.refresh',
  groupByStatus: 'factcheck.claims.groupByStatus',
  groupByArticle: 'factcheck.claims.groupByArticle',
  filterByStatus: 'factcheck.claims.filterByStatus',
  filterByText: 'factcheck.claims.filterByText',
  filterSeenBefore: 'factcheck.claims.filterSeenBefore',
  clearFilter: 'factcheck.claims.clearFilter',
  exportReport: 'factcheck.claims.exportReport',
  exportClaimReview: 'factcheck.claims.exportClaimReview',
  showMore: 'factcheck.claims.showMore',
} as const;

/** Commands of the People & Dates view. */
export const PEOPLE_COMMAND = {
  goToMention: 'factcheck.peopleDates.goToMention',
} as const;

/** Commands of the Getting Started walkthrough. */
export const WALKTHROUGH_COMMAND = {
  openSample: 'factcheck.openSampleArticle',
} as const;

/** The Claims view's built-in "focus" command (VS Code creates `<view id>.focus` for every view; not contributed). */
export const FOCUS_CLAIMS_VIEW = 'factcheck.claims.focus';

/** Every command the extension registers and contributes. */
export const COMMAND_IDS: readonly string[] = [...Object.values(EDITOR_COMMAND), ...Object.values(VIEW_COMMAND), ...Object.values(PEOPLE_COMMAND),
  ...Object.values(WALKTHROUGH_COMMAND)];
