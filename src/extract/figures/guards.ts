// Numbers that are not figures: dates and clock times, relative times, ages, ordinals and decades,
// labels and parts of names ("Boeing 737", "G7", "COVID-19", "level 3"), list markers, scores.
import { CURRENCY_CODES, CURRENCY_WORDS, DESIGNATORS, FUNCTION_WORDS, isCommonWord, MONTHS, PERSON_NOUNS, QUALIFIERS_BEFORE, tagsOf, TIME_UNITS } from "./lexicon.js";
import type { NumberMention } from "./numbers.js";
import { countedPhraseAfter, wordAfter, wordClass } from "./phrase.js";

// How far back the guards look: a few words.
const LOOKBACK = 40;

const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'’-]*\.?)[ \t\u00a0]+$/u;
const isBlank = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\u00a0";

/** The word right before `pos` on the same line (with a trailing "." kept for "No."), or null. */
export function wordBefore(text: string, pos: number): { text: string; start: number } | null {
  const base = Math.max(0, pos - LOOKBACK);
  // The word is the last run of non-blanks before the blanks that end at `pos`: the pattern
  // only needs to be tried from the start of that run.
  let end = pos;
  while (end > base && isBlank(text[end - 1]!)) end--;
  if (end === pos) return null;
  let from = end;
  while (from > base && !isBlank(text[from - 1]!)) from--;
  const m = WORD_BEFORE.exec(text.slice(from, pos));
  if (!m?.[1]) return null;
  const start = from + m.index;
  // The word must start there, not in the middle of a longer token.
  if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? "")) return null;
  return { text: m[1], start };
}

/** True when `pos` starts a sentence, a line or a quotation (so a capital there proves nothing). */
export function sentenceStartAt(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 4), pos).replace(/[ \t\u00a0]+$/, "");
  return before === "" || /[.!?:\n"'“‘«(\[–—-]$/.test(before);
}

// A numeral glued to letters or code punctuation before it is part of a name or code:
// "G7", "time45", "COVID-19", "#1", "v2", "F-16", "%2F" in an address, "..21..489W" in a reference code.
const GLUED_BEFORE = /[\p{L}\p{M}_#@/\\&%]$|\p{L}[-‐]$|\d[.,:/-]$|\.\.$/u;

/** True for a number that is part of a token with letters: names, codes, hashtags. */
export function isPartOfToken(text: string, start: number): boolean {
  return GLUED_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

// Ordinal and decade suffixes: "21st", "3rd", "1990s", "in his 60s", "the 2020's".
const ORDINAL_OR_DECADE = /(?:st|nd|rd|th|s|['’]s)(?![\p{L}\p{N}])/uy;
// Other letters glued after a numeral that is not a scale or unit make a code: "4G", "3D", "737MAX", "401(k)".
const GLUED_LETTER = /\p{L}|\(\p{L}\)/uy;

// The digits an ordinal "st" follows: a 1 that is not part of 11 ("21st"); "15st" is a weight in stone.
const ST_ORDINAL_BEFORE = /(?:^|[^1])1$/;

export function isOrdinalOrDecade(text: string, end: number): boolean {
  ORDINAL_OR_DECADE.lastIndex = end;
  const m = ORDINAL_OR_DECADE.exec(text);
  return !!m && (m[0] !== "st" || ST_ORDINAL_BEFORE.test(text.slice(Math.max(0, end - 2), end)));
}

export function isGluedCode(text: string, end: number): boolean {
  GLUED_LETTER.lastIndex = end;
  return GLUED_LETTER.test(text);
}

// Clock times: "3pm", "9.30 a.m.", "0900 GMT", "14h"; zone names are matched in capitals only.
const MERIDIEM_AFTER = /[ \t\u00a0]?(?:[ap]\.m\.|[ap]m|[AP]M)(?![\p{L}\p{N}])|[ \t\u00a0]?o['’]clock/uy;
const ZONE_AFTER = /[ \t\u00a0](?:GMT|BST|UTC|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|MSK|IST|JST|ET|PT|local time)(?![\p{L}\p{N}])/uy;
const HOURS_AFTER = /[ \t\u00a0]?(?:h|hrs)(?![\p{L}\p{N}])/uy;

export function isClockTime(text: string, n: NumberMention): boolean {
  if (n.scaled) return false;
  MERIDIEM_AFTER.lastIndex = n.end;
  if (MERIDIEM_AFTER.test(text)) return !n.spelled || /o['’]clock/.test(text.slice(n.end, n.end + 9));
  if (n.spelled) return false;
  ZONE_AFTER.lastIndex = n.end;
  if (ZONE_AFTER.test(text)) return true;
  // Four digits before "hrs" or "h" are a 24-hour clock ("0900 hrs"); "72 hours" is a length.
  HOURS_AFTER.lastIndex = n.end;
  return /^\d{4}$/.test(text.slice(n.start, n.end)) && HOURS_AFTER.test(text);
}

const FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const FULL_MONTH = new RegExp(`^(?:${FULL_MONTHS})$`);
const GLUED_MONTH = new RegExp(`\\p{Ll}(?:${FULL_MONTHS})$`, "u");
// After a day number: another day joined to it ("3 and 4 July", "3rd or 4th of July"), then the month.
const MONTH_AFTER_DAY = /^(?:st|nd|rd|th)?(?:[ \t]+(?:and|or|to|&)[ \t]+\d{1,2}(?:st|nd|rd|th)?)?(?:[ \t]+of)?[ \t]+(\p{Lu}\p{Ll}+)/u;

/** A day number beside a month name: "June 7", "7 June", "May 7-8", "7-8 June", "3 and 4 July", "Jan. 6". */
export function isDayOfMonth(text: string, start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 31) return false;
  const before = wordBefore(text, start);
  // A month's name in full with a stop ends a sentence ("in March. Four people ..."); only a short form takes one ("Jan. 6").
  const month = before?.text.replace(/\.$/, "");
  if (before && month && MONTHS.has(month) && /^\p{Lu}/u.test(before.text) && !(before.text.endsWith(".") && FULL_MONTH.test(month))) return true;
  // A month glued to the word before it by a scrape ("FeaturedFebruary 6, 2016").
  if (before && GLUED_MONTH.test(before.text)) return true;
  const after = MONTH_AFTER_DAY.exec(text.slice(end, end + 32));
  return !!after?.[1] && MONTHS.has(after[1]);
}

// Prepositions of time, months' neighbours and determiners that make a four-digit number a year.
const YEAR_BEFORE = /^(?:in|since|until|till|through|during|before|after|between|the|early|late|mid|circa|year|fiscal|spring|summer|autumn|fall|winter)$/;
// Recent years: counts this size are printed with a separator ("2,016 delegates"), so "2016
// candidates" and "Obama's 2012 bundlers" name a year.
const RECENT_YEARS = { from: 1950, to: 2035 };

/**
 * A four-digit year: "in 2022", "since 2019", "February 2022", "the 2024 election", "2016
 * candidates". A number of that shape counts something only when a qualifier precedes it (not
 * after a preposition of time: "since at least 1980") or when it is no recent year and a plural
 * noun follows it without a preposition before it ("1500 troops", "about 2000 people").
 */
export function isYear(text: string, n: NumberMention, countsNoun: boolean): boolean {
  if (!n.bare || n.end - n.start !== 4 || n.value < 1000 || n.value > 2199) return false;
  const before = wordBefore(text, n.start);
  const prev = before?.text.toLowerCase() ?? "";
  const qualifier = before && QUALIFIERS_BEFORE.find((q) => q === prev || q.endsWith(` ${prev}`));
  if (qualifier) return YEAR_BEFORE.test(wordBefore(text, before.start - (qualifier.length - prev.length))?.text.toLowerCase() ?? "");
  if (YEAR_BEFORE.test(prev)) return true;
  if (before && MONTHS.has(before.text.replace(/\.$/, ""))) return true;
  return !countsNoun || (n.value >= RECENT_YEARS.from && n.value <= RECENT_YEARS.to);
}

// Words after a length of time that make it a point in time: "2 hours ago", "two days later" (not "two days later than planned", a length);
// "before" or "after" only where a clause ends ("versus 2.0m a year before."; "£30,000 a year before tax" is a rate).
const RELATIVE_AFTER = /[ \t\u00a0]+(?:ago|(?:earlier|later)(?![ \t\u00a0]+than\b)|back|previously|prior|from now|hence|(?:before|after)(?=[ \t\u00a0]*(?:[.,;:!?)\n]|$)))(?![\p{L}\p{N}])/iuy;

/** "2 hours ago", "a day ago", "two weeks later": a time relative to now, not an amount. */
export function isRelativeTime(text: string, unit: string | null, unitEnd: number): boolean {
  if (!unit || !TIME_UNITS.has(unit.toLowerCase())) return false;
  RELATIVE_AFTER.lastIndex = unitEnd;
  return RELATIVE_AFTER.test(text);
}

// A verb that takes a length of time, and a qualifier: "had taken 20 minutes earlier in the week", "spent about 10
// hours later that night" are lengths; "earlier" or "later" there places the event, not the length.
const DURATION_VERB_BEFORE = /(?:^|[^\p{L}])(?:take|takes|took|taken|taking|last|lasts|lasted|lasting|spend|spends|spent|spending|wait|waits|waited|waiting)[ \t\u00a0]+(?:(?:about|around|roughly|nearly|almost|just|only|some|over|under|more than|less than|up to|another|a further|an extra)[ \t\u00a0]+)?$/iu;
/** Whether the number at `start` is the length of time a verb such as "take", "last" or "spend" takes. */
export const isDurationObject = (text: string, start: number): boolean => DURATION_VERB_BEFORE.test(text.slice(Math.max(0, start - 40), start));

// Words right before an age: "aged 45", "turned 30", "at the age of 80".
const AGE_BEFORE = /(?:^|[^\p{L}])(?:aged|age|ages|turned|turns|turning|turn|age of|ages of)[ \t\u00a0]+(?:(?:over|under|between|about|around|at least|at most|up to|from)[ \t\u00a0]+)?$/iu;
// After an age: "30 years old", "ten months old", "six weeks of age", "an 80-year-old", "87 yo";
// and the terms of a state, which are not lengths of time either ("eight months pregnant").
// Group 1 is the "old" of a predicate ("is 30 years old").
const AGE_AFTER = /[ \t\u00a0]+(?:years?|months?|weeks?|days?)[ \t\u00a0]+(?:(old)|of age|pregnant)(?![\p{L}])|[ \t\u00a0]+(?:or|and)[ \t\u00a0]+(?:older|younger)(?![\p{L}])|[-‐ ](?:years?|months?|weeks?|days?)[-‐ ]olds?(?![\p{L}])|[ \t\u00a0]?(?:yo|y\.o\.|yrs? old)(?![\p{L}])/iuy;
// An age a rule's "age" changes to or from, its verb between: "the voting age to fall to 16", "lower the
// pension age from 68 to 67", "the retirement age for women from 64 to 65" (who it is for may follow "age"; not "the
// average age of the fleet to 12": "of" names whose age it is).
const AGE_CHANGE_BEFORE = /(?:^|[^\p{L}])(?<!\b(?:by|of|for|with|in|per)[ \t\u00a0]+)age[ \t\u00a0]+(?:for[ \t\u00a0]+(?:\p{L}+[ \t\u00a0]+){1,2}?)?(?:(?:will|would|could|is|was|to|be|been|has|had|set)[ \t\u00a0]+)*(?:(?:rise|rises|rose|risen|raised|raise|fall|falls|fell|fallen|lowered|lower|increased?|cut|go|goes|went|move|moves|moved)[ \t\u00a0]+)?(?:(?:from|to)[ \t\u00a0]+\d{1,3}[ \t\u00a0]+)?(?:from|to)[ \t\u00a0]+$/iu;
const PERCENT_AFTER = /^[ \t\u00a0]*(?:%|per[ \t\u00a0]?cent|pc\b|pct\b)/i;
// The subject before a predicate's age: "the proposal is 8 months old", "it will be three weeks old".
const SUBJECT_BEFORE = /(\p{L}+)[ \t\u00a0]+(?:is|was|are|were|will be|would be|has been|had been)[ \t\u00a0]+(?:(?:only|just|about|almost|nearly|now|already|more than|over|around|roughly|some)[ \t\u00a0]+)*$/iu;
// Endings of nouns for people ("manager", "survivor", "activist", "historian", "employee", "chairman").
const PERSON_ENDING = /(?:er|or|ist|ian|ee|man|men|ster|ant|ent)s?$/;

/**
 * The age of a thing said of it is a length of time: "the proposal is 8 months old", "it will be
 * three weeks old", "the aircraft are more than 20 years old". A person's or an animal's is not,
 * nor is an age before a noun ("a 34-year-old", "a 60-year-old firm"), which news gives people.
 */
function isThingsAge(text: string, start: number): boolean {
  const subject = SUBJECT_BEFORE.exec(text.slice(Math.max(0, start - LOOKBACK), start))?.[1];
  if (!subject || subject !== subject.toLowerCase()) return false;
  if (/^(?:it|this|that)$/.test(subject)) return true;
  // A common noun for a thing: a noun to the lexicon, not a person or an animal.
  return !PERSON_NOUNS.has(subject) && !PERSON_ENDING.test(subject) && /^NNS?$/.test(tagsOf(subject)?.[0] ?? "");
}

// Verbs of being between people and the limit of their age ("the victims were over 65").
const COPULAS = new Set(["is", "are", "was", "were"]);
// The words that set a limit of age after people: "children under 5", "people over 65", "adults older than 50".
const AGE_LIMITS = new Set(["under", "over", "above", "below"]);
// Those words and "at" and "than" ending a text: most numbers follow none of them, and need no look at the words.
const AGE_WORD_LAST = /(?:^|[^\p{L}])(?:at|than|under|over|above|below)$/iu;

/**
 * An age told by the words before it: of a death ("died at 82", "dead at 69") or a limit of age
 * after people with nothing counted but years ("children under 5", "adults older than 50 years").
 */
function isAgeByWords(text: string, n: NumberMention, end: number): boolean {
  let blank = n.start;
  while (blank > 0 && isBlank(text[blank - 1]!)) blank--;
  if (blank === n.start || !AGE_WORD_LAST.test(text.slice(Math.max(0, blank - 6), blank))) return false;
  let limit = wordBefore(text, n.start);
  const word = limit?.text.toLowerCase();
  if (!limit || !word) return false;
  if (word === "at") return /^(?:died|dies|dead)$/i.test(wordBefore(text, limit.start)?.text ?? "");
  if (word === "than") {
    const comparative = wordBefore(text, limit.start);
    if (!comparative || !/^(?:older|younger)$/i.test(comparative.text)) return false;
    limit = comparative;
  } else if (!AGE_LIMITS.has(word)) return false;
  // The people may stand before a verb of being ("most of the victims were over 65").
  let people = wordBefore(text, limit.start);
  if (people && COPULAS.has(people.text.toLowerCase())) people = wordBefore(text, people.start);
  if (!PERSON_NOUNS.has(people?.text.toLowerCase() ?? "") || n.value > 120) return false;
  const counted = countedPhraseAfter(text, end)?.unit.toLowerCase();
  return !counted || counted === "years";
}

/** People's ages: "aged 45", "aged over 65", "an 80-year-old", "30 years old", "Smith, 45, said", "Smith (45)". */
// The second age of a pair: "aged 16 and 17", "aged 18 to 24".
const SECOND_AGE_BEFORE = /(?:^|[^\p{L}])(?:aged|ages|ages of)[ \t\u00a0]+(?:between[ \t\u00a0]+)?\d{1,3}[ \t\u00a0]*(?:and|to|or|-|–)[ \t\u00a0]*$/iu;
// The later ages of a list with commas: "aged 31, 38 and 46", "aged 19, 22, or 71"; a number
// with a noun of its own after it counts ("aged 40, 12 officers were hurt").
const LISTED_AGE_BEFORE = /(?:^|[^\p{L}])aged[ \t\u00a0]+\d{1,3}(?:(?:,[ \t\u00a0]*\d{1,3})*,[ \t\u00a0]*(?:(?:and|or)[ \t\u00a0]+)?|(?:,[ \t\u00a0]*\d{1,3})+[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)$/iu;

// What follows a name's comma before an age: maybe "then" or an age ("Smith, then 38,", "Ana and Ben Ruiz, 22 and 19,").
const AFTER_NAME_COMMA = /^,[ \t](?:then[ \t]|\d{1,3}[ \t]and[ \t])?$/;

/** Whether `before` ends in a capitalized word, a comma and what may stand between it and an age. */
function nameCommaBefore(before: string): boolean {
  const comma = before.lastIndexOf(",");
  if (comma < 1 || !AFTER_NAME_COMMA.test(before.slice(comma))) return false;
  let k = comma;
  while (k > 0 && /[\p{L}'’-]/u.test(before[k - 1]!)) k--;
  return k < comma && /\p{Lu}/u.test(before[k]!);
}

export function isAge(text: string, n: NumberMention, end: number): boolean {
  const before = text.slice(Math.max(0, n.start - LOOKBACK), n.start);
  if (AGE_BEFORE.test(before) || SECOND_AGE_BEFORE.test(before)) return true;
  if (AGE_CHANGE_BEFORE.test(before) && !PERCENT_AFTER.test(text.slice(end, end + 10)) && !countedPhraseAfter(text, end)) return true;
  if (LISTED_AGE_BEFORE.test(before) && !countedPhraseAfter(text, end)) return true;
  if (isAgeLimitOfPeople(text, n, before, end)) return true;
  if (isAgeByWords(text, n, end)) return true;
  // `end` is where a range of ages ends ("40 to 50 years old").
  AGE_AFTER.lastIndex = end;
  const age = AGE_AFTER.exec(text);
  if (age) return !(age[1] && isThingsAge(text, n.start));
  if (!Number.isInteger(n.value) || n.value > 120 || n.spelled) return false;
  // A small number set off by commas or brackets right after a name or a noun for a person
  // ("a man, 34,") is that person's age.
  const after = text.slice(n.end, n.end + 2);
  if (/^,/.test(after) && PERSON_NOUNS.has(/(\p{L}+),[ \t]$/u.exec(before)?.[1]?.toLowerCase() ?? "")) return true;
  // "said Angela Lopez, 71." closes a sentence as "Smith, 45, said" does not; "Sperling, then 38, said" and
  // "John and Brian Meza, 22 and 19," are ages too.
  return (nameCommaBefore(before) && /^(?:,|\.(?:\s|$)|[ \t]and[ \t]\d{1,3}[,.])/.test(text.slice(n.end, n.end + 9))) || (/\p{Lu}[\p{L}'’-]*[ \t]\($/u.test(before) && /^\)/.test(after));
}

// "voters under 30", "people over 65": over or under after a noun for people, before a bare number.
const PEOPLE_OVER_UNDER = /(\p{L}+)[ \t\u00a0]+(?:over|under)[ \t\u00a0]+$/u;

/** Whether a bare whole number after "people over" or "voters under" is an age limit: nothing counted or measured after it. */
function isAgeLimitOfPeople(text: string, n: NumberMention, before: string, end: number): boolean {
  if (n.spelled || !Number.isInteger(n.value) || n.value > 120) return false;
  const noun = PEOPLE_OVER_UNDER.exec(before)?.[1]?.toLowerCase();
  if (!noun) return false;
  if (!PERSON_NOUNS.has(noun) && !PERSON_NOUNS.has(noun.replace(/s$/, ""))) return false;
  return !PERCENT_AFTER.test(text.slice(end, end + 10)) && !countedPhraseAfter(text, end);
}

// A person's pronoun and a verb of being before a number with nothing counted: "when she was 4", "I'm 29".
const PERSON_IS_BEFORE = /(?:^|[^\p{L}])(?:he|she|i|you)(?:['’]s|['’]m|['’]re|\s+(?:is|was|are|were|am|be|turned|turns))[ \t\u00a0]+(?:(?:only|just|nearly|almost|about)[ \t\u00a0]+)?$/iu;

/** "when she was 4", "I'm only 29": a bare number said of a person is their age (call it when nothing counted follows). */
export function isPersonsAge(text: string, start: number): boolean {
  return PERSON_IS_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * A number that labels rather than counts: after a designator noun ("level 3", "Article 5",
 * "No. 10") or after a capitalized name that is not a sentence start ("Boeing 737", "Windows 11").
 */
export function isLabel(text: string, n: NumberMention): boolean {
  const before = wordBefore(text, n.start);
  if (!before) return false;
  const word = before.text.replace(/\.$/, "");
  // Designators are looked up as printed: a full stop ends a sentence ("a day. 3 million
  // people") unless the list has the abbreviation with it ("No. 10").
  // A number in words labels too when nothing it counts follows ("day two of the trial", not
  // "the week two people died").
  if (DESIGNATORS.has(before.text.toLowerCase())) return !n.spelled || !countedPhraseAfter(text, n.end);
  // Any other word with one full stop ends a sentence ("7 John Kasich. 8 Rand Paul"); initials
  // do not ("the S.&P. 500").
  if (n.spelled || (/^[^.]+\.$/.test(before.text) && /^\s?$/.test(text[before.start - 1] ?? ""))) return false;
  // Only a word with a capital can name what a number labels, so only there is a count told from a label.
  if (/\p{Lu}/u.test(word) && isCountAfterName(text, n, before.start)) return false;
  // Inner capitals mark a brand or product name wherever it stands ("iPhone 15", "eBay 2").
  if (/\p{Ll}\p{Lu}/u.test(word)) return true;
  if (!/^\p{Lu}/u.test(word) || sentenceStartAt(text, before.start)) return false;
  if (MONTHS.has(word) || POSSESSIVE_END.test(word)) return false;
  // All-capital tokens are acronyms of names ("FTSE 100", "S&P 500", "UN 2"), not currency codes.
  if (/^\p{Lu}+$/u.test(word)) return !CURRENCY_CODES.has(word);
  if (!isCommonWord(word)) return true;
  // A capitalized common word is a headline's title case ("Sales Fall 5%"), not a name, unless the
  // sentence around it is written in lower case ("for Windows 10 users", "the Fortune 500 list");
  // a function word is no name ("[12] The 249 towns") and a unit glued on measures ("Pi 256MB").
  return !FUNCTION_WORDS.has(word.toLowerCase()) && !/^[\p{L}%]/u.test(text[n.end] ?? "") && inLowerCaseSentence(text, before.start);
}

// Words after a count that never follow a name's number besides a percent and a currency ("fined Smith 500 pounds").
const AMOUNT_WORD_AFTER = /^[ \t\u00a0]+(?:pounds|times)(?![\p{L}])/iu;
// Verbs whose first object is a person or a body and whose second a count or a clause: "told Reuters 40 people had
// died", "sent Ukraine 31 tanks", "gave Jones 28 days".
const TWO_OBJECT_VERB_BEFORE = /(?:^|[^\p{L}])(?:told|tell|tells|gave|give|gives|given|sent|send|sends|paid|pay|pays|owe|owes|owed|cost|costs|handed|hands|offered|offers|promised|promises|lent|lends|awarded|awards|charged|charges|fined|fines)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;
// How many capitalized words a name before a count may have ("told Sky News", "handed Mr Ravi Patel").
const NAME_WORDS = 3;

/**
 * Whether a number after a capitalized word counts rather than numbers the name: names number with short plain
 * integers ("Boeing 737", "FTSE 100"), so grouped digits, a scale, a percent, a currency or "times" after it make a
 * count ("cost Google 4 billion euros", "across Europe 2,000 flights"); so does a name that is a verb's first object
 * before a lower-case word ("told Reuters 40 people had died").
 */
function isCountAfterName(text: string, n: NumberMention, nameStart: number): boolean {
  if (n.scaled || text.slice(n.start, n.end).includes(",")) return true;
  const after = text.slice(n.end, n.end + 12);
  if (PERCENT_AFTER.test(after) || AMOUNT_WORD_AFTER.test(after) || CURRENCY_WORDS.has(wordAfter(text, n.end)?.text.toLowerCase() ?? "")) return true;
  if (!/^[ \t\u00a0]+\p{Ll}/u.test(after)) return false;
  let start = nameStart;
  for (let i = 1; i < NAME_WORDS; i++) {
    const word = wordBefore(text, start);
    if (!word || !/^\p{Lu}/u.test(word.text) || FUNCTION_WORDS.has(word.text.toLowerCase())) break;
    start = word.start;
  }
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  if (TWO_OBJECT_VERB_BEFORE.test(before)) return true;
  // A place after the preposition opening a sentence, its count the subject of the clause after it: "In Gaza 30
  // people were killed" (a word the lexicon knows is no place, "In Windows 10 users can"; inside a sentence an index
  // is as likely, "investors in Nasdaq 100 stocks were").
  const name = text.slice(nameStart, n.start).trim();
  const preposition = PLACE_PREPOSITION_BEFORE.exec(before);
  return !!preposition && sentenceStartAt(text, start - preposition[0].length) && !isCommonWord(name) && !/^\p{Lu}+$/u.test(name) && isClauseSubject(text, n.end);
}

// Prepositions before a place in a clause whose subject is a count ("At Heathrow 300 flights were cancelled").
const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|at|across|throughout)[ \t\u00a0]+$/iu;
// Verbs of a clause that has just ended its subject: a past or present form or an auxiliary ("were", "closed", "has", "will").
const FINITE_VERB_TAG = /^(?:VBD|VBZ|MD)$/;

/** Whether a counted plural after `end` is followed by a finite verb, so that the count is its clause's subject. */
function isClauseSubject(text: string, end: number): boolean {
  const counted = countedPhraseAfter(text, end);
  if (!counted || wordClass(counted.unit.split(" ").pop()!) !== "plural") return false;
  const verb = wordAfter(text, counted.end);
  return !!verb && !verb.open && (/^(?:are|have)$/i.test(verb.text) || (tagsOf(verb.text) ?? []).some((t) => FINITE_VERB_TAG.test(t)));
}

// A possessive's ending: "Cruz's", "Sanders’".
const POSSESSIVE_END = /['’]s$|s['’]$/;
// How many capitalized words may stand before a possessive in its name ("Ohio Governor John Kasich's").
const OWNER_WORDS = 4;

/** The word before a capitalized possessive name that stands right before `pos` ("to" in "to Gov. Ana Cruz's 538"), or null. */
export function wordBeforeOwner(text: string, pos: number): { text: string; start: number } | null {
  const owner = wordBefore(text, pos);
  if (!owner || !/^\p{Lu}/u.test(owner.text) || !POSSESSIVE_END.test(owner.text)) return null;
  let start = owner.start;
  for (let i = 0; i < OWNER_WORDS; i++) {
    const word = wordBefore(text, start);
    if (!word || !/^\p{Lu}/u.test(word.text) || FUNCTION_WORDS.has(word.text.toLowerCase())) return word;
    start = word.start;
  }
  return null;
}

// How far a sentence is read each way to tell running text from a title-cased line.
const CASE_REACH = 120;
const CONTENT_WORD = /\p{L}{4,}/gu;

/** Whether the words of four letters or more around `pos`, up to the sentence's ends, are mostly lower case. */
export function inLowerCaseSentence(text: string, pos: number): boolean {
  let from = pos;
  while (from > 0 && pos - from < CASE_REACH && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = pos;
  while (to < text.length && to - pos < CASE_REACH && !/[.!?\n]/.test(text[to]!)) to++;
  let lower = 0;
  let upper = 0;
  for (const [w] of text.slice(from, to).matchAll(CONTENT_WORD)) {
    if (FUNCTION_WORDS.has(w.toLowerCase())) continue;
    if (/^\p{Lu}/u.test(w)) upper++;
    else lower++;
  }
  return lower >= 2 && lower > upper;
}

/** True when the word before `start` is a capitalized common word, as in a headline in title case ("Storm Kills Three"). */
export function isTitleCaseAt(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return !!before && /^\p{Lu}\p{Ll}/u.test(before.text) && !FUNCTION_WORDS.has(before.text.toLowerCase()) && isCommonWord(before.text);
}

/** True when a capitalized word that is not a function word or a sentence start comes right before. */
export function isAfterCapitalized(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return !!before && /^\p{Lu}/u.test(before.text) && !FUNCTION_WORDS.has(before.text.toLowerCase()) && !sentenceStartAt(text, before.start);
}

// Page furniture that states a reading time: "3 min read", "5 minute read".
const READING_TIME = /[ \t\u00a0]?(?:min|mins|minute|minutes)[ \t\u00a0]+read(?![\p{L}])/iuy;

/** "3 min read": how long an article takes to read, page furniture rather than a claim. */
export function isReadingTime(text: string, end: number): boolean {
  READING_TIME.lastIndex = end;
  return READING_TIME.test(text);
}

/** "1. First point", "2) Second", "it 1) explains and 2) predicts": a numeral that numbers a line or a point. */
export function isListMarker(text: string, n: NumberMention): boolean {
  const lineStart = n.start === 0 || text[n.start - 1] === "\n";
  if (lineStart && /^[.)][ \t]/.test(text.slice(n.end, n.end + 2))) return true;
  // A small number closing a bracket that no bracket opened on its line, or alone in brackets,
  // numbers a point ("(1) first").
  if (n.spelled || !/^[ \t]?\)/.test(text.slice(n.end, n.end + 2)) || n.value > 20) return false;
  const line = text.slice(Math.max(0, text.lastIndexOf("\n", n.start) + 1, n.start - LOOKBACK), n.start);
  return !line.includes("(") || line.endsWith("(");
}

// A number hyphened to a word after a count modifies what is counted ("3,100 2-bedroom flats"): no digit run.
const DIGIT_GROUP_AFTER = /^[ \t]\d(?![\d.,]*[-‐]\p{L})/u;

/** Digit groups in a row ("020 7946 0000") are a phone number or a code; a group with a percent sign is not ("in 2006 95% of them"). */
export function isDigitRun(text: string, n: NumberMention): boolean {
  if (n.spelled || text[n.end] === "%") return false;
  return /\d[ \t]$/.test(text.slice(Math.max(0, n.start - 2), n.start)) || DIGIT_GROUP_AFTER.test(text.slice(n.end, n.end + 24));
}

// Words before a year cut to two digits ("in ’08"); after others it may open a quoted title ("the movie ‘13 Hours’").
const SHORT_YEAR_BEFORE = /^(?:in|since|of|by|until|till|from|before|after|and|or|to|through|during|between|circa|class)$/i;

/** "in ‘08", "the class of '99", "’08 and ’12.": a year cut to two digits after an apostrophe. */
export function isShortYear(text: string, n: NumberMention): boolean {
  if (n.spelled || n.end - n.start !== 2 || !/(?:^|[\s(])['‘’]$/.test(text.slice(Math.max(0, n.start - 2), n.start))) return false;
  return SHORT_YEAR_BEFORE.test(wordBefore(text, n.start - 1)?.text ?? "") || !/^[ \t\u00a0]*\p{L}/u.test(text.slice(n.end, n.end + 3));
}

// Words around a pair of numbers that make it a match score or a vote's tally: "won 3-1", "a 2-0 win", "failed 49-50".
const SCORE_BEFORE = /(?:^|[^\p{L}])(?:won|win|wins|beat|beats|beaten|lost|lose|loses|drew|draw|draws|defeated|thrashed|edged|led|leads|trailed|trailing|score|scored|scoreline|failed|passed|vote|voted|approved|rejected)[ \t\u00a0]+(?:\p{L}+[ \t\u00a0]+)?$/iu;
const SCORE_AFTER = new Set(["win", "victory", "defeat", "loss", "draw", "lead", "scoreline", "thrashing", "triumph", "rout", "home", "away", "aggregate"]);

/** "3-1", "a 2-0 win", "won 4-2": a score, not two figures. */
export function isScore(text: string, low: NumberMention, high: NumberMention): boolean {
  if (!Number.isInteger(low.value) || !Number.isInteger(high.value) || low.spelled) return false;
  // Ranges climb; a pair that does not is a score or a tally ("2-1", "1-1").
  if (high.value <= low.value) return true;
  if (SCORE_BEFORE.test(text.slice(Math.max(0, low.start - LOOKBACK), low.start))) return true;
  const next = wordAfter(text, high.end);
  return !!next && SCORE_AFTER.has(next.text.toLowerCase());
}

/** "2019-2024", "2022-23", "12-03-2025", "9/11", "24/7", "10:30": dates, seasons, times, ratios. */
export const NUMERIC_CHAIN = /\d*(?:[-/.:]\d+)*/y;
