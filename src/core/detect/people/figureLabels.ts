// A table of figures pasted as lines, a label and a figure a line ("Total Beds Available: 2,226", "ICU Patients: 341"):
// a health department's daily report, a dashboard's counts. The label's words name what is counted, never a person,
// however an unfamiliar plural reads ("Beds", "Vents"). A line counts only beside two more such lines and where its
// label holds a word of counting, so a list of people with their figures ("Ana Ruiz: 12") is left alone.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

/** A line of a label and a figure alone: "Total Beds Available: 2,226", "- New cases: 14", "Positivity rate: 7.5%". */
const LABEL_LINE = /^[ \t]*(?:[-•*][ \t]*)?([A-Za-z][A-Za-z .'’/()-]{1,60}?)[ \t]*:[ \t]*[$£€]?\d[\d,.]*[ \t]*%?[ \t]*$/gm;

/** The words of counting a label holds: what a total, a count or a rate is of. */
const COUNTING = lazyPattern(() => /\b(?:total|available|current|currently|new|confirmed|probable|active|cumulative|daily|weekly|number|count|rate|average|occupied|capacity|beds|patients|cases|deaths|tests|admissions|hospitali[sz]ations|recovered|vaccinated|doses|icu|ventilators|vents)\b/i);

/** The [start, end) of the labels of a table's lines (three lines or more), as pairs. */
function tableLabels(text: string): number[] {
  const labels: number[] = [];
  LABEL_LINE.lastIndex = 0;
  for (let m = LABEL_LINE.exec(text); m; m = LABEL_LINE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    labels.push(start, start + m[1].length);
  }
  return labels.length >= 6 ? labels : [];
}

/** The mentions without those inside a table line's label that holds a word of counting. */
export function withoutFigureLabels(text: string, mentions: PersonMention[]): PersonMention[] {
  if (mentions.length === 0 || !text.includes(':')) return mentions;
  const labels = tableLabels(text);
  if (labels.length === 0) return mentions;
  return mentions.filter(m => {
    for (let k = 0; k < labels.length; k += 2) {
      if (m.start >= labels[k] && m.end <= labels[k + 1]) return !COUNTING().test(text.slice(labels[k], labels[k + 1]));
    }
    return true;
  });
}

/**
 * The mentions without a word glued to figures ("Director General02:41", a video's running time run on to its
 * title): a name holds no figure.
 */
export function withoutFiguredWords(mentions: PersonMention[]): PersonMention[] {
  return mentions.some(m => /\d/.test(m.text)) ? mentions.filter(m => !/\d/.test(m.text)) : mentions;
}
