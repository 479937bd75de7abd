// The ids of the editor commands, in one place: package.json contributes them, hovers link to them, and hover
// Markdown enables exactly these (and no other command) for its links.
import type { HoverCommands } from '../core/present/hoverText';

export const COMMAND = {
  markVerified: 'factcheck.markVerified',
  markDisputed: 'factcheck.markDisputed',
  markFalse: 'factcheck.markFalse',
  markUnverifiable: 'factcheck.markUnverifiable',
  markUnverified: 'factcheck.markUnverified',
  editNote: 'factcheck.editNote',
  addSource: 'factcheck.addSource',
  addClaim: 'factcheck.addClaimFromSelection',
  dismiss: 'factcheck.dismissClaim',
  restore: 'factcheck.restoreClaim',
  next: 'factcheck.nextUnreviewedClaim',
  previous: 'factcheck.previousUnreviewedClaim',
  reattach: 'factcheck.reattachClaim',
  toggle: 'factcheck.toggleForFile',
} as const;

/** The Claims view's built-in "focus" command (VS Code creates `<view id>.focus` for every view). */
export const FOCUS_CLAIMS_VIEW = 'factcheck.claims.focus';

export const HOVER_COMMANDS: HoverCommands = {
  setStatus: {
    verified: COMMAND.markVerified,
    disputed: COMMAND.markDisputed,
    false: COMMAND.markFalse,
    unverifiable: COMMAND.markUnverifiable,
    unverified: COMMAND.markUnverified,
  },
  editNote: COMMAND.editNote,
  addSource: COMMAND.addSource,
  dismiss: COMMAND.dismiss,
  restore: COMMAND.restore,
  reattach: COMMAND.reattach,
};

/** The commands hover links may run: the claim actions, nothing else. */
export const HOVER_ENABLED_COMMANDS: string[] = [
  ...Object.values(HOVER_COMMANDS.setStatus),
  HOVER_COMMANDS.editNote, HOVER_COMMANDS.addSource, HOVER_COMMANDS.dismiss, HOVER_COMMANDS.restore, HOVER_COMMANDS.reattach,
];
