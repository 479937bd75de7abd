// Why a claim matched an earlier verdict, in what a fact-checker looks at first: a figure said differently (the verdict
// may not carry over), then the figures, years and names both say, then a "not" on one side only.
import type { ClaimTerms, Figure } from './terms';

export interface MatchExplanation {
  /** Figures in the same unit that differ: [the claim's, the earlier one's]. The most important thing to say. */
  readonly differingFigures: ReadonlyArray<readonly [string, string]>;
  readonly sameFigures: readonly string[];
  readonly differingYears: ReadonlyArray<readonly [number, number]>;
  readonly sameYears: readonly number[];
  /** Names both mention, as the claim writes them. */
  readonly sameNames: readonly string[];
  /** One of the two says "not", "never", "no"… and the other does not. */
  readonly negationDiffers: boolean;
}

function sameValue(a: Figure, b: Figure): boolean {
  return a.unit === b.unit && Math.abs(a.value - b.value) <= 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value), 1);
}

export function explainMatch(claim: ClaimTerms, earlier: ClaimTerms): MatchExplanation {
  const sameFigures: string[] = [];
  const differingFigures: Array<readonly [string, string]> = [];
  for (const figure of claim.figures) {
    if (earlier.figures.some(other => sameValue(figure, other))) {
      if (!sameFigures.includes(figure.text)) sameFigures.push(figure.text);
      continue;
    }
    // a figure is "different" only against one in the same unit that none of the claim's figures equals
    const rival = earlier.figures.find(other => other.unit === figure.unit && !claim.figures.some(mine => sameValue(mine, other)));
    if (rival && (figure.unit !== '' || claim.figures.length === 1)) differingFigures.push([figure.text, rival.text]);
  }
  const sameYears = [...new Set(claim.years.filter(year => earlier.years.includes(year)))];
  const differingYears: Array<readonly [number, number]> = [];
  if (!sameYears.length && claim.years.length && earlier.years.length) differingYears.push([claim.years[0], earlier.years[0]]);
  const earlierNames = new Set(earlier.names.length ? [...earlier.names, ...earlier.words] : earlier.words);
  const sameNames = [...new Set(claim.names.filter(name => earlierNames.has(name)))].map(name => claim.nameText.get(name) ?? name);
  return { differingFigures, sameFigures, differingYears, sameYears, sameNames, negationDiffers: claim.negated !== earlier.negated };
}

/** The explanation in one line, the differing figure first: "different figure: 12 million euros, earlier 15 million
 *  euros · same names: Marrow". Empty when there is nothing particular to say. */
export function explanationText(explanation: MatchExplanation): string {
  const parts: string[] = [];
  for (const [mine, theirs] of explanation.differingFigures) parts.push(`different figure: ${mine}, earlier ${theirs}`);
  for (const [mine, theirs] of explanation.differingYears) parts.push(`different year: ${mine}, earlier ${theirs}`);
  if (explanation.negationDiffers) parts.push('one of the two says "not"');
  if (explanation.sameFigures.length) parts.push(`same figure${explanation.sameFigures.length > 1 ? 's' : ''} ${explanation.sameFigures.join(', ')}`);
  if (explanation.sameYears.length) parts.push(`same year ${explanation.sameYears.join(', ')}`);
  if (explanation.sameNames.length) parts.push(`same name${explanation.sameNames.length > 1 ? 's' : ''} ${explanation.sameNames.join(', ')}`);
  return parts.join(' · ');
}
