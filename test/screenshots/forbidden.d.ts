// Types of ./forbidden.js for the TypeScript that uses it (test/unit/screenshots/forbidden.test.ts).

export interface Machine { hostname: string; username: string; tmpdir: string }
/** What `text` shows that it must not, as "shows WHY ("MATCH")" lines. */
export function forbiddenIn(text: string, machine: Machine): string[];
