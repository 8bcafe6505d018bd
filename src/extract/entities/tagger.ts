// The entity tagger: an averaged perceptron trained on CoNLL-2003 (scripts/train-entities.mjs),
// decoding BIO tags greedily left to right over the capitalized words and the connectors between
// them; every other token is outside a name.
import { readDataBytes } from "../../data.js";
import {
  allowed, contextFeatures, isAbbreviationStop, isScoredConnector, MAX_FEATURES, onTitleCaseLine, readTokens, TAG_COUNT, TAGS, tagFeatures, WORD_PLACES, wordAt, wordFeatures,
  type TokenReading, type WordInfo,
} from "./features.js";
import { FUNCTION_WORDS, hyphenatedWordEnd } from "./candidates.js";
import { lexicon as lex } from "./lexicon.js";
import { addScores, decodeModel } from "./model.js";
import { Reused } from "./reused.js";
import { isCapitalized, type Token } from "../text/index.js";
import type { EntityType } from "../../types.js";

const model = decodeModel(readDataBytes("entity-model.bin"));
if (model.tagCount !== TAG_COUNT) throw new Error("entity model: tag count differs from the features'");

export interface TaggedName {
  first: number;
  last: number;
  type: EntityType;
  /** The tagger's score for each reading of the name's first word: opening a name of each type, or outside any (weight units). */
  scores: Readings;
  /** On a line in title case (a headline), where capitals tell little. */
  headline: boolean;
}

export type Readings = Record<EntityType | "misc" | "outside", number>;

/** How far the tagger's reading of a name led another reading of it (below zero: it did not). */
export function lead(n: TaggedName, over: keyof Readings): number {
  return n.scores[n.type] - n.scores[over];
}

const OTHER_READINGS = ["person", "organization", "location", "misc", "outside"] as const;

/** How far the tagger's reading of a name led the closest other: another type, a name of no reported type, or none. */
export function closestLead(n: TaggedName): number {
  let min = Infinity;
  for (const k of OTHER_READINGS) if (k !== n.type) min = Math.min(min, lead(n, k));
  return min;
}

const TYPE_OF_TAG: Array<EntityType | null> = TAGS.map((t) => (t === "O" || t.endsWith("misc") ? null : (t.slice(2) as EntityType)));

// What the tagger reuses from text to text.
const room = {
  flags: new Reused((n) => new Int32Array(n)),
  lex: new Reused((n) => new Uint8Array(n)),
  scored: new Reused((n) => new Uint8Array(n)),
  tags: new Reused((n) => new Uint8Array(n)),
  features: new Int32Array(MAX_FEATURES),
  scores: new Int32Array(TAG_COUNT),
};

/** The names the tagger finds, as token ranges, given the rule reading's labels and line kinds. */
export function tagNames(tokens: Token[], text: string, rule: Uint8Array, lines: Uint8Array): TaggedName[] {
  const n = tokens.length;
  const f = readTokens(tokens, text, lex, rule, lines, { flags: room.flags.take(n), lex: room.lex.take(n), scored: room.scored.take(n) });
  const { features, scores } = room;
  const tags = room.tags.take(n);
  // The tagger's readings of each token it opens a name at.
  const readings = new Map<number, Readings>();
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.newline) prev = prev2 = 0;
    let tag = 0;
    if (f.scored[i] === 1 || (prev !== 0 && isScoredConnector(tokens, f, i))) {
      scoreToken(f, i, prev, prev2, features, scores);
      let best = -Infinity;
      for (let k = 0; k < TAG_COUNT; k++) {
        if (scores[k]! > best && allowed(prev, k)) {
          best = scores[k]!;
          tag = k;
        }
      }
      if (tag % 2 === 1) readings.set(i, readingsOf(scores));
    }
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
  return namesOf(tags, readings, f, tokens, text);
}

/** The scaled scores of O and of the B tag of each type. */
function readingsOf(scores: Int32Array): Readings {
  const at = (tag: number) => scores[tag]! * model.scale;
  return { outside: at(0), person: at(1), organization: at(3), location: at(5), misc: at(7) };
}

/**
 * The model's scores of each tag at token i (unscaled) into `scores`, given the two tags before it:
 * the weights of its features (`staticFeatures` and `tagFeatures`), the words' own read per word.
 * `features` is room for MAX_FEATURES.
 */
export function scoreToken(f: TokenReading, i: number, prev: number, prev2: number, features: Int32Array, scores: Int32Array): void {
  scores.fill(0);
  for (let p = 0; p < WORD_PLACES.length; p++) {
    const word = wordAt(f, i, WORD_PLACES[p]!);
    const w = word.weights ?? wordWeights(word);
    for (let k = 0; k < TAG_COUNT; k++) scores[k] = (scores[k]! + w[p * TAG_COUNT + k]!) | 0;
  }
  let m = contextFeatures(f, i, features, 0);
  m = tagFeatures(f, i, prev, prev2, features, m);
  addScores(model, features, m, scores);
}

/**
 * The weights of a word's own features at each place from the token decided (WORD_PLACES order,
 * TAG_COUNT each), summed once per word: the weights are integers, so any order of summing gives
 * the same scores, and a word's dozen look-ups into the large table become one read.
 */
function wordWeights(w: WordInfo): Int32Array {
  const size = WORD_PLACES.length * TAG_COUNT;
  if (block.used + size > block.array.length) block = { array: new Int32Array(size * WORDS_PER_BLOCK), used: 0 };
  const out = block.array.subarray(block.used, (block.used += size));
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Int32Array(TAG_COUNT);
  WORD_PLACES.forEach((d, p) => {
    scores.fill(0);
    addScores(model, features, wordFeatures(w, d, features, 0), scores);
    out.set(scores, p * TAG_COUNT);
  });
  return (w.weights = out);
}

// Words' weights are cut from blocks, so that they lie together in memory.
const WORDS_PER_BLOCK = 256;
let block = { array: new Int32Array(0), used: 0 };

/** A name's last token: a capitalized word or a number, or the stop of an abbreviation. */
function endsName(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text === ".") return isAbbreviationStop(tokens, k);
  if (!t.word) return false;
  return isCapitalized(t.text) || /^\p{N}/u.test(t.text);
}

/** A word that may open a hyphenated name: capitalized, or a particle ("al-Sisi"). */
const isNamePart = (t: Token | undefined): boolean => !!t && t.word && (isCapitalized(t.text) || lex.nameParticles.has(t.text));

/** A name's first token: a word, not a function word capitalized by its position ("Then Arsenal"). */
function opensName(t: Token): boolean {
  return t.word && !(t.initial && FUNCTION_WORDS.has(t.text.toLowerCase()));
}

/**
 * The type of a name of several words read as none of the three, where it speaks ("South West Water
 * said", "Surfers Against Sewage said"): what speaks is a party, not an event or an adjective. A
 * known place is the place; else the tagger's better reading of a person or a body.
 */
function speakerType(tokens: Token[], text: string, first: number, last: number, r: Readings): EntityType | null {
  if (last === first || !lex.speechVerbs.has(tokens[last + 1]?.text ?? "")) return null;
  if (lex.places.has(text.slice(tokens[first]!.start, tokens[last]!.end).toLowerCase())) return "location";
  return r.person > r.organization ? "person" : "organization";
}

/** The B-I runs of person, organization and location tags, without connectors at their ends. */
function namesOf(tags: Uint8Array, readings: Map<number, Readings>, f: TokenReading, tokens: Token[], text: string): TaggedName[] {
  const out: TaggedName[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i]! % 2 === 0) continue;
    let last = i;
    while (last + 1 < tags.length && tags[last + 1] === tags[i]! + 1) last++;
    const type = TYPE_OF_TAG[tags[i]!] ?? speakerType(tokens, text, i, last, readings.get(i)!);
    if (!type) continue;
    const next = last;
    let first = i;
    while (first < last && !opensName(tokens[first]!)) first++;
    // A name ends with a word: "Bank of" with its "of" tagged is "Bank"; "Inc." keeps its stop.
    while (last > first && !endsName(tokens, last)) last--;
    if (!opensName(tokens[first]!)) continue;
    // Hyphenated words are whole in a name ("Kim Min-jun", "al-Sisi"), as the tokens of the training text were.
    last = hyphenatedWordEnd(tokens, text, last, lex);
    while (tokens[first - 1]?.text === "-" && !tokens[first - 1]!.space && !tokens[first]!.space && isNamePart(tokens[first - 2])) first -= 2;
    // A leading initial the tagger left out or cut at its stop: "J. Edgar Hoover".
    if (tokens[first - 1]?.text === "." && !tokens[first - 1]!.space && /^\p{Lu}$/u.test(tokens[first - 2]?.text ?? "") && tokens[first]!.space) first -= 2;
    // "Correa da Lago": a lowercase particle right after a name's last word continues that name ("de Blasio" alone opens one).
    const before = out.at(-1);
    if (before && before.last === first - 1 && lex.nameParticles.has(tokens[first]!.text) && !tokens[first - 1]!.newline && !tokens[first]!.newline) {
      before.last = last;
      i = Math.max(next, last);
      continue;
    }
    // "Halvard's said": a name that keeps its own possessive is a business's (a shop's, an agency's), not a person's.
    const owned = tokens[last]!.text === "'s" || tokens[last]!.text === "’s";
    out.push({ first, last, type: owned ? "organization" : type, scores: readings.get(i)!, headline: onTitleCaseLine(f, first) });
    // A hyphenated word may run past the tags decided (its parts after the hyphen are tagged on their own).
    i = Math.max(next, last);
  }
  return out;
}
