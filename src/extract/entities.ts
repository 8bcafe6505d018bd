// People, organizations and places: candidates are typed, then every candidate that is another
// form of a named entity (a surname, a short form, an abbreviation, a lexicon alias) joins it.
import type { Entity, EntityType, Mention } from "../types.js";
import { findCandidates, type Candidate } from "./entity-candidates.js";
import { lexicon as lex } from "./entity-lexicon.js";
import { abbreviates, abbreviationAfter, typeCandidate, type Typing } from "./entity-type.js";
import { tokenize, type Token } from "./nlp.js";

interface Group {
  type: EntityType;
  /** Lexicon canonical name or the name as printed: what other mentions are matched against. */
  key: string;
  words: string[];
  mentions: Candidate[];
  /** A name the text implies but does not print ("Russian Foreign Ministry" for "the country's Foreign Ministry"). */
  qualified: string | null;
}

// Government bodies whose name leaves the country to the context ("the Defense Ministry").
const STATE_BODIES = new Set(["Ministry", "Department", "Government", "Parliament", "Embassy", "Army", "Navy", "Forces", "Cabinet"]);

export function extractEntities(text: string): Entity[] {
  const tokens = tokenize(text);
  const typed: Array<{ c: Candidate; t: Typing }> = findCandidates(tokens, text, lex).map((c) => ({ c, t: typeCandidate(c, tokens, lex) }));
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const add = (c: Candidate, type: EntityType, key: string): Group => {
    let g = byKey.get(key);
    if (!g) {
      g = { type, key, words: key.split(/\s+/), mentions: [], qualified: null };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(c);
    return g;
  };
  const abbreviations = new Map<string, Group>();

  // Full names first: strong evidence, and people's names of two words or more.
  const rest: Array<{ c: Candidate; t: Typing }> = [];
  for (const item of typed) {
    const { c, t } = item;
    if (t === "none") continue;
    if (t && (t.strong || (t.type === "person" && c.capWords.length > 1)) && !isShortFormOfStrong(c, typed)) {
      const g = add(c, t.type, canonical(c, t.type));
      const abbr = abbreviationAfter(c, tokens);
      if (abbr) abbreviations.set(abbr.text.toUpperCase(), g);
    } else rest.push(item);
  }
  // Then short forms: surnames, leading words of a longer name, abbreviations; else the candidate's own weak type.
  for (const { c, t } of rest) {
    const g = shortFormOf(c, groups, abbreviations);
    if (g) g.mentions.push(c);
    else if (t && t !== "none") add(c, t.type, canonical(c, t.type));
  }
  // People's surnames and organizations' short forms may have been typed on their own before the full name was seen.
  for (const g of [...groups]) {
    if (g.mentions.length === 0) continue;
    const target = shortFormOf(g.mentions[0]!, groups.filter((h) => h !== g && h.words.length > g.words.length), abbreviations);
    if (target && g.words.length < target.words.length) {
      target.mentions.push(...g.mentions);
      g.mentions = [];
    }
  }
  qualifyStateBodies(groups, tokens);
  return groups.filter((g) => g.mentions.length > 0).map(toEntity).sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
}

/** The name other forms are matched against: the lexicon's canonical name, else the text. */
function canonical(c: Candidate, type: EntityType): string {
  const key = c.text.toLowerCase();
  const known = type === "location" ? lex.places.get(key) : type === "organization" ? lex.orgs.get(key) : undefined;
  return known ?? c.words.join(" ").replace(/['’]$/, "");
}

/** "Calder Vale" before "Calder Vale Diagnostics": a weakly typed candidate that starts a strongly typed longer name. */
function isShortFormOfStrong(c: Candidate, typed: Array<{ c: Candidate; t: Typing }>): boolean {
  for (const { c: o, t } of typed) {
    if (!t || t === "none" || !t.strong || t.type === "person" || o.capWords.length <= c.capWords.length) continue;
    if (c.capWords.every((w, i) => o.capWords[i] === w)) return true;
  }
  return false;
}

/** The entity `c` is another form of: a person's surname(s), the first words of an organization or place, or an abbreviation. */
function shortFormOf(c: Candidate, groups: Group[], abbreviations: Map<string, Group>): Group | null {
  const words = c.capWords.map((w) => w.toLowerCase());
  let best: Group | null = null;
  for (const g of groups) {
    const gw = g.words.map((w) => w.toLowerCase());
    if (gw.length <= words.length) continue;
    if (g.type === "person") {
      // "Lecornu" -> "Sebastien Lecornu"; "De Wit" -> "Hanna de Wit".
      const tail = gw.slice(gw.length - words.length);
      if (tail.every((w, i) => w === words[i])) best ??= g;
    } else if (gw.slice(0, words.length).every((w, i) => w === words[i]) && !lex.places.has(c.text.toLowerCase())) {
      // "Calder Vale" -> "Calder Vale Diagnostics"; a known place keeps its own entry ("Rotterdam" beside "Port of Rotterdam").
      best ??= g;
    }
  }
  if (best) return best;
  const upper = c.text.toUpperCase();
  const defined = abbreviations.get(upper);
  if (defined) return defined;
  // "EU" beside "European Union": an abbreviation made of a named organization's initials.
  if (c.capWords.length === 1 && /^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(c.text) && c.text.length <= 8) {
    for (const g of groups) {
      if (g.type !== "person" && g.words.length > 1 && abbreviates(c.text, g.words.filter((w) => /^\p{Lu}/u.test(w)))) {
        // An all-capitals abbreviation must be exactly the initials ("EU"); a mixed-case one ("Cosla") may take function words' too.
        const initials = g.words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => (/^\p{Lu}+$/u.test(w) ? w : w[0])).join("");
        if (initials === upper || !/^\p{Lu}+$/u.test(c.text)) return g;
      }
    }
  }
  return null;
}

/**
 * "the Defense Ministry" joins the one country-qualified ministry of that name the text gives
 * (the nearest), or takes the country of "the country's" from the place last named before it.
 */
function qualifyStateBodies(groups: Group[], tokens: Token[]): void {
  for (const g of groups) {
    if (g.type !== "organization" || g.mentions.length === 0 || !STATE_BODIES.has(g.words[g.words.length - 1]!)) continue;
    if (lex.demonyms.has(g.words[0]!) || lex.places.has(g.words[0]!.toLowerCase())) continue;
    const suffix = ` ${g.key}`;
    const siblings = groups.filter((h) => h !== g && h.type === "organization" && h.key.endsWith(suffix) && lex.demonyms.has(h.key.slice(0, -suffix.length)));
    if (siblings.length) {
      const at = g.mentions[0]!.start;
      const nearest = siblings.reduce((a, b) => (distance(b, at) < distance(a, at) ? b : a));
      nearest.mentions.push(...g.mentions);
      g.mentions = [];
      continue;
    }
    const c = g.mentions[0]!;
    const before = tokens.slice(Math.max(0, c.first - 3), c.first).map((t) => t.text.toLowerCase()).join(" ");
    // "The country's Foreign Ministry": the country is the place last named before it.
    if (/\bcountry ['’]s$/.test(before)) {
      const place = lastPlaceBefore(groups, c.start);
      const demonym = place ? lex.demonymOf.get(place) : undefined;
      if (demonym) g.qualified = `${demonym} ${g.key}`;
    }
  }
}

function distance(g: Group, at: number): number {
  return Math.min(...g.mentions.map((m) => Math.abs(m.start - at)));
}

function lastPlaceBefore(groups: Group[], at: number): string | null {
  let best: { key: string; start: number } | null = null;
  for (const g of groups) {
    if (g.type !== "location" || !lex.demonymOf.has(g.key)) continue;
    for (const m of g.mentions) if (m.start < at && (!best || m.start > best.start)) best = { key: g.key, start: m.start };
  }
  return best?.key ?? null;
}

function toEntity(g: Group): Entity {
  const mentions = [...g.mentions].sort((a, b) => a.start - b.start);
  // The fullest form: most words, then longest, then first.
  let name = mentions[0]!.text;
  for (const m of mentions) {
    const n = m.text.split(/\s+/).length;
    const best = name.split(/\s+/).length;
    if (n > best || (n === best && m.text.length > name.length)) name = m.text;
  }
  name = name.replace(/['’]$/, "");
  if (g.qualified) name = g.qualified;
  const aliases: string[] = [];
  for (const m of mentions) if (m.text !== name && !aliases.includes(m.text)) aliases.push(m.text);
  const out: Mention[] = mentions.map((m) => ({ text: m.text, span: { start: m.start, end: m.end } }));
  return { name, type: g.type, aliases, role: mentions.find((m) => m.role)?.role ?? null, mentions: out };
}
