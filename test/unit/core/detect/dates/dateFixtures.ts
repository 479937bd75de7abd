// The made-up stories of test/fixtures/dates and the views of their dates the story tests compare: each story is
// dated as the extension dates it (its front matter, dateline or stamp; a fixed "today" where it states none).
import fs from 'node:fs';
import path from 'node:path';
import { detectDates } from '../../../../../src/core/detect/dates';
import { displayDate } from '../../../../../src/core/detect/dates/display';
import { referenceFor } from '../../../../../src/core/detect/reference';

export const fixture = (name: string): string => fs.readFileSync(path.resolve(__dirname, '../../../../fixtures/dates', name), 'utf8');

/** The story's reference date and its dates resolved against it. */
export const found = (text: string) => {
  const { date } = referenceFor(text, { today: '2026-12-02' });
  return { date, mentions: detectDates(text, date) };
};

/** Each date as written, with its value. */
export const pairs = (text: string): (string | undefined)[][] => found(text).mentions.map(d => [d.text, d.value]);

/** How the nth date written so is shown to the reader. */
export const shown = (text: string, written: string, nth = 0): string | undefined => {
  const d = found(text).mentions.filter(m => m.text === written)[nth];
  return d && displayDate(d);
};
