// Where a name acts as a company: held in shares ("shares in X", "X shares fell"), before a verb of trading or running and what a
// company reports or runs ("X reported a pre-tax profit", "X operates flights"), or moving by a percentage ("X fell 8%").
import type { Lexicon } from "./lexicon.js";
import { tagsOf, type Token } from "../text/index.js";

// How many words after the verb may stand before what it reports or runs ("posted higher annual sales").
const OBJECT_WORDS = 4;

/** "shares in X", "a stake in X", "shares of X": the name opening at `first` is held. */
export function isHeldAt(tokens: Token[], first: number): boolean {
  const link = tokens[first - 1]?.text;
  return (link === "of" || link === "in") && /^(?:shares|stake|stakes)$/i.test(tokens[first - 2]?.text ?? "");
}

/**
 * "X shares fell", "X's shares have risen": the name ending at `last` owns shares that move or trade, a verb after them
 * ("shares" before an object is the verb: "Smith shares his view", "France shares a border").
 */
export function hasSharesAt(tokens: Token[], last: number): boolean {
  const at = /^['’]s$/u.test(tokens[last + 1]?.text ?? "") ? last + 2 : last + 1;
  if (tokens[at]?.text !== "shares" && tokens[at]?.text !== "stock") return false;
  const tag = tagsOf(tokens[at + 1]?.text ?? "")?.[0] ?? "";
  return tag === "VBD" || tag === "VBZ" || tag === "VBP" || tag === "MD";
}

// Auxiliaries between a subject and its verb: "X has cut its forecast", "X will close 40 stores", "it would close".
export const AUXILIARIES = new Set(["has", "have", "had", "will", "would", "could", "might", "may", "should"]);

/**
 * A verb of trading or running right after the name ending at `last`, or after an auxiliary, then within a few words
 * what a company reports or runs.
 */
export function actsAsCompany(tokens: Token[], last: number, lex: Lexicon): boolean {
  const at = AUXILIARIES.has(tokens[last + 1]?.text ?? "") ? last + 2 : last + 1;
  const verb = tokens[at];
  if (!verb?.word || !lex.companyActs.has(verb.text)) return false;
  let words = 0;
  // "X has cancelled its winter timetable": a timetable or sailings are a company's only as its own, not "cut the timetable short".
  let its = false;
  for (let k = at + 1; k < tokens.length && words < OBJECT_WORDS; k++) {
    const t = tokens[k]!;
    // Hyphens stay in the phrase ("a pre-tax profit"); other marks end it.
    if (t.newline || (!t.word && t.text !== "-")) return false;
    // A person's possessive says a person acts ("closed her two shops").
    if (t.text === "his" || t.text === "her") return false;
    if (lex.companyObjects.has(t.text) || (its && lex.companyOwnObjects.has(t.text))) return true;
    its ||= t.text === "its";
    if (t.word) words++;
  }
  return false;
}

/**
 * A verb of a price's moving right after the name ending at `last`, then a percentage ("X fell 8%", "X rose by 5 per
 * cent"): a listed company's shares move so. Callers keep out places ("Spain rose 2%") and common words ("Inflation rose 2%").
 */
export function movesByShare(tokens: Token[], last: number, lex: Lexicon): boolean {
  const verb = tokens[last + 1];
  if (!verb?.word || !lex.shareMoves.has(verb.text)) return false;
  const at = tokens[last + 2]?.text === "by" ? last + 3 : last + 2;
  const figure = tokens[at]?.text ?? "";
  if (!/^\d[\d.,]*%?$/.test(figure)) return false;
  const unit = tokens[at + 1]?.text;
  return figure.endsWith("%") || unit === "%" || unit === "percent" || (unit === "per" && tokens[at + 2]?.text === "cent");
}

/**
 * Whether the name from `first` to `last` shows a company: held, acting as one, or moving by a percentage where no given
 * name opens it (a person rises in the polls: "Dana Whitfield rose 3%").
 */
export function showsCompany(tokens: Token[], first: number, last: number, lex: Lexicon): boolean {
  const person = last > first && lex.givenNames.has(tokens[first]!.text);
  return isHeldAt(tokens, first) || hasSharesAt(tokens, last) || actsAsCompany(tokens, last, lex) || (!person && movesByShare(tokens, last, lex));
}
