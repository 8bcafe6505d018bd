// The noun phrase a number counts: "2,300 UAVs", "79 slain Russian soldiers", "6,060 sets of
// remains", "170 of its flights". Word classes come from the Brill lexicon; no tagger run.
import { FUNCTION_WORDS, MEASURE_PREFIXES, MEASURE_WORDS, PARTITIVES, PERSON_NOUNS, SUBJECT_VERBS, tagsOf, TEMPERATURE_SCALES } from "./lexicon.js";

export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface CountedPhrase {
  /** The counted words as printed ("Ukrainian soldiers", "sets of remains"). */
  unit: string;
  /** Where the phrase ends. */
  end: number;
}

// One word after up to three blanks on the same line, optionally in editorial brackets ("[bodies]"),
// or initials with their stops ("U.S."). Inner parts are separated by one hyphen or apostrophe, so
// the pattern cannot backtrack. Letters glued to digits make a code, not a word ("m212", "L-202");
// a number or an ordinal hyphened to a word is a word, a modifier of what is counted ("3,100 2-bedroom flats",
// "two 17th-century paintings").
const NEXT_WORD = /[ \t\u00a0]{1,3}(\[)?(\p{Lu}\.(?:\p{Lu}\.)+|(?:\d+(?:st|nd|rd|th)?[-‐])?\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)(?![\p{L}\p{M}\p{N}]|[-‐]\p{N})(\])?/uy;

/** The word after `pos`, or null when the next thing is not a word on the same line. */
type PhraseWord = Word & { open: boolean; close: boolean };

export function wordAfter(text: string, pos: number): PhraseWord | null {
  NEXT_WORD.lastIndex = pos;
  const m = NEXT_WORD.exec(text);
  if (!m || !m[2]) return null;
  const end = m.index + m[0].length;
  const start = end - m[2].length - (m[3] ? 1 : 0);
  return { text: m[2], start, end, open: !!m[1], close: !!m[3] };
}

type WordClass = "stop" | "adverb" | "modifier" | "noun" | "plural";

/** How a word after a number behaves: ends the phrase, modifies the head, or is a noun. */
export function wordClass(word: string): WordClass {
  const low = word.toLowerCase();
  // Function words and time words end the phrase: "2,300 UAVs were", "rose to 45 last year".
  if (FUNCTION_WORDS.has(low)) return "stop";
  // A possessive starts another phrase ("the union's members").
  if (/['’]s$/.test(low)) return "stop";
  const tags = tagsOf(word);
  // Unknown words are names, abbreviations or British spellings of nouns ("UAVs", "litres", "km").
  if (!tags) return /[^s'’]s$/.test(word) && word.length > 3 ? "plural" : "noun";
  // The lexicon tags some names as plurals ("New" in "New Zealanders", "West" in "West Coast ports"):
  // a plural name ends in -s, or its word in lower case is a plural.
  if ((tags.includes("NNS") && (!/^\p{Lu}/u.test(word) || isPluralName(word))) || (tags.includes("NNPS") && /s$/i.test(word))) return "plural";
  if (tags.some((t) => t.startsWith("NN"))) return "noun";
  // Adjectives and participles premodify the head ("slain Russian soldiers", "fallen troops").
  if (tags.some((t) => t === "JJ" || t === "JJS" || t === "VBN" || t === "VBG")) return "modifier";
  // Degree adverbs can sit inside the phrase ("2 dramatically different pieces").
  if (tags[0] === "RB" && /ly$/.test(low)) return "adverb";
  return "stop";
}

/** Whether a capitalized word the lexicon tags as a plural is one: it ends in -s, or its lower-case word is a plural ("Women"; not "West"). */
const isPluralName = (word: string): boolean => /s$/i.test(word) || (tagsOf(word.toLowerCase()) ?? []).includes("NNS");

/**
 * "one in four reporting waits", "one in three saying they ...": a participle after a proportion's
 * whole opens a clause about the share, not a noun it counts, unless a plural follows it ("one in
 * five working adults").
 */
export function participleClauseAfter(text: string, pos: number): boolean {
  const w = wordAfter(text, pos);
  if (!w || w.open || tagsOf(w.text)?.[0] !== "VBG") return false;
  const next = w.close ? null : wordAfter(text, w.end);
  return !next || next.open || wordClass(next.text) !== "plural";
}

/** True for a plural noun that could be what a number counts ("5m people" counts people). */
export function isCountNoun(word: string): boolean {
  return wordClass(word) === "plural";
}

/** Whether a counted plural follows `pos`, past a comparative ("5m people", "1.2m extra journeys"; not "40m more than"). */
export function countNounAfter(text: string, pos: number): boolean {
  let w = wordAfter(text, pos);
  if (w && !w.open && LEAD_COMPARATIVES.has(w.text.toLowerCase())) w = wordAfter(text, w.end);
  return !!w && isCountNoun(w.text);
}

// Quantity comparatives that sit between a number and its noun without being part of it
// ("3,000 more bodies", "2,000 additional troops", "300 such promotions"), and words of time that order the
// things counted, not the count ("two earlier attempts", "three previous owners").
const LEAD_COMPARATIVES = new Set(["more", "fewer", "less", "additional", "extra", "further", "other", "new", "such", "earlier", "previous", "prior"]);

// A counted phrase is a few words long; a longer run is a clause, not a unit.
const MAX_WORDS = 5;

// What follows a word that ends its clause: a stop, comma, semicolon, colon, closing bracket or quote, or the text's end.
const CLAUSE_END = /^(?:[.,;:!?)\]"'’”]|$)/;

/** The noun phrase right after `pos` that a number counts, or null. */
export function countedPhraseAfter(text: string, pos: number): CountedPhrase | null {
  let w = wordAfter(text, pos);
  // "3,000 more Ukrainian soldiers": the comparative is kept in the text, not in the unit.
  if (w && !w.open && LEAD_COMPARATIVES.has(w.text.toLowerCase())) {
    const next = wordAfter(text, w.end);
    // Before another capitalized word it starts a name ("6 in 10 New York voters").
    if (next && wordClass(next.text) !== "stop" && !(/^\p{Lu}/u.test(w.text) && /^\p{Lu}/u.test(next.text))) w = next;
  }
  if (!w) return null;
  const start = w.start;
  // "the 20 most expensive restaurants": a superlative made with a word stays in the unit.
  if (/^(?:most|least)$/i.test(w.text) && !w.close) {
    const next = wordAfter(text, w.end);
    if (next && !next.open && wordClass(next.text) === "modifier") w = next;
  }
  // A verb right after a number starts the predicate ("three in four say", "the two spoke"); a
  // past form that can be a participle may modify the noun ("758 pledged delegates").
  const tags = tagsOf(w.text) ?? [];
  if (/^VBP?$/.test(tags[0] ?? "") || (tags[0] === "VBD" && !tags.some((t) => t === "VBN" || t === "JJ"))) return null;
  // A participle ending its clause counts nothing, even one that can be a noun ("three votes out of 4,318 cast."):
  // the whole a count is part of counts what that count does.
  if (tags.includes("VBN") && /^\p{Ll}+$/u.test(w.text) && CLAUSE_END.test(text.slice(w.end))) return null;
  const phrase = measurePhrase(text, w) ?? headPhrase(text, w, true);
  if (!phrase) return null;
  let end = phrase.end;
  // Partitive heads continue through "of": "6,060 sets of remains", "barrels of oil".
  if (phrase.plural && PARTITIVES.has(phrase.last.toLowerCase())) {
    const of = wordAfter(text, end);
    if (of && of.text === "of") {
      const inner = wordAfter(text, of.end);
      const tail = inner ? headPhrase(text, inner, false) : null;
      if (tail) end = tail.end;
    }
  }
  return { unit: unitText(text, start, end), end };
}

/**
 * "170 of its flights", "nine of the 12 victims", "seven out of 11 states", "two-thirds of
 * voters": what a number with no noun of its own counts, read after "of" across the whole it is part of.
 */
export function partitivePhraseAfter(text: string, pos: number): CountedPhrase | null {
  const join = /^[ \t]+(?:out[ \t]+)?of(?=[ \t])/.exec(text.slice(pos, pos + 9));
  if (!join) return null;
  // "N of the M X" skips the number of the whole to reach what is counted.
  const at = pos + join[0].length + (WHOLE.exec(text.slice(pos + join[0].length, pos + join[0].length + 24))?.[0].length ?? 0);
  let w = wordAfter(text, at);
  // "two-thirds of the country's population": the owner is not what is counted, nor the number of
  // the whole after it ("a third of the chain's 31,000 staff").
  if (w && !w.open && /\p{L}['’]s?$/u.test(w.text)) w = wordAfter(text, w.end + (WHOLE.exec(text.slice(w.end, w.end + 24))?.[0].length ?? 0));
  if (!w || w.open) return null;
  const phrase = headPhrase(text, w, true);
  return phrase ? { unit: unitText(text, w.start, phrase.end), end: phrase.end } : null;
}

const words = (list: readonly string[]): string => list.map((w) => w.replace(/ /g, "[ \\t\\u00a0]+")).join("|");
// "were injured", "are feared dead", "have been reported killed", "died", and in headlines "two
// killed": the state or the act.
const SUBJECT_VERB = new RegExp(
  String.raw`[ \t\u00a0]+(?:(?:(?:${words(SUBJECT_VERBS.auxiliaries)})[ \t\u00a0]+(?:(?:${words(SUBJECT_VERBS.hedges)})[ \t\u00a0]+)?)?(${words(SUBJECT_VERBS.states)})|(${words(SUBJECT_VERBS.actions)}))(?![\p{L}\p{N}])`,
  "iuy",
);

/**
 * "more than 30 were injured", "12 are feared dead", "40 died": what a number with no noun after
 * it counts when it is the subject, the state or the act as printed, or null.
 */
export function subjectStateAfter(text: string, pos: number): CountedPhrase | null {
  SUBJECT_VERB.lastIndex = pos;
  const m = SUBJECT_VERB.exec(text);
  const unit = m?.[1] ?? m?.[2];
  return m && unit ? { unit: unit.replace(/\s+/g, " "), end: m.index + m[0].length } : null;
}

// Cardinal words that can number a whole ("four of the five participants").
const CARDINAL = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)";
// What may stand between "of" and the counted noun: "all", a determiner, a word that picks a run
// ("17 of the last 20 races", "four of their next five games"), then the whole's number.
const WHOLE = new RegExp(String.raw`^(?:[ \t]+all(?=[ \t]))?(?:[ \t]+(?:the|a|an|its|their|his|her|our|your|these|those)(?=[ \t]))?(?:[ \t]+(?:last|first|next|past|previous|remaining|other)(?=[ \t]))?(?:[ \t]+(?:\d[\d,.]*|${CARDINAL})(?=[ \t]))?`, "i");

interface Head {
  end: number;
  last: string;
  plural: boolean;
}

/**
 * A unit of measure spelled out is the whole unit, whatever noun it modifies ("a 1.5 million
 * gallon tank", "325 kilometres northwest"), with the word before it ("metric tons") and the
 * scale after degrees ("30 degrees Celsius").
 */
function measurePhrase(text: string, first: PhraseWord): Head | null {
  let w = first;
  const low = w.text.toLowerCase();
  if (MEASURE_PREFIXES.has(low)) {
    const next = wordAfter(text, w.end);
    if (!next || next.open || !MEASURE_WORDS.has(next.text.toLowerCase())) return null;
    w = next;
  } else if (!MEASURE_WORDS.has(low)) return null;
  const scale = /^deg/i.test(w.text) ? temperatureScaleAfter(text, w.end) : null;
  // A unit made of two ("megawatt hour").
  const next = scale ? null : wordAfter(text, w.end);
  const second = next && !next.open && !MEASURE_PREFIXES.has(next.text.toLowerCase()) && MEASURE_WORDS.has(next.text.toLowerCase()) ? next : null;
  const last = scale ?? second ?? w;
  return { end: last.end, last: last.text, plural: wordClass(w.text) === "plural" };
}

/** The scale named after "degrees" or "°" ("Celsius", "F"), or null. */
export function temperatureScaleAfter(text: string, pos: number): Word | null {
  const w = wordAfter(text, pos);
  return w && !w.open && TEMPERATURE_SCALES.has(w.text.toLowerCase()) ? w : null;
}

// Modifiers and nouns up to the first plural noun (the head of a counted phrase), or up to the
// last noun of the run when no plural comes ("1 person", "oil").
function headPhrase(text: string, first: PhraseWord, stopAtPlural: boolean): Head | null {
  let w: PhraseWord | null = first;
  let lastNoun: Head | null = null;
  // The head before an "and" that joins two modifiers of one plural ("search and rescue workers").
  let beforeAnd: Head | null = null;
  for (let i = 0; w && i < MAX_WORDS; i++) {
    let cls = wordClass(w.text);
    const next: PhraseWord | null = w.close ? null : wordAfter(text, w.end);
    if (w.text === "and" && stopAtPlural && lastNoun && !lastNoun.plural && !beforeAnd && next && !next.open && wordClass(next.text) !== "stop") {
      beforeAnd = lastNoun;
      w = next;
      continue;
    }
    if (cls === "stop") break;
    // An adjective that can also be a plural noun ("the wealthy") modifies a noun that follows it
    // ("10 wealthy countries").
    if (cls === "plural" && /^JJ/.test(tagsOf(w.text)?.[0] ?? "") && next && !next.open && /noun|plural/.test(wordClass(next.text))) cls = "modifier";
    // Modifiers precede the head: after a noun, an adjective or a word most often a verb starts
    // the predicate ("a 6.8 earthquake struck eastern Turkey", "the 7.1 magnitude quake hit Peru").
    // After a name used as an adjective an adjective still modifies the head ("two Republican
    // presidential candidates", "two prominent Washington lobbying firms").
    const afterName = /^\p{Lu}/u.test(lastNoun?.last ?? "") && /^\p{Ll}/u.test(w.text) && !!next && !next.open && /noun|plural/.test(wordClass(next.text));
    if (lastNoun && !afterName && (cls === "modifier" || /^VB[DNGP]?$/.test(tagsOf(w.text)?.[0] ?? ""))) break;
    if (cls === "plural" || cls === "noun") lastNoun = { end: w.end, last: w.text, plural: cls === "plural" };
    // A plural can modify a plural noun that only names things ("three police officers", "20 arms
    // dealers"); people are given things ("gave 20 children books").
    if (cls === "plural" && stopAtPlural && !w.close && next && !next.open && !PERSON_NOUNS.has(w.text.toLowerCase()) && (isPluralNounOnly(next.text) || isTitledPair(w.text, next.text))) {
      w = next;
      continue;
    }
    if ((cls === "plural" && stopAtPlural) || w.close) break;
    w = next;
    // A word that opens brackets starts something else.
    if (w?.open) break;
  }
  // Without a plural after it, the "and" joined two phrases, not two modifiers ("oil and gas").
  return beforeAnd && !lastNoun?.plural ? beforeAnd : lastNoun;
}

// A plural noun in lower case that is no verb to the lexicon ("officers", not "trains"); a
// headline capitalizes the next phrase's words too ("8 Questions Members of Congress Should Ask").
function isPluralNounOnly(word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const tags = tagsOf(word);
  return tags?.[0] === "NNS" && !tags.some((t) => t.startsWith("VB"));
}

// A collective plural without -s in capitals before a capitalized plural noun is a title-case
// phrase ("40 Police Officers", "3 Staff Nurses"); a plural ending in -s before one is where a
// headline's next phrase starts ("8 Questions Members of Congress Should Ask").
function isTitledPair(word: string, next: string): boolean {
  return /^\p{Lu}/u.test(word) && !/s$/i.test(word) && /^\p{Lu}\p{Ll}/u.test(next) && isPluralNounOnly(next.toLowerCase());
}

// The unit as printed, without editorial brackets.
function unitText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[[\]]/g, "").replace(/\s+/g, " ");
}
