// What no picture of `npm run screenshots` may show, found in the workbench text the harness saves beside each
// picture (its visible text and its status bar items' labels): the machine's host or user name, a temporary path, an
// "Untitled" editor, a problem count, a menu left open, a status bar item meant to be hidden, a view not drawn yet.
// Kept apart from run.js so a unit test can plant each one and see it caught.

const escapeRegExp = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The rules for one machine, each a pattern and why it must not be shown.
 * @param {{ hostname: string, username: string, tmpdir: string }} machine
 */
function forbiddenPatterns(machine) {
  const names = [[machine.hostname, 'the host name'], [machine.username, 'the user name']].filter(([name]) => name && name.length > 1);
  return [
    ...names.map(([name, why]) => ({ pattern: new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'i'), why })),
    { pattern: new RegExp(`${escapeRegExp(machine.tmpdir)}|factcheck-shots-`), why: 'a temporary path' },
    { pattern: /Untitled/, why: 'an Untitled editor' },
    // the status bar's "⊗ 0 ⚠ 0" is icons and figures on screen and "No Problems" or "Errors: 2, Warnings: 1" to a
    // screen reader; the Problems panel counts in words
    { pattern: /@@open-menu/, why: 'an open menu' },
    { pattern: /@@shown-status-item \S+/, why: 'a status bar item meant to be hidden' },
    { pattern: /@@blank-webview/, why: 'a view not drawn yet' },
    { pattern: /\bNo Problems\b|\b(Errors|Warnings|Infos): \d+|\b\d+\s+(problems?|errors?|warnings?)\b/i, why: 'a problem count' },
  ];
}

/**
 * What `text` shows that it must not, as "shows WHY ("MATCH")" lines.
 * @param {string} text
 * @param {{ hostname: string, username: string, tmpdir: string }} machine
 * @returns {string[]}
 */
function forbiddenIn(text, machine) {
  const found = [];
  for (const { pattern, why } of forbiddenPatterns(machine)) {
    const match = pattern.exec(text);
    if (match) found.push(`shows ${why} ("${match[0]}")`);
  }
  return found;
}

module.exports = { forbiddenIn };
