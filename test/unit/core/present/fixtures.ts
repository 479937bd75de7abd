// The claims the present tests share: an article of 100 characters with claims at 0-10, 20-30, 40-50 (verified),
// 60-70 (dismissed), 80-90 (a team's own status), and one orphan.
import type { ReviewClaim } from '../../../../src/core/review/reviewClaims';

export function claim(key: string, start: number | undefined, end: number | undefined, extra: Partial<ReviewClaim> = {}): ReviewClaim {
  return { key, start, end, text: key, status: 'unverified', origin: 'detected', orphaned: false, dismissed: false, ...extra };
}

export const claims: ReviewClaim[] = [
  claim('a', 0, 10),
  claim('b', 20, 30),
  claim('c', 40, 50, { status: 'verified' }),
  claim('d', 60, 70, { dismissed: true }),
  claim('e', 80, 90, { status: 'needs-legal' }),
  claim('f', undefined, undefined, { orphaned: true, status: 'false' }),
];
