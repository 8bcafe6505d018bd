// Heights and weights written in two units: "6ft 2in", "5 feet 11 inches", "8st 6lb", "7lb 8oz",
// "1m 85cm", "6 foot 4". One figure, valued in the first, larger unit with the rest as its fraction
// (6ft 2in is 6.1667 ft), as a sum of money and its cents is one figure in the larger coin.
import { FUNCTION_WORDS } from "./lexicon.js";
import { readNumber, type NumberMention } from "./numbers.js";
import { countNounAfter } from "./phrase.js";

/** A larger unit's smaller one: its spellings (lowercase) and how many make one of the larger. */
interface SmallerUnit {
  spellings: ReadonlySet<string>;
  per: number;
  /** Whether the smaller unit may go unsaid ("6 foot 4", "six feet two"), as heights are told. */
  bare: boolean;
}

const INCHES: SmallerUnit = { spellings: new Set(["in", "ins", "inch", "inches"]), per: 12, bare: true };
const POUNDS: SmallerUnit = { spellings: new Set(["lb", "lbs", "pound", "pounds"]), per: 14, bare: false };
const OUNCES: SmallerUnit = { spellings: new Set(["oz", "ounce", "ounces"]), per: 16, bare: false };
const CENTIMETRES: SmallerUnit = { spellings: new Set(["cm", "centimetre", "centimetres", "centimeter", "centimeters"]), per: 100, bare: false };

// The larger units, lowercase as printed, each with the smaller unit told after it.
const LARGER_UNITS: ReadonlyMap<string, SmallerUnit> = new Map([
  ...["ft", "foot", "feet"].map((u) => [u, INCHES] as const),
  ...["st", "stone", "stones"].map((u) => [u, POUNDS] as const),
  ...["lb", "lbs", "pound", "pounds"].map((u) => [u, OUNCES] as const),
  ...["m", "metre", "metres", "meter", "meters"].map((u) => [u, CENTIMETRES] as const),
]);

// Only blanks between the two parts: "6ft, 2in" is a list of two.
const BLANKS = /[ \t\u00a0]+/y;
// The smaller unit's word after its number, glued or after one blank ("2in", "11 inches").
const UNIT_WORD = /([ \t\u00a0]?)(\p{L}+)(?![\p{L}\p{N}])/uy;
// What may follow a bare smaller number: the clause's end or a conjunction ("6ft 4, ...", "6 foot 4 and quick").
const BARE_END = /^[ \t\u00a0]*(?:[.,;:!?)]|\n|$|(?:and|but|or)\b)/;

/**
 * The smaller part after a measure in a larger unit ending at `unitEnd` ("2in" after "6ft"): its
 * value in the larger unit and where it ends; null when none follows or `unit` has no smaller one.
 */
export function smallerPartAfter(text: string, major: NumberMention, unit: string, unitEnd: number): { value: number; end: number } | null {
  const smaller = LARGER_UNITS.get(unit.toLowerCase());
  if (!smaller || !Number.isInteger(major.value) || major.scaled) return null;
  BLANKS.lastIndex = unitEnd;
  if (!BLANKS.test(text)) return null;
  const n = readNumber(text, BLANKS.lastIndex, false);
  // Fewer than make one of the larger unit: "6ft 14in" is no height.
  if (!n || n.scaled || n.value < 0 || n.value >= smaller.per) return null;
  UNIT_WORD.lastIndex = n.end;
  const word = UNIT_WORD.exec(text);
  // A spaced "in" is the preposition ("12 ft 2 in all"), not inches.
  if (word && smaller.spellings.has(word[2]!.toLowerCase()) && !(word[1] && word[2] === "in")) return { value: n.value / smaller.per, end: n.end + word[0].length };
  return smaller.bare && Number.isInteger(n.value) && isBareEnd(text, n.end) ? { value: n.value / smaller.per, end: n.end } : null;
}

/** Whether a bare smaller number ends here: the clause's end, a conjunction, or a noun the height describes ("a 6 foot 4 forward"; not "6ft 4 in the air", "6ft 4 players"). */
function isBareEnd(text: string, end: number): boolean {
  if (BARE_END.test(text.slice(end, end + 6))) return true;
  UNIT_WORD.lastIndex = end;
  const word = UNIT_WORD.exec(text);
  return !!word?.[1] && !FUNCTION_WORDS.has(word[2]!.toLowerCase()) && !countNounAfter(text, end);
}
