// Binary search over lists kept in text order (tokens, mentions, cues, spans).

/**
 * The first index in [0, length) where `before(i)` is false, for a predicate that is true on a
 * prefix of the list and false after it (length when it is true everywhere).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
