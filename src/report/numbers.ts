// Numbers as "en-US" writes them (digits grouped by commas, at most a given number of decimals),
// without Intl: a run's first toLocaleString loads ICU's number formatting, a tenth of the time a
// one-page analysis takes from start to end. Like ICU, rounding is half away from zero on the
// shortest decimal that reads back as the number ("1.005" to two decimals is "1.01").

/** `n` with its integer digits grouped by commas and at most `maxFractionDigits` decimals. */
export function formatNumber(n: number, maxFractionDigits: number): string {
  const shortest = String(Math.abs(n));
  // Exponent notation (below 1e-6, from 1e21) and NaN or Infinity are rare enough for ICU.
  if (!/^\d+(?:\.\d+)?$/.test(shortest)) return n.toLocaleString("en-US", { maximumFractionDigits: maxFractionDigits });
  const point = shortest.indexOf(".");
  let digits = point < 0 ? shortest : shortest.slice(0, point) + shortest.slice(point + 1);
  let intLength = point < 0 ? shortest.length : point;
  const kept = intLength + maxFractionDigits;
  if (digits.length > kept) {
    const up = digits.charCodeAt(kept) >= 53; // "5" or more
    digits = digits.slice(0, kept);
    if (up) {
      digits = increment(digits);
      if (digits.length > kept) intLength++;
    }
  }
  const int = digits.slice(0, intLength);
  const fraction = digits.slice(intLength).replace(/0+$/, "");
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  return `${sign}${int.replace(/\B(?=(\d{3})+$)/g, ",")}${fraction ? `.${fraction}` : ""}`;
}

/** A string of decimal digits plus one ("199" -> "200", "99" -> "100"). */
function increment(digits: string): string {
  let k = digits.length - 1;
  while (k >= 0 && digits[k] === "9") k--;
  if (k < 0) return `1${"0".repeat(digits.length)}`;
  return digits.slice(0, k) + String.fromCharCode(digits.charCodeAt(k) + 1) + "0".repeat(digits.length - k - 1);
}
