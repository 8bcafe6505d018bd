// Who the text names, and what a mention of a speaker resolves to: a surname to the fullest name
// the article gave that person, an abbreviation to the name it stands for, he/she to the nearest
// fitting person, "the company" to the nearest fitting organization. The entity extractor's
// entities are used where they cover a mention; capitalized name runs stand in where they do not.
import type { Entity, EntityType } from "../../types.js";
import { DASHES, isReportingVerb, NAME_CONNECTORS, NAME_PARTICLES, NOT_NAMES, ORGANIZATION_HEADS, PARTS_OF_DAY, PERSON_ROLES, TITLES, TRADE_HEADS } from "./lexicon.js";
import { type Token, verbAfterPossessive } from "./tokens.js";
import { tagsOf } from "../text/index.js";
import { gazetteer, givenNames, isCapitalized, isGenerationMark, isPostNominal, partitionPoint } from "../text/index.js";

export type SpeakerType = EntityType | "unknown";
export type Gender = "male" | "female" | null;

/** A run of capitalized tokens read as one name ("French Defense Minister Sebastien Lecornu"). */
export interface NameRun {
  /** First and one-past-last token index. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The name without titles or a leading "The" ("Sebastien Lecornu"). */
  name: string;
  type: SpeakerType;
  /** The title words before a person's name, lower-cased ("finance", "minister"). */
  title: string[];
}

/** A named party at a place in the text. */
export interface Referent {
  pos: number;
  /** The sentence the name is in. */
  sentence: number;
  name: string;
  type: SpeakerType;
  gender: Gender;
}

const MAX_NAMESAKES = 16;
// How many letters a role word shares with a role noun that names the same office ("sen." and "senator").
const ROLE_STEM = 3;

/** A name without a generation's mark after it ("Joseph R. Biden" of "Joseph R. Biden Jr"). */
function withoutGeneration(name: string): string {
  const cut = name.lastIndexOf(" ");
  return cut > 0 && name.indexOf(" ") < cut && isGenerationMark(name.slice(cut + 1)) ? name.slice(0, cut) : name;
}

/** A name without the post-nominal letters after it ("Olivia Grant" of "Olivia Grant KC"). */
function withoutLetters(name: string): string {
  const cut = name.lastIndexOf(" ");
  return cut > 0 && name.indexOf(" ") < cut && isPostNominal(name.slice(cut + 1)) ? name.slice(0, cut) : name;
}

/** A person's surname, lower-cased: the last word but a generation's mark ("biden" of "Joseph R. Biden Jr"). */
const lastWord = (name: string): string => {
  const core = withoutGeneration(name);
  return core.slice(core.lastIndexOf(" ") + 1).toLowerCase();
};

/** The gender a given name suggests, or null when the name is unknown or used for both. */
export function genderOf(name: string): Gender {
  const first = name.split(" ")[0] ?? "";
  const { female, male } = givenNames();
  const f = female.has(first);
  const m = male.has(first);
  return f === m ? null : f ? "female" : "male";
}

// Courtesy titles that say a person's gender.
const MALE_TITLES = new Set(["mr", "sir", "lord", "king", "prince"]);
const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "dame", "lady", "queen", "princess"]);

/** The gender the title words before a name give ("mr" male), or null. */
function titleGender(title: string[]): Gender {
  if (title.some((w) => MALE_TITLES.has(w))) return "male";
  return title.some((w) => FEMALE_TITLES.has(w)) ? "female" : null;
}

const otherGender = (g: "male" | "female"): Gender => (g === "male" ? "female" : "male");

/** "Minister", and hyphenated titles such as "Secretary-General" or "Vice-President". */
const isTitle = (w: string): boolean => TITLES.has(w) || (w.includes("-") && w.split("-").some((p) => TITLES.has(p)));
const isGivenName = (w: string): boolean => {
  const { female, male } = givenNames();
  return female.has(w) || male.has(w);
};
const isAcronym = (w: string): boolean => /^\p{Lu}{2,6}$/u.test(w);
const isPossessive = (w: string): boolean => w.endsWith("'s") || w.endsWith("’s");
const stripPossessive = (w: string): string => w.replace(/['’]s?$/u, "");
const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === "’";
/** Whether a name ends in what a business trades in ("Harvest Meadow Nutrition"). */
const endsInTrade = (name: string): boolean => TRADE_HEADS.has(name.slice(name.lastIndexOf(" ") + 1));
const isOrganizationWord = (w: string): boolean => ORGANIZATION_HEADS.has(isApostrophe(w[w.length - 1]) ? w.slice(0, -1) : w);
/** Whether a name's last word says what kind of body it names ("Terminals", "Group", "Foods"). */
const isBodyWord = (w: string): boolean => ORGANIZATION_HEADS.has(w) || TRADE_HEADS.has(w);

/**
 * Capitalized name runs over the tokens. `lowerForms` holds the words the text writes in lower
 * case, so that a capitalized sentence opener ("Top officials") is not taken for a name.
 */
export function nameRuns(tokens: Token[]): NameRun[] {
  const lowerForms = new Set<string>();
  // Words the text capitalizes inside a sentence, where capitals mean a name ("Sen. Ann Banks").
  const namedForms = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    if (!isCapitalized(t.text)) lowerForms.add(t.text);
    else if (!opensSentence(tokens, k)) namedForms.add(t.text);
  }
  const runs = collectRuns(tokens, lowerForms, namedForms, new Set());
  // "Theresa May ... May said": a word that names no one alone ("May", "Will") is a surname where the text gives it in full.
  // So is a title ("King" after "Don King").
  const surnames = new Set(runs.filter((r) => r.to - r.from > 1 && namesNoOneAlone(tokens[r.to - 1]!)).map((r) => stripPossessive(tokens[r.to - 1]!.text)));
  return surnames.size ? collectRuns(tokens, lowerForms, namedForms, surnames) : runs;
}

/** The name runs, where the words in `surnames` may stand alone. */
function collectRuns(tokens: Token[], lowerForms: Set<string>, namedForms: Set<string>, surnames: Set<string>): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, lowerForms, namedForms, surnames)) {
      i++;
      continue;
    }
    let j = i + 1;
    // Extend over capitalized words and over lower-case particles and connectors between them.
    while (j < tokens.length && !isPossessive(tokens[j - 1]!.text)) {
      const t = tokens[j]!;
      if (t.kind === "word" && isCapitalized(t.text) && tokens[j - 1]!.end < t.start && (!isHeadlineVerb(t.text) || isPluralInName(tokens, j))) j++;
      // "Mr. Reeves", "Gen. Smith": the period of an abbreviated title.
      else if (t.text === "." && TITLES.has(tokens[j - 1]!.text) && t.start === tokens[j - 1]!.end && isNameWord(tokens[j + 1])) j += 2;
      // "Ana M. Ruiz", "Peter J. Hahn": the period of a middle initial; "C. Eugene Steuerle": of a leading one.
      else if (t.text === "." && isInitial(tokens[j - 1]!) && (j - 1 > i || isNameWord(tokens[j + 2])) && t.start === tokens[j - 1]!.end && isNameWord(tokens[j + 1])) j += 2;
      else if (t.kind === "word" && (NAME_PARTICLES.has(t.text) || NAME_CONNECTORS.has(t.text)) && isNameWord(tokens[j + 1])) j += 2;
      // "Karin van der Meulen", "Rafael de la Cruz": two particles before a surname.
      else if (t.kind === "word" && NAME_PARTICLES.has(t.text) && NAME_PARTICLES.has(tokens[j + 1]?.text ?? "") && isNameWord(tokens[j + 2])) j += 3;
      else break;
    }
    for (const [from, to] of splitConnectors(tokens, i, j)) {
      // "Reyes on Saturday" splits at "on"; a weekday or month left alone names no one.
      const lone = to - from === 1 ? stripPossessive(tokens[from]!.text) : null;
      if (lone !== null && (NOT_NAMES.has(lone) || PARTS_OF_DAY.has(lone)) && !surnames.has(lone)) continue;
      // "the President said", "the Prime Minister told": titles alone are a role, which resolves to its holder, not a name.
      if (allTitles(tokens, from, to) && !(to - from === 1 && surnames.has(stripPossessive(tokens[from]!.text)))) continue;
      runs.push(makeRun(tokens, from, to));
    }
    i = j;
  }
  return runs;
}

// How many words of a role may stand before a name in apposition ("the deputy prime minister, Ana Costa").
const APPOSITIVE_ROLE_WORDS = 4;

/** The role words set off by a comma before a name ("the Prime Minister, Tomas Hale", "the mayor of Eastport, Lina Haddad"), lower-cased. */
function appositiveRole(tokens: Token[], run: NameRun): string[] {
  if (tokens[run.from - 1]?.text !== ",") return [];
  let end = run.from - 2;
  // "of Eastport": the place or body the role is of.
  let j = end;
  while (j > end - 3 && tokens[j]?.kind === "word" && isCapitalized(tokens[j]!.text)) j--;
  if (j < end && tokens[j]?.text === "of") end = j - 1;
  const words: string[] = [];
  for (let k = end; k >= 0 && words.length < APPOSITIVE_ROLE_WORDS; k--) {
    const t = tokens[k]!;
    const w = t.text.toLowerCase();
    if (t.kind !== "word" || !(isTitle(t.text) || PERSON_ROLES.has(w))) break;
    words.unshift(w);
  }
  return words;
}

/** Whether the tokens from `from` up to `to` are all title words. */
function allTitles(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isTitle(stripPossessive(tokens[k]!.text))) return false;
  return true;
}

/** A word that alone names no one: a weekday or month ("May"), a title ("King"). */
const namesNoOneAlone = (t: Token): boolean => NOT_NAMES.has(stripPossessive(t.text)) || isTitle(stripPossessive(t.text));

const isInitial = (t: Token): boolean => t.text.length === 1 && isCapitalized(t.text);
const isNameWord = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && isCapitalized(t.text);

/** Whether token `k` opens a sentence or a line, where any word may be capitalized. */
function opensSentence(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !prev || prev.sentence !== tokens[k]!.sentence || prev.kind === "break" || afterDateline(tokens, k) || afterBullet(tokens, k);
}

// Marks opening a list's line ("• Ministers credit extra clinics"), after which a word is capitalized by position.
const BULLETS = new Set(["•", "·", "*", "▪", "◦"]);

/** Whether token `k` opens a list's line, after its bullet. */
function afterBullet(tokens: Token[], k: number): boolean {
  return BULLETS.has(tokens[k - 1]?.text ?? "") && opensSentence(tokens, k - 1);
}

/** "PARIS — Talks stalled", "(Reuters) - Shares fell": the story's first sentence opens after its dateline's dash. */
function afterDateline(tokens: Token[], k: number): boolean {
  const dash = tokens[k - 1]!;
  const before = tokens[k - 2];
  if (!DASHES.has(dash.text) || !before || dash.start === before.end) return false;
  return before.text === ")" || (before.kind === "word" && before.text.length > 1 && before.text === before.text.toUpperCase() && /\p{Lu}/u.test(before.text));
}

/**
 * A verb capitalized in a title-case headline ("Donald Trump Praises Breitbart's Editor", "Calls
 * Trump's Remarks Troubling"): a verb form the lexicon never gives as a proper noun.
 */
function isHeadlineVerb(word: string): boolean {
  const tags = tagsOf(word);
  if (tags?.some((tag) => tag.startsWith("NNP"))) return false;
  return (tagsOf(word.toLowerCase()) ?? tags ?? []).some((tag) => tag === "VBZ" || tag === "VBD");
}

/**
 * "Hartpool Fans United said": a plural noun first, a verb only second ("fans"), inside a run that one more capitalized word
 * closes before running text in lower case; not in a title-case headline ("Trump Addresses Munich Attack").
 */
function isPluralInName(tokens: Token[], j: number): boolean {
  const [next, after] = [tokens[j + 1], tokens[j + 2]];
  return tagsOf(tokens[j]!.text.toLowerCase())?.[0] === "NNS" && next?.kind === "word" && isCapitalized(next.text) && tokens[j]!.end < next.start && !isHeadlineVerb(next.text)
    && after?.kind === "word" && /^\p{Ll}/u.test(after.text);
}

function startsName(tokens: Token[], i: number, lowerForms: Set<string>, namedForms: Set<string>, surnames: Set<string>): boolean {
  const t = tokens[i]!;
  if (t.kind !== "word" || !isCapitalized(t.text) || isHeadlineVerb(t.text)) return false;
  // "Jan Smit", "April Ryan": a month's name or its short form that is a given name opens a name before a surname,
  // not after an article or a preposition ("at a June Trump rally").
  if (NOT_NAMES.has(stripPossessive(t.text))) return (surnames.has(stripPossessive(t.text)) && !opensSentence(tokens, i)) || (isGivenName(t.text) && isNameWord(tokens[i + 1]) && !/^(?:DT|IN)$/.test(tagsOf(tokens[i - 1]?.text.toLowerCase() ?? "")?.[0] ?? ""));
  // "Added Costa: '...'", "Said Reyes:": a reporting verb opening the sentence before a name is its inverted cue.
  if (opensSentence(tokens, i) && isNameWord(tokens[i + 1]) && isReportingVerb(t.text.toLowerCase())) return false;
  if (!opensSentence(tokens, i) || isNameWord(tokens[i + 1])) return true;
  // "Secretary of State Ana Costa said": a title opening the sentence runs on over "of" to the name.
  if (isTitle(t.text) && tokens[i + 1]?.text === "of" && isNameWord(tokens[i + 2])) return true;
  // A capitalized sentence opener is a name only if the text never writes it in lower case, and a
  // plural common noun opening a sentence ("Officials said") never is, unless the text capitalizes
  // it elsewhere ("Banks said" after "Sen. Ann Banks"); nor is a verb of command ("Let's start:"), unless a given name ("Sue"),
  // nor a common noun opening a list's line ("• Cancer targets were missed").
  const bare = stripPossessive(t.text);
  const tag = tagsOf(bare.toLowerCase())?.[0];
  const common = tag === "NNS" || ((tag === "VB" || (tag === "NN" && afterBullet(tokens, i))) && !isGivenName(bare));
  // Nor is a word of a closed class ("About 200 activists", "Each of them"), unless a given name.
  if (FUNCTION_TAGS.has(tag ?? "") && !isGivenName(bare)) return false;
  return !lowerForms.has(t.text.toLowerCase()) && (!common || namedForms.has(t.text)) && !qualifiesNoun(tokens, i);
}

// Tags of closed-class words: prepositions, determiners, conjunctions, pronouns and wh-words.
const FUNCTION_TAGS = new Set(["IN", "DT", "PDT", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "EX"]);

/** "Partial text of the interview:": a capitalized opener read first as an adjective, before a common noun. */
function qualifiesNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tagsOf(tokens[i]!.text.toLowerCase())?.[0] !== "JJ" || next?.kind !== "word" || !/^\p{Ll}/u.test(next.text)) return false;
  return (tagsOf(next.text)?.[0] ?? "").startsWith("NN");
}

/**
 * "Russia and Ukraine" is two names; "Ministry of Infrastructure and Water Management" is one;
 * "Hollis Maritime and Sanderling Line" is two, as the part before "and" is a whole name already.
 */
function splitConnectors(tokens: Token[], from: number, to: number): Array<[number, number]> {
  let organization = false;
  for (let k = from; k < to; k++) if (isOrganizationWord(tokens[k]!.text)) organization = true;
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    const whole = w === "and" && isOrganizationWord(tokens[k - 1]!.text);
    // "Inspector Mark Holden of West Yorkshire Police": a titled person before "of" works there.
    const employed = w === "of" && !isTitle(tokens[k - 1]!.text) && tokens.slice(start, k - 1).some((t) => isTitle(t.text));
    // "British Bill of Rights": a thing a nationality qualifies keeps what follows its "of".
    const national = w === "of" && gazetteer().demonyms.has(tokens[start]!.text);
    if (NAME_CONNECTORS.has(w) && (!organization || whole || employed) && !national && !(w === "of" && titledPerson(tokens, start, k, to))) {
      if (k > start) parts.push([start, k]);
      start = k + 1;
    }
  }
  if (to > start) parts.push([start, to]);
  return parts;
}

/** "Secretary of State Ana Costa": titles, then "of" at `of` and the rest of the title, then a given name before `to`. */
function titledPerson(tokens: Token[], from: number, of: number, to: number): boolean {
  if (of === from) return false;
  for (let k = from; k < of; k++) if (!isTitle(tokens[k]!.text)) return false;
  for (let k = of + 2; k < to; k++) if (isGivenName(tokens[k]!.text)) return true;
  return false;
}

/** A capitalized plural common noun that is never a proper noun ("Ferries", "Buses"; not "Banks" or "Mills", also surnames). */
function isCommonPlural(word: string): boolean {
  const tags = tagsOf(word);
  return tags !== null && !tags.some((tag) => tag.startsWith("NNP")) && tagsOf(word.toLowerCase())?.[0] === "NNS";
}

function makeRun(tokens: Token[], from: number, to: number): NameRun {
  const words: string[] = [];
  // A title's period is dropped with the title ("Mr. Reeves"); an initial keeps its own ("Ana M. Ruiz").
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text !== ".") words.push(t.text);
    else if (isInitial(tokens[k - 1]!)) words[words.length - 1] += ".";
  }
  if (!verbAfterPossessive(tokens, to)) words[words.length - 1] = stripPossessive(words[words.length - 1]!);
  const { name, type, title } = classifyName(words);
  return { from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, name, type, title };
}

/** The name a run stands for, without titles, and whether it looks like a person or an organization. */
function classifyName(words: string[]): { name: string; type: SpeakerType; title: string[] } {
  const ws = words[0] === "The" && words.length > 1 ? words.slice(1) : words;
  // "Secretary of State Ana Costa": the title runs on after "of" up to the given name.
  const given = ws[1] === "of" && isTitle(ws[0]!) ? ws.findIndex((w, k) => k > 2 && isGivenName(w)) : -1;
  if (given > 0) return { name: ws.slice(given).join(" "), type: "person", title: ws.slice(0, given).map((w) => w.toLowerCase()) };
  let title = -1;
  // "Martin Luther King III": a title word before nothing but a generation's mark is a surname.
  for (let k = 0; k < ws.length - 1; k++) if (isTitle(ws[k]!) && ws.slice(k + 1).some((w) => !isGenerationMark(w))) title = k;
  // "Harvest Meadow Nutrition": a name ending in what a business trades in is the business's, a given name inside it or not.
  const organization = ws.some(isOrganizationWord) || endsInTrade(ws[ws.length - 1]!);
  // "Snopes Fact-Checker Ana Costa": a given name with a surname after it starts the person; the words before are a title,
  // unless they make a place with it ("San Diego") or are an initial of the name ("C. Eugene Holt").
  // "Tamar Link Ferries", "Link Buses": a plural common noun ending the run is no surname, so no given name starts a person there.
  const commonPlural = isCommonPlural(ws[ws.length - 1]!);
  const first = title < 0 && !organization && !commonPlural ? ws.findIndex((w, k) => isGivenName(w) && isCapitalized(ws[k + 1] ?? "")) : -1;
  const before = ws.slice(0, Math.max(first, 0));
  if (first > 0 && !before.some((w) => w.endsWith(".")) && !gazetteer().places.has([...before, ws[first]].join(" ").toLowerCase())) title = first - 1;
  const rest = ws.slice(title + 1);
  if (title >= 0 && !rest.some(isOrganizationWord)) return { name: rest.join(" "), type: "person", title: ws.slice(0, title + 1).map((w) => w.toLowerCase()) };
  if (organization) return { name: ws.join(" "), type: "organization", title: [] };
  if (ws.length >= 2 && isGivenName(ws[0]!) && !commonPlural) return { name: ws.join(" "), type: "person", title: [] };
  // "Palestinian", "British Bill": a nationality and what it qualifies are of a place, not someone who speaks.
  if (gazetteer().demonyms.has(ws[0]!)) return { name: ws.join(" "), type: "location", title: [] };
  if (ws.length === 1 && isAcronym(ws[0]!)) return { name: ws[0]!, type: "organization", title: [] };
  return { name: ws.join(" "), type: "unknown", title: [] };
}

/**
 * The words before token `to` whose capitals spell the acronym `letters` ("British Chambers of Commerce" for "BCC", past the
 * connectors between them and a nationality the name runs split off), else null.
 */
function spelledName(tokens: Token[], to: number, letters: string): string | null {
  let initials = "";
  let k = to;
  while (k > 0 && initials.length < letters.length) {
    const t = tokens[k - 1]!;
    if (t.kind !== "word" || (!isCapitalized(t.text) && !NAME_CONNECTORS.has(t.text))) return null;
    if (isCapitalized(t.text)) initials = t.text[0]! + initials;
    k--;
  }
  return initials === letters && k < to ? tokens.slice(k, to).map((t) => t.text).join(" ") : null;
}

/** Whether a run stands alone in brackets after a sentence's end, closing its paragraph ("... conceded. (The Daily Sun)"). */
function isCredit(tokens: Token[], run: NameRun): boolean {
  // The run leaves out an outlet's article ("(The Daily Sun)").
  const open = tokens[run.from - 1]?.text === "The" ? run.from - 2 : run.from - 1;
  const [before, after] = [tokens[open - 1], tokens[run.to + 1]];
  const ended = before !== undefined && /[.!?]\W*$/u.test(before.text) && (before.kind === "punct" || before.kind === "quote");
  return ended && tokens[open]?.text === "(" && tokens[run.to]?.text === ")" && (!after || after.kind === "break");
}

/**
 * The article's names: every name run resolved to its fullest form, in text order, for looking
 * up the nearest fitting referent before a position.
 */
export class NameBook {
  readonly referents: Referent[] = [];
  /** Full person names by their last word, lower-cased. */
  private readonly persons = new Map<string, Set<string>>();
  private readonly abbreviations = new Map<string, string>();
  private readonly runByToken = new Map<number, NameRun>();
  private readonly entityMentions: Array<{ start: number; end: number; entity: Entity }>;
  /** The words of the titles and roles the text gives each person ("imf", "envoy"). */
  private readonly roles = new Map<string, Set<string>>();
  /** Bodies' full names by their short form, the name without its last word ("Harwick & Lowe" for "Harwick & Lowe Terminals"). */
  private readonly fullBodies = new Map<string, string>();

  constructor(tokens: Token[], runs: NameRun[], entities: Entity[]) {
    this.entityMentions = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.span.start, end: m.span.end, entity })))
      .sort((a, b) => a.start - b.start);
    for (const e of entities) if (e.type === "person" && e.role) this.addRole(e.name, e.role.toLowerCase().split(/[\s-]+/));
    // "Harwick & Lowe said" after "Harwick & Lowe Terminals": a body's name without the word saying what kind of body it is, is that body.
    // A one-word short form may be another body or a place ("Washington" of "Washington Post"), so it takes two words or more.
    for (const e of entities) if (e.type === "organization" && / .* /.test(e.name) && isBodyWord(e.name.slice(e.name.lastIndexOf(" ") + 1))) this.fullBodies.set(e.name.slice(0, e.name.lastIndexOf(" ")), e.name);
    for (const run of runs) {
      for (let k = run.from; k < run.to; k++) this.runByToken.set(k, run);
      if (run.type === "person" && run.name.includes(" ")) this.addPerson(withoutLetters(run.name));
      // "Health and Safety Executive (HSE)": the abbreviation stands for the name.
      const open = tokens[run.to];
      const abbr = tokens[run.to + 1];
      if (open?.text === "(" && abbr && tokens[run.to + 2]?.text === ")" && /^\p{Lu}[\p{L}]{1,7}$/u.test(abbr.text)) {
        this.abbreviations.set(abbr.text, spelledName(tokens, run.to, abbr.text) ?? run.name);
      }
    }
    for (const run of runs) {
      // "... has not conceded. (The Daily Sun)": an outlet credited in brackets closing a paragraph is the item's source, no party in it.
      if (isCredit(tokens, run)) continue;
      const r = this.resolveRun(run);
      this.referents.push({ pos: run.start, sentence: tokens[run.from]!.sentence, name: r.name, type: r.type, gender: r.type === "person" ? genderOf(r.name) : null });
      if (r.type === "person" && run.title.length) this.addRole(r.name, run.title);
      if (r.type === "person") this.addRole(r.name, appositiveRole(tokens, run));
    }
  }

  private addRole(name: string, words: string[]): void {
    const known = this.roles.get(name) ?? new Set<string>();
    for (const w of words) known.add(w);
    this.roles.set(name, known);
  }

  /** The nearest person before `pos` the text gives every word of a role ("the envoy" after "IMF envoy Gavin Gray"; "prime", "minister"). */
  holderOf(pos: number, words: string[]): Referent | null {
    return this.nearest(pos, (r) => r.type === "person" && words.every((w) => this.roles.get(r.name)?.has(w) === true));
  }

  /** Whether the text gives the person `name` a title or role, none of them `noun` or its short form ("sen." for "senator"). */
  hasOtherRole(name: string, noun: string): boolean {
    const known = this.roles.get(name);
    return known !== undefined && known.size > 0 && ![...known].some((w) => w.slice(0, ROLE_STEM) === noun.slice(0, ROLE_STEM));
  }

  /** The first person from `pos` on whom the text gives the role `noun` (a headline's "Minister says" is the minister the story names). */
  firstHolder(pos: number, noun: string): Referent | null {
    for (let k = this.indexBefore(pos); k < this.referents.length; k++) {
      const r = this.referents[k]!;
      if (r.type === "person" && this.roles.get(r.name)?.has(noun)) return r;
    }
    return null;
  }

  /** The referent named at `pos` exactly, or null. */
  startingAt(pos: number): Referent | null {
    const r = this.referents[this.indexBefore(pos)];
    return r?.pos === pos ? r : null;
  }

  /** The name run a token belongs to. */
  runAt(token: number): NameRun | undefined {
    return this.runByToken.get(token);
  }

  /** The canonical name and type a run resolves to. */
  resolveRun(run: NameRun): { name: string; type: SpeakerType } {
    // "Mr. Lee" is not Anna Lee: a courtesy title's gender rules out a full name of the other.
    const gender = titleGender(run.title);
    // "Ana Costa Says" from a title-case headline: an entity name that takes in a verb the run stops at is not used,
    // nor one that takes in the reporting verb before the run ("Said Reyes:").
    // Nor one that takes in the run's title words ("State Ana Costa" for "Secretary of State Ana Costa"),
    // nor an organization for a person's name ("Ana Costa" is not the Ana Costa Foundation).
    // A nationality's run is no party whatever the entity layer makes of it.
    if (run.type === "location") return { name: run.name, type: run.type };
    const entity = this.entityAt(run.start, run.end);
    const expanded = this.abbreviations.get(run.name);
    // "The British Chambers of Commerce (BCC)": an acronym the text spells out is that name, where an entity is only the acronym.
    if (expanded && entity?.name === run.name) return { name: expanded, type: "organization" };
    // Nor a person inside a name that ends in what a business trades in ("Meadow Nutrition" of "Harvest Meadow Nutrition").
    const fits = entity && !(run.type === "person" && entity.type === "organization") && !(entity.type === "person" && endsInTrade(run.name)) && !entity.name.split(" ").some((w) => isHeadlineVerb(w) || (isReportingVerb(w.toLowerCase()) && !run.name.includes(w)) || run.title.includes(w.toLowerCase()));
    if (entity && fits && (gender === null || entity.type !== "person" || genderOf(entity.name) !== otherGender(gender))) {
      return { name: (entity.type === "organization" && this.fullBodies.get(entity.name)) || entity.name, type: entity.type };
    }
    if (expanded) return { name: expanded, type: "organization" };
    const full = this.fullestPerson(run.name, gender);
    if (full) return { name: full, type: "person" };
    return { name: run.name, type: run.type };
  }

  private addPerson(name: string): void {
    const key = lastWord(name);
    const names = this.persons.get(key) ?? new Set<string>();
    // An article names a handful of people per surname; more is hostile input, not news.
    if (names.size < MAX_NAMESAKES) names.add(name);
    this.persons.set(key, names);
  }

  /** The person a transcript's speaker label stands for ("Costa" for Ana Costa), if the article names them in full. */
  labelled(surname: string): string | null {
    return this.fullestPerson(surname, null);
  }

  /** The longest person name the article gives whose last words are `name` ("Lecornu", "De Wit"), of the gender a title gives. */
  private fullestPerson(name: string, gender: Gender): string | null {
    const tail = ` ${name.toLowerCase()}`;
    let best: string | null = null;
    for (const p of this.persons.get(lastWord(name)) ?? []) {
      const full = ` ${p.toLowerCase()}`;
      // "Halvorsen" of "Tomas R. Halvorsen Jr": the surname before a generation's mark.
      if ((full.endsWith(tail) || ` ${withoutGeneration(p).toLowerCase()}`.endsWith(tail)) && (!best || p.length > best.length) && (gender === null || genderOf(p) !== otherGender(gender))) best = p;
    }
    return best;
  }

  private entityAt(start: number, end: number): Entity | null {
    // Binary search for the last mention starting before `end`, then look back for an overlap.
    const lo = partitionPoint(this.entityMentions.length, (i) => this.entityMentions[i]!.start < end);
    // The mention overlapping most, if it covers at least half the run: "Rotterdam" inside
    // "Port of Rotterdam Authority" does not name the authority.
    let best: Entity | null = null;
    let bestOverlap = Math.ceil((end - start) / 2);
    for (let k = lo - 1; k >= 0 && lo - k <= 8; k--) {
      const m = this.entityMentions[k]!;
      const overlap = Math.min(end, m.end) - Math.max(start, m.start);
      if (overlap >= bestOverlap) {
        best = m.entity;
        bestOverlap = overlap + 1;
      }
    }
    return best;
  }

  /** The index of the first referent at or after `pos`. */
  private indexBefore(pos: number): number {
    return partitionPoint(this.referents.length, (i) => this.referents[i]!.pos < pos);
  }

  /** The nearest referent before `pos` that `fits`, looking back at most `limit` names. */
  nearest(pos: number, fits: (r: Referent) => boolean, limit = 60): Referent | null {
    const k = this.nearestIndex(pos, fits, limit);
    return k < 0 ? null : this.referents[k]!;
  }

  /**
   * The referent "he" or "she" in sentence `sentence` stands for: in its own sentence the nearest
   * fitting name; in an earlier one the first fitting name of the latest sentence that has one,
   * as the subject is more likely to be taken up again than an object ("Smith met Jones. He said").
   */
  antecedent(pos: number, sentence: number, fits: (r: Referent) => boolean): Referent | null {
    let k = this.nearestIndex(pos, fits, 60);
    if (k < 0) return null;
    const s = this.referents[k]!.sentence;
    if (s === sentence) return this.referents[k]!;
    for (let j = k - 1; j >= 0 && k - j <= 60 && this.referents[j]!.sentence === s; j--) if (fits(this.referents[j]!)) k = j;
    return this.referents[k]!;
  }

  private nearestIndex(pos: number, fits: (r: Referent) => boolean, limit: number): number {
    for (let k = this.indexBefore(pos) - 1, n = 0; k >= 0 && n < limit; k--, n++) if (fits(this.referents[k]!)) return k;
    return -1;
  }
}

/** Whether a referent can be called he or she. */
export const fitsGender = (r: { type: SpeakerType; gender: Gender }, gender: Gender): boolean => r.type === "person" && (gender === null || r.gender === null || r.gender === gender);
