// The editor's commands by their ids (the table of every id is src/commandIds.ts): hovers link to the claim actions,
// and hover Markdown enables exactly these (and no other command) for its links.
import { EDITOR_COMMAND as COMMAND } from '../commandIds';
import type { HoverCommands } from '../core/present/hoverText';

export { COMMAND };
export { FOCUS_CLAIMS_VIEW } from '../commandIds';

export const HOVER_COMMANDS: HoverCommands = {
  setStatus: {
    verified: COMMAND.markVerified,
    disputed: COMMAND.markDisputed,
    false: COMMAND.markFalse,
    unverifiable: COMMAND.markUnverifiable,
    unverified: COMMAND.markUnverified,
  },
  confirm: COMMAND.confirm,
  editNote: COMMAND.editNote,
  addSource: COMMAND.addSource,
  dismiss: COMMAND.dismiss,
  restore: COMMAND.restore,
  reattach: COMMAND.reattach,
};

/** The commands hover links may run: the claim actions, nothing else. */
export const HOVER_ENABLED_COMMANDS: string[] = [
  ...Object.values(HOVER_COMMANDS.setStatus), HOVER_COMMANDS.confirm,
  HOVER_COMMANDS.editNote, HOVER_COMMANDS.addSource, HOVER_COMMANDS.dismiss, HOVER_COMMANDS.restore, HOVER_COMMANDS.reattach,
  COMMAND.applyEarlierVerdict, COMMAND.openEarlierClaim,
];
