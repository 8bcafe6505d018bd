// People, organizations and places. The rule reading (lexicons, cue words, context) labels the
// text; the tagger, trained on news with those labels among its features, decides the names and
// their types; then every name that is another form of a named entity (a surname, a short form,
// an abbreviation, a lexicon alias) joins it.
import type { Entity } from "../types.js";
import type { Candidate } from "./entity-candidates.js";
import { groupMentions, toEntity, type Typed } from "./entity-groups.js";
import { lexicon as lex } from "./entity-lexicon.js";
import { readByRules, ruleLabels } from "./entity-rules.js";
import { tagNames, type TaggedName } from "./entity-tagger.js";
import { isCapitalized, tokenize, type Token } from "./nlp.js";

export function extractEntities(text: string): Entity[] {
  const tokens = tokenize(text);
  const rules = readByRules(tokens, text);
  const names = tagNames(tokens, text, ruleLabels(rules, tokens.length)).map((n) => withoutTitles(n, tokens));
  const groups = groupMentions(typedNames(names, rules.typed, tokens, text), tokens);
  return groups.filter((g) => g.mentions.length > 0).map(toEntity).sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
}

/**
 * The tagged names as typed candidates (the rule candidate of the same words where there is one:
 * it holds the role), with the rule evidence that outweighs the tagger's: a type the name's own
 * words spell ("Calder Diagnostics", "River Severn", "Harrow & Finch") wins over the names it
 * overlaps, except a name opening with a place that the tagger reads as a club named after it ("Bristol City"); a type
 * the words around a name spell ("the regulator X", "X-based") names it where the tagger found
 * nothing; and words the rules know are never names ("(Reuters)" closing a paragraph) stay out.
 */
function typedNames(names: Array<TaggedName & { role?: string }>, ruleTyped: Typed[], tokens: Token[], text: string): Typed[] {
  // The tagged name covering each token, by index in `names`, else -1.
  const nameAt = new Int32Array(tokens.length).fill(-1);
  names.forEach((n, k) => nameAt.fill(k, n.first, n.last + 1));
  const dropped = new Set<number>();
  const out: Typed[] = [];
  const byRange = new Map<string, Typed>();
  const byLast = new Map<number, Candidate>();
  for (const r of ruleTyped) {
    byRange.set(`${r.c.first}:${r.c.last}`, r);
    if (r.c.role) byLast.set(r.c.last, r.c);
    if (typeof r.t !== "object" || !r.t?.cue) continue;
    const overlapping = new Set<number>();
    for (let k = r.c.first; k <= r.c.last; k++) if (nameAt[k]! >= 0) overlapping.add(nameAt[k]!);
    if (r.t.cue === "context" && overlapping.size > 0) continue;
    const same = overlapping.size === 1 ? names[[...overlapping][0]!]! : null;
    const club = same?.first === r.c.first && same.last === r.c.last && same.type === "organization" && r.t.type === "location" && lex.places.has(r.c.capWords[0]!.toLowerCase());
    if (club) continue;
    for (const k of overlapping) dropped.add(k);
    out.push(r);
  }
  // The rule candidates inside or around each tagged name.
  const within = names.map(() => [] as Typed[]);
  for (const r of ruleTyped) {
    const k = nameAt[r.c.first]!;
    if (k >= 0 && typeof r.t === "object" && r.t && (nameAt[r.c.last] === k || r.c.last > names[k]!.last)) within[k]!.push(r);
    else if (k < 0 && typeof r.t === "object" && r.t && r.c.last >= 0) {
      // A rule candidate starting before a tagged name it covers ("Max Verstappen" around "Verstappen").
      const inner = nameAt[r.c.last]!;
      if (inner >= 0 && names[inner]!.first > r.c.first && names[inner]!.last <= r.c.last) within[inner]!.push(r);
    }
  }
  names.forEach((n, k) => {
    if (dropped.has(k)) return;
    const parts = within[k]!;
    // A name the rules read as several ("Vantorix Chief Executive Roland Busch"): their names, their types where they know them.
    if (parts.length > 1 && parts.every((r) => r.c.first >= n.first && r.c.last <= n.last)) {
      for (const r of parts) out.push({ c: r.c, t: { type: typeof r.t === "object" && r.t ? r.t.type : n.type, strong: true } });
      return;
    }
    // Part of a name the rules read whole, with the same type ("Kim" of "Kim Min-jun", "Verstappen" of "Max Verstappen").
    const whole = parts.length === 1 && typeof parts[0]!.t === "object" && parts[0]!.t?.strong && parts[0]!.t.type === n.type ? parts[0]! : null;
    if (whole && whole.c.first <= n.first && whole.c.last >= n.last) {
      out.push({ c: whole.c, t: { type: n.type, strong: true } });
      return;
    }
    const rule = byRange.get(`${n.first}:${n.last}`);
    if (rule?.t === "none") return;
    const c = rule?.c ?? candidateOf(n, tokens, text, n.role ?? byLast.get(n.last)?.role ?? null);
    // The rules' strong evidence for the same type, or a name of several words, names an entity on its own.
    const strong = (typeof rule?.t === "object" && rule.t?.type === n.type && rule.t.strong) || c.capWords.length > 1;
    out.push({ c, t: { type: n.type, strong } });
  });
  return out.sort((a, b) => a.c.first - b.c.first);
}

/** A person's name without the titles before it ("Councillor Ruth Ellery" is "Ruth Ellery"), which become its role. */
function withoutTitles(n: TaggedName, tokens: Token[]): TaggedName & { role?: string } {
  let first = n.first;
  while (n.type === "person" && first < n.last && tokens[first]!.word && lex.personTitles.has(tokens[first]!.text)) first++;
  if (first === n.first) return n;
  return { ...n, first, role: tokens.slice(n.first, first).map((t) => t.text).join(" ") };
}

function candidateOf(n: TaggedName, tokens: Token[], text: string, role: string | null): Candidate {
  const start = tokens[n.first]!.start;
  const end = tokens[n.last]!.end;
  const words = text.slice(start, end).split(/\s+/);
  return {
    words,
    capWords: words.filter((w) => isCapitalized(w)),
    text: text.slice(start, end),
    start,
    end,
    first: n.first,
    last: n.last,
    role,
    initial: tokens[n.first]!.initial,
    positional: false,
  };
}
