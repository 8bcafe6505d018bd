// People, organizations and places. The rule reading (lexicons, cue words, context) labels the
// text; the tagger, trained on news with those labels among its features, reads the names and
// their types; the two readings are combined (combine.ts); then every name that is another
// form of a named entity (a surname, a short form, an abbreviation, a lexicon alias) joins it.
import type { Entity } from "../../types.js";
import { combineReadings } from "./combine.js";
import { groupMentions, toEntity } from "./groups.js";
import { Reused } from "./reused.js";
import { readByRules, ruleLabels } from "./rules.js";
import { tagNames } from "./tagger.js";
import type { TextLayer } from "../text/index.js";

const lineKinds = new Reused((n) => new Uint8Array(n));
const labels = new Reused((n) => new Uint8Array(n));

/** The entities of a text, read from its word tokens. */
export function extractEntities({ text, tokens }: TextLayer): Entity[] {
  const rules = readByRules(tokens, text, lineKinds.take(tokens.length));
  const names = tagNames(tokens, text, ruleLabels(rules, tokens.length, labels.take(tokens.length)), rules.lines);
  const groups = groupMentions(combineReadings(names, rules.typed, tokens, text), tokens);
  return groups.filter((g) => g.mentions.length > 0).map(toEntity).sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
}
