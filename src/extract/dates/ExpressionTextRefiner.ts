// chrono's texts carry the preposition and punctuation around an expression ("on Friday,",
// "(Monday)"); the contract wants the expression alone.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

const LEADING = /^[\s,(（]*(?:(?:on|in|at|since|by|during|until|till|from|for|of)\s+)?/i;
// Trailing punctuation, stripped by a backward scan: an end-anchored pattern would try every
// position of a long run of blanks inside the text (quadratic).
const TRAILING = /[\s,)）.;:]/;
// "March of" when no year follows: the "of" belongs to the words after.
const DANGLING_OF = /\s+of$/i;
// A part of a month or year printed before it: "mid-2027", "early 2025", "late November".
const PART_BEFORE = /(?<![\p{L}-])(?:mid-|(?:early|late)[ \t]+)$/iu;
// The longest part and its blank, and one character before it to see the word begins there.
const PART_LOOKBACK = 7;

export class ExpressionTextRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const lead = LEADING.exec(r.text)![0].length;
      // The leading word is a preposition only when something follows it.
      if (lead < r.text.length) {
        r.index += lead;
        r.text = r.text.slice(lead);
      }
      let end = r.text.length;
      // The stop of "a.m." and "p.m." is part of the expression.
      const clock = /[ap]\.m\.$/i.test(r.text) ? 1 : 0;
      while (end > clock && TRAILING.test(r.text[end - 1]!) && !(clock && end === r.text.length && r.text[end - 1] === ".")) end--;
      r.text = r.text.slice(0, end).replace(DANGLING_OF, "");
      // The part belongs to the expression (TIMEX3 writes it as a modifier, the value unchanged);
      // a day's "early" is a part of the day ("early Monday"), which other parsers read.
      const part = r.start.isCertain("day") || r.start.isCertain("weekday") ? null : PART_BEFORE.exec(context.text.slice(Math.max(0, r.index - PART_LOOKBACK), r.index));
      if (part) {
        r.index -= part[0].length;
        r.text = part[0] + r.text;
      }
    }
    return results.filter((r) => r.text.length > 0);
  }
}
