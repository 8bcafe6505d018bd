// Words that bound or hedge an amount: before it ("up to 400 jobs", "more than 20 ships") or
// after it ("100 or more", "50-plus").
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "./lexicon.js";

export interface Qualifier {
  /** Lowercased, as listed ("more than"). */
  qualifier: string;
  /** Where it starts (before) or ends (after) in the text. */
  at: number;
}

const PARTICLE_HOSTS = new Set(["hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "take", "takes", "took", "taken", "taking", "carry", "carried", "pass", "passed", "sign", "signed", "win", "won", "roll", "rolled", "fight", "fought", "argue", "argued", "row", "rows", "clash", "clashed", "clashes", "dispute", "disputes", "concern", "concerns", "worries", "tension", "tensions", "talks", "pay", "paid", "bring", "brought", "hold", "held", "look", "looked", "think", "thought", "go", "went", "come", "came", "stand", "standing", "get", "got"]);

// Verbs of movement whose particle "up" comes before "to": "edged up to 3.3%" is a level reached,
// not "at most 3.3%".
const UP_HOSTS = new Set(["edge", "edged", "edges", "edging", "tick", "ticked", "ticks", "ticking", "move", "moved", "moves", "moving", "creep", "crept", "creeps", "go", "went", "goes", "gone", "going", "shot", "shoots", "climb", "climbed", "climbs", "jump", "jumped", "jumps", "revise", "revised", "revises", "push", "pushed", "pushes", "mark", "marked", "marks", "bump", "bumped", "bumps", "pick", "picked", "picks", "step", "stepped", "steps", "ramp", "ramped", "ramps", "round", "rounded", "rounds", "inch", "inched", "inches", "come", "came", "comes"]);

// The letters right before the blanks that end a text: a word after a non-letter or the start.
// Looked up in a set rather than matched by an alternation of the words, which costs more to
// compile than one page spends matching it; the flags keep what counts as a letter the same.
const LAST_WORD = /(\p{L}+)[ \t]+$/iu;

/** The last word of a lowercased text that ends in blanks, as a case-insensitive match reads it (the long s is an s), or "". */
function lastWord(lower: string): string {
  const m = LAST_WORD.exec(lower);
  return m ? m[1]!.replace(/ſ/g, "s") : "";
}

// Each qualifier as it is printed before a number (one blank after it) and after one (a blank or a hyphen before it), built once.
const SPACED_BEFORE = QUALIFIERS_BEFORE.map((q) => [q, `${q} `] as const);
const SEPARATED_AFTER = QUALIFIERS_AFTER.map((q) => [q, [` ${q}`, `-${q}`]] as const);

// The longest qualifier is a few words; this is how far back one can start.
const REACH = 32;

/** The qualifier printed right before `pos` (one blank between), or null. */
export function qualifierBefore(text: string, pos: number): Qualifier | null {
  // A qualifier is followed by a blank: without one there is nothing to look up.
  if (!/\s/.test(text[pos - 1] ?? "")) return null;
  const before = text.slice(Math.max(0, pos - REACH), pos).toLowerCase().replace(/\s+/g, " ");
  if (!before.endsWith(" ")) return null;
  for (const [q, spaced] of SPACED_BEFORE) {
    if (!before.endsWith(spaced)) continue;
    const startInSlice = before.length - q.length - 1;
    // The qualifier must be whole words: "about", not the end of "roundabout".
    if (startInSlice > 0 && /\p{L}/u.test(before[startInSlice - 1] ?? "")) continue;
    // "hand over 3,000 bodies", "talks over 20 ships": after these verbs and nouns "over" is a
    // particle or means "about", not "more than".
    if ((q === "over" || q === "under") && PARTICLE_HOSTS.has(lastWord(before.slice(0, startInSlice)))) continue;
    if (q === "up to" && UP_HOSTS.has(lastWord(before.slice(0, startInSlice)))) continue;
    return { qualifier: q, at: startOfWords(text, pos, q.split(" ").length) };
  }
  return null;
}

// Where the last `count` words before `pos` start, skipping blanks of any width.
function startOfWords(text: string, pos: number, count: number): number {
  let at = pos;
  for (let i = 0; i < count; i++) {
    while (at > 0 && /\s/.test(text[at - 1] ?? "")) at--;
    while (at > 0 && !/\s/.test(text[at - 1] ?? "")) at--;
  }
  // Opening quotes and brackets glued to the first word are not part of it.
  while (at < pos && !/[\p{L}\p{N}]/u.test(text[at] ?? "")) at++;
  return at;
}

/** The qualifier printed right after `pos` ("or more", "-plus", "+"), or null. */
export function qualifierAfter(text: string, pos: number): Qualifier | null {
  const first = text[pos];
  if (first !== " " && first !== "-" && first !== "+") return null;
  if (text[pos] === "+" && !/\d/.test(text[pos + 1] ?? "")) return { qualifier: "plus", at: pos + 1 };
  const after = text.slice(pos, pos + REACH).toLowerCase();
  for (const [q, forms] of SEPARATED_AFTER) {
    for (const form of forms) {
      if (!after.startsWith(form) || /\p{L}/u.test(after[form.length] ?? "")) continue;
      return { qualifier: q, at: pos + form.length };
    }
  }
  return null;
}
