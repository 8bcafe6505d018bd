// Attribution cues and their speakers: the reporting verbs, participles, "according to", "as",
// "X's assertion", a colon and a crediting dash in a sentence, each with the noun phrase that
// names who is speaking, found by the local syntax around the cue.
import {
  ADJACENT_VERBS, AGE_NOUNS, DASHES, BASE_REPORTING_VERBS, CONNECTIVES, DETERMINERS, INDEFINITE, MODALS, ORGANIZATION_ROLES, PASSIVE_AUXILIARIES, PEOPLE_NOUNS,
  isReportingVerb, NAMING_VERBS, PARTY_MEMBERS, PERSON_ROLES, PHRASAL_VERBS, PRONOUNS, RELATIVE_PRONOUNS, REPORTING_NOUNS, REPORTING_PARTICIPLES, REPORTING_VERBS, VERB_FILLERS,
} from "./lexicon.js";
import { type Sentence, type Token, verbAfterPossessive } from "./tokens.js";
import type { NameBook, NameRun } from "./speakers.js";
import { gazetteer, isPartyLabel, tagsOf } from "../text/index.js";

export type CueKind = "verb" | "participle" | "according" | "noun" | "colon" | "dash";

export interface Cue {
  kind: CueKind;
  /** Token index of the cue's first word. */
  at: number;
  /** Token index one past the cue's last word. */
  to: number;
  /** The cue as written ("said", "according to", "pointed out"). */
  text: string;
}

/** Who a cue's noun phrase names, before resolution. */
export type Subject =
  | { kind: "name"; run: NameRun; start: number; end: number }
  | { kind: "pronoun"; word: string; start: number; end: number }
  /** `held`: the words of a role whose office speaks ("the prime minister's office"), resolved only to the one holding them all. */
  | { kind: "role"; noun: string; start: number; end: number; held?: string[] }
  /**
   * Someone the text does not name: "a manager", "the officials" (the span holds the words), or
   * the agent of "was told" (an empty span where the cue is).
   */
  | { kind: "unnamed"; start: number; end: number };

// How far (in tokens) a speaker's noun phrase may sit from its cue.
const NP_REACH = 30;
// Adverbs and auxiliaries skipped between a speaker and the verb.
const MAX_FILLERS = 4;
const COORDINATORS = new Set(["and", "but", "or", "then"]);
// Words before "as" that make it no cue.
const NOT_CUE_BEFORE_AS = new Set(["known", "such"]);
const SUBORDINATORS = new Set(["when", "if", "as", "after", "before", "while", "once", "unless", "until", "though", "although"]);
// "A spokesperson for X", "a source close to X": the organization speaks.
const MOUTHPIECES = new Set(["spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople", "statement"]);
// Prepositions placing an unnamed source inside a body ("a source at the agency").
const WORKS_AT = new Set(["at", "in", "inside", "within"]);
// Nouns for an unnamed insider, who speaks for no one named when placed at a body ("a source at", "an insider within").
const INSIDE_SOURCES = new Set(["source", "sources", "insider", "insiders"]);

const lower = (t: Token | undefined): string => (t && t.kind === "word" ? t.text.toLowerCase() : "");
// Words that end a noun phrase read backwards: "a spokesman for | the company".
const NP_STOPS = new Set(["for", "of", "and", "but", "to", "which", "who", "in", "on", "at", "by", "with"]);
// Words between an inverted verb and the name: "said the spokesperson for Ofgem".
const NAME_LEADS = new Set(["the", "a", "an", "for", "of"]);
// Adjectives of a title before a name: "said former Rep. George Miller".
const TITLE_ADJECTIVES = new Set(["former", "retired", "late", "then", "acting", "incoming", "outgoing", "interim", "senior", "top", "longtime", "veteran", "fellow", "freshman"]);
// Nouns for those who speak for someone named in the possessive, and for their writings: "Johnson's office", "Reyes' email", "the agency's report".
const SPEAKS_FOR = new Set(["office", "spokesman", "spokeswoman", "spokesperson", "representative", "campaign", "team", "camp", "mission", "delegation", "statement", "email", "letter", "tweet", "post", "website", "memo", "report", "review", "audit"]);
// "the 66-year-old said": a person already named.
const AGED = /^\d+-year-old$/;
// A quotation closed by a comma, a question or exclamation mark or an ellipsis inside its marks (a nested one's too) hands over to its attribution.
const CLOSES_WORDS = /[,?!…](?:\s*['"’”»])+$/u;
// A pronoun with a contracted auxiliary: "he's", "they'd", "she'll".
const CONTRACTED = /^(he|she|it|they|we|i|you)['’](?:s|d|ll|re|ve|m)$/;
// A pronoun with a contracted "be": "he's claiming", "they're saying".
const BE_CONTRACTION = /^(?:he|she|it|they|we|you)['’](?:s|re)$/;
/** The pronoun a word is or starts with before a contracted auxiliary ("he" for "he'd"), else null. */
const pronounOf = (w: string): string | null => (PRONOUNS.has(w) ? w : (CONTRACTED.exec(w)?.[1] ?? null));
/** An adverb as written: lower case and ending in -ly ("reportedly"); "Kelly" and "Bradley" are names. */
const isAdverb = (t: Token | undefined): boolean => t?.kind === "word" && /^\p{Ll}+ly$/u.test(t.text);
const stripPossessive = (w: string): string => w.replace(/['’]s?$/u, "");
/** An auxiliary or adverb between a subject and its verb, lower case past the sentence's first word ("May said" names Theresa May). */
const isFiller = (tokens: Token[], k: number, s: Sentence): boolean => VERB_FILLERS.has(lower(tokens[k])) && (k === s.from || !/^\p{Lu}/u.test(tokens[k]!.text));

// "posted a photo with the caption '...'", "a clip captioned '...'": words given as a caption.
const CAPTIONS = ["caption", "captioned"];

// Every word that can start a cue, so that most words are passed over with one look-up.
const CUE_WORDS = new Set([
  ...REPORTING_VERBS, ...ADJACENT_VERBS, ...REPORTING_PARTICIPLES, ...BASE_REPORTING_VERBS, ...REPORTING_NOUNS, ...PHRASAL_VERBS.keys(), "according", "as", ...CAPTIONS,
]);

/** The cues of one sentence, in order. */
export function cuesIn(tokens: Token[], s: Sentence, names: NameBook): Cue[] {
  const cues: Cue[] = [];
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct") {
      // A colon before a quotation or closing the paragraph introduces words ("Lecornu: 'We ...'", "He added: ¶ '...'").
      // So does one after a name opening the sentence, headline style ("Lenz: reform is 'overdue'").
      if (t.text === ":" && (tokens[k + 1]?.kind === "quote" || k + 1 === s.to || opensWithName(names, k, s))) cues.push({ kind: "colon", at: k, to: k + 1, text: ":" });
      // "'...' ― Ana Ruiz": a dash after a quotation and a name closing the sentence credits the words,
      // also on a line of its own after a quotation's paragraph ("'...' ¶ - Ana Ruiz.").
      else if (DASHES.has(t.text) && quotationBefore(tokens, k, s) && creditedName(tokens, k + 1, s, names, k === s.from)) cues.push({ kind: "dash", at: k, to: k + 1, text: t.text });
      continue;
    }
    if (t.kind !== "word") continue;
    // Most words are lower case already; only a capitalized one is lowered for the look-up.
    const c = t.text.charCodeAt(0);
    const w = c >= 97 && c <= 122 ? t.text : t.text.toLowerCase();
    // A capitalized verb form inside a name is part of it ("the United States"); mid-sentence, one
    // that is a person's surname the article gives is the name ("'...,' Read said" after "Ian Read").
    if (!CUE_WORDS.has(w) || insideName(tokens, k, names) || (w !== t.text && k > s.from && isSurname(k, names))) continue;
    const cue = cueAt(tokens, k, w, s, names);
    if (cue) {
      cues.push(cue);
      k = cue.to - 1;
    }
  }
  return cues;
}

/** The cue that the word `w` at token `k` opens, if it is one here. */
function cueAt(tokens: Token[], k: number, w: string, s: Sentence, names: NameBook): Cue | null {
  const text = tokens[k]!.text;
  const phrasal = PHRASAL_VERBS.get(w);
  if (phrasal && lower(tokens[k + 1]) === phrasal) {
    // "went on about '...'", "fired back forcefully: '...'": verbs that report words only next to them.
    const after = lower(tokens[k + 2]) === "about" || isAdverb(tokens[k + 2]) ? k + 3 : k + 2;
    if (ADJACENT_PHRASAL.has(w) && !nextToQuotation(tokens, k, after, s)) return null;
    return { kind: w.endsWith("ing") ? "participle" : "verb", at: k, to: k + 2, text: `${text} ${tokens[k + 1]!.text}` };
  }
  // "admires the mayor as 'a safe pair of hands'": words quoted as what someone calls a thing are the clause subject's.
  // "known as 'the Poorhouse'", "such as 'fake news'": a name or an example, nobody's words.
  if (w === "as") return !NOT_CUE_BEFORE_AS.has(lower(tokens[k - 1])) && (tokens[k + 1]?.kind === "quote" || (ARTICLES.has(lower(tokens[k + 1])) && tokens[k + 2]?.kind === "quote")) ? { kind: "participle", at: k, to: k + 1, text } : null;
  // A caption's words are the poster's, the subject of its clause, as a participle's are.
  if (CAPTIONS.includes(w)) return tokens[k + 1]?.kind === "quote" || (tokens[k + 1]?.text === ":" && tokens[k + 2]?.kind === "quote") ? { kind: "participle", at: k, to: k + 1, text } : null;
  if (w === "according") return lower(tokens[k + 1]) === "to" ? { kind: "according", at: k, to: k + 2, text: `${text} ${tokens[k + 1]!.text}` } : null;
  // "'playbooks' that advised staff": a relative clause after the quoted word has it for its subject, not its speaker.
  const relativeAfterQuotation = RELATIVE_PRONOUNS.has(lower(tokens[k - 1])) && tokens[k - 2]?.kind === "quote";
  if (ADJACENT_VERBS.has(w)) return nextToQuotation(tokens, k, k + 1, s) && !isNounUse(tokens, k) && !relativeAfterQuotation ? { kind: "verb", at: k, to: k + 1, text } : null;
  if (REPORTING_VERBS.has(w) && !isNounUse(tokens, k)) return { kind: "verb", at: k, to: k + 1, text };
  if (REPORTING_PARTICIPLES.has(w)) {
    // "Whitfield is telling investors", "He's claiming": a participle after "be" is the finite verb of its clause.
    const prev = lower(tokens[k - 1]);
    return { kind: PASSIVE_AUXILIARIES.has(prev) || BE_CONTRACTION.test(prev) ? "verb" : "participle", at: k, to: k + 1, text };
  }
  // "went on to say": an infinitive speaks for the subject of its clause, as a participle does.
  if (BASE_REPORTING_VERBS.has(w) && baseVerbUse(tokens, k, names)) return { kind: lower(tokens[k - 1]) === "to" ? "participle" : "verb", at: k, to: k + 1, text };
  if (REPORTING_NOUNS.has(w) && /['’]s?$/u.test(lower(tokens[k - 1])) && introducesWords(tokens[k + 1]) && !objectOfVerb(tokens, k - 1, names)) return { kind: "noun", at: k, to: k + 1, text };
  return null;
}

const ARTICLES = new Set(["a", "an", "the"]);

// Phrasal verbs that report words only next to a quotation ("he went on, '...'", not "talks went on").
const ADJACENT_PHRASAL = new Set(["went", "goes", "shot", "fired", "hit"]);

// How many tokens back a quotation may stand from a verb that reports it ("'...,' the former governor continued").
const QUOTE_REACH = 7;

/** Whether a verb from `k` to `to` stands next to a quotation: after it, or before it with a comma or colon. */
function nextToQuotation(tokens: Token[], k: number, to: number, s: Sentence): boolean {
  const after = tokens[to];
  if (after?.kind === "quote") return true;
  if ((after?.text === "," || after?.text === ":") && (tokens[to + 1]?.kind === "quote" || to + 1 === s.to)) return true;
  for (let j = k - 1; j >= Math.max(s.from, k - QUOTE_REACH); j--) if (tokens[j]!.kind === "quote") return true;
  return false;
}

/** Whether a name opens the sentence and ends at token `k`. */
const opensWithName = (names: NameBook, k: number, s: Sentence): boolean => {
  const run = names.runAt(k - 1);
  return run !== undefined && run.from === s.from && run.to === k;
};


/** Whether a quotation stands right before token `k`, or ends the paragraph before the line `k` opens. */
function quotationBefore(tokens: Token[], k: number, s: Sentence): boolean {
  if (tokens[k - 1]?.kind === "quote") return true;
  if (k !== s.from) return false;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.kind === "break") j--;
  return j < k - 1 && tokens[j]?.kind === "quote";
}

/**
 * Whether a name starts at token `k` and ends the sentence, give or take a period; on a credit line of its own (`alone`), also
 * before a comma and an aside with no quotation ("- Ana Ruiz, Eastport.", "- Ana Ruiz, writing after the vote.").
 */
function creditedName(tokens: Token[], k: number, s: Sentence, names: NameBook, alone: boolean): boolean {
  // A credited title keeps its article ("- The Daily Telegraph").
  const from = tokens[k]?.text === "The" ? k + 1 : k;
  const run = names.runAt(from);
  if (!run || run.from !== from) return false;
  if (run.to === s.to || (run.to === s.to - 1 && tokens[run.to]!.text === ".")) return true;
  if (!alone || tokens[run.to]?.text !== ",") return false;
  for (let j = run.to; j < s.to; j++) if (tokens[j]!.kind === "quote") return false;
  return true;
}

/** "Putin's assertion that ...", "her words: '...'": a reporting noun whose words follow it, not one that is an object ("called Reyes's remarks 'a wake-up call'"). */
function introducesWords(next: Token | undefined): boolean {
  return next !== undefined && (next.kind === "quote" || next.text === ":" || next.text === "," || lower(next) === "that");
}

/** "called Tom Reyes's remarks '...'": a possessive ending at `j` that is the object of a reporting or naming verb. */
function objectOfVerb(tokens: Token[], j: number, names: NameBook): boolean {
  const from = names.runAt(j)?.from ?? j;
  const verb = lower(tokens[from - 1]);
  return REPORTING_VERBS.has(verb) || NAMING_VERBS.has(verb);
}

/** Whether the name run opening at token `k` resolves to a person named more fully before ("Read" after "Ian Read"). */
function isSurname(k: number, names: NameBook): boolean {
  const run = names.runAt(k);
  if (!run || run.from !== k || run.to !== k + 1) return false;
  const r = names.resolveRun(run);
  return r.type === "person" && r.name !== run.name;
}

/** A capitalized word inside a name run, past its first word. */
function insideName(tokens: Token[], k: number, names: NameBook): boolean {
  const run = names.runAt(k);
  return run !== undefined && run.from < k && /^\p{Lu}/u.test(tokens[k]!.text);
}

// Determiners before which a reporting verb's form is a noun.
const NOUN_DETERMINERS = new Set(["the", "a", "an", "these", "those", "its", "their", "his", "her", "our"]);
// Adjective tags: "late-night tweets", "recent remarks" are nouns.
const ADJECTIVE_TAGS = new Set(["JJ", "JJR", "JJS", "CD"]);
// Words after which a verb form is a plural noun: "states can pass", "claims were".
const AFTER_PLURAL = new Set([...MODALS, "are", "were", "have"]);

/** "the claims", "its comments", "her opening remarks", "a series of tweets": a reporting verb's form used as a noun. */
function isNounUse(tokens: Token[], k: number): boolean {
  const prev = lower(tokens[k - 1]);
  const own = tagsOf(lower(tokens[k]));
  if (NOUN_DETERMINERS.has(prev)) return true;
  // "Moody's said in a note": a past form after a possessive is a verb where no noun follows for it to qualify.
  if (/['’]s?$/u.test(prev)) return !verbAfterPossessive(tokens, k);
  // Only a form that can be a plural noun ("claims", "tweets"; not "said").
  if (own ? !own.includes("NNS") : !lower(tokens[k]).endsWith("s")) return false;
  if (AFTER_PLURAL.has(lower(tokens[k + 1]))) return true;
  const before = prev && prev !== "that" ? tagsOf(prev) : null;
  if (!before) return false;
  if (ADJECTIVE_TAGS.has(before[0]!) || before[0] === "IN") return true;
  // "her opening remarks", "his repeated claims": a participle used as an adjective after a determiner.
  const det = lower(tokens[k - 2]);
  return (NOUN_DETERMINERS.has(det) || /['’]s?$/u.test(det)) && (before.includes("VBG") || before.includes("VBN"));
}

// Words before a bare verb form that make it a finite verb or an infinitive: "they say", "will say", "to say".
const BASE_SUBJECTS = new Set(["i", "we", "you", "they", "to", "who"]);

/** Whether a bare reporting verb form at `k` is a verb: after a pronoun, an auxiliary, "to", a name or a plural noun. */
function baseVerbUse(tokens: Token[], k: number, names: NameBook): boolean {
  const prev = lower(tokens[k - 1]);
  if (!prev) return false;
  if (BASE_SUBJECTS.has(prev) || MODALS.has(prev) || isAdverb(tokens[k - 1])) return true;
  if (names.runAt(k - 1)) return true;
  // "Officials say", "Police say": a plural noun as the subject.
  const tags = tagsOf(tokens[k - 1]!.text);
  return tags ? tags.includes("NNS") || tags.includes("NNPS") : prev.endsWith("s");
}

/**
 * The noun phrase a cue names as its speaker, or null when the cue has none of its own (a
 * participle or a coordinated verb, whose speaker is the clause's subject).
 */
export function cueSubject(tokens: Token[], s: Sentence, cue: Cue, names: NameBook): Subject | null {
  if (cue.kind === "according") return npAfter(tokens, cue.to, s, names, true);
  if (cue.kind === "noun") return npBefore(tokens, cue.at - 1, s, names, false);
  // Only a name that opens the sentence speaks through its own colon ("... told the BBC:" speaks through "told").
  if (cue.kind === "colon") return names.runAt(cue.at - 1)?.from === s.from ? npBefore(tokens, cue.at - 1, s, names, false) : labelName(tokens, cue.at, s, names);
  // "as" has the clause's subject, never the name just before it ("pounding Hahn as a 'con artist'").
  if (cue.kind === "participle") return lower(tokens[cue.at]) === "as" ? null : personBefore(tokens, cue.at, names);
  if (cue.kind === "dash") return npAfter(tokens, cue.to, s, names, false);
  let j = cue.at - 1;
  for (let n = 0; j >= s.from && n < MAX_FILLERS && (isFiller(tokens, j, s) || isAdverb(tokens[j])); n++) j--;
  // "is telling": the auxiliary of a progressive, not a passive ("He's telling" keeps its pronoun).
  if (cue.text.endsWith("ing") && BE_CONTRACTION.test(lower(tokens[j]))) return npBefore(tokens, j, s, names, true);
  if (cue.text.endsWith("ing") && PASSIVE_AUXILIARIES.has(lower(tokens[j]))) {
    j--;
    for (let n = 0; j >= s.from && n < MAX_FILLERS && (isFiller(tokens, j, s) || isAdverb(tokens[j])); n++) j--;
  }
  // Passive ("had been told to ..."): the words are someone else's, named only by "by X".
  else if (PASSIVE_AUXILIARIES.has(lower(tokens[j]))) {
    const by = agentBy(tokens, cue.to);
    return by >= 0 ? npAfter(tokens, by + 1, s, names, true) : { kind: "unnamed", start: tokens[cue.at]!.start, end: tokens[cue.at]!.start };
  }
  const prev = tokens[j];
  // Inverted after a quotation: "'...,' said Owen Pryce".
  // A quotation that runs straight into the verb ("the ad 'wrongly' suggests") is no inverted attribution.
  const afterQuote = (prev?.kind === "quote" && CLOSES_WORDS.test(prev.text)) || (prev?.text === "," && tokens[j - 1]?.kind === "quote");
  const quoted = prev?.kind === "quote" ? j : j - 1;
  // "Hemsley, the co-author of 'Going Viral,' said": a quoted title closing an aside is no quotation the verb is inverted after.
  const titled = afterQuote ? titleAsideName(tokens, quoted, s, names) : null;
  if (titled) return titled;
  // "'...,' said one official": no name after the inverted verb means an unnamed speaker, unless the
  // quotation closed a relative clause after the subject ("Reyes, who called it '...,' described").
  if (afterQuote || j < s.from) {
    const after = npAfter(tokens, cue.to, s, names, false);
    if (after || !afterQuote) return after;
    return relativeAntecedent(tokens, quoted, s, names) ?? descriptionAfter(tokens, cue.to, s) ?? { kind: "unnamed", start: tokens[cue.at]!.start, end: tokens[cue.at]!.start };
  }
  // "and urged", "When asked": no subject of its own.
  if (COORDINATORS.has(lower(prev)) || SUBORDINATORS.has(lower(prev))) return null;
  const np = npBefore(tokens, j, s, names, true);
  if (np?.kind === "name" || np?.kind === "pronoun") {
    const head = receivedBy(tokens, np, s, names) ?? np;
    return headBeforePhrases(tokens, head, s, names) ?? placeInAdjunct(tokens, head, s, names) ?? head;
  }
  const unclosed = nameBeforeRelativeAside(tokens, j, s, names);
  if (unclosed) return unclosed;
  // "'...' for the plan, said Peter Hahn": after a comma with no subject before it, the verb is inverted.
  const inverted = prev?.text === "," && (!np || np.kind === "unnamed") ? npAfter(tokens, cue.to, s, names, false) : null;
  if (inverted?.kind === "name") return inverted;
  // "Costa, who has in the past described", "Reyes at the time said", "officials from three ministries
  // have called": the subject before a short prepositional phrase.
  const p = adjunctStart(tokens, j, s);
  const adjoined = p > s.from ? npBefore(tokens, p - 1, s, names, true) : null;
  const before = adjoined ? (headBeforePhrases(tokens, adjoined, s, names) ?? adjoined) : null;
  if (!before) return np;
  return before.kind !== "unnamed" || (np && !isSpeakerNoun(headOf(tokens, np))) ? before : np;
}

/**
 * "Nate Silver, the pollster who founded the site tweeted": an aside that ends in a relative clause, its second comma left out,
 * before the verb at `j + 1`; the person named before the aside, opening the clause, is the subject. Else null.
 */
function nameBeforeRelativeAside(tokens: Token[], j: number, s: Sentence, names: NameBook): Subject | null {
  let relative = false;
  for (let k = j; k > s.from && k > j - NP_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === "quote") return null;
    // "who" or "which" after a noun, not one opening a clause set off by a comma ("Reyes, who ...").
    if ((lower(t) === "who" || lower(t) === "which") && tokens[k - 1]?.text !== ",") relative = true;
    if (t.text !== ",") continue;
    if (!relative) return null;
    const np = npBefore(tokens, k - 1, s, names, false);
    return np?.kind === "name" && names.resolveRun(np.run).type === "person" && opensClause(tokens, np.run.from, s) ? np : null;
  }
  return null;
}

// Words before a quoted title inside a noun phrase ("the author of 'Going Under'", "the 'Morning Roads' host").
const TITLE_LEADS = new Set(["of", "on", "in", "from", "by", "for", "with", "about", "the"]);

/**
 * "Hemsley, the co-author of 'Going Viral,' said", "..., the co-author of 'Going Viral,' about the spread of rumours, said": a
 * title quoted after a preposition or an article belongs to an aside set off after a name, and a comma inside its marks (or
 * right after them) closes that aside; the name before the aside is the subject. Null when the quotation at token `q` is no such title.
 */
function titleAsideName(tokens: Token[], q: number, s: Sentence, names: NameBook): Subject | null {
  const closes = /,\W*$/u.test(tokens[q]!.text) || tokens[q + 1]?.text === ",";
  return closes && TITLE_LEADS.has(lower(tokens[q - 1])) ? nameBeforeAside(tokens, q, s, names) : null;
}

/**
 * The name before the comma that opens the aside holding the quotation at token `q` ("Hemsley, the co-author of '...'", "Reyes,
 * who called it the '...'"), else null; a verb outside a relative clause makes the words a clause of their own ("In a letter to
 * Ana Lee, Reyes called it the '...,' said Costa").
 */
function nameBeforeAside(tokens: Token[], q: number, s: Sentence, names: NameBook): Subject | null {
  let verb = false;
  for (let k = q - 1; k > s.from && k >= q - NP_REACH; k--) {
    if (tokens[k]!.kind === "quote") return null;
    // A finite verb, or a past form read first as a participle ("called").
    const tags = tagsOf(lower(tokens[k]));
    verb ||= tags !== null && (FINITE_TAGS.has(tags[0]!) || (tags[0] === "VBN" && tags.includes("VBD")));
    if (tokens[k]!.text !== ",") continue;
    if (verb && !RELATIVE_PRONOUNS.has(lower(tokens[k + 1]))) return null;
    const np = npBefore(tokens, k - 1, s, names, false);
    return np?.kind === "name" ? np : null;
  }
  return null;
}

/** "said one driver", "said a resident of the street": a description after an inverted cue, up to a comma or a preposition. */
function descriptionAfter(tokens: Token[], j: number, s: Sentence): Subject | null {
  if (!DETERMINERS.has(lower(tokens[j]))) return null;
  let h = j + 1;
  while (h < Math.min(s.to, j + NP_REACH) && tokens[h]!.kind === "word" && /^\p{Ll}/u.test(tokens[h]!.text) && !NP_STOPS.has(lower(tokens[h]))) h++;
  return h > j + 1 ? { kind: "unnamed", start: tokens[j]!.start, end: tokens[h - 1]!.end } : null;
}

/**
 * The "by" naming the agent of a passive cue ending at `to`: next to it, past one word, or past
 * what the cue calls it ("was described as 'reckless' by the agency"); -1 when there is none.
 */
function agentBy(tokens: Token[], to: number): number {
  let k = to;
  if (lower(tokens[k]) === "as") {
    k++;
    if (ARTICLES.has(lower(tokens[k]))) k++;
    if (tokens[k]?.kind !== "quote") return -1;
    return lower(tokens[k + 1]) === "by" ? k + 1 : -1;
  }
  return lower(tokens[k]) === "by" ? k : lower(tokens[k + 1]) === "by" ? k + 1 : -1;
}

/** The antecedent of a relative clause that runs up to the quotation at token `q` ("Reyes, who said ..."), if there is one. */
function relativeAntecedent(tokens: Token[], q: number, s: Sentence, names: NameBook): Subject | null {
  for (let k = q - 1; k > s.from && k >= q - NP_REACH; k--) {
    if (tokens[k]!.kind === "quote") return null;
    if (tokens[k]!.text === "," && RELATIVE_PRONOUNS.has(lower(tokens[k + 1])) && lower(tokens[k + 1]) !== "that") return npBefore(tokens, k - 1, s, names, false);
  }
  return null;
}

// How many words of a title may open a speaker's label before the name ("Former deputy minister").
const LABEL_TITLE_WORDS = 5;

/**
 * "Former minister Ana Costa: '...'", "Rep. Tom Reyes (D-Ohio): '...'": a sentence that is only
 * a titled name (and a bracketed label) before its colon labels who speaks, as in a transcript.
 */
function labelName(tokens: Token[], colon: number, s: Sentence, names: NameBook): Subject | null {
  let j = colon - 1;
  if (tokens[j]?.text === ")") {
    while (j > s.from && tokens[j]!.text !== "(") j--;
    j--;
  }
  const run = names.runAt(j);
  if (!run || run.to !== j + 1 || run.from - s.from > LABEL_TITLE_WORDS || !isTitle(tokens, s.from, run.from)) return null;
  return { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run.to - 1) };
}

/** Whether the words from `from` up to `to` are a title before a name ("Former deputy minister", "Labour MP"). */
function isTitle(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = lower(tokens[k]);
    // Lower case past the first word: a capitalized one there is a headline's ("Reyes Visits Flood Zone:").
    if (!w || (k > from && !/^\p{Ll}/u.test(tokens[k]!.text))) return false;
    // "Continued Venn:": a reporting verb opening the words is the label's inverted cue.
    if (k === from && isReportingVerb(w)) continue;
    if (!(w === "of" || TITLE_ADJECTIVES.has(w) || isRoleNoun(w) || ROLE_WORD_TAGS.has(tagsOf(w)?.[0] ?? ""))) return false;
  }
  return true;
}

/** A person's name after a title that opens a clause at token `k` ("Labour MP Dawn Butler blamed ..."), if any. */
function titledPerson(tokens: Token[], k: number, at: number, names: NameBook): Subject | null {
  for (let j = k + 1; j < Math.min(at, k + LABEL_TITLE_WORDS + 1); j++) {
    const run = names.runAt(j);
    if (!run) continue;
    if (run.from !== j || names.resolveRun(run).type !== "person" || !isTitle(tokens, k, j)) return null;
    // The name ends the subject: its verb follows ("former Carter adviser Kahn": Carter qualifies a noun).
    const next = tokens[run.to];
    if (next?.text !== "," && !isAdverb(next) && !FINITE_TAGS.has(tagsOf(lower(next))?.[0] ?? "")) return null;
    return { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run.to - 1) };
  }
  return null;
}

/** A person named after the lower-case role words from token `k` ("striker Paul Grant"), whose verb or a comma follows, before `at`. */
function personAfterQualifiedRole(tokens: Token[], k: number, at: number, names: NameBook): Subject | null {
  let h = k;
  while (h < Math.min(at, k + ROLE_WORDS) && tokens[h]?.kind === "word" && /^\p{Ll}/u.test(tokens[h]!.text)) h++;
  const run = names.runAt(h);
  if (h === k || !run || run.from !== h || !describesPerson(tokens, k, h) || names.resolveRun(run).type !== "person") return null;
  const next = tokens[run.to];
  if (next?.text !== "," && !isAdverb(next) && !FINITE_TAGS.has(tagsOf(lower(next))?.[0] ?? "")) return null;
  return { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run.to - 1) };
}

/** The last word of a subject's words, lower-cased ("officials" in "Senior officials"). */
function headOf(tokens: Token[], np: Subject): string {
  const k = tokenAt(tokens, np.end - 1, tokens.length - 1);
  return lower(tokens[k]);
}

/** Whether a common noun names someone who can speak: a person's role, people, or an organization's role. */
export function isSpeakerNoun(head: string): boolean {
  return PERSON_ROLES.has(head) || PEOPLE_NOUNS.has(head) || ORGANIZATION_ROLES.has(head) || (head.endsWith("s") && PERSON_ROLES.has(head.slice(0, -1)));
}

// Words that open a short adjunct between a speaker and the verb ("Reyes on Saturday said", "Lenz last week said").
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "at", "during", "over", "after", "before", "since", "from", "outside", "last", "this", "earlier"]);
// How many words an adjunct between a speaker and the verb may hold.
const ADJUNCT_WORDS = 5;

/** The token opening a short prepositional adjunct that ends at token `j`, else `j + 1`. */
function adjunctStart(tokens: Token[], j: number, s: Sentence): number {
  for (let k = j; k >= Math.max(s.from, j - ADJUNCT_WORDS); k--) {
    if (tokens[k]!.kind !== "word") break;
    if (ADJUNCT_PREPOSITIONS.has(lower(tokens[k]))) return k;
  }
  return j + 1;
}

/**
 * "The head of the agency in Vienna said": a place that ends a prepositional phrase is not the
 * speaker; the noun phrase before the phrase is. Null when the subject is not such a place.
 */
function placeInAdjunct(tokens: Token[], np: Subject, s: Sentence, names: NameBook): Subject | null {
  if (np.kind !== "name") return null;
  const type = names.resolveRun(np.run).type;
  const p = tokens[np.run.from - 1];
  if (!p || type === "organization") return null;
  // "one trader in Minas Gerais said": a name after "in" or "from" a described speaker is where they are, whatever its reading.
  if (type === "person" && !((lower(p) === "in" || lower(p) === "from") && describedBefore(tokens, np.run.from - 2, s))) return null;
  // A known place after "of" too ("the mayor of Paris said"); a name of no known kind only after "in", "at", "from".
  if (!(ADJUNCT_PREPOSITIONS.has(lower(p)) || (type === "location" && lower(p) === "of"))) return null;
  return np.run.from - 2 >= s.from ? npBefore(tokens, np.run.from - 2, s, names, true) ?? { kind: "unnamed", start: p.start, end: p.start } : null;
}

// Participles of getting or seeing words, whose agent holds someone else's ("a letter obtained by the Courier", "a source quoted by Reuters").
const RECEIVED = new Set(["obtained", "seen", "reviewed", "viewed", "received", "quoted", "cited"]);

/**
 * "A letter from X obtained by the Courier warns", "a source quoted by Reuters said": the agent of a participle of getting or
 * seeing words is not who speaks; the noun phrase before the participle is (or no one named). Null when the subject is no such agent.
 */
function receivedBy(tokens: Token[], np: Subject, s: Sentence, names: NameBook): Subject | null {
  if (np.kind !== "name") return null;
  const by = lower(tokens[np.run.from - 1]) === "the" ? np.run.from - 2 : np.run.from - 1;
  // Right after the noun phrase it qualifies, not coordinated with another participle ("drafted for X, and obtained by AP").
  const last = tokens[by - 2];
  if (lower(tokens[by]) !== "by" || !RECEIVED.has(lower(tokens[by - 1])) || by - 2 < s.from || last?.kind !== "word" || COORDINATORS.has(lower(last))) return null;
  return npBefore(tokens, by - 2, s, names, true) ?? { kind: "unnamed", start: tokens[by - 1]!.start, end: tokens[by - 1]!.start };
}

// Prepositions of the phrases a subject's head may carry a place or a side in ("aboard a flight to Leeds", "near Hull", "against Burnley"),
// not "for", after which a spokesperson's body speaks.
const PHRASE_PREPOSITIONS = new Set(["of", "in", "at", "from", "to", "near", "aboard", "outside", "inside", "around", "across", "along", "against", "on", "within", "before", "after", "behind", "beyond", "toward", "towards", "off"]);
// How many tokens the chain of phrases between a subject's head and its verb may run.
const PHRASE_CHAIN = 14;

/**
 * "Passengers aboard a flight to Leeds said", "Residents of two villages near Hull said": a name
 * ending a chain of prepositional phrases that opens the sentence (or follows its dateline) is not
 * the speaker; the common noun heading the chain is, or the role it gives ("The mayor of Leeds"). Only a
 * place: "Officials at the agency" speak for it. Null when the chain is not such a subject.
 */
function headBeforePhrases(tokens: Token[], np: Subject, s: Sentence, names: NameBook): Subject | null {
  if (np.kind !== "name" || names.resolveRun(np.run).type !== "location") return null;
  let first = -1;
  let k = np.run.from - 1;
  for (; k >= Math.max(s.from, np.run.from - PHRASE_CHAIN); k--) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) break;
    // A place or a body named inside the chain is a phrase's too ("aboard a Halvorsen Air flight from Denver to Leeds").
    const inner = t.kind === "word" && k > s.from ? names.runAt(k) : undefined;
    if (inner && inner.from > s.from && names.resolveRun(inner).type !== "person") {
      k = inner.from;
      continue;
    }
    // Inside the chain only lower-case words and figures ("two villages", "12 churches"); the head may open the sentence.
    if (t.kind !== "word" || (!/^[\p{Ll}\p{N}]/u.test(t.text) && !(k === s.from || DASHES.has(tokens[k - 1]?.text ?? "")))) return null;
    if (FINITE_TAGS.has(tagsOf(lower(t))?.[0] ?? "") && !PHRASE_PREPOSITIONS.has(lower(t))) return null;
    if (PHRASE_PREPOSITIONS.has(lower(t))) first = k;
  }
  const opens = k < s.from || DASHES.has(tokens[k]?.text ?? "");
  if (first <= k + 1 || !opens) return null;
  const head = npBefore(tokens, first - 1, s, names, false);
  // The head opens the chain, or a name qualifying it does ("Union leaders"), not a pronoun ("I hope in 2027 Spain says").
  const opener = head && (head.start === tokens[k + 1]!.start || (head.start > tokens[k + 1]!.start && names.runAt(k + 1) !== undefined));
  // "A statement from the agency read:", "The office of the mayor said": a noun that speaks for the one named is no head of its own.
  return head && opener && head.kind !== "name" && !SPEAKS_FOR.has(lower(tokens[first - 1])) ? head : null;
}

/** Whether token `j` ends a description opened by a determiner a few words before ("one trader", "a retired farmer"). */
function describedBefore(tokens: Token[], j: number, s: Sentence): boolean {
  for (let k = j; k >= Math.max(s.from, j - 3); k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) return false;
    if (k < j && DETERMINERS.has(t.text)) return true;
  }
  return false;
}

/** "footage of Maria Lenz asking": a person named right before a participle is who speaks. */
function personBefore(tokens: Token[], at: number, names: NameBook): Subject | null {
  // "with Reyes reportedly shouting": an adverb may stand between.
  const end = isAdverb(tokens[at - 1]) ? at - 1 : at;
  const run = names.runAt(end - 1);
  if (!run || run.to !== end || names.resolveRun(run).type !== "person") return null;
  return { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run.to - 1) };
}

/** The noun phrase ending at token `j`, not reaching back past `floor` (which bounds the recursion). */
function npBefore(tokens: Token[], j: number, s: Sentence, names: NameBook, appositive: boolean, floor = Math.max(s.from, j - NP_REACH)): Subject | null {
  if (j < floor) return null;
  const t = tokens[j]!;
  if (t.kind === "quote" || t.kind === "break") return null;
  if (t.text === ")") {
    // "The UK Health Security Agency (UKHSA)": the name before the parentheses.
    let k = j - 1;
    while (k > floor && tokens[k]!.text !== "(") k--;
    return tokens[k]!.text === "(" ? npBefore(tokens, k - 1, s, names, appositive, floor) : null;
  }
  if (t.text === ",") return appositive ? npAroundAppositive(tokens, j, s, names) : null;
  if (DASHES.has(t.text)) return appositive ? nameBeforeDashes(tokens, j, s, names) : null;
  if (t.kind !== "word") return null;
  const w = t.text.toLowerCase();
  const pronoun = pronounOf(w);
  if (pronoun) return { kind: "pronoun", word: pronoun, start: t.start, end: t.start + pronoun.length };
  if (RELATIVE_PRONOUNS.has(w)) {
    // "Callum Reid, who said": the antecedent before the comma; "Labour leader Callum Reid - who said": a person's before a dash.
    const setOff = tokens[j - 1]?.text === "," || (w === "who" && DASHES.has(tokens[j - 1]?.text ?? ""));
    return npBefore(tokens, setOff ? j - 2 : j - 1, s, names, false, floor);
  }
  let run = names.runAt(j);
  // "the Ohio Republican said": a party member named by party is a role for someone named before.
  if (run && run.to === j + 1 && PARTY_MEMBERS.has(stripPossessive(t.text)) && DETERMINERS.has(lower(tokens[run.from - 1]))) {
    return { kind: "role", noun: "person", start: tokens[run.from - 1]!.start, end: t.end };
  }
  const national = run ? byNationality(tokens, run, true) : null;
  if (national) return national;
  // "Inspector Mark Holden of West Yorkshire Police said": the person of the organization speaks,
  // also before an article ("Professor Arjun Mehta of the California Institute of Technology").
  const of = run && lower(tokens[run.from - 1]) === "the" ? run.from - 2 : (run?.from ?? 0) - 1;
  const employee = run && lower(tokens[of]) === "of" ? names.runAt(of - 1) : undefined;
  if (employee && employee.from >= floor && names.resolveRun(employee).type === "person") run = employee;
  const np: Subject | null = run ? { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run === employee ? run.to - 1 : j) } : commonNp(tokens, j, floor, names);
  if (!np) return null;
  const link = sourceLink(tokens, run ? run.from : tokenAt(tokens, np.start, j));
  if (link < 0) return np;
  // The description runs from the source's own noun phrase ("a source close to the company").
  const source = link - 1 >= floor ? commonNp(tokens, link - 1, floor, names) : null;
  return { kind: "unnamed", start: source?.start ?? tokens[link]!.start, end: np.end };
}

/**
 * "the Spaniard said": one person named by nationality is a role for someone named before; a
 * people ("the French", "the Swiss", "the Chinese", "the Germans") is no one named.
 */
function byNationality(tokens: Token[], run: NameRun, ends: boolean): Subject | null {
  const w = stripPossessive(tokens[run.from]!.text);
  // The nationality is the phrase's head where it `ends` the phrase or no noun follows ("said the Mexican official" is someone unnamed).
  const head = ends || !/^\p{Ll}/u.test(tokens[run.to]?.text ?? "");
  if (run.to !== run.from + 1 || lower(tokens[run.from - 1]) !== "the" || !head || !gazetteer().demonyms.has(w.replace(/s$/, ""))) return null;
  const start = tokens[run.from - 1]!.start;
  const end = tokens[run.from]!.start + w.length;
  return /(?:sh|ch|ese|s)$/.test(w) ? { kind: "unnamed", start, end } : { kind: "role", noun: "person", start, end };
}

/** "a source close to the company", "people familiar with the talks": where the link to the one named starts ("close"), or -1; the one named is not who speaks. */
function sourceLink(tokens: Token[], from: number): number {
  const k = DETERMINERS.has(lower(tokens[from - 1])) ? from - 1 : from;
  const link = `${lower(tokens[k - 2])} ${lower(tokens[k - 1])}`;
  if (link === "close to" || link === "familiar with" || link === "briefed on") return k - 2;
  // "a senior source at the agency", "one insider within the party": where the unnamed one works is not who speaks; a spokesman at it speaks for it.
  return WORKS_AT.has(lower(tokens[k - 1])) && INSIDE_SOURCES.has(lower(tokens[k - 2])) ? k - 1 : -1;
}

/** The index of the token starting at offset `start`, looking back from token `j`. */
function tokenAt(tokens: Token[], start: number, j: number): number {
  let k = j;
  while (k > 0 && tokens[k]!.start > start) k--;
  return k;
}

/** Where a name ends, without a possessive 's unless the name's own ("Moody's said"). */
function nameEnd(tokens: Token[], run: NameRun, j: number): number {
  const last = tokens[Math.min(j, run.to - 1)]!;
  const m = /['’]s$/u.exec(last.text);
  return m && !run.name.endsWith(m[0]) ? last.end - m[0].length : last.end;
}

// Prepositions tying a role or a description to the place or body named before a person set off in apposition.
const ROLE_LINKS = new Set(["of", "at", "for", "in", "from"]);

/**
 * "Shona Brodie, president of Cosla, said" names the one before the commas; "Its general
 * secretary, Ewan McCrae, said" names the one inside them.
 */
function npAroundAppositive(tokens: Token[], comma: number, s: Sentence, names: NameBook): Subject | null {
  const found = npAroundAside(tokens, comma, s, names);
  if (found?.kind === "name" && names.resolveRun(found.run).type === "person") return found;
  // "Ana Costa, director of ports, harbours and ferries, said", "Tom Reyes, chairman of Acme, the city's port agency, said": an aside
  // holding commas of its own, or a second aside about a body the first names, goes on about the person opening the clause.
  const floor = Math.max(s.from, comma - NP_REACH);
  const open = openingMark(tokens, comma, floor);
  if (open < 0) {
    // "Hemsley, the co-author of 'Going Viral,' about the spread of rumours, said": the aside opens at a quoted title's comma.
    let q = comma - 1;
    while (q > floor && tokens[q]!.kind !== "quote") q--;
    return (tokens[q]?.kind === "quote" ? titleAsideName(tokens, q, s, names) : null) ?? found;
  }
  const chained = npAroundAppositive(tokens, open, s, names);
  return chained?.kind === "name" && names.resolveRun(chained.run).type === "person" && opensClause(tokens, chained.run.from, s) ? chained : found;
}

/**
 * Whether a name starting at token `from` opens its clause, past a title's lower-case words: it opens the sentence (or follows
 * a connective opening it), or follows a quotation ("'...,' Ana Costa, ..., said"); not "Asked about Costa, Acme ...".
 */
function opensClause(tokens: Token[], from: number, s: Sentence): boolean {
  let k = from;
  while (k > s.from && k > from - LABEL_TITLE_WORDS && tokens[k - 1]!.kind === "word" && /^\p{Ll}/u.test(tokens[k - 1]!.text)) k--;
  if (k < from && !isTitle(tokens, k, from)) return false;
  const prev = tokens[k - 1];
  return k === s.from || prev?.kind === "quote" || (prev?.text === "," && tokens[k - 2]?.kind === "quote") || (k - 1 === s.from && CONNECTIVES.has(lower(prev)));
}

/** The noun phrase around the aside that the comma at `comma` closes (see npAroundAppositive). */
function npAroundAside(tokens: Token[], comma: number, s: Sentence, names: NameBook): Subject | null {
  const floor = Math.max(s.from, comma - NP_REACH);
  const open = openingMark(tokens, comma, floor);
  if (open < 0) return null;
  // "Sen. Ana Ruiz, D-Ga., one of the negotiators, said": after a lawmaker's party and state the appositive goes on, about the name before it.
  const label = tokens[open - 1]?.text === "." ? open - 2 : open - 1;
  if (isPartyLabel(tokens[label]?.text ?? "") && tokens[label - 1]?.text === ",") {
    const outer = npAroundAppositive(tokens, open, s, names);
    if (outer?.kind === "name") return outer;
  }
  // "of Ashton, Md., who ...": an abbreviated name before the aside keeps its period.
  const last = abbreviated(tokens, open - 1) ? open - 2 : open - 1;
  // "Reyes, meanwhile, who sits on the panel, said": an adverb set off before the aside is no one; the name before it is.
  const before = npBefore(tokens, setOffAdverb(tokens, last) ? last - 2 : last, s, names, false, floor);
  const between = names.runAt(open + 1);
  // "of Arlington, Va., said": an abbreviated name keeps its period.
  const ends = between && (between.to === comma || (between.to + 1 === comma && abbreviated(tokens, between.to)));
  const wholeName = between && between.from === open + 1 && ends ? between : null;
  if (before?.kind === "name") {
    // "X, an astrophysicist at the University of California, Santa Cruz, said": a place named
    // after a name closes an appositive that opened at an earlier comma.
    // A known place is never the person, whatever an entity makes of it ("from Macon, North Dakota,"),
    // nor is one short word abbreviated after a place's name, its state's ("of Flint, Mich.,", "of Raleigh, N.C.,").
    const person = wholeName !== null && !isState(tokens, wholeName, names) && names.resolveRun(wholeName).type === "person" && !gazetteer().places.has(wholeName.name.toLowerCase());
    // "X, a professor at the University of Reading, who was not involved, cautioned": "who" goes back past a body to X.
    const who = lower(tokens[open + 1]) === "who" && (names.resolveRun(before.run).type !== "person" || isState(tokens, before.run, names));
    const outer = (wholeName && !person) || who ? npAroundAppositive(tokens, open, s, names) : null;
    if (outer?.kind === "name") return outer;
    // "The mayor of Paris, Anne Hidalgo, said": the person in apposition holds the role, not the place or body after "of"
    // (also after "the", "in" or "from": "The chair of the Traders' Association, X,", "One neighbour in West Street, X,");
    // "Okafor's spokeswoman, Dana Pruitt, said": nor the one whose role it is.
    const link = lower(tokens[before.run.from - 1]) === "the" ? before.run.from - 2 : before.run.from - 1;
    // "The Energy Secretary, Michael Osei, said": a title with "the" before it is no one's name; the person after it holds it.
    const title = link === before.run.from - 2 && names.resolveRun(before.run).type !== "person";
    if (person && (ROLE_LINKS.has(lower(tokens[link])) || before.run.to < open || title)) {
      return { kind: "name", run: wholeName, start: wholeName.start, end: nameEnd(tokens, wholeName, wholeName.to - 1) };
    }
    return before;
  }
  // "Leclerc, 26, of Monaco, said", "Brown, 34, a nurse, said": after an age the appositive goes on, about the name before it.
  if (/^\d{1,3}$/.test(tokens[open - 1]?.text ?? "") && tokens[open - 2]?.text === ",") {
    const outer = npAroundAppositive(tokens, open, s, names);
    if (outer?.kind === "name") return outer;
  }
  // A relative clause between the commas ("which has members across Scotland") names nobody.
  if (RELATIVE_PRONOUNS.has(lower(tokens[open + 1])) || lower(tokens[open + 1]) === "whose") return before;
  const inner = npBefore(tokens, comma - 1, s, names, false, floor);
  if (inner?.kind === "name") return inner;
  return before;
}

// How many letters a state's abbreviation after a town may hold ("Mich.", "Calif.", "N.C.").
const STATE_LETTERS = 5;

/** Whether a run is one short word abbreviated after a place's name and a comma, its state's ("of Flint, Mich.,", "of Raleigh, N.C."). */
function isState(tokens: Token[], run: NameRun, names: NameBook): boolean {
  return run.to === run.from + 1 && abbreviated(tokens, run.to) && run.name.replace(/\./g, "").length <= STATE_LETTERS && tokens[run.from - 1]?.text === "," && names.runAt(run.from - 2) !== undefined;
}

/** Whether token `k` is the period of an abbreviation, written against the word before it ("Md.", "N.C."). */
function abbreviated(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === "." && tokens[k - 1]?.kind === "word" && tokens[k - 1]!.end === tokens[k]!.start;
}

/** Whether token `k` is a lone adverb or connective set off by commas (", meanwhile,", ", however,", ", notably,"). */
function setOffAdverb(tokens: Token[], k: number): boolean {
  const w = lower(tokens[k]);
  return tokens[k - 1]?.text === "," && tokens[k + 1]?.text === "," && (CONNECTIVES.has(w) || VERB_FILLERS.has(w) || isAdverb(tokens[k]));
}

/** The same mark opening an aside that the mark at `close` ends, back to `floor` and not past a quotation, or -1. */
function openingMark(tokens: Token[], close: number, floor: number): number {
  const mark = tokens[close]!.text;
  let open = close - 1;
  while (open >= floor && tokens[open]!.text !== mark && tokens[open]!.kind !== "quote") open--;
  return open >= floor && tokens[open]!.text === mark ? open : -1;
}

/** "Jason Sims — a teacher from Mount Pleasant — says": the name before an appositive set off by dashes. */
function nameBeforeDashes(tokens: Token[], dash: number, s: Sentence, names: NameBook): Subject | null {
  const floor = Math.max(s.from, dash - NP_REACH);
  const open = openingMark(tokens, dash, floor);
  if (open < 0) return null;
  const before = npBefore(tokens, open - 1, s, names, false, floor);
  return before?.kind === "name" ? before : null;
}

/** A lower-case noun phrase ending at `j`: "the company", "a manager", "the officials". */
function commonNp(tokens: Token[], j: number, floor: number, names: NameBook): Subject | null {
  const head = stripPossessive(lower(tokens[j]));
  if (!head) return null;
  let k = j;
  while (k - 1 >= floor && k > j - 4 && tokens[k - 1]!.kind === "word") {
    const w = lower(tokens[k - 1]);
    if (DETERMINERS.has(w)) {
      k--;
      break;
    }
    if ((!/^\p{Ll}/u.test(tokens[k - 1]!.text) && !AGED.test(w)) || NP_STOPS.has(w)) break;
    k--;
  }
  // "Johnson's office said", "a Treasury spokesman said": the one whose office or spokesman it is speaks.
  const possessor = names.runAt(k - 1);
  const owned = (run: NameRun) => /['’]s?$/u.test(tokens[k - 1]!.text) || tokens[run.from - 1]?.sentence !== tokens[run.from]!.sentence || DETERMINERS.has(lower(tokens[run.from - 1]));
  if (possessor && SPEAKS_FOR.has(head) && owned(possessor) && k - 1 >= floor) {
    return { kind: "name", run: possessor, start: possessor.start, end: nameEnd(tokens, possessor, k - 1) };
  }
  // "the airline's spokesman said", "a company spokesman said": the organization the role noun before stands for speaks.
  const owner = stripPossessive(lower(tokens[j - 1]));
  if (SPEAKS_FOR.has(head) && j - 1 >= k && ORGANIZATION_ROLES.has(owner)) {
    return { kind: "role", noun: owner, start: tokens[k]!.start, end: tokens[j - 1]!.start + owner.length };
  }
  // "the prime minister's office said": a person's role owning it speaks, and only the one the text gives that role.
  if (SPEAKS_FOR.has(head) && j - 1 >= k && PERSON_ROLES.has(owner)) {
    const held = tokens.slice(k, j).map((t) => stripPossessive(lower(t))).filter((w) => !DETERMINERS.has(w));
    return { kind: "role", noun: owner, held, start: tokens[k]!.start, end: tokens[j - 1]!.start + owner.length };
  }
  const det = lower(tokens[k]);
  const start = tokens[k]!.start;
  const end = tokens[j]!.start + stripPossessive(tokens[j]!.text).length;
  if (INDEFINITE.has(det)) return { kind: "unnamed", start, end };
  // "one Reyes aide", "a top Ana Costa adviser": a name qualifying an indefinite noun phrase names no one who speaks.
  const indefinite = qualifiedIndefinite(tokens, k, floor, names);
  if (indefinite >= 0) return { kind: "unnamed", start: tokens[indefinite]!.start, end };
  if (PERSON_ROLES.has(head) || ORGANIZATION_ROLES.has(head) || AGED.test(head)) return { kind: "role", noun: AGED.test(head) ? "person" : head, start, end };
  // "the teenager said": a definite noun for an age stands for a person the text gave that age.
  if (det === "the" && j === k + 1 && AGE_NOUNS.has(head)) return { kind: "role", noun: head, start, end };
  // "the 34-year-old teacher": a definite phrase giving an age stands for a person named before.
  if (det === "the" && tokens.slice(k + 1, j).some((t) => AGED.test(t.text))) return { kind: "role", noun: "person", start, end };
  return { kind: "unnamed", start, end };
}

/** The indefinite determiner before a name (and up to two lower-case words) that qualifies the noun at `k`, or -1. */
function qualifiedIndefinite(tokens: Token[], k: number, floor: number, names: NameBook): number {
  const run = names.runAt(k - 1);
  if (!run || run.to !== k || /['’]s?$/u.test(tokens[k - 1]!.text)) return -1;
  for (let h = run.from - 1; h >= Math.max(floor, run.from - 3); h--) {
    if (INDEFINITE.has(lower(tokens[h]))) return h;
    if (tokens[h]!.kind !== "word" || !/^\p{Ll}/u.test(tokens[h]!.text)) return -1;
  }
  return -1;
}

/**
 * The noun phrase starting at token `j`: right there for an inverted cue ("said Owen Pryce",
 * "said the company"); anywhere before the next punctuation after "according to" or "by", where
 * a person is preferred among several names ("State Department spokesperson Tammy Bruce").
 */
function npAfter(tokens: Token[], j: number, s: Sentence, names: NameBook, scan: boolean): Subject | null {
  const first = tokens[j];
  if (!first || first.kind !== "word" || j >= s.to) return null;
  if (PRONOUNS.has(first.text.toLowerCase())) return { kind: "pronoun", word: first.text, start: first.start, end: first.end };
  // "according to one broker, Ana Costa of X,": the person set off after the description is the source.
  const described = scan ? personAfterDescription(tokens, j, s, names) : null;
  if (described) return described;
  const limit = Math.min(s.to, j + (scan ? 10 : 6));
  let found: Subject | null = null;
  let role: Subject | null = null;
  for (let k = j; k < limit; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") break;
    const w = stripPossessive(t.text.toLowerCase());
    const run = names.runAt(k);
    const national = run ? byNationality(tokens, run, false) : null;
    if (national) return national;
    // "said the Mexican official", "said the German chancellor": a nationality before a noun qualifies it; the phrase is the noun's.
    if (run && run.to === run.from + 1 && gazetteer().demonyms.has(t.text) && /^\p{Ll}/u.test(tokens[run.to]?.text ?? "")) {
      let e = run.to;
      while (e + 1 < limit && tokens[e + 1]!.kind === "word" && (tagsOf(lower(tokens[e + 1]))?.[0] ?? "").startsWith("NN")) e++;
      return (!scan ? nameInApposition(tokens, e, s, names) : null) ?? commonNp(tokens, e, j, names);
    }
    if (run) {
      // Inverted, the name follows the verb at once, or after an article, "a spokesperson for" or a role ("said pollster Ana Costa").
      if (!scan && k > j && !NAME_LEADS.has(lower(tokens[k - 1])) && !isRoleNoun(lower(tokens[k - 1])) && !describesPerson(tokens, j, k)) break;
      // "said Tesla chief executive Elon Musk": the person after the organization's role words.
      // "said Okafor's spokeswoman, Dana Pruitt": the person set off after the owner's role.
      // "said Lantern's editorial director, Fiona Marsh": the role may open with its qualifiers.
      const person = !scan ? personAfterRole(tokens, run.to, names) ?? (/['’]s?$/u.test(tokens[run.to - 1]!.text) ? roleInApposition(tokens, run.to, s, names) : null) : null;
      if (person) return person;
      // "says Harcourt boss", "said Veltrix chief" with no name after: the holder of a body's role speaks, not the body
      // (after an article, "the Florida senator", "a Democratic strategist", the phrase is read as before).
      const holder = !scan && k === j ? roleOfBody(tokens, run, limit, names) : null;
      if (holder) return holder;
      const subject: Subject = { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run.to - 1) };
      if (!scan || names.resolveRun(run).type === "person") return subject;
      found ??= subject;
      k = run.to - 1;
      continue;
    }
    // "said 9/11 widow Terry Strada", "said 24-year-old Ana Lopez": a role led by a number names the person after it;
    // "said the 34-year-old teacher": with no name, the phrase up to its last lower-case word.
    if (!found && !scan && /^\d/.test(w)) {
      let h = k;
      while (h + 1 < limit && (/^[\d/-]+$/.test(tokens[h + 1]!.text) || (tokens[h + 1]!.kind === "word" && /^\p{Ll}/u.test(tokens[h + 1]!.text) && !NP_STOPS.has(lower(tokens[h + 1]))))) h++;
      const run = names.runAt(h + 1);
      if (run?.from === h + 1 && describesPerson(tokens, firstWord(tokens, k, h), h + 1)) return { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run.to - 1) };
      if (AGED.test(w)) return commonNp(tokens, h, j, names);
      break;
    }
    if (!found && isRoleNoun(w)) {
      // "added his campaign manager Jeff Weaver": the person after the role words.
      const titled = !scan ? personAfterRole(tokens, k, names) : null;
      if (titled) return titled;
      // "said the council's chief engineer, Ana Costa": the name in apposition is the speaker.
      const named = !scan ? nameInApposition(tokens, k, s, names) : null;
      if (named) return named;
      const next = lower(tokens[k + 1]);
      // "the newspaper Ouest-France" and "a spokesperson for X" name what follows; "the mayor of Paris" is the mayor.
      if (names.runAt(k + 1) && !/['’]s?$/u.test(t.text)) continue;
      if ((next === "for" || next === "of") && MOUTHPIECES.has(w)) continue;
      // "said the union leader", "said the club captain": a role noun qualifying another is not the head; the phrase ends at the last.
      let e = k;
      while (e + 1 < limit && /^\p{Ll}/u.test(tokens[e + 1]!.text) && isRoleNoun(stripPossessive(lower(tokens[e + 1])))) e++;
      // "according to a court document filed by X": a person named further on is the source, else the role.
      if (scan) {
        role ??= commonNp(tokens, e, j, names);
        continue;
      }
      return commonNp(tokens, e, j, names);
    }
    if (!scan && !NAME_LEADS.has(w) && !/^\p{Ll}/u.test(t.text)) break;
  }
  // A role ("the agency") beats a body named further on ("the agency's report to Congress"); a description ("a statement") does not.
  return (role?.kind === "role" ? role : found ?? role) ?? (scan ? { kind: "unnamed", start: first.start, end: first.end } : null);
}

/** The first lower-case word from `k` to `h`, past the number that leads a role ("9/11 widow"), or `h + 1` when there is none. */
function firstWord(tokens: Token[], k: number, h: number): number {
  let f = k;
  while (f <= h && !/^\p{Ll}/u.test(tokens[f]!.text)) f++;
  return f;
}

// Tags of the words of a role before a name: "conservative activist", "undecided voter".
const ROLE_WORD_TAGS = new Set(["NN", "NNS", "JJ", "VBN"]);
// Word tags of a finite verb or a modal, which ends the subject before it.
const FINITE_TAGS = new Set(["VBD", "VBZ", "VBP", "MD"]);

/** Whether the lower-case words from `j` to `k` describe the person named after them ("former", "pollster", "conservative activist"). */
function describesPerson(tokens: Token[], j: number, k: number): boolean {
  if (k - j > 4) return false;
  for (let h = j; h < k; h++) {
    const w = lower(tokens[h]);
    if (!w || !/^\p{Ll}/u.test(tokens[h]!.text)) return false;
    if (TITLE_ADJECTIVES.has(w) || isRoleNoun(w)) continue;
    // "secretary of state", "master of ceremonies": "of" inside a role, after its first word.
    if (w === "of" && h > j && h < k - 1) continue;
    if (!ROLE_WORD_TAGS.has(roleWordTag(w))) return false;
  }
  return true;
}

/**
 * A role word's tag; a word the lexicon lacks ("campaigner", "pundit") is read as a noun, the open
 * class new words fall in, and a hyphenated one by its last part ("season-ticket holder").
 */
function roleWordTag(w: string): string {
  const tags = tagsOf(w) ?? (w.includes("-") ? tagsOf(w.slice(w.lastIndexOf("-") + 1)) : null);
  if (tags) return tags[0] ?? "";
  return /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w) ? "NN" : "";
}

// How many lower-case words a role set off before a name may run ("council's vice president for works, Ana Costa").
const APPOSITION_ROLE_WORDS = 6;

/** A name set off by a comma after a role phrase of up to six words that starts at the role noun at `k` ("council's vice president for works, Ana Costa"). */
function nameInApposition(tokens: Token[], k: number, s: Sentence, names: NameBook): Subject | null {
  let h = k;
  while (h < Math.min(s.to, k + APPOSITION_ROLE_WORDS) && tokens[h]?.kind === "word" && /^\p{Ll}/u.test(tokens[h]!.text)) h++;
  if (tokens[h]?.kind !== "punct" || tokens[h]!.text !== ",") return null;
  const run = names.runAt(h + 1);
  if (!run || run.from !== h + 1) return null;
  return { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run.to - 1) };
}

/**
 * A person set off by a comma after a description opening with a determiner at token `j` ("one broker, Ana Costa,", "her tour
 * manager, Tom Reyes of X,"), where the name closes the aside or a place or body follows it; else null ("the survey, Tom Reyes won").
 */
function personAfterDescription(tokens: Token[], j: number, s: Sentence, names: NameBook): Subject | null {
  const named = DETERMINERS.has(lower(tokens[j])) ? nameInApposition(tokens, j, s, names) : null;
  if (named?.kind !== "name" || names.resolveRun(named.run).type !== "person") return null;
  const next = tokens[named.run.to];
  return named.run.to >= s.to || next?.text === "," || ROLE_LINKS.has(lower(next)) ? named : null;
}

// Adjectives of a continent or region the country list lacks ("European", "Asian", "Caribbean"), by their ending.
const REGION_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ean|ian|an)$/u;

/** Whether a capitalized word is a nation's or region's adjective ("French", "European"). */
function isRegionAdjective(word: string): boolean {
  return gazetteer().demonyms.has(word) || REGION_ADJECTIVE.test(word);
}

/**
 * A name in apposition after an owner's role whose first words qualify it ("editorial director, Fiona Marsh", "flood forecast
 * officer, Leo Brandt"), up to three qualifiers before a role noun, the first of them maybe a nationality ("European director").
 */
function roleInApposition(tokens: Token[], k: number, s: Sentence, names: NameBook): Subject | null {
  // A nation's or region's adjective qualifies the role as a lower-case word would ("Northwind's European director, Ana Ruiz").
  const from = isRegionAdjective(tokens[k]?.text ?? "") ? k + 1 : k;
  for (let h = from; h < from + ROLE_WORDS; h++) {
    if (isRoleNoun(lower(tokens[h])) && describesPerson(tokens, from, h + 1)) return nameInApposition(tokens, h, s, names);
  }
  return null;
}

// How many lower-case words of a role may stand before a name ("secretary of state Ana Costa").
const ROLE_WORDS = 4;

/**
 * A name right after up to four lower-case words of a role, one of them a role noun ("chief
 * executive Elon Musk", "chief inspector Jane Roe": the title's last noun need not be listed),
 * or ending in any noun where a person's name follows ("Clinton ally Ana Costa").
 */
function personAfterRole(tokens: Token[], k: number, names: NameBook): Subject | null {
  let h = k;
  while (h < k + ROLE_WORDS && tokens[h]?.kind === "word" && /^\p{Ll}/u.test(tokens[h]!.text)) h++;
  if (h === k || !describesPerson(tokens, k, h)) return null;
  const run = names.runAt(h);
  if (!run || run.from !== h) return null;
  // "said Harbour Trust inspector Ana Costa": an unlisted noun before a person's name is that person's role all the same.
  const listed = tokens.slice(k, h).some((t) => isRoleNoun(lower(t)));
  if (!listed && !(roleWordTag(lower(tokens[h - 1])) === "NN" && names.resolveRun(run).type === "person")) return null;
  return { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run.to - 1) };
}

/**
 * The role of up to a few lower-case words after a body's or a place's name `run`, ending in a person's role noun and with no
 * name after it ("Harcourt boss", "Veltrix finance chief"), as a role subject; null for a spokesperson's or an office's noun,
 * whose body speaks ("a Harcourt spokesman"), after a possessive, or after a person's name.
 */
function roleOfBody(tokens: Token[], run: NameRun, limit: number, names: NameBook): Subject | null {
  // The role noun, after modifiers only ("finance chief"; not "boss after the match").
  let h = run.to;
  while (h < Math.min(limit, run.to + ROLE_WORDS) && !PERSON_ROLES.has(lower(tokens[h])) && /^(?:NN|JJ)/.test(roleWordTag(lower(tokens[h])) ?? "")) h++;
  const head = lower(tokens[h]);
  // An owner's role ("Corvane's sales director") is the owner's, as the rules for possessives read it.
  if (/['’]s?$/u.test(tokens[run.to - 1]!.text)) return null;
  if (!/^\p{Ll}/u.test(tokens[h]?.text ?? "") || !PERSON_ROLES.has(head) || SPEAKS_FOR.has(head) || names.runAt(h + 1) || names.resolveRun(run).type === "person") return null;
  return { kind: "role", noun: head, start: run.start, end: tokens[h]!.end };
}

/**
 * Whether the words before the comma at `comma` are a person's role of up to six words opening sentence `s` ("The council's
 * chief executive,"), or a description tied to a place or body named before the comma ("A reader in Fort William,").
 */
function roleOpensSentence(tokens: Token[], comma: number, s: Sentence): boolean {
  const linked = linkedDescription(tokens, comma, s);
  const head = linked >= 0 ? linked : comma - 1;
  if (linked < 0 && !PERSON_ROLES.has(stripPossessive(lower(tokens[head])))) return false;
  let h = head;
  while (h > s.from && head - h < APPOSITION_ROLE_WORDS - 1 && tokens[h - 1]!.kind === "word") h--;
  // A noun phrase, not a clause: no finite verb among its words ("Officials met the rival candidate," is none).
  return h === s.from && tokens.slice(h, head + 1).every((t) => !FINITE_TAGS.has(tagsOf(lower(t))?.[0] ?? ""));
}

/**
 * The head noun of a description opening sentence `s` with a determiner and tied by a preposition to the name that ends before
 * `comma` ("A reader in Fort William,", "One neighbour from the Hill Estate,"): a person set off after it is the one described; else -1.
 */
function linkedDescription(tokens: Token[], comma: number, s: Sentence): number {
  let k = comma - 1;
  while (k > s.from && tokens[k]!.kind === "word" && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
  if (k === comma - 1 || !DETERMINERS.has(lower(tokens[s.from]))) return -1;
  if (lower(tokens[k]) === "the") k--;
  const head = tokens[k - 1];
  if (!ROLE_LINKS.has(lower(tokens[k])) || head?.kind !== "word" || !/^\p{Ll}/u.test(head.text)) return -1;
  return roleWordTag(head.text).startsWith("NN") ? k - 1 : -1;
}

const isRoleNoun = (w: string): boolean => PERSON_ROLES.has(w) || ORGANIZATION_ROLES.has(w);

/** Whether a bracket opened before token `k` closes before token `at`. */
function closedBefore(tokens: Token[], k: number, at: number): boolean {
  for (let h = k; h < at; h++) if (tokens[h]!.text === ")") return true;
  return false;
}

/**
 * "The Harbor Freight Lines declined": the name after an article when a verb or an adverb
 * follows it, not one that qualifies a noun ("The Ohio senator") or a party member ("The Republican").
 */
function namedAfterArticle(tokens: Token[], k: number, names: NameBook): NameRun | undefined {
  const run = names.runAt(k);
  if (!run || run.from !== k || (run.to === k + 1 && PARTY_MEMBERS.has(tokens[k]!.text))) return undefined;
  const next = tokens[run.to];
  return next?.kind !== "word" || /^(?:VB|MD|RB)/.test(tagsOf(lower(next))?.[0] ?? "") ? run : undefined;
}

/** Whether token `e`, past the word after the article at `k`, is a past form before its object's article ("shared a photo"). */
function pastWithObject(tokens: Token[], e: number, k: number): boolean {
  return e > k + 1 && DETERMINERS.has(lower(tokens[e + 1])) && tagsOf(lower(tokens[e]))?.includes("VBD") === true;
}

// A count written in digits ("200", "1,500").
const NUMERAL = /^\d[\d,.]*$/;
// Words that give a count as roughly so many ("about 200", "some 50").
const APPROXIMATORS = new Set(["about", "around", "some", "nearly", "almost", "roughly", "over"]);

/**
 * The subject of the clause a participle or coordinated verb at token `at` belongs to, when no
 * earlier cue of the sentence names one: the nearest name or pronoun that opens a clause
 * ("When asked about ..., Bruce declined ..., reiterating: ...").
 */
export function clauseSubject(tokens: Token[], s: Sentence, at: number, names: NameBook): Subject | null {
  for (let k = at - 1; k >= Math.max(s.from, at - 3 * NP_REACH); k--) {
    const prev = tokens[k - 1];
    // A clause opens the sentence (past a connective: "And she ..."), or follows a comma, a quotation, a dash
    // ("WASHINGTON — Sen. X said") or a bracket.
    const opens = k === s.from || (k === s.from + 1 && CONNECTIVES.has(lower(prev)));
    if (!opens && prev?.text !== "," && prev?.kind !== "quote" && !DASHES.has(prev?.text ?? "") && prev?.text !== "(") continue;
    const t = tokens[k]!;
    const w = lower(t);
    if (PRONOUNS.has(w)) return { kind: "pronoun", word: t.text, start: t.start, end: t.end };
    const run = names.runAt(k) ?? (w === "the" ? namedAfterArticle(tokens, k + 1, names) : undefined);
    const beforeLower = run?.to === k + 1 && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? "");
    // "Conservative shadow health secretary Edward Argar blamed ...": the title's person is the subject.
    const titled = opens && (!run || beforeLower) ? titledPerson(tokens, k, at, names) : null;
    if (titled) return titled;
    // "Former Westbridge striker Paul Grant, now a pundit, was blunt:": a name qualifying the role of the person after it is no subject.
    const qualifier = opens && run?.from === k ? personAfterQualifiedRole(tokens, run.to, at, names) : null;
    if (qualifier) return qualifier;
    // "Senior officials", "Health secretary": a capitalized opener before a plural or a role is an adjective, not a name.
    const modifier = beforeLower && (tagsOf(lower(tokens[k + 1]))?.[0] === "NNS" || PERSON_ROLES.has(lower(tokens[k + 1])));
    // "Sen. Ana Costa (D-Ohio) on Monday, saying": a bracketed aside closed before the cue is not its clause;
    // "his rival, Ana Costa, saying": nor is a name in apposition between commas.
    const aside = prev?.text === "(" ? closedBefore(tokens, k, at) : prev?.text === "," && tokens[run?.to ?? k]?.text === ",";
    // "The council's chief executive, Ravi Menon, visited ... and said": a name set off after the role that opens the sentence is its subject.
    const appositive = aside && prev?.text === "," && run !== undefined && names.resolveRun(run).type !== "location" && roleOpensSentence(tokens, k - 1, s);
    if (run && run.from >= k && !modifier && (!aside || appositive)) return { kind: "name", run, start: run.start, end: nameEnd(tokens, run, run.to - 1) };
    // "About 200 activists staged a sit-in, chanting": a counted group opening the sentence is a common noun phrase too.
    const counted = opens && (NUMERAL.test(w) || (APPROXIMATORS.has(w) && NUMERAL.test(lower(tokens[k + 1]))));
    if (w === "the" || w === "a" || w === "an" || modifier || counted) {
      // "The union, ..., said", "The Florida senator ... took": a common noun phrase subject.
      let e = k + 1;
      // The phrase ends at its verb ("The senator was blunt:" is "The senator"), also at a past form read first as a participle
      // with its object's article after it ("The 27-year-old shared a photo"; not "The reported figures", "a worker named X").
      while (e < at && tokens[e]!.kind === "word" && !FINITE_TAGS.has(tagsOf(lower(tokens[e]))?.[0] ?? "") && !pastWithObject(tokens, e, k)) e++;
      // "Hahn, a retired doctor, then appeared": a noun phrase between commas is an appositive, not the subject.
      if (k !== s.from && tokens[e]?.text === ",") continue;
      const h = Math.min(e, k + 5);
      // "A spokesman for the Home Office hit back, insisting": a phrase ending in a name before its verb reads as a cue's subject does.
      const tail = e < at && tokens[e]!.kind === "word" ? names.runAt(e - 1) : undefined;
      const named = tail !== undefined && tail.to === e && tail.from > k + 1 && names.resolveRun(tail).type !== "location";
      const np = named ? npBefore(tokens, e - 1, s, names, false, k) : commonNp(tokens, h - 1, k, names);
      // The capitalized opener is part of the phrase ("Health secretary"), never who it stands for.
      if (np) return modifier && np.kind !== "name" ? { ...np, start: t.start } : np;
    }
  }
  return null;
}
