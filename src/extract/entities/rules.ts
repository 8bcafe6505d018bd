// The rule reading of a text: name candidates typed by lexicons, cue words and context, and
// grouped into entities. Its labels are one of the features of the entity tagger.
import { findCandidates, lineKinds, type Candidate } from "./candidates.js";
import { groupMentions, type Group, type Typed } from "./groups.js";
import { lexicon as lex } from "./lexicon.js";
import { typeCandidate } from "./type.js";
import type { Token } from "../text/index.js";

export interface RuleReading {
  typed: Typed[];
  groups: Group[];
  /** Each token's line kind, which the tagger's features read too. */
  lines: Uint8Array;
}

/** The rule reading; `lines`: room for the line kinds, all 0. */
export function readByRules(tokens: Token[], text: string, lines = new Uint8Array(tokens.length)): RuleReading {
  lineKinds(tokens, lines);
  const typed = findCandidates(tokens, text, lex, lines).map((c) => ({ c, t: typeCandidate(c, tokens, lex) }));
  return { typed, groups: groupMentions(typed, tokens), lines };
}

const FIRST_LABEL = { person: 1, organization: 3, location: 5 } as const;
const CUE_OFFSET = { name: 7, frame: 14, context: 14 } as const;

/**
 * Each token's label in the rule reading: 0 outside a mention, else B (odd) or I (even) of the
 * mention's type as the tagger's TAGS, plus 7 where the name's words spell its type and 14 where
 * the words around it do (RULE_LABELS in all). `out`: room for them, all 0.
 */
export function ruleLabels(reading: RuleReading, tokenCount: number, out = new Uint8Array(tokenCount)): Uint8Array {
  const cues = new Map<Candidate, number>();
  for (const { c, t } of reading.typed) if (typeof t === "object" && t?.cue) cues.set(c, CUE_OFFSET[t.cue]);
  for (const g of reading.groups) {
    const b = FIRST_LABEL[g.type];
    for (const m of g.mentions) {
      const cue = cues.get(m) ?? 0;
      out[m.first] = b + cue;
      for (let k = m.first + 1; k <= m.last; k++) out[k] = b + 1 + cue;
    }
  }
  return out;
}
