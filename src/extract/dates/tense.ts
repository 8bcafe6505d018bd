// Which way a weekday or month without a year points: the tense of the verb that governs it.
// "said on Friday" is the last Friday, "will open on Monday" the next Monday.

import { tagsOf } from "../text/index.js";
import { LINE_BREAK, SENTENCE_GAP, closesAbbreviation } from "./sentence-filter.js";

export type Direction = "past" | "future";

// Verbs in the present that announce a scheduled event; after a determiner they are nouns ("a visit
// to Scotland on Friday", "the host").
const SCHEDULED_PRESENT = new Set([
  // ("the rules take effect Jan. 1", "the ballot opens Monday")
  "take", "takes", "begins", "starts", "opens", "reopens", "closes", "ends", "expires", "resumes", "kicks",
  // a warning's or a closure's stretch ahead ("the warning covers Saturday", "the closure runs from Monday")
  "covers", "runs", "lasts", "applies",
  // fixtures and meetings in the present ("Liverpool host Brighton on Sunday", "the committee meets on Tuesday")
  "host", "hosts", "face", "faces", "plays", "meets", "visit", "visits"]);
// Modals, intentions and conditions that put an event ahead of the reference.
const FUTURE = new Set(["will", "shall", "would", "won't", "wo", "going", "likely", "unlikely", "expected", "expects", "expect", "due", "scheduled", "could", "might", "may", "should", "upcoming", "if", "unless", "until", "till", "ahead", "next",
  ...SCHEDULED_PRESENT,
  // dividends and notes fall due ("payable Dec. 1 to holders of record Nov. 10")
  "payable",
  // plans ("protesters planned a rally on Saturday")
  "planned", "plans", "planning"]);
// The same verbs in the plural present ("the talks resume on Monday"), which after "to" or "did"
// are infinitives whose tense lies further left ("failed to open on Monday"), after a determiner
// nouns ("at the close of business Thursday").
const SCHEDULED_PLURAL = new Set(["begin", "start", "open", "reopen", "close", "end", "expire", "resume", "meet",
  // fixtures at home ("City play United on Wednesday")
  "play",
  // fixtures away ("City travel to Leeds on Sunday"; a noun unless "to" follows, see cue)
  "travel"]);
const INFINITIVE_BEFORE = new Set(["to", "did", "didn't", "do", "does", "not", "never"]);
// Plan words are verbs of a plan ahead only before an object or "to" ("vacation plans for" is a noun,
// "as previously planned" a past plan).
const PLAN = new Set(["planned", "plans", "planning"]);
// Forecasts in the passive ("is forecast for Wednesday", "was predicted for Friday").
const FORECAST = new Set(["forecast", "predicted", "projected", "forecasted"]);
// Words whose "to" starts an intended action ("threatened to leave", "ready to sign").
const INTENT = new Set(["threatened", "threatens", "plan", "plans", "planned", "intend", "expected", "due", "set", "going", "likely", "ready", "able", "aims", "aimed", "intends", "intended", "hopes", "hoped", "wants", "wanted", "agreed", "promised", "pledged", "vowed", "decided", "prepared", "preparing", "seeks", "sought", "trying", "about", "scheduled", "poised", "sets", "is", "are",
  // forecasts ("the storm is forecast to make landfall on Friday")
  "forecast", "projected", "predicted", "slated",
  // nouns of a settled intent ("an agreement to acquire the bank in January", "a deal to sell the unit by May")
  "agreement", "deal", "pact", "accord", "proposal"]);
const PAST = new Set(["was", "were", "had", "did", "has", "have", "said", "told", "wasn't", "weren't", "hadn't", "didn't", "hasn't", "haven't", "since", "ago",
  // adverbs that place an event before the time of writing ("most recently in a Labor Day interview", "as previously planned")
  "recently", "previously", "began", "came", "went", "made", "took", "gave", "held", "met", "fell", "rose", "sold", "won", "lost", "broke", "struck", "saw", "became", "found", "got", "ran", "brought", "bought", "thought", "felt", "kept", "led", "paid", "spent", "sent", "stood", "wrote", "spoke", "chose", "drew", "flew", "grew", "knew", "threw", "fought", "caught", "sought", "built", "meant", "heard", "withdrew", "drove", "fled", "left", "began", "arose", "shot", "slid", "sank", "swore",
  "laid", "lay", "bore", "beat", "bent", "bit", "bled", "blew", "bred", "clung", "crept", "dealt", "dug", "dove", "drank", "ate", "fed", "flung", "forbade", "forgot", "forgave", "froze", "gave", "ground", "hung", "hid", "knelt", "leapt", "lent", "lit", "rode", "rang", "sought", "shook", "shone", "shrank", "sang", "sat", "slept", "sped", "spun", "spat", "sprang", "stole", "stuck", "stung", "strove", "swept", "swam", "swung", "taught", "tore", "understood", "woke", "wore", "wove", "wept", "wound", "overcame", "undertook", "oversaw", "foresaw", "mistook", "rebuilt", "upheld", "withheld", "overthrew", "outgrew"]);
// "-ed" words that are not past tenses.
const NOT_PAST = new Set(["set", "cut", "hit", "put", "let", "cost", "read", "need", "speed", "indeed", "embed", "proceed", "succeed", "exceed", "breed", "feed", "seed", "shed", "bed", "red", "led", "hundred", "expected", "scheduled", "planned", "intended", "aimed", "prepared"]);
// After these an "-ed" word is an adjective ("an agreed plan").
const DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "newly"]);
// Counts, after which a verb's form is a plural noun ("9.8 million visits", "three meets").
const COUNT_WORDS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "many", "more", "fewer", "several"]);
// After these even an irregular past form is a noun ("on the ground", "a bit", "to the left").
const ARTICLES = new Set(["a", "an", "the"]);
// Attempts in the past ("tried to reach him on Monday", "was trying to ask after a March 8 rally"): the act was tried then.
const ATTEMPT_PAST = new Set(["tried", "attempted"]);
const PAST_AUXILIARY = new Set(["was", "were"]);
// Subjects that negate a "could" after them as "not" does ("Nobody could be reached Tuesday"; also "no one"), and
// the words that open another clause before it, whose subject is another ("No one was hurt and crews could ...").
const NEGATING = new Set(["nobody", "none", "neither", "nor"]);
const CLAUSE_OPENING = new Set(["and", "but", "while", "although", "though", "because", "so", "if", "when"]);
// How many words back a negating subject of "could" is looked for ("No one at the company or its owners could").
const NEGATION_REACH = 8;
// Plan words whose past perfect tells of a plan overtaken ("had been due to expire Friday").
const OVERTAKEN = new Set(["due", "scheduled", "set", "expected", "planned"]);
// Modals whose perfect ("might have left") tells of the past; "will have" stays ahead.
const MODAL = new Set(["would", "could", "might", "may", "should", "must"]);
// After these a participle is a passive whose tense lies further left ("will be held").
const PASSIVE = new Set(["be", "being", "been", "is", "are", "am"]);
// A verb right after the expression makes it the subject ("Saturday was likely to be ...").
const AUXILIARY = new Set(["was", "were", "is", "are", "will", "would", "could", "might", "may", "should", "has", "had", "saw", "marks", "marked"]);
// Words before a possessive weekday that make its event awaited ("ahead of Saturday's vote").
const AWAITED = new Set(["ahead", "upcoming", "until", "till", "awaiting", "await", "awaited"]);
// Nouns of a fixture, sitting or deadline held on its day: after a future verb a possessive weekday naming one is
// the coming day ("said he would be fit for Saturday's match", "is expected to sign before Monday's deadline"); a
// result ("will appeal Tuesday's ruling") stays past.
const FIXTURE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:match|game|final|semi-final|derby|clash|fixture|tie|race|meeting|vote|election|summit|debate|hearing|deadline)\b/iu;
// Verbs whose "to" or "until" names a new date ahead ("the offer was extended to Nov. 16").
const MOVED = new Set(["extended", "postponed", "delayed", "moved", "deferred", "adjourned", "rescheduled", "back", "extend", "postpone", "delay"]);
// Verbs of calling off: what was called off "for" a day was planned for it, which news reports ahead ("cancelled the
// programme for Sunday"); they look that many words back.
const CALLED_OFF = new Set(["cancelled", "canceled", "scrapped", "axed", "postponed", "suspended"]);
const CALLED_OFF_REACH = 6;
// Past verbs that offer something whose start or end lies ahead ("offered a pay rise from April"):
// the stretch is the thing's, not the verb's.
const OFFERED = new Set(["offered", "proposed", "promised", "pledged"]);
// Past verbs that post a warning, whose stretch lies ahead too ("posted flood warnings through Monday";
// not "posted a loss from April to June", a result).
const POSTED = new Set(["posted", "issued"]);
const WARNING = new Set(["warning", "warnings", "alert", "alerts", "watch", "watches", "advisory", "advisories"]);
// Prepositions that open or close a stretch.
const STRETCH_END = new Set(["from", "through", "thru"]);
// Words before "until" that make it tell of the past ("not until Tuesday", "up until Thursday").
const UNTIL_OF_PAST = new Set(["not", "up"]);

/** Whether text[i] ends a sentence: a line end, or a stop before a blank and a capital that closes no abbreviation. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "\n" || ch === LINE_BREAK || ch === SENTENCE_GAP) return true;
  if (ch !== "." && ch !== "!" && ch !== "?") return false;
  if (!/^["'”’`]*\s+["'“‘(`]*\p{Lu}/u.test(text.slice(i + 1, i + 8))) return i + 1 >= text.length;
  return !closesAbbreviation(text, i);
}
// Cue words are plain English, so ASCII words are enough.
const WORD = /[A-Za-z][A-Za-z'’]*/g;
// How far a sentence is read each way for its verbs (the governing one is near).
const REACH = 200;
// How far the word right after an expression may start.
const NEXT_WORD_WITHIN = 12;

/** An "-ed" word that the lexicon knows as a past tense ("announced"; not "unspecified"), else any long "-ed" word. */
function isPastForm(w: string): boolean {
  if (!w.endsWith("ed")) return false;
  const tags = tagsOf(w);
  if (tags) return tags.includes("VBD") && (tags[0] === "VBD" || tags[0] === "VBN");
  return w.length > 4 && w.endsWith("ed");
}

/** Whether word j is a modal or a word of the future, which a "have" after it belongs to. */
function modalAt(words: string[], j: number): boolean {
  return j >= 0 && (MODAL.has(words[j]!) || FUTURE.has(words[j]!));
}

/** Whether the subject of the "could" at word i negates it ("Neither he nor his lawyer could be located"). */
function negatedSubject(words: string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - NEGATION_REACH); j--) {
    if (CLAUSE_OPENING.has(words[j]!) || MODAL.has(words[j]!)) return false;
    if (NEGATING.has(words[j]!) || (words[j] === "no" && words[j + 1] === "one")) return true;
  }
  return false;
}

/** Whether word j is a plan in the past perfect ("had been due to expire Friday"): overtaken, so its date has passed. */
function overtaken(words: string[], j: number): boolean {
  return OVERTAKEN.has(words[j]!) && words[j - 1] === "been" && words[j - 2] === "had";
}

/** "a record close", "the market open": after an article and a singular word, a plural verb's form is a noun ("the talks resume" stays a verb). */
function singularNounBefore(words: string[], i: number): boolean {
  return i >= 2 && ARTICLES.has(words[i - 2]!) && !words[i - 1]!.endsWith("s");
}

const POSSIBLE_COPULA = new Set(["is", "are", "'s", "remains", "remain", "seems", "looks", "be"]);
// How many words back a "with" opens the clause of a forecast's "possible" ("with 6 inches of snow possible").
const WITH_REACH = 6;

function cue(words: string[], i: number): Direction | null {
  const w = words[i]!;
  const prev = i > 0 ? words[i - 1]! : "";
  // "next to the embassy" is a place.
  if (w === "next" && words[i + 1] === "to") return null;
  if (PLAN.has(w) && !(words[i + 1] === "to" || (w !== "plans" && words[i + 1] === "for") || DETERMINERS.has(words[i + 1] ?? ""))) return null;
  // "have" after a modal belongs to it: "could have fled" looks back, "will have signed" and
  // "would have to pay" ahead; the participle after such a "have" leaves it to them.
  if (MODAL.has(w) && words[i + 1] === "have" && words[i + 2] !== "to") return "past";
  // "could not be reached on Friday" tells of a failed attempt, and so does "No one could be reached Friday".
  if (w === "couldn't" || (w === "could" && (words[i + 1] === "not" || negatedSubject(words, i)))) return "past";
  if (w === "have" && modalAt(words, i - 1)) return MODAL.has(prev) && words[i + 1] !== "to" ? "past" : "future";
  if (prev === "have" && modalAt(words, i - 2)) return null;
  if (overtaken(words, i)) return "past";
  // "a summit set for April" is scheduled; "more rain is forecast for Wednesday" is a forecast.
  if (w === "set" && words[i + 1] === "for") return "future";
  if (FORECAST.has(w) && (PASSIVE.has(prev) || prev === "was" || prev === "were")) return "future";
  // A forecast's "possible" looks ahead after a present copula or in a "with" clause ("rain is possible on
  // Monday", "with snow possible by Friday"); not "became possible", "did everything possible".
  if (w === "possible" && (POSSIBLE_COPULA.has(prev) || words.slice(Math.max(0, i - WITH_REACH), i).includes("with"))) return "future";
  // "until" opening the sentence leaves the tense to its main clause ("Until that day in April, he had never ...").
  if ((w === "until" || w === "till") && i === 0) return null;
  // A scheduled event's verb after a determiner or a count is a noun ("a visit to Scotland on Friday", "9.8 million visits in June").
  if (SCHEDULED_PRESENT.has(w) && (DETERMINERS.has(prev) || COUNT_WORDS.has(prev))) return null;
  // "travel" is a verb of a fixture only before "to": else a noun ("warned of weekend travel chaos on Sunday").
  if (w === "travel" && words[i + 1] !== "to") return null;
  // "close to" tells of nearness ("had flown close to their limits in July"), not of a closing ahead.
  if (w === "close" && words[i + 1] === "to") return null;
  // "play" after a preposition is the noun ("the ball was in play on Saturday").
  if (w === "play" && tagsOf(prev)?.[0] === "IN") return null;
  // A plural verb's form right after a past tense is its complement, not a verb ("threw open", "broke open").
  if (FUTURE.has(w) || w.endsWith("'ll") || (SCHEDULED_PLURAL.has(w) && !INFINITIVE_BEFORE.has(prev) && !DETERMINERS.has(prev) && !singularNounBefore(words, i) && !PAST.has(prev) && !isPastForm(prev))) return "future";
  if (i >= 2 && words[i - 1] === "to" && (ATTEMPT_PAST.has(words[i - 2]!) || (words[i - 2] === "trying" && PAST_AUXILIARY.has(words[i - 3] ?? "")))) return "past";
  if (i >= 2 && words[i - 1] === "to" && INTENT.has(words[i - 2]!)) return overtaken(words, i - 2) ? "past" : "future";
  const pastForm = PAST.has(w) || (!NOT_PAST.has(w) && isPastForm(w));
  if (!pastForm || PASSIVE.has(prev) || ARTICLES.has(prev)) return null;
  if (DETERMINERS.has(prev) && !PAST.has(w)) return null;
  // A past form that is a noun first, after an adjective or a determiner, is that noun ("on high ground", "a gunshot wound").
  if (tagsOf(w)?.[0] === "NN" && (DETERMINERS.has(prev) || tagsOf(prev)?.[0] === "JJ")) return null;
  return "past";
}

/** The first tense cue scanning words from `from` one step at a time; a past verb followed by a future word ("was likely to") is future. */
function scan(words: string[], from: number, step: 1 | -1): Direction | null {
  for (let i = from; i >= 0 && i < words.length; i += step) {
    const d = cue(words, i);
    if (!d) continue;
    // "was likely to", "had been expected to": a past auxiliary before a future word is future.
    if (d === "past" && step === 1 && (PASSIVE.has(words[i]!) || AUXILIARY.has(words[i]!))) {
      // "was asked if": an "if" after the verb asks a question, it sets no condition ahead.
      for (let j = i + 1; j < Math.min(words.length, i + 3); j++) if ((FUTURE.has(words[j]!) && words[j] !== "if") || (INTENT.has(words[j]!) && words[j + 1] === "to")) return "future";
    }
    return d;
  }
  return null;
}

// Lower-cased words; the month "May" becomes a blank so that it is not read as the modal, and the
// central bank "Fed" so that it is not read as a past tense.
const normalized = (w: string): string => (w === "May" || w === "Fed" ? "" : w.includes("’") ? w.toLowerCase().replace(/’/g, "'") : w.toLowerCase());

/** The words of a stretch of a sentence, lower-cased, with where each starts. */
interface SentenceWords {
  text: string;
  from: number;
  to: number;
  words: string[];
  starts: number[];
  /** Whether the whole sentence was read, not cut at REACH. */
  whole: boolean;
}
// The sentence read last: the dates of one sentence share its words.
let lastSentence: SentenceWords | null = null;

/** The words of the sentence around text[start, end), at most REACH characters each way. */
function sentenceWords(text: string, start: number, end: number): SentenceWords {
  const last = lastSentence;
  if (last && last.text === text && last.from <= start && end <= last.to) return last;
  let from = start;
  while (from > 0 && start - from < REACH && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !endsSentence(text, to)) to++;
  const words: string[] = [];
  const starts: number[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    words.push(normalized(m[0]));
    starts.push(from + m.index);
  }
  lastSentence = { text, from, to, words, starts, whole: (from === 0 || endsSentence(text, from - 1)) && (to === text.length || endsSentence(text, to)) };
  return lastSentence;
}

/** The sentence around text[start, end), at most REACH characters each way. */
export function sentenceTextAt(text: string, start: number, end: number): string {
  const { from, to } = sentenceWords(text, start, end);
  return text.slice(from, to);
}

/** Where the sentence around text[start, end) opens, or null when it opens beyond the words read. */
export function sentenceStartAt(text: string, start: number, end: number): number | null {
  const { from } = sentenceWords(text, start, end);
  return from === 0 || endsSentence(text, from - 1) ? from : null;
}

// Prepositions that make a date the end of a stretch ("loans through January", "talks due to end by May"):
// the stretch runs up to it from the time of writing, so the nearest such month is meant whatever the verb's tense.
const ENDPOINT = /(?:^|[^A-Za-z])(?:through|thru|by)\s+$/i;

// Bookings or forecasts "for" a date, also the second of two ("bookings for June and July"): they may be for a date on
// either side of the report's past verb ("said bookings for July were strong", written in March); "forecast" is also the passive verb.
const AHEAD_NOUN_FOR = /(?:^|[^A-Za-z])(?:bookings|reservations|forecasts|outlook|guidance|projections|targets)\s+for\s+(?:[A-Za-z.]+\s+(?:and|or)\s+)?$/i;
// How far back that noun is looked for.
const AHEAD_NOUN_REACH = 40;

/** Whether the date at `start` is what bookings or forecasts are for. */
export function isAheadNounAt(text: string, start: number): boolean {
  return AHEAD_NOUN_FOR.test(text.slice(Math.max(0, start - AHEAD_NOUN_REACH), start));
}

/** Whether the date at `start` ends a stretch ("through January", "by May"). */
export function isEndpointAt(text: string, start: number): boolean {
  return ENDPOINT.test(text.slice(Math.max(0, start - 9), start));
}

// A quotation's marks: an opening one after a blank or the sentence's start, before a letter or digit;
// a closing one after the speaker's own punctuation (",'", '."', "?”"), which an apostrophe never follows.
const OPENING_QUOTE = /(?:^|[\s(—–-])["“‘'](?=[\p{L}\p{N}])/gu;
const CLOSING_QUOTE = /[,.?!]["”’']/;
// Subjects of a verb in the present that speech uses for the days ahead ("we play on Wednesday").
const SPEAKER_PRONOUNS = new Set(["i", "we", "you", "they"]);

/**
 * The words of the quotation around text[start, end) in its sentence, before and after the
 * expression, or null: it opens in the sentence or before it (a quotation of several sentences)
 * and closes after the expression.
 */
function quotedWords(text: string, sentence: SentenceWords, start: number, end: number): { left: string[]; right: string[] } | null {
  const close = CLOSING_QUOTE.exec(text.slice(end, sentence.to + 1));
  if (!close) return null;
  const before = text.slice(sentence.from, start);
  let open = 0;
  for (const m of before.matchAll(OPENING_QUOTE)) open = m.index + m[0].length;
  // A closing mark between the opening one and the expression ends that quotation before it.
  if (CLOSING_QUOTE.test(before.slice(open))) return null;
  const from = sentence.from + open;
  const to = end + close.index;
  const inside = (lo: number, hi: number): string[] => sentence.words.filter((_, i) => sentence.starts[i]! >= lo && sentence.starts[i]! < hi);
  return { left: inside(from, start), right: inside(end, to) };
}

/**
 * The direction a quotation gives the expression inside it, from its own words: the reporting verb
 * outside it ("he said") is another event. A pronoun and a verb in the present with no other tense
 * speaks of the days ahead ("'We play again on Wednesday,' he said"). Null when the quotation says nothing.
 */
function quotedDirection(quote: { left: string[]; right: string[] }): Direction | null {
  // The nearest side first: the words before the expression, then those after it.
  return scan(quote.left, quote.left.length - 1, -1) ?? (speaksInPresent(quote.left) ? "future" : null) ?? scan(quote.right, 0, 1) ?? (speaksInPresent(quote.right) ? "future" : null);
}

/** Whether the words hold a pronoun and a verb in the present ("we play", "I'm back"), or open with a bidding ("Ask me on Monday"). */
function speaksInPresent(words: string[]): boolean {
  return tagsOf(words[0] ?? "")?.[0] === "VB" || words.some((w, i) => /^(?:i|we|you|they)'(?:re|m)$/.test(w) || (SPEAKER_PRONOUNS.has(w) && !!tagsOf(words[i + 1] ?? "")?.some((t) => t === "VBP" || t === "VB")));
}

// A level a change starts from was reached before the change ("pays 3.1%, down from 3.4% in October").
const CHANGE_FROM = new Set(["down", "up"]);
// How many words back that "from" is looked for ("down from a record 3.4% in October").
const FROM_REACH = 6;

/** Whether the words before an expression hold "down from" or "up from" near it. */
function startsChange(left: string[]): boolean {
  for (let j = left.length - 1; j >= Math.max(1, left.length - FROM_REACH); j--) if (left[j] === "from" && CHANGE_FROM.has(left[j - 1]!)) return true;
  return false;
}

// "-ing" words that are prepositions, which open no clause of their own (", according to officials, will").
const PREPOSITION_ING = new Set(["according", "including", "excluding", "following", "regarding", "concerning"]);

/** The index of the first word from `from` that opens a participle clause after a comma ("..., betting that"), else the sentence's length. */
function participleClauseFrom(text: string, sentence: SentenceWords, from: number): number {
  for (let k = from; k < sentence.words.length; k++) {
    const at = sentence.starts[k]!;
    if (text[at - 2] === "," && text[at - 1] === " " && tagsOf(sentence.words[k]!)?.includes("VBG") && !PREPOSITION_ING.has(sentence.words[k]!)) return k;
  }
  return sentence.words.length;
}

// A relative clause set off by commas between a subject and its verb ("Harbourline, which runs trains, cut ..."): its
// verb tells of its own time. The word after the closing comma must be a finite verb: a comma in a list ends no clause
// ("who quit as chairman, president and chief executive in March").
const ASIDE = /,\s+(?:which|who)\s[^,]*,\s+([A-Za-z]+)/g;
const FINITE = new Set(["VBD", "VBZ", "VBP", "MD"]);

/** The words of the sentence from word `from` up to word `to` (the expression's first), less those of a relative clause closed before `start`. */
function outsideAsides(text: string, sentence: SentenceWords, from: number, to: number, start: number): string[] {
  const asides = [...text.slice(sentence.from, start).matchAll(ASIDE)].filter((m) => tagsOf(m[1]!.toLowerCase())?.some((t) => FINITE.has(t)))
    .map((m) => [sentence.from + m.index, sentence.from + m.index + m[0].length - m[1]!.length] as const);
  const words = sentence.words.slice(from, to);
  return asides.length === 0 ? words : words.filter((_, k) => !asides.some(([lo, hi]) => sentence.starts[from + k]! >= lo && sentence.starts[from + k]! < hi));
}

/** The direction the sentence around text[start, end) gives a time expression, or null when it says nothing. */
export function directionAt(text: string, start: number, end: number): Direction | null {
  const sentence = sentenceWords(text, start, end);
  let firstInside = 0;
  while (firstInside < sentence.starts.length && sentence.starts[firstInside]! < start) firstInside++;
  let firstAfter = firstInside;
  while (firstAfter < sentence.starts.length && sentence.starts[firstAfter]! < end) firstAfter++;
  // ", with footfall in October down": an absolute clause after a comma has no verb of its own; the verb before the comma is another event's.
  // Searched within the sentence only: a search back through the whole text would cost each date the text's length.
  const within = text.slice(sentence.from, start).lastIndexOf(", with ");
  const clause = within < 0 ? -1 : sentence.from + within;
  let firstOfClause = 0;
  if (clause >= 0) while (firstOfClause < firstInside && sentence.starts[firstOfClause]! < clause) firstOfClause++;
  const left = sentence.words.slice(firstOfClause, firstInside);
  // The preposition right before decides first: "since" looks back, "until" ahead (unless it opens
  // the sentence or follows "not": "Until Thursday, they had not ..."), "as soon as" ahead.
  const preposition = left[left.length - 1];
  if (preposition === "since") return "past";
  // A present copula right before names the date of something ahead ("the vote is on Thursday",
  // "the deadline is March 1").
  const copula = preposition === "on" || preposition === "in" ? left[left.length - 2] : preposition;
  if (copula === "is" || copula === "are") return "future";
  const until = preposition === "until" || preposition === "till";
  if (until && left.length > 1 && !UNTIL_OF_PAST.has(left[left.length - 2]!)) return "future";
  const n = left.length;
  if ((preposition === "as" && left[n - 3] === "as" && (left[n - 2] === "soon" || left[n - 2] === "early")) || preposition === "effective") return "future";
  if ((preposition === "to" || until) && MOVED.has(left[left.length - 2] ?? "")) return "future";
  if (preposition === "for" && left.slice(-CALLED_OFF_REACH).some((w) => CALLED_OFF.has(w))) return "future";
  if (STRETCH_END.has(preposition ?? "") && offeredBefore(left)) return "future";
  // A possessive ("Tuesday's ruling") names an event the news reports, unless it is awaited.
  // "Until Monday's announcement, shares were ...": an "until" opening the sentence awaits nothing.
  const opening = left[0] === "until" || left[0] === "till" ? 1 : 0;
  if (/^['’]s\b/.test(text.slice(end, end + 3))) {
    if (left.slice(Math.max(opening, left.length - 3)).some((w) => AWAITED.has(w))) return "future";
    return FIXTURE.test(text.slice(end, end + 40)) && scan(left, left.length - 1, -1) === "future" ? "future" : "past";
  }
  if (backshifted(left)) return "future";
  if (expectedInfinitive(left)) return "future";
  // A participle right before "in" or "on" tells when its thing was done, whatever the main verb ("a comet
  // discovered in March will be visible", "a ferry built in June"); not a passive's ("will be held in June").
  const participle = left[left.length - 2];
  if ((preposition === "in" || preposition === "on") && participle !== undefined && !FORECAST.has(participle) && cue(left, left.length - 2) === "past" && !PASSIVE.has(left[left.length - 3] ?? "") && !AUXILIARY.has(left[left.length - 3] ?? "")) return "past";
  if (startsChange(left)) return "past";
  const quoted = quotedWords(text, sentence, start, end);
  const inQuote = quoted ? quotedDirection(quoted) : null;
  if (inQuote) return inQuote;
  const next = firstAfter < sentence.words.length && sentence.starts[firstAfter]! < end + NEXT_WORD_WITHIN ? sentence.words[firstAfter] : undefined;
  const told = outsideAsides(text, sentence, firstOfClause, firstInside, start);
  const fromLeft = (): Direction | null => scan(told, told.length - (until ? 2 : 1), -1);
  // A participle clause after a comma tells of another event: "cut rates on Wednesday, betting that the bank will cut again" takes nothing from its "will".
  const fromRight = (): Direction | null => scan([...told, ...sentence.words.slice(firstAfter, participleClauseFrom(text, sentence, firstAfter))], told.length, 1);
  // A verb right after the expression makes it the subject of that verb's clause, or puts it
  // between subject and verb ("the court Thursday refused"); not across a comma ("The strike,
  // which began on Monday, is set to end").
  const between = next !== undefined && /^ \p{L}/u.test(text.slice(end, end + 2)) && cue([next], 0) !== null;
  const subject = left.length === 0 || between || (AUXILIARY.has(next ?? "") && /^\s/.test(text.slice(end, end + 1)));
  // Only a sentence read whole is a headline: a longer one's verbs may lie beyond REACH.
  return (subject ? (fromRight() ?? fromLeft()) : (fromLeft() ?? fromRight())) ?? (sentence.whole ? headlineInfinitive(sentence.words) : null);
}

// Verbs of expecting, whose object's infinitive lies ahead of them ("expected the number of cases to peak in May").
const EXPECTING = new Set(["expected", "expects", "expect", "predicted", "predicts", "forecast", "forecasts", "projected", "anticipated", "anticipates"]);
// How many words before the date the infinitive's "to" may stand ("to be back in service in May").
const INFINITIVE_REACH = 5;
// How many words of object may stand between the verb of expecting and its "to".
const OBJECT_REACH = 7;

/** Whether the words end in an infinitive whose "to" follows a verb of expecting and its object ("expected sales to rise in June"). */
function expectedInfinitive(left: string[]): boolean {
  for (let k = left.length - 2; k >= Math.max(0, left.length - INFINITIVE_REACH); k--) {
    if (left[k] !== "to" || !tagsOf(left[k + 1] ?? "")?.includes("VB")) continue;
    for (let j = k - 1; j >= Math.max(0, k - OBJECT_REACH); j--) {
      if (EXPECTING.has(left[j]!)) return true;
      if (CLAUSE_OPENING.has(left[j]!)) return false;
    }
    return false;
  }
  return false;
}

// How many words a clause opened by "as soon as" runs to the date it holds ("as soon as trading on the exchange resumed on").
const CLAUSE_REACH = 8;

/**
 * Whether the words end in a clause opened by "as soon as" after a main clause that looks ahead: its past form is a
 * future in the past ("funds were likely to buy as soon as trading opened Monday"; not "funds bought as soon as ...").
 */
function backshifted(left: string[]): boolean {
  for (let k = left.length - 2; k >= Math.max(1, left.length - CLAUSE_REACH); k--) {
    if (left[k] === "soon") return left[k - 1] === "as" && left[k + 1] === "as" && scan(left, k - 2, -1) === "future";
  }
  return false;
}

/** Whether the nearest verb before the stretch's preposition (the last of `left`) offers its thing or posts a warning: the stretch lies ahead ("offered a rise from May"; not "the rise paid from May"). */
function offeredBefore(left: string[]): boolean {
  for (let i = left.length - 2; i >= 0; i--) {
    if (!cue(left, i)) continue;
    return OFFERED.has(left[i]!) || (POSTED.has(left[i]!) && left.slice(i + 1).some((w) => WARNING.has(w)));
  }
  return false;
}

/**
 * "Apple to unveil new phone on Tuesday": with no other verb, a "to" before a verb is a headline's future. A word that
 * is a noun first is that verb too after a word that is no verb first ("Rail fares to rise on Sunday"; not "Crowds
 * came to power on Sunday").
 */
function headlineInfinitive(words: string[]): Direction | null {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== "to") continue;
    const tags = tagsOf(words[i + 1]!);
    if (tags?.[0] === "VB" || (i > 0 && tags?.includes("VB") && !tagsOf(words[i - 1]!)?.[0]?.startsWith("VB"))) return "future";
  }
  return null;
}
