// What the ClaimReview CLI tests share: the options of a desk's export and a two-claim article.
export const NOW = () => new Date('2026-03-20T09:30:00Z');
export const CLAIM_REVIEW_ARGS = ['--format', 'claimreview', '--organization', 'Northline News', '--url-pattern', 'https://northline.example.org/{path}'];
export const FIRST = 'The city will build a 9 km tram line, transport officer Ana Lindqvist said on Monday.';
export const SECOND = 'Opponents claim the line will cost twice the official estimate of $300 million.';
export const TRAM = `${FIRST}\n${SECOND}\n`;
