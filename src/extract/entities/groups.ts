// Mentions into entities: typed candidates are grouped so that every candidate that is another
// form of a named entity (a surname, a short form, an abbreviation, a lexicon alias) joins it.
import type { Entity, EntityType, Mention } from "../../types.js";
import { abbreviates, CHAMBERS, lowerText, type Candidate } from "./candidates.js";
import { lexicon as lex } from "./lexicon.js";
import { abbreviationAfter, foreignAcronymAfter, knownAsAfter, type Typing } from "./type.js";
import type { Token } from "../text/index.js";
import { isGenerationMark, partitionPoint } from "../text/index.js";
import { packedMap } from "./packed.js";
import { isTeam } from "./teams.js";

export interface Group {
  type: EntityType;
  /** Lexicon canonical name or the name as printed: what other mentions are matched against. */
  key: string;
  words: string[];
  mentions: Candidate[];
  /** A name the text implies but does not print ("Russian Foreign Ministry" for "the country's Foreign Ministry"). */
  qualified: string | null;
  /** How many mentions read the name as each type: the type most of them give is the name's. */
  votes: Record<EntityType, number>;
}

/** Whether `place` is a place named after a body of type `short` ("Celtic Park" after the club "Celtic"): no other form of it. */
const isVenueOf = (place: Group, short: EntityType | null): boolean =>
  short === "organization" && place.type === "location" && lex.locationSuffixes.has(place.words[place.words.length - 1]!);

export interface Typed {
  c: Candidate;
  t: Typing;
}

const ENTITY_TYPES: EntityType[] = ["person", "organization", "location"];
// Government bodies whose name leaves the country to the context ("the Defense Ministry").
const STATE_BODIES = new Set(["Ministry", "Department", "Government", "Parliament", "Embassy", "Army", "Navy", "Forces", "Cabinet"]);

/** The entities the typed candidates name, each with its mentions (some may be left without any). */
export function groupMentions(typed: Typed[], tokens: Token[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const add = (c: Candidate, type: EntityType, key: string): Group => {
    let g = byKey.get(key);
    if (!g) {
      // The printed words, not the lexicon's name: short forms are matched against what the text says.
      g = { type, key, words: packedMap(c.words, (w) => w.replace(/['’]$/, "")), mentions: [], qualified: null, votes: { person: 0, organization: 0, location: 0 } };
      byKey.set(key, g);
      groups.push(g);
    } else if (g.type === "location" && type === "organization") {
      // Context that makes a place an organization (a club named after its town) outweighs the place lexicon.
      g.type = type;
    }
    g.mentions.push(c);
    g.votes[type]++;
    return g;
  };
  const index = new NameIndex();
  // Beside "Leeds United", "fans in Leeds" and "Arlington, Texas" are places and "Leeds 2 Hull 1" a club of its own in a results line;
  // beside "St Helens Council", "St Helens" is the place the council governs, not "St Helens council" (the council itself).
  // Beside "Lower Saxony Ministry of Education", "schools in Lower Saxony" is the place, when its words read as one (`place`) or a place preposition opens them.
  const townUse = (c: Candidate, g: Group, place = false): boolean => {
    if (isCouncilOf(g, c)) return tokens[c.last + 1]?.text !== "council";
    const prev = tokens[c.first - 1]?.text ?? "";
    // Not where the body's head follows in lower case ("the Lower Saxony ministry").
    if ((place || lex.locationPrepositions.has(prev)) && isBodyOfPlace(g, c)) {
      const next = tokens[c.last + 1]?.text ?? "";
      return !PLACE_BODY_HEADS.has(next.charAt(0).toUpperCase() + next.slice(1));
    }
    // Beside "Ludlow Angling Club", "near Ludlow" is the town the body is named after: what a thing is near is a place (not so what
    // is "in" it: "trading in MFS" beside "MFS Communications").
    if (prev === "near" && g.type === "organization" && opensName(g, c)) return true;
    if (!isClubOf(g, c)) return false;
    return lex.locationPrepositions.has(prev) || (prev === "," && lex.places.has(tokens[c.first - 2]?.text.toLowerCase() ?? "")) || isTeam(c, tokens);
  };

  // Full names first: strong evidence, and people's names of two words or more.
  const prefixesOfStrong = strongPrefixes(typed);
  const rest: Typed[] = [];
  for (const item of typed) {
    const { c, t } = item;
    if (t === "none") continue;
    if (t && (t.strong || (t.type === "person" && c.capWords.length > 1)) && !prefixesOfStrong.has(lowerWords(c))) {
      const g = add(c, t.type, canonical(c, t.type));
      const abbr = abbreviationAfter(c, tokens) ?? knownAsAfter(c, tokens) ?? (t.type === "organization" ? foreignAcronymAfter(c, tokens, lex) : null);
      if (abbr) index.defineAbbreviation(abbr.text, g);
    } else rest.push(item);
  }
  for (const g of groups) index.add(g);
  // Then short forms: surnames, leading words of a longer name, abbreviations; else the candidate's own weak type.
  const unmatched: Candidate[] = [];
  for (const { c, t } of rest) {
    const key = canonical(c, t && t !== "none" ? t.type : "person");
    const same = byKey.get(key);
    if (same && t && t !== "none") same.votes[t.type]++;
    const longer = same ?? index.longerNameOf(c, t && t !== "none" ? t.type : null);
    const g = longer && !isVenueOf(longer, t && t !== "none" ? t.type : null) && !townUse(c, longer, (t && t !== "none" && t.type === "location") || lex.places.has(lowerText(c))) ? longer : null;
    if (g) g.mentions.push(c);
    // A first word two people's names share ("John" after "John Carter" and "John Osborne") names neither, nor a third.
    else if (t && t !== "none" && !c.positional && !index.sharedFirstWord(c)) add(c, t.type, key);
    else unmatched.push(c);
  }
  for (const g of groups) {
    for (const type of ENTITY_TYPES) if (g.votes[type] > g.votes[g.type]) g.type = type;
  }
  // Earlier untyped occurrences of a name typed further on ("Residents of Tarnby ... in Tarnby").
  for (const c of unmatched) byKey.get(canonical(c, "person"))?.mentions.push(c);
  // People's surnames and organizations' short forms may have been typed on their own before the full name was seen.
  for (const g of groups) {
    if (g.mentions.length === 0) continue;
    const target = index.longerNameOf(g.mentions[0]!, g.type);
    if (target && isVenueOf(target, g.type)) continue;
    // A known place stays a place beside a namesake ("Dorset" beside "Sarah Dorset").
    const knownPlace = g.type === "location" && lex.places.has(g.key.toLowerCase());
    if (target && target !== g && !(knownPlace && target.type === "person")) {
      const towns = g.mentions.filter((m) => townUse(m, target, g.type === "location"));
      target.mentions.push(...g.mentions.filter((m) => !towns.includes(m)));
      g.mentions = towns;
      if (towns.length && !towns.some((m) => isTeam(m, tokens))) g.type = "location";
    } else if (target && target !== g) {
      // ... unless it speaks: "Hamilton said" after "Lewis Hamilton" is the driver, not the town.
      const speaks = g.mentions.filter((m) => lex.speechVerbs.has(tokens[m.last + 1]?.text ?? ""));
      target.mentions.push(...speaks);
      g.mentions = g.mentions.filter((m) => !speaks.includes(m));
    }
  }
  qualifyStateBodies(groups, tokens);
  return groups;
}

/** The name other forms are matched against: the lexicon's canonical name, else the text. */
function canonical(c: Candidate, type: EntityType): string {
  const known = type === "location" ? lex.places.get(lowerText(c)) : type === "organization" ? lex.orgs.get(lowerText(c)) : undefined;
  return known ?? (c.printed ??= c.words.join(" ").replace(/['’]$/, ""));
}

function lowerWords(c: Candidate): string {
  return (c.lowerCaps ??= c.capWords.join(" ").toLowerCase());
}

/** "Fenwick Road" before "Fenwick Road Laboratories": the leading words of strongly typed organization and place names. */
function strongPrefixes(typed: Typed[]): Set<string> {
  const out = new Set<string>();
  for (const { c, t } of typed) {
    if (!t || t === "none" || !t.strong || t.type === "person" || c.capWords.length < 2) continue;
    const words = packedMap(c.capWords, (w) => w.toLowerCase());
    for (let n = 1; n < words.length && n <= MAX_NAME_WORDS; n++) out.add(words.slice(0, n).join(" "));
  }
  return out;
}

// Names longer than this are not indexed by their parts (keeps the index linear in the text).
const MAX_NAME_WORDS = 8;
// Mixed-case abbreviations ("Nasa") are tried against this many organizations at most.
const MAX_ABBREVIATION_TARGETS = 200;

// The Arabic article before a surname: "al-Bashir", "el-Sisi".
const ARTICLE_PREFIX = /^(?:al|el)[-\u2010](\p{L}{2,}.*)$/u;
// Second words of clubs named after their town ("Leeds United", "Bristol Rovers"), whose town's name alone is the club's short form.
const CLUB_WORDS = new Set(["United", "City", "Town", "Rovers", "Wanderers", "Athletic", "Albion", "County", "Hotspur", "Rangers", "Wednesday", "Argyle", "Orient"]);

/** The maps of a NameIndex, made when its first name of several words comes (most texts name few). */
interface NameParts {
  /** "moreau" -> Claire Moreau: the last words of people's names. */
  surnames: Map<string, Group>;
  /** "wang" -> Wang Yi: people's first words, for names written family name first; null when two people share one. */
  firstWords: Map<string, Group | null>;
  /** "fenwick road" -> Fenwick Road Laboratories: the first words of organizations' and places' names. */
  prefixes: Map<string, Group>;
  /** "Commission" -> the organizations whose name ends with it. */
  heads: Map<string, Group[]>;
  /** "villa" -> Aston Villa: the last word of one organization's name; null when two names end with it. */
  tails: Map<string, Group | null>;
  /** "EU" -> European Union: exact initials. */
  initials: Map<string, Group>;
  /** Organizations and places by the first letter of their name, for mixed-case abbreviations. */
  byInitial: Map<string, Group[]>;
}

/** Lookup of the longer names a short form may stand for. */
class NameIndex {
  private parts: NameParts | null = null;
  private indexed = 0;
  /** Abbreviations defined in brackets after a long form. */
  private abbreviations: Map<string, Group> | null = null;
  /** The answers of `longerNameOf` by the candidate's words: a name is often repeated, the index does not change. */
  private answered: Map<string, Group | null> | null = null;

  /** Records an abbreviation the text defines in brackets after the long form ("Office of Rail and Road (ORR)"). */
  defineAbbreviation(abbr: string, g: Group): void {
    (this.abbreviations ??= new Map()).set(abbr.toUpperCase(), g);
    this.answered = null;
  }

  add(g: Group): void {
    if (g.words.length < 2 || g.words.length > MAX_NAME_WORDS) return;
    const words = packedMap(g.words, (w) => w.toLowerCase());
    const parts = (this.parts ??= { surnames: new Map(), firstWords: new Map(), prefixes: new Map(), heads: new Map(), tails: new Map(), initials: new Map(), byInitial: new Map() });
    for (let n = 1; n < words.length; n++) {
      if (g.type === "person") setFirst(parts.surnames, words.slice(words.length - n).join(" "), g);
      else setFirst(parts.prefixes, words.slice(0, n).join(" "), g);
    }
    if (g.type === "person") {
      // "Biden" after "Joseph R. Biden Jr": later mentions drop a generation's mark.
      if (words.length > 2 && isGenerationMark(g.words[g.words.length - 1]!)) for (let n = 1; n < words.length - 1; n++) setFirst(parts.surnames, words.slice(words.length - 1 - n, -1).join(" "), g);
      // "Bashir" after "Omar al-Bashir": news drops the Arabic article of a surname on later mentions.
      const bare = ARTICLE_PREFIX.exec(words[words.length - 1]!)?.[1];
      if (bare) setFirst(parts.surnames, bare, g);
      parts.firstWords.set(words[0]!, parts.firstWords.has(words[0]!) && parts.firstWords.get(words[0]!) !== g ? null : g);
      return;
    }
    const last = g.words[g.words.length - 1]!;
    const list = parts.heads.get(last);
    if (list) list.push(g);
    else parts.heads.set(last, [g]);
    // Only a name of two plain words, capital then lower case: "Federal Republic of Yugoslavia" is not "Yugoslavia", nor "St. Louis" "Louis";
    // the first may be a club's or company's prefix in capitals ("Alvorada" after "CD Alvorada").
    if (g.type === "organization" && g.words.length === 2 && (PLAIN_WORD.test(g.words[0]!) || lex.orgHeads.has(g.words[0]!)) && PLAIN_WORD.test(g.words[1]!)) {
      const tail = words[1]!;
      parts.tails.set(tail, parts.tails.has(tail) && parts.tails.get(tail) !== g ? null : g);
    }
    const caps = g.words.filter((w) => /^\p{Lu}/u.test(w));
    setFirst(parts.initials, packedMap(caps, (w) => (/^\p{Lu}+$/u.test(w) ? w : w[0]!)).join(""), g);
    if (this.indexed++ < MAX_ABBREVIATION_TARGETS) {
      const letter = g.words[0]![0]!.toUpperCase();
      const list = parts.byInitial.get(letter);
      if (list) list.push(g);
      else parts.byInitial.set(letter, [g]);
    }
  }

  /** Whether `c` is one word that opens the names of two people or more. */
  sharedFirstWord(c: Candidate): boolean {
    return c.capWords.length === 1 && this.parts?.firstWords.get(lowerWords(c)) === null;
  }

  /** The entity `c` is another form of: a person's surname(s), the first words of an organization or place, or an abbreviation. */
  longerNameOf(c: Candidate, type: EntityType | null): Group | null {
    if (!this.parts && !this.abbreviations) return null;
    const place = type === "location";
    const words = (c.joinedCaps ??= c.capWords.join(" "));
    const key = place ? `${words}\u0000place` : words;
    const answered = (this.answered ??= new Map());
    let g = answered.get(key);
    if (g === undefined) answered.set(key, (g = this.findLongerName(c, place)));
    return g;
  }

  private findLongerName(c: Candidate, place: boolean): Group | null {
    const parts = this.parts;
    const key = lowerWords(c);
    // "Van der Berg" after "Jan van der Berg": a particle capitalized by position is the surname's own.
    const person = parts?.surnames.get(key) ?? (c.words.length > c.capWords.length ? parts?.surnames.get(lowerText(c)) : undefined);
    if (person) return person;
    // A known place keeps its own entry ("Hamburg" beside "Port of Hamburg"), unless the text names its club ("Leeds" beside
    // "Leeds United") and does not shout the town as a dateline ("GLASGOW 1996-08-24").
    const club = /\p{Ll}/u.test(c.capWords[0]!) && isClubOf(parts?.prefixes.get(key), c);
    const prefixed = lex.places.has(key) && !club ? undefined : parts?.prefixes.get(key);
    if (prefixed) return prefixed;
    if (c.capWords.length !== 1) return null;
    const word = c.capWords[0]!;
    // "Wang" after "Wang Yi", "Cho" after "Cho Tae-yul": the first word of one person's name, unless it names a place or body.
    const first = parts?.firstWords.get(key);
    if (first && !lex.places.has(key) && !lex.orgs.has(key)) return first;
    // "the Commission" after "European Commission": the head noun of exactly one named organization.
    const heads = lex.orgSuffixes.has(word) ? parts?.heads.get(word) : undefined;
    if (heads?.length === 1) return heads[0]!;
    // "Villa" after "Aston Villa", "Palace" after "Crystal Palace": a club's or company's last word, where no other name ends so;
    // not a place read as one, which a club is named after ("Ruch Chorzow" beside "in Chorzow"), nor a word in a shouted headline.
    // Nor a legislative chamber's word, the chamber itself ("House" beside "White House").
    const tail = place || !/\p{Ll}/u.test(word) || lex.orgSuffixes.has(word) || CHAMBERS.has(word) || lex.places.has(key) || lex.countries.has(key) ? undefined : parts?.tails.get(key);
    if (tail) return tail;
    const defined = this.abbreviations?.get(word.toUpperCase()) ?? (/^\p{Lu}+$/u.test(word) ? parts?.initials.get(word) : undefined);
    if (defined) return defined;
    const targets = parts?.byInitial.get(word[0]!);
    if (!targets) return null;
    // "Nasa" for "National Aeronautics and Space Administration": a mixed-case abbreviation may take function words' letters too.
    if (/^\p{Lu}\p{Ll}{1,7}$/u.test(word) && !lex.commonWords.has(key)) {
      return targets.find((g) => abbreviates(word, g.words.filter((w) => /^\p{Lu}/u.test(w)))) ?? null;
    }
    // "DfT" for "Department for Transport": a lower-case letter between capitals is a function word's.
    if (/^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u.test(word)) return targets.find((g) => abbreviates(word, g.words)) ?? null;
    return null;
  }
}

// A plain word: a capital, then lower case.
const PLAIN_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** Whether `g` is a club named after the one word of `c` and a club's word ("Leeds United" for "Leeds"). */
function isClubOf(g: Group | undefined, c: Candidate): boolean {
  return g !== undefined && g.type === "organization" && g.words.length === 2 && c.capWords.length === 1 && CLUB_WORDS.has(g.words[1]!);
}

// Head words of a public body named by the place it serves ("Lower Saxony Ministry of Education", "Ostfold Police").
const PLACE_BODY_HEADS = new Set(["Ministry", "Department", "Government", "Police", "Parliament", "Assembly"]);

/** Whether the name of `g` opens with the words of `c` and goes on ("Ludlow Angling Club" for "Ludlow"). */
const opensName = (g: Group, c: Candidate): boolean => g.words.length > c.capWords.length && c.capWords.every((w, k) => g.words[k] === w);

/** Whether `g` is a council named after the words of `c` ("St Helens Council" for "St Helens"). */
function isCouncilOf(g: Group, c: Candidate): boolean {
  const n = c.capWords.length;
  const kinds = g.words.slice(n, -1);
  return g.type === "organization" && opensName(g, c) && g.words[g.words.length - 1] === "Council" && kinds.length <= 2 && kinds.every((w) => COUNCIL_KINDS.has(w));
}

// The kinds of place a council's name may give between the place and "Council" ("Ashford Borough Council").
const COUNCIL_KINDS = new Set(["Town", "City", "County", "District", "Borough", "Parish", "Metropolitan", "Regional", "Municipal", "Community"]);

/** Whether `g` is a public body whose name opens with the words of `c` before its head ("Lower Saxony Ministry of Education" for "Lower Saxony"). */
function isBodyOfPlace(g: Group, c: Candidate): boolean {
  return g.type === "organization" && PLACE_BODY_HEADS.has(g.words[c.capWords.length] ?? "") && opensName(g, c);
}

/** Sets `key` unless the map holds it already: the first value seen stays. */
export function setFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

/**
 * "the Defense Ministry" joins the one country-qualified ministry of that name the text gives
 * (the nearest), or takes the country of "the country's" from the place last named before it.
 */
function qualifyStateBodies(groups: Group[], tokens: Token[]): void {
  // Country-qualified bodies by their bare name: "Interior Ministry" -> Italian Interior Ministry, Greek Interior Ministry.
  const qualified = new Map<string, Group[]>();
  for (const h of groups) {
    if (h.type !== "organization" || h.words.length < 2 || !lex.demonyms.has(h.words[0]!)) continue;
    const bare = h.words.slice(1).join(" ");
    const list = qualified.get(bare);
    if (list) list.push(h);
    else qualified.set(bare, [h]);
  }
  // Mentions of countries and capitals, in text order (listed when first needed).
  let places: Array<{ key: string; start: number }> | null = null;
  const placeMentions = () =>
    (places ??= groups
      .filter((h) => h.type === "location" && lex.demonymOf.has(h.key))
      .flatMap((h) => h.mentions.map((m) => ({ key: h.key, start: m.start })))
      .sort((x, y) => x.start - y.start));
  for (const g of groups) {
    if (g.type !== "organization" || g.mentions.length === 0 || !STATE_BODIES.has(g.words[g.words.length - 1]!)) continue;
    if (lex.demonyms.has(g.words[0]!) || lex.places.has(g.words[0]!.toLowerCase())) continue;
    const siblings = qualified.get(g.key);
    const at = g.mentions[0]!.start;
    if (siblings?.length) {
      let nearest = siblings[0]!;
      for (const h of siblings) if (distance(h, at) < distance(nearest, at)) nearest = h;
      nearest.mentions.push(...g.mentions);
      g.mentions = [];
      continue;
    }
    const c = g.mentions[0]!;
    const before = packedMap(tokens.slice(Math.max(0, c.first - 3), c.first), (t) => t.text.toLowerCase()).join(" ");
    // "The country's Foreign Ministry": the country is the place last named before it.
    if (/\bcountry ['’]s$/.test(before)) {
      const place = lastBefore(placeMentions(), at);
      const demonym = place ? lex.demonymOf.get(place) : undefined;
      if (demonym) g.qualified = `${demonym} ${g.key}`;
    }
  }
}

function distance(g: Group, at: number): number {
  let best = Infinity;
  for (const m of g.mentions) best = Math.min(best, Math.abs(m.start - at));
  return best;
}

/** The key of the last place mentioned before `at` (binary search over mentions in text order). */
function lastBefore(places: Array<{ key: string; start: number }>, at: number): string | null {
  const lo = partitionPoint(places.length, (i) => places[i]!.start < at);
  return lo > 0 ? places[lo - 1]!.key : null;
}

/** The number of words of a name: its runs of whitespace plus one, as `split(/\s+/)` counts them. */
function wordCount(s: string): number {
  let n = 1;
  for (let k = 0; k < s.length; k++) if (isSpace(s.charCodeAt(k)) && (k === 0 || !isSpace(s.charCodeAt(k - 1)))) n++;
  return n;
}

/** A character of a regular expression's \s: white space or a line terminator. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function toEntity(g: Group): Entity {
  const mentions = [...g.mentions].sort((a, b) => a.start - b.start);
  // The fullest form: most words, then longest, then first; a form in running text before one in headline capitals.
  const shouted = (s: string) => s.length > 3 && s === s.toUpperCase();
  let name = mentions[0]!.text;
  let words = wordCount(name);
  let nameShouted = shouted(name);
  for (const m of mentions) {
    const n = wordCount(m.text);
    const mShouted = shouted(m.text);
    if (mShouted && !nameShouted) continue;
    if ((nameShouted && !mShouted) || n > words || (n === words && m.text.length > name.length)) {
      name = m.text;
      words = n;
      nameShouted = mShouted;
    }
  }
  name = name.replace(/['’]$/, "");
  if (g.qualified) name = g.qualified;
  const aliases: string[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.text === name || seen.has(m.text)) continue;
    seen.add(m.text);
    aliases.push(m.text);
  }
  const out: Mention[] = mentions.map((m) => ({ text: m.text, span: { start: m.start, end: m.end } }));
  return { name, type: g.type, aliases, role: mentions.find((m) => m.role)?.role ?? null, mentions: out };
}
