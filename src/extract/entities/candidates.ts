// Candidate names: runs of capitalized words (with the connectors names contain: "of", "for",
// "and", "&", particles such as "de"), split where no name spans the connector, with titles and
// roles taken off the front and words capitalized only by position dropped.
import type { Lexicon } from "./lexicon.js";
import { isAllCaps, isCapitalized, isGenerationMark, isPostNominal, isVerbAfterPossessive, tagsOf, type Token } from "../text/index.js";
import { packedMap } from "./packed.js";

/** Words qualifying an office before its holder's name ("former", "then", "acting"), none of a name. */
export const OFFICE_QUALIFIERS = new Set(["former", "then", "late", "acting", "outgoing", "incoming", "ex"]);

/** Titles of those elected for a seat, which is a place (not a party: "Labour MP"). */
export const SEAT_TITLES = new Set(["MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "TD", "TDs", "MLA", "MLAs"]);
// Legislative chambers, whose party members ("House Democrats", "Senate Republicans") name the chamber.
export const CHAMBERS = new Set(["House", "Senate", "Congress", "Assembly", "Parliament", "Commons", "Legislature"]);

export interface Candidate {
  /** The name's words as printed: capitalized words and the connectors between them. */
  words: string[];
  /** The capitalized words only. */
  capWords: string[];
  text: string;
  start: number;
  end: number;
  /** Index of the first and last token of the name. */
  first: number;
  last: number;
  /** The title or role the text gives before the name ("French Defense Minister"), or null. */
  role: string | null;
  /** The first word is capitalized by position (sentence start, quotation, line start). */
  initial: boolean;
  /** A common word capitalized only by position ("Trump's efforts ..."): a mention only of an entity named elsewhere. */
  positional: boolean;
  /** Forms the grouping matches by, kept once it asks for them: `capWords` joined by spaces, the same lowercased, `text` lowercased, `words` joined without a closing apostrophe. */
  joinedCaps?: string;
  lowerCaps?: string;
  lowerText?: string;
  printed?: string;
}

/** The candidate's text lowercased, kept once asked for. */
export const lowerText = (c: Candidate): string => (c.lowerText ??= c.text.toLowerCase());

interface Unit {
  text: string;
  first: number;
  last: number;
  /** A connector ("of", "and", "&", ", ") rather than a capitalized word. */
  conn: boolean;
}

// Function words: never part of a name at its start ("The Scottish Government").
export const FUNCTION_WORDS = new Set([
  "the", "a", "an", "in", "on", "at", "for", "of", "but", "and", "or", "if", "as", "by", "with", "from", "to", "after",
  "before", "when", "while", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my", "your", "some",
  "all", "many", "most", "no", "not", "so", "then", "there", "here", "it", "he", "she", "we", "they", "i", "you", "what",
  "which", "who", "where", "why", "how", "although", "though", "because", "since", "until", "during", "under", "over",
  "about", "against", "between", "into", "through", "despite", "without", "within", "according", "meanwhile", "however",
  "also", "yet", "now", "still", "even", "only", "just", "both", "each", "every", "any", "such", "more", "less", "one",
  "several", "few", "another", "other", "various", "numerous", "outside", "inside", "across", "along", "alongside", "behind",
  "throughout", "amid", "among", "around", "towards", "toward", "upon", "unlike", "whether", "unless", "once", "whereas",
]);
// Auxiliaries that open a question, some also given names ("Will Harbourne's strike spread?", not "Will Harbourne said").
const QUESTION_AUXILIARIES = new Set(["Will", "Can", "Could", "Should", "Would", "Does", "Did", "Is", "Are", "Has", "Have", "Must"]);

/** Whether token `i` is an auxiliary opening a sentence that ends with a question mark (within its line). */
export function opensQuestion(tokens: Token[], i: number): boolean {
  if (!tokens[i]!.initial || !QUESTION_AUXILIARIES.has(tokens[i]!.text)) return false;
  for (let k = i + 1; k < tokens.length && !tokens[k]!.newline; k++) {
    const t = tokens[k]!.text;
    if (t === "?") return true;
    if (t === "." || t === "!") return false;
  }
  return false;
}

// A pronoun or verb with a contraction ("I'm", "We're", "It'll") opens a clause, not a name.
const CONTRACTION = /^\p{Lu}\p{Ll}*['’]\p{Ll}{1,2}$/u;
// One token: a possessive joined into a name ("St Mary's Hospital", "Children's Hospital") is two.
const isContraction = (u: Unit): boolean => u.first === u.last && CONTRACTION.test(u.text);
// Romanized Korean given names: two short syllables joined by a hyphen ("Jae-in", "Ji-sung", "Hyun-woo").
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u;

/** A given name, also a hyphenated one ("Jean-Pierre"). */
const isGivenName = (w: string, lex: Lexicon): boolean => lex.givenNames.has(w) || w.split("-").every((p) => lex.givenNames.has(p));

/** A short family name and a hyphenated given name, Korean style ("Moon Jae-in"). */
export function isKoreanName(words: string[]): boolean {
  return words.length === 2 && words[0]!.length <= 5 && KOREAN_GIVEN_NAME.test(words[1]!);
}
// Plurals without an s, whose possessive names bodies ("People's Liberation Army", "Women's Aid").
const IRREGULAR_PLURALS = new Set(["People", "Children", "Women", "Men"]);
// Connectors inside organization and place names ("Bank of England", "Ministry for the ...").
const OF_FOR = new Set(["of", "for"]);

function isCapWord(t: Token | undefined): t is Token {
  return !!t && t.word && isCapitalized(t.text);
}

// A company's name opening in lower case ("easyJet", "eBay"): a short lower-case start, a capital, then lower case
// again; not a unit or acronym ("mRNA", "kWh", "xAI").
const CAMEL_NAME = /^\p{Ll}{1,5}\p{Lu}\p{Ll}+$/u;
const CAMEL_CAPITAL_REACH = 5;
// Asked of every lower-case word: a word with no capital or non-ASCII letter where the capital would stand skips the pattern.
function mayBeCamel(s: string): boolean {
  for (let i = 1; i <= CAMEL_CAPITAL_REACH && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}
export const isCamelName = (t: Token | undefined): t is Token => !!t && t.word && mayBeCamel(t.text) && CAMEL_NAME.test(t.text);

const isShortSyllableAfter = (t: Token, before: Token): boolean => /^\p{Ll}{2}$/u.test(t.text) && before.text.length <= 4;

// Korean family names as the Latin alphabet prints them: a given name after one may end in an English word ("Ban Ki-moon", "Park Ji-sung").
const KOREAN_SURNAMES = new Set(`Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin
  Kwon Hwang Ahn Song Yoo Yu Ryu Hong Jeon Chun Ko Moon Mun Yang Son Bae Baek Heo Nam Sim Noh Roh Ha Kwak Sung Cha Joo Woo Koo Min Na
  Jin Chae Won Bang Ban Yeo Pyo Myung Hyun Gil Ok Do Tak`.split(/\s+/));
// "Ki-moon" after "Ban": a short capitalized syllable after a Korean family name takes a short lower-case one, English word or not.
const isKoreanSyllableAfter = (t: Token, tokens: Token[], first: number): boolean =>
  /^\p{Ll}{2,4}$/u.test(t.text) && /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[first]!.text) && tokens[first]!.space && KOREAN_SURNAMES.has(tokens[first - 1]?.text ?? "");

const isNameSyllable = (t: Token, lex: Lexicon): boolean => t.word && /^\p{Ll}+$/u.test(t.text) && !lex.commonWords.has(t.text);

// Saints' and monarchs' possessives name institutions ("St Mary's Hospital", "King's College").
const SAINTS = new Set(["St", "St.", "Saint"]);
const MONARCHS = new Set(["King", "Queen", "Prince", "Princess"]);

/**
 * "St Mary's Hospital", "King's College", "Guy's Hospital": the possessive of a saint, a monarch,
 * a given name or a named office before an institution's head word is inside the name ("Russia's Ministry" is not).
 */
function ownsInstitution(tokens: Token[], last: number, lex: Lexicon): boolean {
  const owner = tokens[last]!.text;
  if (!lex.orgSuffixes.has(tokens[last + 2]?.text ?? "")) return false;
  // A named office's title after its field ("Information Commissioner's Office"; not a bare "Mayor's Office").
  const before = tokens[last - 1];
  const namedOffice = isTitle(owner, lex) && isCapWord(before) && !FUNCTION_WORDS.has(before.text.toLowerCase());
  return SAINTS.has(before?.text ?? "") || MONARCHS.has(owner) || lex.givenNames.has(owner) || namedOffice;
}

// Word tags of the words that open no noun phrase: prepositions, conjunctions, verbs, adverbs.
const NOT_NOUN_TAGS = new Set(["IN", "CC", "TO", "MD", "RB", "VBZ", "VBD", "VBP", "WDT"]);

/** Whether the token after a possessive starts nothing it could own: punctuation, a line's end, a preposition or a verb. */
function ownsNoNoun(t: Token | undefined): boolean {
  if (!t || !t.word || t.newline) return true;
  return /^\p{Ll}/u.test(t.text) && NOT_NOUN_TAGS.has(tagsOf(t.text)?.[0] ?? "");
}

// Prefixes written with a hyphen before a lower-case word.
const WORD_PREFIXES = new Set(["Co", "Anti", "Non", "Pre", "Re", "Inter", "Counter", "Multi", "Self", "Sub", "Cross"]);

// Lower-case links inside hyphenated place names ("Burton-on-Trent", "Stratford-upon-Avon", "Aix-en-Provence", "Stow-on-the-Wold").
const PLACE_LINKS = new Set(["on", "upon", "under", "super", "sur", "sous", "en", "le", "la", "les", "lès", "et", "am", "the"]);

/** Whether a hyphenated word has a place's lower-case link inside ("Burton-on-Trent"). */
export function hasPlaceLink(word: string): boolean {
  const parts = word.split("-");
  return parts.length > 2 && parts.slice(1, -1).every((p) => PLACE_LINKS.has(p));
}

/** The token index of the capitalized word after a run of hyphenated place links from token `i` (a hyphen), or -1. */
function afterPlaceLinks(tokens: Token[], i: number): number {
  let j = i;
  while (tokens[j]?.text === "-" && !tokens[j]!.space && PLACE_LINKS.has(tokens[j + 1]?.text ?? "") && !tokens[j + 1]!.space) j += 2;
  return j > i && tokens[j]?.text === "-" && !tokens[j]!.space && isCapWord(tokens[j + 1]) && !tokens[j + 1]!.space ? j + 1 : -1;
}

const RELATIVES = new Set(["which", "who", "whose"]);

/** A capitalized word with the hyphenated parts and plural-possessive apostrophe joined to it. */
function readCapUnit(tokens: Token[], text: string, i: number, lex: Lexicon): Unit {
  let last = i;
  for (;;) {
    const dash = tokens[last + 1];
    const next = tokens[last + 2];
    // "Rolls-Royce", "Baden-Württemberg": a hyphen between capitalized words with no spaces;
    // "Min-jun", "Al-amin": a lowercase part that is no English word is part of the name
    // (unlike "Toulouse-based", "Kremlin-backed").
    // "Jong-un", "Jae-in": a two-letter syllable after a short capitalized one is a Korean given name's.
    // "Ban Ki-moon": after a Korean family name, a short syllable is too.
    // "Co-operation", "Anti-corruption": a prefix capitalized inside a sentence takes the lower-case word it is hyphenated to.
    const prefixed = last === i && !tokens[i]!.initial && WORD_PREFIXES.has(tokens[last]!.text) && next?.word === true && /^\p{Ll}/u.test(next.text);
    if (dash && dash.text === "-" && !dash.space && next && !next.space && (prefixed || isCapWord(next) || isNameSyllable(next, lex) || isShortSyllableAfter(next, tokens[last]!) || (last === i && isKoreanSyllableAfter(next, tokens, i)))) {
      last += 2;
      continue;
    }
    const linked = afterPlaceLinks(tokens, last + 1);
    if (linked > 0) {
      last = linked;
      continue;
    }
    break;
  }
  // "Channel 4", "Radio 5 Live": a number after a word that makes a known body's name with it, maybe with the
  // word after (not after a place: "Leeds 2").
  const number = tokens[last + 1];
  if (last === i && number && number.space && !number.newline && /^\d{1,2}$/.test(number.text) && !lex.places.has(tokens[i]!.text.toLowerCase())) {
    const name = `${tokens[i]!.text} ${number.text}`.toLowerCase();
    const after = tokens[last + 2];
    if (isCapWord(after) && after.space && !after.newline && lex.orgs.has(`${name} ${after.text.toLowerCase()}`)) last += 2;
    else if (lex.orgs.has(name)) last += 1;
  }
  const apos = tokens[last + 1];
  // "General Millers' Union": a plural possessive inside a name, followed by a capitalized word.
  if (apos && (apos.text === "'" || apos.text === "’") && !apos.space && /s$/.test(tokens[last]!.text) && isCapWord(tokens[last + 2]) && tokens[last + 2]!.space && !tokens[last + 2]!.newline) {
    last += 1;
  }
  // "People's Bank of China", "Children's Hospital": an irregular plural's possessive inside a name.
  const clitic = tokens[last + 1];
  if (clitic && (clitic.text === "'s" || clitic.text === "’s") && !clitic.space && (IRREGULAR_PLURALS.has(tokens[last]!.text) || ownsInstitution(tokens, last, lex)) && isCapWord(tokens[last + 2]) && tokens[last + 2]!.space && !tokens[last + 2]!.newline) {
    last += 1;
  }
  // "Moody's said", "Sainsbury's reported": a possessive with no noun to own, right before a speech verb, is the name's own.
  else if (clitic && (clitic.text === "'s" || clitic.text === "’s") && !clitic.space && lex.speechVerbs.has(tokens[last + 2]?.text ?? "") && tokens[last + 2]!.space && isVerbAfterPossessive(tokens[last + 2]!.text, tokens[last + 3]?.text)) {
    last += 1;
  }
  // "Ben & Jerry's, which ...": a possessive before a relative clause owns nothing either.
  else if (clitic && (clitic.text === "'s" || clitic.text === "’s") && !clitic.space && tokens[last + 2]?.text === "," && RELATIVES.has(tokens[last + 3]?.text ?? "")) {
    last += 1;
  }
  // "to St Mary's in July": a saint's possessive before no noun names the place, the church or the college itself.
  else if (clitic && (clitic.text === "'s" || clitic.text === "’s") && !clitic.space && SAINTS.has(tokens[last - 1]?.text ?? "") && ownsNoNoun(tokens[last + 2])) {
    last += 1;
  }
  return { text: text.slice(tokens[i]!.start, tokens[last]!.end), first: i, last, conn: false };
}

/** The last token of the hyphenated word starting at token i ("Rolls-Royce", "Min-jun", not "Toulouse-based"). */
export function hyphenatedWordEnd(tokens: Token[], text: string, i: number, lex: Lexicon): number {
  return readCapUnit(tokens, text, i, lex).last;
}

/** Dotted initials before a surname ("J.D. Vance"), not a dotted place or body ("U.S.", "U.N."). */
function isInitials(word: string, lex: Lexicon): boolean {
  return /^\p{Lu}(?:\.\p{Lu})+\.$/u.test(word) && !lex.places.has(word.toLowerCase()) && !lex.orgs.has(word.toLowerCase());
}

/**
 * Whether the period at token `j` closes an initial the run goes on after: a middle initial after a
 * given name ("Donald J. Trump"; "Plan B. Maria Lenz" is a sentence's end and a name), or a leading
 * one before a given name and a surname ("C. Eugene Steuerle").
 */
function isInitialAt(units: Unit[], tokens: Token[], j: number, lex: Lexicon): boolean {
  const initial = units[units.length - 1]!.text;
  const next = tokens[j + 1];
  if (!/^\p{Lu}$/u.test(initial) || !isCapWord(next) || !next!.space || next!.newline) return false;
  if (units.length > 1) return lex.givenNames.has(units[units.length - 2]!.text);
  return initial !== "A" && initial !== "I" && isCapWord(tokens[j + 2]) && tokens[j + 2]!.space && lex.givenNames.has(next!.text);
}

// Heads of a place's name that come right before the name ("County Galway", "Loch Ness"); not those before "of" ("Gulf of"), nor "Port", which opens clubs' names ("Port Vale").
const PLACE_HEADS_BEFORE_NAME = new Set(["County", "Fort", "Lake", "Loch", "Mount", "Glen", "Cape", "Isle"]);

// The nations of the United Kingdom, which the gazetteer holds as regions.
const UK_NATIONS = new Set(["England", "Scotland", "Wales", "Cymru"]);

/** A country by any of its names ("UK", "Canada"), or a nation of the United Kingdom. */
function isNation(word: string, lex: Lexicon): boolean {
  const key = word.toLowerCase();
  return UK_NATIONS.has(word) || lex.countries.has(lex.places.get(key)?.toLowerCase() ?? key);
}

/** A word only ever a common noun, never an adverb ("energy", "statistics"; not "today", "meanwhile"). */
function isPlainNoun(lower: string): boolean {
  const tags = tagsOf(lower);
  return !!tags && (tags[0] === "NN" || tags[0] === "NNS") && !tags.some((t) => t.startsWith("RB"));
}

/** Units of the maximal capitalized run starting at token `i`. */
function readRun(tokens: Token[], text: string, i: number, lex: Lexicon): Unit[] {
  const units: Unit[] = [readCapUnit(tokens, text, i, lex)];
  let orgOf = false;
  for (;;) {
    const j = units[units.length - 1]!.last + 1;
    const t = tokens[j];
    // A final dot ("U.S.") may end the sentence: the run ends with it.
    const lastTok = tokens[units[units.length - 1]!.last]!;
    if (!t || t.newline || (lastTok.word && lastTok.text.endsWith(".") && !isInitials(lastTok.text, lex))) break;
    if (isCapWord(t) && t.space) {
      units.push(readCapUnit(tokens, text, j, lex));
      continue;
    }
    const prevUnit = units[units.length - 1]!;
    if (t.text === "." && !t.space && isInitialAt(units, tokens, j, lex)) {
      prevUnit.last = j;
      prevUnit.text += ".";
      continue;
    }
    if (t.text === "&" && isCapWord(tokens[j + 1]) && !tokens[j + 1]!.newline) {
      units.push({ text: "&", first: j, last: j, conn: true }, readCapUnit(tokens, text, j + 1, lex));
      continue;
    }
    const lower = t.word ? t.text : "";
    // "Abdel Fattah al-Sisi": a particle joined to the surname by a hyphen.
    if (lex.nameParticles.has(lower) && tokens[j + 1]?.text === "-" && !tokens[j + 1]!.space && isCapWord(tokens[j + 2]) && !tokens[j + 2]!.space) {
      const surname = readCapUnit(tokens, text, j + 2, lex);
      units.push({ text: text.slice(t.start, tokens[surname.last]!.end), first: j, last: surname.last, conn: false });
      continue;
    }
    // "Organisation for Security and Co-operation in Europe": a name the lexicon holds runs on across "in".
    if (lower === "in" && isCapWord(tokens[j + 1]) && !tokens[j + 1]!.newline) {
      const place = readCapUnit(tokens, text, j + 1, lex);
      const end = tokens[place.last]!.end;
      if (units.some((u) => !u.conn && lex.orgs.has(text.slice(tokens[u.first]!.start, end).toLowerCase()))) {
        units.push({ text: "in", first: j, last: j, conn: true }, place);
        continue;
      }
    }
    if (lower === "and" || OF_FOR.has(lower) || lex.nameParticles.has(lower)) {
      let k = j + 1;
      if (OF_FOR.has(lower) && tokens[k]?.text === "the") k++;
      // "Nikolaus van der Pas": two particles in a row.
      else if (lex.nameParticles.has(lower) && tokens[k]?.word && lex.nameParticles.has(tokens[k]!.text)) k++;
      const next = tokens[k];
      if (isCapWord(next) && !next.newline) {
        if (OF_FOR.has(lower) && lex.orgHeads.has(lastCapWord(units))) orgOf = true;
        units.push({ text: text.slice(t.start, tokens[k - 1]!.end), first: j, last: k - 1, conn: true }, readCapUnit(tokens, text, k, lex));
        continue;
      }
    }
    // "Aviva plc", "Great Lakes Bancorp, Inc.": a company's legal form closes its name, also in lower case or after a comma.
    const at = t.text === "," ? j + 1 : j;
    const form = tokens[at];
    if (form?.word && !form.newline && LEGAL_FORMS.has(form.text) && (at > j || !isCapWord(t))) {
      if (at > j) units.push({ text: ",", first: j, last: j, conn: true });
      // Its abbreviation's stop is the name's ("Inc."), also where it ends the sentence.
      const stop = tokens[at + 1]?.text === "." && !tokens[at + 1]!.space ? 1 : 0;
      units.push({ text: text.slice(form.start, tokens[at + stop]!.end), first: at, last: at + stop, conn: false });
      if (stop) break;
      continue;
    }
    // "Keefe, Bruyette & Woods": surnames listed up to an "&" name one firm.
    // The list's first name stands alone, or after a common word capitalized by the sentence's start ("Then Goldman, Sachs & Co.").
    const opener = units.length === 2 && tokens[units[0]!.first]!.initial && lex.commonWords.has(units[0]!.text.toLowerCase());
    if (t.text === "," && (units.length === 1 || opener)) {
      const end = firmListEnd(tokens, j, lex);
      if (end > j) {
        pushList(units, tokens, text, j, end, lex);
        continue;
      }
    }
    // "Department for Culture, Media and Sport": a listed name after "of"/"for".
    if (t.text === "," && orgOf) {
      const end = commaListEnd(tokens, j);
      if (end > j) {
        pushList(units, tokens, text, j, end, lex);
        continue;
      }
    }
    break;
  }
  return units;
}

/** Appends the listed names and connectors from token `from` to `end` to a run's units. */
function pushList(units: Unit[], tokens: Token[], text: string, from: number, end: number, lex: Lexicon): void {
  for (let k = from; k <= end; k++) {
    units.push(isCapWord(tokens[k]) ? readCapUnit(tokens, text, k, lex) : { text: tokens[k]!.text, first: k, last: k, conn: true });
    k = units[units.length - 1]!.last;
  }
}

// Companies' legal forms, which close a company's name; not those that are also a place's or an office's letters ("SA", "AG").
const LEGAL_FORMS = new Set(["plc", "PLC", "Inc", "Ltd", "LLC", "LLP", "Corp", "Co", "GmbH", "Limited"]);

// How many surnames a firm's name may list before its "&" ("Skadden, Arps, Slate, Meagher & Flom").
const FIRM_NAMES = 5;

/**
 * The last token of ", B, C & D" starting at the comma `j` after a one-word name, or `j`: each listed word a lone
 * capitalized word that is no place and no given name, as partners' surnames are ("Keefe, Bruyette & Woods";
 * not "Texas, Ohio & Utah", nor "Ann, Tom & Liz").
 */
function firmListEnd(tokens: Token[], j: number, lex: Lexicon): number {
  const surname = (t: Token | undefined): boolean => isCapWord(t) && !t.newline && !lex.places.has(t.text.toLowerCase()) && !lex.givenNames.has(t.text);
  if (!surname(tokens[j - 1])) return j;
  let k = j;
  for (let listed = 0; listed < FIRM_NAMES && tokens[k]?.text === ","; listed++) {
    if (!surname(tokens[k + 1]) || !tokens[k + 1]!.space) return j;
    k += 2;
  }
  return tokens[k]?.text === "&" && surname(tokens[k + 1]) ? k + 1 : j;
}

/** The last token of ", A, B and C" starting at the comma `j`, or `j` when the list does not close with "and". */
function commaListEnd(tokens: Token[], j: number): number {
  let k = j;
  // Bounded look-ahead keeps the scan linear.
  for (let steps = 0; steps < 16; steps++) {
    const t = tokens[k];
    if (!t || t.newline && k > j) return j;
    if (t.text === "," || (t.text === "and" && isCapWord(tokens[k + 1]))) {
      if (t.text === "and") {
        let e = k + 1;
        while (isCapWord(tokens[e + 1]) && tokens[e + 1]!.space && !tokens[e + 1]!.newline) e++;
        return e;
      }
      k++;
      continue;
    }
    if (isCapWord(t)) {
      k++;
      continue;
    }
    return j;
  }
  return j;
}

/** The capitalized words of units, without the connectors. */
function capTexts(units: Unit[]): string[] {
  const out: string[] = [];
  for (const u of units) if (!u.conn) out.push(u.text);
  return out;
}

function lastCapWord(units: Unit[]): string {
  for (let i = units.length - 1; i >= 0; i--) if (!units[i]!.conn) return units[i]!.text;
  return "";
}

/** Whether the units spell a body or place the lexicons know ("HM Treasury", "Ofgem"). */
function knownName(units: Unit[], lex: Lexicon): boolean {
  const name = units.map((v) => v.text).join(" ").toLowerCase();
  return lex.orgs.has(name) || lex.places.has(name);
}

/** A titled name ("Detective Inspector Mark Holden") or a given name and a surname ("Emma Collins"). */
function isPersonName(units: Unit[], lex: Lexicon): boolean {
  const caps = capTexts(units);
  const last = caps[caps.length - 1]!;
  if (caps.length < 2 || isTitle(last, lex) || lex.orgHeads.has(caps[0]!) || lex.orgSuffixes.has(last)) return false;
  // A role noun capitalized by the sentence's start may stand before the given name ("Analyst Jonas Berg of X").
  return caps.slice(0, -1).some((w) => isTitle(w, lex)) || lex.givenNames.has(caps[0]!) || (lex.personRoleNouns.has(caps[0]!.toLowerCase()) && lex.givenNames.has(caps[1]!));
}

// An acronym of two to six letters or digits, at least two of them capitals ("UCU", "PiS", "ÖVP", "M5S").
const ACRONYM = /^(?=(?:[\p{Ll}\p{N}]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}]{1,5}$/u;

/** The acronym in brackets right after token `last` ("... (FDP)"), else null. */
export function acronymInBrackets(tokens: Token[], last: number): Token | null {
  const abbr = tokens[last + 2];
  return tokens[last + 1]?.text === "(" && tokens[last + 3]?.text === ")" && abbr?.word && ACRONYM.test(abbr.text) ? abbr : null;
}

// Bodies that serve an area, which two areas joined by "and" may share: "Avon and Somerset Police", "Dumfries and Galloway Council".
const AREA_BODIES = new Set(["Police", "Constabulary", "Council"]);

/**
 * Whether the words before "and" (`left`) and after it (`right`) name one body serving two areas: one word that is no body
 * the lexicon knows, then an area's name of one or two words and an area's body ("Avon and Somerset Police", "Brighton and
 * Hove City Council"; not "Tesco and Leeds City Council").
 */
function sharesAreaBody(left: Unit[], right: Unit[], lex: Lexicon): boolean {
  // A function word capitalized by the sentence's start is none of the name ("The Avon and Somerset Police").
  const l = capTexts(left).filter((w, k) => k > 0 || !FUNCTION_WORDS.has(w.toLowerCase())), r = capTexts(right);
  // A health service trust names its areas before the service's letters ("Greyfield and Ardmore NHS Foundation Trust").
  const nhsTrust = r.length <= 5 && r.includes("NHS") && r[r.length - 1] === "Trust";
  return l.length === 1 && r.length >= 2 && ((r.length <= 3 && AREA_BODIES.has(r[r.length - 1]!)) || nhsTrust) && !lex.orgs.has(l[0]!.toLowerCase());
}

/** Whether only list commas stand between the connector `i` and a later "&": a firm's listed names. */
function beforeAmpersand(units: Unit[], i: number): boolean {
  for (let m = i + 1; m < units.length; m++) {
    if (!units[m]!.conn) continue;
    if (units[m]!.text === "&") return true;
    if (units[m]!.text !== ",") return false;
  }
  return false;
}

/** Splits a run where a connector joins two names rather than parts of one name. */
function splitRun(units: Unit[], tokens: Token[], lex: Lexicon): Unit[][] {
  const groups: Unit[][] = [];
  let cur: Unit[] = [units[0]!];
  // A run its acronym in brackets follows is one body's name ("University and College Union (UCU)", "Law and Justice (PiS)").
  const acronym = acronymInBrackets(tokens, units[units.length - 1]!.last);
  const defined = !!acronym;
  // "Chambers of Commerce (CC)": an acronym spelling the words on both sides of "of" makes one name of them.
  const spelled = !!acronym && abbreviates(acronym.text, capTexts(units).filter((w, k) => k > 0 || !FUNCTION_WORDS.has(w.toLowerCase())));
  // A Crown body's name ("HM ...") holds its "and": "HM Revenue and Customs", "HM Courts and Tribunals Service".
  const crown = units[0]!.text === "HM";
  let orgOf = false;
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!;
    if (!u.conn) {
      cur.push(u);
      continue;
    }
    // The right-hand segment, up to the next connector.
    let r = i + 1;
    while (r + 1 < units.length && !units[r + 1]!.conn) r++;
    const rightLast = units[r]!.text;
    const word = u.text.split(/\s+/)[0]!.toLowerCase();
    let join: boolean;
    if (word === "&" || lex.nameParticles.has(word) || (word === "," && (beforeAmpersand(units, i) || LEGAL_FORMS.has(units[i + 1]?.text.replace(/\.$/, "") ?? "")))) join = true; // "Procter & Gamble", "Anouk van Dijk", "Keefe, Bruyette & Woods"
    else if (OF_FOR.has(word)) {
      // "University of Leeds", "Gulf of Mexico", "Port of Hamburg Authority"; not "Mayor of London".
      const left = lastCapWord(cur);
      // A common word before "of" is not a name's head ("Leaders of the European Union").
      // A person before "of" works there ("Inspector Mark Holden of West Yorkshire Police", "Emma Collins of Amnesty International").
      join = !isPersonName(cur, lex) && (spelled || lex.orgHeads.has(left) || lex.locationHeads.has(left) || (lex.orgSuffixes.has(rightLast) && !lex.commonWords.has(left.toLowerCase())));
      if (join && lex.orgHeads.has(left)) orgOf = true;
    } else {
      // "and" or a list comma: inside "Department of X and Y", or before an organization suffix ("Health and Safety Executive").
      // Not after a name that is already complete ("Maersk Line and Hapag Maritime"), nor before a body's own head
      // ("the University of Leeds and Imperial College London").
      const secondBody = units.slice(i + 1, r + 1).some((v) => !v.conn && lex.orgHeads.has(v.text));
      const left = lastCapWord(cur);
      // "Securities and Exchange Commission", "University and College Union": a body's word alone is no name yet.
      const loneSuffix = lex.orgSuffixes.has(left) && cur.filter((v) => !v.conn && !FUNCTION_WORDS.has(v.text.toLowerCase())).length === 1;
      // "Safaricom and Equity Bank", "P&O Ferries and Stena Line": a left side that is a name already ends one, before
      // a right side that is a name of its own ("Arthur Yates and Co" is one; a nationality is no name: "Scottish and Southern Energy").
      const named = !loneSuffix && (cur.some((v) => v.text === "&") || (!lex.commonWords.has(left.toLowerCase()) && !lex.givenNames.has(left) && !lex.demonyms.has(left) && !lex.notEntities.has(left)))
        && units.slice(i + 1, r + 1).some((v) => !v.conn && !lex.orgSuffixes.has(v.text));
      join = (orgOf && !secondBody) || (word === "and" && sharesAreaBody(cur, units.slice(i + 1, r + 1), lex)) || (lex.orgSuffixes.has(rightLast) && (loneSuffix || !lex.orgSuffixes.has(left)) && !named) || (defined && word === "and" && lex.commonWords.has(left.toLowerCase())) || (crown && word === "and" && !knownName(cur, lex) && !knownName(units.slice(i + 1, r + 1), lex));
    }
    if (join) cur.push(u);
    else {
      groups.push(cur);
      cur = [];
      orgOf = false;
    }
  }
  groups.push(cur);
  return groups.filter((g) => g.length > 0);
}

/** All name candidates of the tokenized text, in order, given each token's line kind (`lineKinds`). */
export function findCandidates(tokens: Token[], text: string, lex: Lexicon, lines: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const runs = capitalizedRuns(tokens, text, lex);
  const midSentence = midSentenceRuns(runs, tokens, text);
  for (const units of runs) {
    const i = units[0]!.first;
    // In a headline in capitals or in title case, capitals say nothing: only lexicon names and words named elsewhere count.
    const headline = lines[i] === LINE_TITLE_CASE || (units.length > 1 && units.every((u) => u.conn || isShouted(u.text)));
    const groups = headline ? splitShouted(units, tokens, text, lex) : splitRun(units, tokens, lex);
    for (const group of groups) {
      const owner = headline ? null : ownerBeforeTitle(group, tokens, text, lex);
      const o = owner && refineGroup(owner, tokens, text, lex, false, midSentence);
      if (o) out.push(o);
      const c = refineGroup(group, tokens, text, lex, headline, midSentence);
      if (c) out.push(c);
    }
  }
  return out;
}

/** The units of each maximal capitalized run, in text order. */
function capitalizedRuns(tokens: Token[], text: string, lex: Lexicon): Unit[][] {
  const runs: Unit[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapWord(tokens[i]) && !isCamelName(tokens[i])) continue;
    const units = readRun(tokens, text, i, lex);
    i = units[units.length - 1]!.last;
    // The pronoun "I" is capitalized wherever it stands ("the club I joined"): alone it names nobody.
    if (units.length === 1 && units[0]!.text === "I") continue;
    runs.push(units);
  }
  return runs;
}

/** The capitalized runs the text writes where no position capitalizes them: names whatever their words. */
function midSentenceRuns(runs: Unit[][], tokens: Token[], text: string): Set<string> {
  const out = new Set<string>();
  for (const units of runs) {
    const first = units[0]!.first;
    if (!tokens[first]!.initial && units.length > 1) out.add(text.slice(tokens[first]!.start, tokens[units[units.length - 1]!.last]!.end));
  }
  return out;
}

export const LINE_SHOUTED = 1;
export const LINE_TITLE_CASE = 2;

/**
 * Each token's line kind: LINE_SHOUTED where most words are in capitals (headlines, datelines,
 * tables in capitals), LINE_TITLE_CASE where most words, function words too, are capitalized
 * ("Heat Alert Extended For London And Kent"), else 0. Capitals tell little about names on both.
 * `out`: room for them, all 0.
 */
export function lineKinds(tokens: Token[], out = new Uint8Array(tokens.length)): Uint8Array {
  let start = 0;
  let words = 0;
  let shouted = 0;
  let caps = 0;
  let capFunction = 0;
  let numbers = 0;
  const close = (end: number) => {
    let kind = 0;
    if (words > 0 && shouted * 3 >= words * 2) kind = LINE_SHOUTED;
    // At least four words, four in five capitalized, a capitalized function word past the first, few numbers (not a table).
    else if (words >= 4 && caps * 5 >= words * 4 && capFunction > 0 && numbers * 4 < words) kind = LINE_TITLE_CASE;
    if (kind) out.fill(kind, start, end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.newline) {
      close(i);
      start = i;
      words = shouted = caps = capFunction = numbers = 0;
    }
    if (!t.word) continue;
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      numbers++;
      continue;
    }
    words++;
    if (!isCapitalized(t.text)) continue;
    caps++;
    if (inCapitals(t.text)) shouted++;
    // "For", "And"; not an initial ("A. Dale") nor "I".
    if (words > 1 && t.text.length > 1 && t.text.length < 10 && FUNCTION_WORDS.has(t.text.toLowerCase()) && tokens[i + 1]?.text !== ".") capFunction++;
  }
  close(tokens.length);
  return out;
}

/** A capitalized word with no lowercase letter ("JAPAN", "U.S.", "A"). */
function inCapitals(word: string): boolean {
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return word === word.toUpperCase();
  }
  return true;
}

/** A word in capitals throughout ("JAPAN", "AL-AIN"). */
function isShouted(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}'’-]+$/u.test(word);
}

/**
 * A headline in capitals ("JAPAN GET LUCKY WIN"): its capitals say nothing, so it splits into the
 * longest lexicon names it contains and single words (which need the lexicon or an abbreviation's shape to count).
 */
function splitShouted(units: Unit[], tokens: Token[], text: string, lex: Lexicon): Unit[][] {
  const words = units.filter((u) => !u.conn);
  const groups: Unit[][] = [];
  for (let i = 0; i < words.length; ) {
    let len = 1;
    for (let n = Math.min(4, words.length - i); n > 1; n--) {
      const key = text.slice(tokens[words[i]!.first]!.start, tokens[words[i + n - 1]!.last]!.end).toLowerCase();
      if (lex.places.has(key) || lex.orgs.has(key)) {
        len = n;
        break;
      }
    }
    const first = words[i]!;
    const last = words[i + len - 1]!;
    groups.push([{ text: text.slice(tokens[first.first]!.start, tokens[last.last]!.end), first: first.first, last: last.last, conn: false }]);
    i += len;
  }
  return groups;
}

/** A plural acronym ("MPs", "UAVs"): it counts members or things, and names nothing. */
/** Whether token `i` is "Flight" before a flight's number, which names the flight, not the airline ("Skyward Airlines Flight 1182"). */
export const isFlightBeforeNumber = (tokens: Token[], i: number): boolean => tokens[i]!.text === "Flight" && /^\d/.test(tokens[i + 1]?.text ?? "");

// Weekdays and months in full, and the month abbreviations no name uses ("Jan" is a given name, "Mar" a word in names).
const DATE_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Sept?)$/;

/**
 * "USDA Thursday forecast", "will meet Jose Insulza Monday": a weekday or a month closing the name from `first` to `last`, in
 * the wire's way of dating without "on", is no word of the name; not a holiday's, after one common word or a holiday ("Black
 * Friday", "Easter Monday"), nor a month after a given name ("Theresa May"), nor one ending a known body's name.
 */
export function isDateAfterName(tokens: Token[], first: number, last: number, lex: Lexicon): boolean {
  const word = tokens[last]!.text, before = tokens[last - 1]!.text;
  if (!DATE_WORD.test(word) || lex.calendar.has(before) || (last - first === 1 && lex.commonWords.has(before.toLowerCase()))) return false;
  // A known body's name may end in one ("Sheffield Wednesday", the club).
  if (lex.orgs.has(tokens.slice(first, last + 1).map((t) => t.text).join(" ").toLowerCase())) return false;
  return /day$/.test(word) || !lex.givenNames.has(before);
}

export const isPluralAcronym = (w: string): boolean => /^\p{Lu}{2,}s$/u.test(w);

/** Takes titles, leading adjectives and position-capitalized words off a group; null when nothing is left. */
function refineGroup(group: Unit[], tokens: Token[], text: string, lex: Lexicon, headline: boolean, midSentence: Set<string>): Candidate | null {
  let units = trimConnectors(group);
  // Letters after a name are honours and offices, not the name ("Alan Fraser KC", "Jane Smith MP").
  while (units.length > 2 && isPostNominal(units[units.length - 1]!.text)) units = trimConnectors(units.slice(0, -1));
  // "Massachusetts Sen. Elizabeth Warren": an abbreviated title ends a group at its stop and is the next name's, not this one's.
  while (units.length > 1 && isTitle(units[units.length - 1]!.text, lex) && tokens[units[units.length - 1]!.last + 1]?.text === "." && isCapWord(tokens[units[units.length - 1]!.last + 2])) units = trimConnectors(units.slice(0, -1));
  // A plural acronym after a name counts its members ("Labour MPs", "SNP MSPs"): the name ends before it.
  while (units.length > 1 && isPluralAcronym(units[units.length - 1]!.text)) units = trimConnectors(units.slice(0, -1));
  if (units.length > 1 && isFlightBeforeNumber(tokens, units[units.length - 1]!.last)) units = trimConnectors(units.slice(0, -1));
  if (units.length > 1 && isDateAfterName(tokens, units[0]!.first, units[units.length - 1]!.last, lex)) units = trimConnectors(units.slice(0, -1));
  if (!units.length) return null;
  const inLexicon = inLexiconText(units, tokens, text, lex);
  let known = inLexicon;
  const caps = capTexts(units);
  const trimmed = units;
  const lastCap = caps[caps.length - 1]!;
  const suffixed = caps.length > 1 && (lex.orgSuffixes.has(lastCap) || lex.locationSuffixes.has(lastCap));
  // "Law and Justice (PiS) said": an acronym in brackets after a name of several words defines all of it, common words and titles too.
  // Not a person's name before a country's code ("Jana Novak (CZE)"): a given name no common word spells, before another word.
  const personal = caps.some((w, k) => k < caps.length - 1 && lex.givenNames.has(w) && !lex.commonWords.has(w.toLowerCase()));
  const defined = caps.length > 1 && !personal && !!acronymInBrackets(tokens, units[units.length - 1]!.last);
  let initial = headline || tokens[units[0]!.first]!.initial;
  let positional = false;
  let roleStart = -1;
  let roleEnd = -1;

  // Function words capitalized by position ("The", "In", "When") never start a name.
  if (!inLexicon && initial) {
    let k = 0;
    while (k < units.length && !units[k]!.conn && (FUNCTION_WORDS.has(units[k]!.text.toLowerCase()) || isContraction(units[k]!))) k++;
    if (k === 0 && opensQuestion(tokens, units[0]!.first)) k = 1;
    if (k > 0) {
      units = trimConnectors(units.slice(k));
      if (!units.length) return null;
      // The word after a capitalized function word is capitalized by itself ("Then Arsenal").
      initial = false;
      known = inLexiconText(units, tokens, text, lex);
    }
  }
  // A party's member or a seat's holder named by a place is someone from there ("the Ohio Republican", "Texas Democrats",
  // "Leeds MP demands talks"): the place alone is a name.
  const member = units[units.length - 1]!.text;
  if (units.length > 1 && (lex.partyMembers.has(member) || SEAT_TITLES.has(member)) && isPlace(units.slice(0, -1), tokens, text, lex)) units = units.slice(0, -1);
  // A chamber's party members name the chamber ("House Democrats"), also opening a sentence, where its word is no common word's capital.
  else if (units.length === 2 && lex.partyMembers.has(member) && CHAMBERS.has(units[0]!.text)) {
    units = units.slice(0, -1);
    initial = false;
  }
  // What is left may be a lexicon name ("The United Nations"), whose common words stay.
  if (!known) {
    // Titles: "Danish Defence Minister Ulla Rask" -> role + "Ulla Rask".
    if (!suffixed) {
      let k = -1;
      for (let i = 0; i < units.length - 1; i++) if (!units[i]!.conn && isTitleAt(units, i, lex)) k = i;
      // "Martin Luther King III": a title word before nothing but a generation's mark is a surname.
      const named = units.slice(k + 1).some((u) => !u.conn && !isGenerationMark(u.text));
      if (k >= 0 && named && units.slice(k + 1).every((u) => !u.conn || lex.nameParticles.has(u.text))) {
        roleStart = units[0]!.first;
        roleEnd = units[k]!.last;
        units = trimConnectors(units.slice(k + 1));
        initial = false;
      }
    }
    // "Secretary of State Marco Rubio": after a title and "of", the words before a given name are the title's.
    const of = units[0]!.first - 1;
    if (roleStart < 0 && !suffixed && tokens[of]?.text === "of" && isTitle(tokens[of - 1]?.text ?? "", lex)) {
      const given = units.findIndex((u, k) => k > 0 && k < units.length - 1 && !u.conn && lex.givenNames.has(u.text));
      if (given > 0) {
        roleStart = of - 1;
        roleEnd = units[given - 1]!.last;
        units = units.slice(given);
        initial = false;
      }
    }
    // Position-capitalized common first word ("Giving", "Benchmark"); kept when an organization name follows it ("Nurses' Alliance Wales").
    while (units.length && initial && !units[0]!.conn) {
      const w = units[0]!.text;
      const lower = w.toLowerCase().replace(/['’]$/, "");
      // "Showrunner Abe Kowal": a word no lexicon knows, capitalized by position before a given name and a surname, is the person's role
      // (not "Jean-Pierre Van Zyl", "San Francisco Giants", "Reuter London Newsroom").
      const roleWord = units.length === 3 && !/^\p{Lu}\.?$/u.test(w) && !units[1]!.conn && !units[2]!.conn && lex.givenNames.has(units[1]!.text) && !isGivenName(w, lex)
        && !lex.commonWords.has(units[2]!.text.toLowerCase()) && !inLexiconText(units.slice(0, 2), tokens, text, lex) && !inLexiconText([units[0]!], tokens, text, lex);
      const common = lex.commonWords.has(lower) || lex.notEntities.has(w) || isRoleNoun(w, lex) || roleWord;
      // A given name, or a short family name before a Korean given name ("Park Ji-sung"), opens a person's name.
      const givenFirst = units.length > 1 && (lex.givenNames.has(w) || isKoreanName(packedMap(units, (u) => u.text)));
      if (!common || givenFirst) break;
      // A word qualifying an office is none of a body's name either ("Former Rovers captain X").
      if (caps.slice(1).some((c) => lex.orgSuffixes.has(c)) && !(OFFICE_QUALIFIERS.has(lower) && lex.orgSuffixes.has(lastCap))) break;
      if (units.length > 1 && defined) break;
      // "Southern California Edison": a compass word before a known place opens a body's name.
      if (units.length > 2 && lex.compassWords.has(w.replace(/ern$/, "")) && !units[1]!.conn && lex.places.has(units[1]!.text.toLowerCase())) break;
      // "County Galway", "Loch Ness", "Fort William": a place's head word opens the place's name, also opening a sentence.
      if (units.length === 2 && !units[1]!.conn && PLACE_HEADS_BEFORE_NAME.has(w)) break;
      // "Energy UK said", "Statistics Canada estimates": a common noun before a country's name is a national body's name.
      if (units.length === 2 && !units[1]!.conn && isNation(units[1]!.text, lex) && isPlainNoun(lower)) break;
      // "Real Madrid beat ..." when the text also writes "allowing Real Madrid to ...".
      if (units.length > 1 && midSentence.has(text.slice(tokens[units[0]!.first]!.start, tokens[units[units.length - 1]!.last]!.end))) break;
      if (units.length === 1) {
        positional = true;
        break;
      }
      // "Department for Business and Trade", "Ministry of Health".
      if (lex.orgHeads.has(w) && units[1]?.conn && /^(?:of|for)\b/.test(units[1].text)) break;
      units = trimConnectors(units.slice(1));
      initial = false;
    }
    // "The Telegraph" is in the lexicon; any other leading "The" is not part of the name.
    if (units.length > 1 && units[0]!.text === "The" && !inLexiconText(units, tokens, text, lex)) {
      units = trimConnectors(units.slice(1));
      initial = false;
    }
    if (!units.length) return null;
    // Leading nationality adjectives are not part of a name unless an organization or place suffix follows ("Russian Defense Ministry").
    if (!suffixed) {
      const adjective = (u: Unit) => !u.conn && (lex.demonyms.has(u.text) || lex.notEntities.has(u.text) || lex.compassWords.has(u.text));
      if (units.some((u) => !u.conn && lex.demonyms.has(u.text))) {
        let k = 0;
        while (k < units.length && adjective(units[k]!)) k++;
        // A nationality before a body's head and "of" is the body's own ("American Academy of Pediatrics", "Russian Academy of Sciences").
        const body = lex.orgHeads.has(units[k]?.text ?? "") && !!units[k + 1]?.conn && /^(?:of|for)\b/.test(units[k + 1]!.text);
        // So is one whose acronym in brackets takes the nationality's initial ("British Retail Consortium (BRC)", not "Brazilian Football Confederation (CBF)").
        const acronym = acronymInBrackets(tokens, units[units.length - 1]!.last);
        if (k > 0 && !body && !(acronym && abbreviates(acronym.text, capTexts(units)))) {
          units = trimConnectors(units.slice(k));
          initial = false;
        }
      }
    }
    if (!units.length) return null;
    // A group made of titles and adjectives alone ("Prime Minister", "Defense Minister") names nobody.
    const rest = capTexts(units);
    const lastWord = rest[rest.length - 1]!;
    // ... but a body's head before "of" names the body ("Department of Justice", "Court of Justice").
    const headed = lex.orgHeads.has(rest[0]!) && units.some((u) => u.conn && /^(?:of|for)\b/.test(u.text));
    if (!suffixed && !defined && !headed && lex.personTitles.has(lastWord) && rest.every((w) => lex.personTitles.has(w) || lex.demonyms.has(w) || lex.commonWords.has(w.toLowerCase()))) return null;
  }

  const first = units[0]!.first;
  const last = units[units.length - 1]!.last;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  let role = roleStart >= 0 ? text.slice(tokens[roleStart]!.start, tokens[roleEnd]!.end) : null;
  role ??= roleBefore(tokens, text, roleStart >= 0 ? roleStart : first, lex);
  return {
    words: packedMap(units, (u) => u.text),
    capWords: units === trimmed ? caps : capTexts(units),
    text: text.slice(start, end),
    start,
    end,
    first,
    last,
    role,
    initial,
    positional,
    joinedCaps: undefined,
    lowerCaps: undefined,
    lowerText: undefined,
    printed: undefined,
  };
}

// Family nouns that also open names: "Mother Teresa", "Son Heung-min".
const NAME_OPENING_KIN = new Set(["mother", "father", "brother", "sister", "son", "daughter"]);

/**
 * A noun for a person's role or a kind of body ("Striker", "Chipmaker") that opens no name, so is
 * capitalized only by its position: not a title, a body's head ("Club Brugge", "House Speaker") or a
 * name-opening kin word, and not in capitals (a shouted line's words are all capitalized).
 */
export function isRoleNoun(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (!(lex.personRoleNouns.has(lower) || lex.orgNouns.has(lower)) || NAME_OPENING_KIN.has(lower) || isAllCaps(word)) return false;
  return !lex.personTitles.has(word) && !lex.orgHeads.has(word) && !lex.orgSuffixes.has(word);
}

/** A lowercase role phrase right before the name ("Treasury Department spokesperson", "retired judge"), or null. */
function roleBefore(tokens: Token[], text: string, first: number, lex: Lexicon): string | null {
  const prev = tokens[first - 1];
  // An abbreviated title with its stop ("Sen. Jo Lane", "Dr. Ann Hill").
  const abbreviated = tokens[first - 2];
  if (prev?.text === "." && !prev.space && abbreviated?.word && lex.personTitles.has(abbreviated.text)) return text.slice(abbreviated.start, prev.end);
  // Capitalized by its place at the start of a sentence: "Striker Tom Bell".
  if (!prev || !prev.word || !lex.personRoleNouns.has(prev.initial ? prev.text.toLowerCase() : prev.text)) return null;
  let b = first - 1;
  // Walk back over the words of the role, at most five, stopping at function words and punctuation.
  while (b - 1 >= 0 && first - 1 - (b - 1) < 5) {
    const t = tokens[b - 1]!;
    if (!t.word || t.newline || tokens[b]!.newline || FUNCTION_WORDS.has(t.text.toLowerCase()) || lex.speechVerbs.has(t.text)) break;
    b--;
  }
  return text.slice(tokens[b]!.start, prev.end);
}

/**
 * "Siemens Chief Executive Roland Busch", "UN Secretary-General Antonio Guterres": the name before
 * a title is the person's organization or place, a name of its own; portfolio words ("Defence
 * Minister", "Foreign Secretary") are ordinary words and name nothing.
 */
function ownerBeforeTitle(units: Unit[], tokens: Token[], text: string, lex: Lexicon): Unit[] | null {
  const lastCap = lastCapWord(units);
  if (lex.orgSuffixes.has(lastCap) || lex.locationSuffixes.has(lastCap)) return null;
  const title = units.findIndex((u, i) => !u.conn && isTitleAt(units, i, lex));
  if (title <= 0 || title === units.length - 1) return null;
  let k = 0;
  const modifier = (u: Unit) => FUNCTION_WORDS.has(u.text.toLowerCase()) || lex.demonyms.has(u.text) || lex.notEntities.has(u.text);
  while (k < title && !units[k]!.conn && modifier(units[k]!)) k++;
  const owner = units.slice(k, title);
  if (!owner.length || owner.some((u) => u.conn)) return null;
  if (inLexiconText(owner, tokens, text, lex)) return owner;
  return owner.some((u) => lex.commonWords.has(u.text.toLowerCase()) || lex.givenNames.has(u.text)) ? null : owner;
}

/** A title at units[i]; "Texas AG Ken Paxton": a company's suffix that abbreviates a title is one before a given name ("Siemens AG" is a company). */
function isTitleAt(units: Unit[], i: number, lex: Lexicon): boolean {
  const next = units[i + 1];
  return isTitle(units[i]!.text, lex) || (!next?.conn && isTitleBeforeName(units[i]!.text, next?.text, lex));
}

/** Whether `word` is a word that is a title only before a given name (`next`): "AG Ken Paxton", "Canon Ruth Okafor". */
export const isTitleBeforeName = (word: string, next: string | undefined, lex: Lexicon): boolean =>
  lex.suffixTitles.has(word) && next !== undefined && lex.givenNames.has(next);

/** "Minister", or a hyphenated title ("Attorney-General"). */
function isTitle(word: string, lex: Lexicon): boolean {
  return lex.personTitles.has(word) || (word.includes("-") && word.split("-").some((p) => lex.personTitles.has(p)));
}

function trimConnectors(units: Unit[]): Unit[] {
  let a = 0;
  let b = units.length;
  while (a < b && units[a]!.conn) a++;
  while (b > a && units[b - 1]!.conn) b--;
  return a === 0 && b === units.length ? units : units.slice(a, b);
}

const unitsKey = (units: Unit[], tokens: Token[], text: string): string => text.slice(tokens[units[0]!.first]!.start, tokens[units[units.length - 1]!.last]!.end).toLowerCase();

function inLexiconText(units: Unit[], tokens: Token[], text: string, lex: Lexicon): boolean {
  const key = unitsKey(units, tokens, text);
  return lex.places.has(key) || lex.orgs.has(key);
}

const isPlace = (units: Unit[], tokens: Token[], text: string, lex: Lexicon): boolean => lex.places.has(unitsKey(units, tokens, text));

/** Whether `abbr` ("UKHSA", "Nasa", "Ofwat") is made of letters of `words` in order, starting with the first word's initial. */
export function abbreviates(abbr: string, words: string[]): boolean {
  const letters = abbr.toUpperCase().replace(/[^\p{Lu}\p{N}]/gu, "");
  if (letters.length < 2 || letters.length > 10) return false;
  if (words[0]?.[0]?.toUpperCase() !== letters[0]) return false;
  if (!subsequence(letters, words.join(" ").toUpperCase())) return false;
  // Most letters are initials ("Ofwat": Office of Water Services), not letters from inside one word.
  const initials = new Set(words.flatMap((w) => (isAllCaps(w) ? [...w] : [w[0]!.toUpperCase()])));
  let n = 0;
  for (const l of letters) if (initials.has(l)) n++;
  return n * 2 > letters.length;
}

function subsequence(a: string, b: string): boolean {
  let i = 0;
  for (let j = 0; j < b.length && i < a.length; j++) if (b[j] === a[i]) i++;
  return i === a.length;
}
