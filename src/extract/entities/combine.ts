// The tagger's names and the rule reading combined into typed candidates for grouping. The tagger
// decides, except where the rules hold evidence it cannot outweigh, or where its own scores show
// it guessing: the lead of its reading over another (in weight units) falls below UNSURE or DOUBT.
import type { EntityType } from "../../types.js";
import { CHAMBERS, isDateAfterName, isFlightBeforeNumber, isPluralAcronym, isRoleNoun, isTitleBeforeName, lowerText, OFFICE_QUALIFIERS, opensQuestion, type Candidate } from "./candidates.js";
import { showsCompany } from "./companies.js";
import { setFirst, type Typed } from "./groups.js";
import { isResultsLineSide, linksSides } from "./teams.js";
import { lexicon as lex } from "./lexicon.js";
import { packedMap } from "./packed.js";
import { isPluralNounOpening } from "./plurals.js";
import { Reused } from "./reused.js";
import { closestLead, lead, type TaggedName } from "./tagger.js";
import { employerBeforeRole, isNationalityCompound, isSeat, isStormName, isWayTo, isWorkplace, namesThing, type Typing } from "./type.js";
import { isCapitalized, isPostNominal, type Token } from "../text/index.js";
import { isHolidayName, isPartyLabel, tagsOf } from "../text/index.js";

// Last words of places' names that no club's name ends in: streets, roads and stops.
const WAYS_AND_STOPS = new Set(["Street", "Road", "Avenue", "Lane", "Square", "Boulevard", "Station", "Airport", "Bridge", "Tunnel", "Junction", "Interchange"]);

// Below this lead of the tagger's type over the rules', a frame of words around the name decides.
const UNSURE = 20;
// Below this lead over any other reading, a name of ordinary words that the rules cannot type is left out.
const DOUBT = 10;

// `byContext`: the words around the name gave its type, against the tagger's reading, whose lead over others then says nothing.
type Named = TaggedName & { role?: string; byContext?: boolean };

const nameIndexes = new Reused((n) => new Int32Array(n), -1);

/**
 * The tagged names as typed candidates (the rule candidate of the same words where there is one:
 * it holds the role), with the rule evidence that outweighs the tagger's (`ruleOverrides`), the
 * rules' reading of a tagged name's parts (`reportTagged`), and the surnames the tagger left out.
 */
export function combineReadings(tagged: TaggedName[], ruleTyped: Typed[], tokens: Token[], text: string): Typed[] {
  const endings = ruleEndings(ruleTyped);
  const names: Named[] = packedMap(tagged, (n) => {
    const own = withoutTitles(withoutTrailingTitle(n, tokens), tokens);
    return withoutOwnersTitle(withoutPartyMember(own, tokens, text), endings.rule, tokens);
  });
  // The tagged name covering each token, by index in `names`, else -1.
  const nameAt = nameIndexes.take(tokens.length);
  names.forEach((n, k) => nameAt.fill(k, n.first, n.last + 1));
  const byRange = new RangeIndex(tokens.length);
  for (const r of ruleTyped) byRange.set(r);
  const { out, dropped } = ruleOverrides(names, ruleTyped, nameAt, tokens);
  coordinate(names, byRange, tokens);
  retypeByContext(names, byRange, tokens, text);
  reportTagged(names, dropped, ruleTyped, endings, byRange, nameAt, tokens, text, out);
  // A word the tagger left out is still a person's surname when the text names the person in full:
  // a common word capitalized by position ("Trump believes ..." opening a headline, with "Donald Trump"
  // below), or a name labelling the words after it ("Starmer: 'We will ...'").
  const surnames = new Set<string>();
  for (const n of names) if (n.type === "person" && n.last > n.first) surnames.add(tokens[n.last]!.text.toLowerCase());
  for (const r of ruleTyped) {
    const label = r.c.initial && tokens[r.c.last + 1]?.text === ":";
    if ((r.c.positional || label) && nameAt[r.c.first] === -1 && surnames.has(lowerText(r.c))) out.push({ c: r.c, t: null });
  }
  // A named storm's name alone is still the storm ("ahead of Delphine" after "Hurricane Delphine"): weather, no entity.
  const storms = new Set<string>();
  for (const r of ruleTyped) if (r.t === "none" && isStormName(r.c, tokens, lex)) storms.add(r.c.capWords[r.c.capWords.length - 1]!);
  const storm = (c: Candidate) => c.capWords.length === 1 && storms.has(c.capWords[0]!);
  const typed = out.filter((r) => !isQuotedTitle(r.c, tokens, surnames) && !isEventName(r.c.capWords) && !inHolidayName(r.c, tokens) && !storm(r.c)).sort((a, b) => a.c.first - b.c.first);
  retypeCompanies(typed, tokens);
  return typed;
}

/**
 * A name the text shows acting as a company ("shares in X", "X reported a pre-tax profit", "X operates flights") is a
 * company in all its mentions, not a person nor a place no lexicon knows ("Travis Perkins", "Aer Lingus").
 */
function retypeCompanies(typed: Typed[], tokens: Token[]): void {
  const other = (r: Typed): r is { c: Candidate; t: Exclude<Typing, "none" | null> } => typeof r.t === "object" && r.t !== null && r.t.type !== "organization";
  const companies = new Set<string>();
  for (const r of typed) {
    const key = lowerText(r.c);
    if (other(r) && !lex.places.has(key) && !lex.countries.has(key) && showsCompany(tokens, r.c.first, r.c.last, lex)) companies.add(key);
  }
  if (companies.size === 0) return;
  typed.forEach((r, k) => {
    if (other(r) && companies.has(lowerText(r.c))) typed[k] = { c: r.c, t: { ...r.t, type: "organization" } };
  });
}

// Each opening quotation mark and the mark that closes it.
const CLOSING_MARK = new Map([['"', '"'], ["'", "'"], ["“", "”"], ["‘", "’"], ["«", "»"]]);

/**
 * A name that is the whole of a quotation is a work's title or a nickname ("the drama 'The Long
 * Harbour'", "'Little Marco'"), unless it is a body or place the lexicons know ("'Benghazi'"), a
 * person's name (a given name and a surname, "'Ted Cruz' pins"; a given name or a surname of a
 * person the text names, "her 'Ronnie'"), or a noun for a body introduces it ("the daily 'Kommersant'").
 */
function isQuotedTitle(c: Candidate, tokens: Token[], surnames: Set<string>): boolean {
  let open = c.first - 1;
  if (tokens[open]?.text === "The") open--;
  const close = tokens[c.last + 1];
  if (!close || close.space || CLOSING_MARK.get(tokens[open]?.text ?? "") !== close.text) return false;
  const words = c.capWords;
  const last = words[words.length - 1]!.toLowerCase();
  const surname = surnames.has(last);
  const personal = words.length > 1 ? lex.givenNames.has(words[0]!) && (surname || !lex.commonWords.has(last)) : lex.givenNames.has(words[0]!) || surname;
  if (personal || lex.places.has(lowerText(c)) || lex.orgs.has(lowerText(c))) return false;
  return !lex.orgNouns.has(tokens[open - 1]?.text.toLowerCase() ?? "");
}

/** The rule candidates by their first and last token. */
class RangeIndex {
  private readonly byKey = new Map<number, Typed>();
  constructor(private readonly tokenCount: number) {}
  set(r: Typed): void {
    this.byKey.set(this.key(r.c.first, r.c.last), r);
  }
  get(first: number, last: number): Typed | undefined {
    return this.byKey.get(this.key(first, last));
  }
  private key(first: number, last: number): number {
    return first * (this.tokenCount + 1) + last;
  }
}

/**
 * The rule candidates whose evidence outweighs the tagger, and the tagged names they replace: a
 * type the name's own words spell ("Calder Diagnostics", "River Severn", "Nazi Germany", "Sydney
 * Brown") wins over the names it overlaps, except a name opening with a place that the tagger
 * reads as a club named after it ("Bristol City"); a frame of words around a name ("X-based", a
 * dateline, "UN Secretary-General Y", "economists at X") wins where the tagger is unsure of
 * another type; looser context ("the regulator X") names a name where the tagger found nothing.
 */
function ruleOverrides(names: Named[], ruleTyped: Typed[], nameAt: Int32Array, tokens: Token[]): { out: Typed[]; dropped: Set<number> } {
  const out: Typed[] = [];
  const dropped = new Set<number>();
  for (const r of ruleTyped) {
    if (typeof r.t !== "object" || !r.t?.cue) continue;
    const overlapping = new Set<number>();
    for (let k = r.c.first; k <= r.c.last; k++) if (nameAt[k]! >= 0) overlapping.add(nameAt[k]!);
    const same = overlapping.size === 1 ? names[[...overlapping][0]!]! : null;
    // The tagger unsure of a framed name's type, or splitting the rules' name into pieces ("LOS | ANGELES (AP) —", "Roads | For All").
    const pieces = overlapping.size > 1 && [...overlapping].every((k) => names[k]!.first >= r.c.first && names[k]!.last <= r.c.last);
    // No person's name stands right before a role and another person's name: that is the employer ("Ofwat chief executive David Black").
    const next = tokens[r.c.last + 1]?.text ?? "";
    const employer = r.t.cue === "context" && same?.type === "person" && same.first === r.c.first && same.last === r.c.last
      && (lex.personRoleNouns.has(next) || lex.personTitles.has(next)) && employerBeforeRole(r.c, tokens, lex) !== null;
    // A place that is a seat in a parliament is the seat whatever the tagger's club reading ("the Leeds MP wrote").
    const seat = r.t.cue === "frame" && r.t.type === "location" && isSeat(r.c, tokens);
    // So is a side of a line that holds a results line alone, whatever the tagger's place or person reading ("Swindon 1 Port Vale 1").
    const result = r.t.cue === "frame" && r.t.type === "organization" && isResultsLineSide(r.c, tokens);
    // Nor is someone in a role working at a person ("a bank analyst at Piper Sandler").
    const workplace = r.t.cue === "frame" && r.t.type === "organization" && same?.type === "person" && isWorkplace(r.c, tokens, lex);
    // A frame decides where the tagger is unsure of its other type; looser context where it all but guesses the same words' type ("his agency, X,").
    const guessing = same !== null && same.type !== r.t.type
      && (r.t.cue === "frame" ? lead(same, r.t.type) < UNSURE : same.first === r.c.first && same.last === r.c.last && lead(same, r.t.type) < DOUBT);
    const unsure = pieces || employer || seat || result || workplace || guessing;
    if (r.t.cue !== "name" && overlapping.size > 0 && !unsure) continue;
    // Not a street's or a station's name, which no club takes ("called to Oxford Street").
    const club = r.t.cue === "name" && same?.first === r.c.first && same.last === r.c.last && same.type === "organization" && r.t.type === "location" && lex.places.has(r.c.capWords[0]!.toLowerCase())
      && !WAYS_AND_STOPS.has(r.c.capWords[r.c.capWords.length - 1]!);
    if (club) continue;
    // The tagger's body or place taking in the rules' one and more ("Alliance of | Small Island States") stands;
    // a person's name the rules spell is exact, where the tagger's runs into titles ("Comedian Sarah Silverman").
    // Not where the more opens with a word qualifying an office ("Former | South Carolina Gov.").
    const longer = same !== null && same.type === r.t.type && same.type !== "person" && same.first <= r.c.first && same.last >= r.c.last
      && same.last - same.first > r.c.last - r.c.first && !(same.first < r.c.first && tokens[same.first]!.initial && OFFICE_QUALIFIERS.has(tokens[same.first]!.text.toLowerCase()));
    if (longer) continue;
    for (const k of overlapping) dropped.add(k);
    out.push(r);
  }
  return { out, dropped };
}

/** Appends to `out` each tagged name not replaced by the rules, as the rules read its words. */
function reportTagged(names: Named[], dropped: Set<number>, ruleTyped: Typed[], endings: RuleEndings, byRange: RangeIndex, nameAt: Int32Array, tokens: Token[], text: string, out: Typed[]): void {
  const within = ruleCandidatesWithin(names, ruleTyped, nameAt, tokens);
  const { rule: ruleEnding, role: roleEnding } = endings;
  // The type the tagger gives each name in running text, by its words: what a headline's capitals are read by.
  const bodyTypes = new Map<string, EntityType>();
  if (names.some((n) => n.headline)) {
    for (const n of names) if (!n.headline) setFirst(bodyTypes, text.slice(tokens[n.first]!.start, tokens[n.last]!.end).toLowerCase(), n.type);
  }

  /** Reports name `n` as the rules' candidate of the same words, if any; `split` when the rules split the tagged name. */
  const report = (n: Named, rule: Typed | undefined, split = false): void => {
    if (rule?.t === "none") return;
    const typed = typeof rule?.t === "object" && rule.t ? rule.t : null;
    // A name of ordinary words the rules can type by nothing ("Oculus Rift") is too doubtful to report where the
    // tagger barely prefers its type to another reading, or where it ran it into the next name ("... and Job Simulator").
    // A name that speaks is a party, never such a thing ("Surfers Against Sewage said").
    if (rule?.t === null && madeOfWords(rule.c) && (split || (!n.byContext && closestLead(n) < DOUBT)) && !lex.speechVerbs.has(tokens[n.last + 1]?.text ?? "")) return;
    const c = rule?.c ?? candidateOf(n, tokens, text, n.role ?? roleEnding.get(n.last) ?? null);
    if (n.type === "person" && namesThing(c.capWords, lex)) return;
    // A plural common noun opening a sentence names a kind, where the rules type it by nothing ("Hailstorms have flattened crops").
    if (!typed && c.first === c.last && isPluralNounOpening(tokens, c.first)) return;
    // Words that never name an entity stay none with an abbreviation's stop ("Dec." opening a dateline), where no rule types them.
    if ((!typed && c.capWords.every((w) => lex.notEntities.has(w.replace(/\.$/, "")))) || isPartyLabel(c.text)) return;
    if (isNationalityCompound(c, tokens, lex)) return;
    // A lone word that is also a common noun when capitalized ("the Budget (Scotland) Bill") is a person only as
    // another form of a person the text names in full.
    if (n.type === "person" && !typed && c.capWords.length === 1 && tagsOf(c.text)?.some((tag) => !tag.startsWith("NNP"))) {
      out.push({ c, t: null });
      return;
    }
    // In a title-case headline capitals tell little: a name there takes the type the running text gives the same
    // words, else the rules' type; else it is only another form of a name the text gives (a surname), or nothing.
    if (n.headline) {
      const type = bodyTypes.get(lowerText(c)) ?? typed?.type;
      out.push({ c, t: type ? { type, strong: typed?.type === type && typed.strong } : null });
      return;
    }
    // The rules' strong evidence for the same type, or a name of several words, names an entity on its own.
    const strong = (typed?.type === n.type && typed.strong) || c.capWords.length > 1;
    out.push({ c, t: { type: n.type, strong } });
  };

  // The last token of the latest name the rules read whole around a tagged piece: the pieces after it inside it are its words.
  let covered = -1;
  names.forEach((n, k) => {
    if (dropped.has(k) || n.last <= covered) return;
    // Common words capitalized by their position before words that are never names are no name either
    // ("Benchmark European gas prices rose").
    const later = ruleEnding.get(n.last);
    if (later?.t === "none" && later.c.first > n.first && openedByPosition(tokens, n.first, later.c.first)) return;
    // Nor is a name the rules read as none with the words before it ("(The Guardian)", a credit; "Tropical Storm Lidia").
    if (later?.t === "none" && later.c.first < n.first) return;
    const parts = withNationsBody(within[k]!, tokens, text);
    if (parts.length === 1 && parts[0] !== within[k]![0]) {
      report({ ...n, first: parts[0]!.c.first, last: parts[0]!.c.last, type: "organization" }, parts[0], true);
      return;
    }
    // A name the rules read as several ("Vantorix Chief Executive Roland Busch", "Oculus Rift and Job Simulator"):
    // their names, their types where they know them.
    if (parts.length > 1 && parts.every((r) => r.c.first >= n.first && (r.c.last <= n.last || r.t === null))) {
      for (const r of parts) report({ ...n, first: r.c.first, last: r.c.last, type: typeof r.t === "object" && r.t ? r.t.type : n.type }, r, true);
      return;
    }
    // Part of a name the rules read whole, with the same type ("Kim" of "Kim Min-jun", "Verstappen" of "Max Verstappen").
    const whole = parts.length === 1 && typeof parts[0]!.t === "object" && parts[0]!.t?.strong && parts[0]!.t.type === n.type ? parts[0]! : null;
    if (whole && whole.c.first <= n.first && whole.c.last >= n.last) {
      out.push({ c: whole.c, t: { type: n.type, strong: true } });
      covered = whole.c.last;
      return;
    }
    report(n, byRange.get(n.first, n.last));
  });
}

/**
 * "U.S. Treasury", "U.N. Security Council": a nation's or the UN's dotted initials right before a body that its own
 * words or the lexicon type are the body's, where the tagger reads them as one name (the rules end a run at the
 * stop, which may close a sentence): the two pieces become one.
 */
function withNationsBody(parts: Typed[], tokens: Token[], text: string): Typed[] {
  const [abbr, body] = parts;
  if (!abbr || !body || abbr.c.first !== abbr.c.last || body.c.first !== abbr.c.last + 1) return parts;
  const initials = tokens[abbr.c.first]!.text;
  if (!/^(?:\p{Lu}\.){2,}$/u.test(initials) || !(lex.places.has(initials.toLowerCase()) || lex.orgs.has(initials.toLowerCase()))) return parts;
  const t = body.t;
  if (typeof t !== "object" || t?.type !== "organization" || !t.strong) return parts;
  // A body only the lexicon knows, after "in the U.S.", may open the next sentence ("... in the U.S. Apple said").
  let before = abbr.c.first - 1;
  if (tokens[before]?.text === "the") before--;
  const placed = lex.locationPrepositions.has(tokens[before]?.text ?? "") || tokens[before]?.text === "to";
  if (t.cue !== "name" && (placed || !lex.orgs.has(lowerText(body.c)))) return parts;
  const c = candidateOf({ first: abbr.c.first, last: body.c.last } as TaggedName, tokens, text, body.c.role);
  return [{ c, t: { type: "organization", strong: true, cue: "name" } }, ...parts.slice(2)];
}

/**
 * The rule candidates inside or around each tagged name: the typed ones, and untyped ones the
 * tagger ran together across an "and".
 */
function ruleCandidatesWithin(names: Named[], ruleTyped: Typed[], nameAt: Int32Array, tokens: Token[]): Typed[][] {
  const within = packedMap(names, () => [] as Typed[]);
  for (const r of ruleTyped) {
    const k = nameAt[r.c.first]!;
    if (k >= 0 && r.t !== "none" && (r.t || besideAnd(r.c, tokens, nameAt)) && (nameAt[r.c.last] === k || r.c.last > names[k]!.last)) within[k]!.push(r);
    else if (k < 0 && typeof r.t === "object" && r.t && r.c.last >= 0) {
      // A rule candidate starting before a tagged name it covers ("Max Verstappen" around "Verstappen").
      const inner = nameAt[r.c.last]!;
      if (inner >= 0 && names[inner]!.first > r.c.first && names[inner]!.last <= r.c.last) within[inner]!.push(r);
    }
  }
  return within;
}

/**
 * A list of names ("Councils in Glasgow and Aberdeen", "Devon, Somerset and Dorset") names things of one kind:
 * where the rules read some members surely as one type and none as another, a member the tagger types apart
 * takes that type when the tagger reads it less surely than it reads a member of that type.
 */
function coordinate(names: Named[], byRange: RangeIndex, tokens: Token[]): void {
  const ruleType = (n: TaggedName) => {
    const t = byRange.get(n.first, n.last)?.t;
    return typeof t === "object" && t?.strong ? t.type : null;
  };
  for (let k = 0; k + 1 < names.length; ) {
    const end = listEnd(names, k, tokens);
    const members = names.slice(k, end + 1);
    k = end > k ? end : k + 1;
    if (members.length < 2) continue;
    const sure = members.map(ruleType).filter((t) => t !== null);
    // Two of the names need the rules' type ("Liverpool striker X and Chelsea defender Y" joins no pair of clubs;
    // "Jo Kuhn, Acme and Imed president" lists no people).
    if (sure.length < 2 || sure.some((t) => t !== sure[0])) continue;
    const type = sure[0]!;
    const agreeing = members.filter((m) => m.type === type && ruleType(m) === type);
    for (const differs of members) {
      if (differs.type === type || (ruleType(differs) !== null && ruleType(differs) !== type)) continue;
      if (agreeing.some((agrees) => lead(differs, type) < lead(agrees, differs.type))) names[names.indexOf(differs)] = { ...differs, type };
    }
  }
}

// Place prepositions before "the" and a range or an area ("across the Rockies"); not "from" or "to", which clubs take too.
const RANGE_PREPOSITIONS = new Set(["in", "across", "throughout", "near", "around", "into", "within", "inside"]);

/**
 * Whether name `k` closes a list ("in X and Y", "near X, Y") right after a name read as a place by the tagger and the rules
 * alike, the list opened by a place preposition, and the tagger leads for another type by less than it leads for that place.
 */
function followsListedPlace(names: Named[], k: number, byRange: RangeIndex, tokens: Token[]): boolean {
  const n = names[k]!;
  const before = names[k - 1];
  if (!before || before.type !== "location" || before.last !== n.first - 2 || !/^(?:and|or|,)$/.test(tokens[n.first - 1]!.text)) return false;
  const t = byRange.get(before.first, before.last)?.t;
  if (typeof t !== "object" || t?.type !== "location") return false;
  // The list's opener: back over names joined by commas, "and" or "or".
  let first = k - 1;
  while (first > 0 && names[first - 1]!.last === names[first]!.first - 2 && /^(?:and|or|,)$/.test(tokens[names[first]!.first - 1]!.text)) first--;
  return lex.locationPrepositions.has(tokens[names[first]!.first - 1]?.text ?? "") && lead(n, "location") < lead(before, n.type);
}

/** Whether token i is a plural name, neither a common word nor a party's members, after a place preposition and "the", owning nothing. */
function isRangeAfterPlace(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.text;
  const after = tokens[i + 1]?.text ?? "";
  return /\p{Ll}s$/u.test(word) && !tagsOf(word.toLowerCase()) && !lex.partyMembers.has(word) && tokens[i - 1]?.text === "the"
    && RANGE_PREPOSITIONS.has(tokens[i - 2]?.text ?? "") && !/^['’]s?$/u.test(after);
}

/** The index of the last name of the list that opens at names[k] (names joined by commas, closed by "and" or "or"), else k. */
function listEnd(names: Named[], k: number, tokens: Token[]): number {
  const joins = (t: Token | undefined) => t?.text === "and" || t?.text === "or";
  for (let j = k; j + 1 < names.length; j++) {
    const after = names[j]!.last + 1;
    const gap = names[j + 1]!.first - after;
    const comma = tokens[after]!.text === ",";
    if ((gap === 1 && joins(tokens[after])) || (gap === 2 && comma && joins(tokens[after + 1]))) return j + 1;
    if (gap !== 1 || !comma) break;
  }
  return k;
}

/** A rule reading of a body by the words around it ("X, the Irish weather service,"). */
const bodyByContext = (t: Typing | undefined): boolean => typeof t === "object" && t !== null && t.type === "organization" && t.cue === "context";

/**
 * Where the tagger's type goes against what the words plainly say: a common word capitalized by the sentence
 * start before a known place names a body, not a person ("Historic England said"; not "Tom Holland said"), and so
 * does one before words an appositive makes a body, where the tagger barely reads a person ("Met Éireann, the Irish
 * weather service,"); a known
 * place after a place preposition in prose is the place, not its club nor a person ("routes from Aberdeen", "landed in Denver"); a name the rules
 * read as a person by an appositive or a speech verb is not a place no lexicon knows ("Haddad, a retired nurse,"); a
 * name after a capital "The" in a sentence is no person ("published in The Lancet").
 */
function retypeByContext(names: Named[], byRange: RangeIndex, tokens: Token[], text: string): void {
  const asPlaces = new Set<number>();
  names.forEach((n, k) => {
    const t = byRange.get(n.first, n.last)?.t;
    const rule = typeof t === "object" && t ? t : null;
    const opened = n.type === "person" && n.last > n.first && openedByPosition(tokens, n.first, n.first + 1);
    if (opened && (namesPlace(tokens, text, n.first + 1, n.last) || (bodyByContext(byRange.get(n.first + 1, n.last)?.t) && lead(n, "organization") < DOUBT))) {
      names[k] = { ...n, type: "organization" };
    } else if (n.type !== "location" && rule?.type === "location" && namesPlace(tokens, text, n.first, n.last) && afterPlacePreposition(names, k, tokens, asPlaces)) {
      names[k] = { ...n, type: "location" };
      asPlaces.add(k);
    } else if (n.type === "person" && isWordList(tokens, n) && !(rule?.type === "person" && rule.strong) && inPlaceList(names, k, tokens)) {
      // "sent to Beaumont, Jasper and Tyler": lone names (the tagger joins "Jasper and Tyler") listed after a place that a place
      // preposition opens are towns named so, not people.
      names[k] = { ...n, type: "location" };
    } else if (n.type !== "location" && (rule?.type === "location" || t === null) && (tokens[n.first - 1]?.text === "near" || isWayTo(tokens, n.first, lex)) && lead(n, "location") < UNSURE && !lex.orgs.has(lowerName(n, tokens, text))) {
      // "near Aberystwyth", "walked out to Abersoch": what a thing is near, or where a way of going leads, is a place, also one no
      // lexicon knows and no rule types, where the tagger is unsure of a body or a person.
      names[k] = { ...n, type: "location" };
    } else if (n.type === "organization" && t === null && followsListedPlace(names, k, byRange, tokens) && !lex.orgs.has(lowerName(n, tokens, text))) {
      // "centres in Haverfordwest and Aberystwyth": a name no rule types, listed after a place that a place preposition opens, is
      // another place where the tagger reads its body less surely than that place (a known town's club reading is left alone).
      names[k] = { ...n, type: "location" };
    } else if (n.type !== "location" && n.first === n.last && t === null && isRangeAfterPlace(tokens, n.first)) {
      // "across the Rockies", "climbers in the Andes": a plural name no lexicon knows after a place preposition and "the" is a range
      // or an area, not a club ("fans of the Rockies", "the Rockies' win") nor a party ("in the Democrats").
      names[k] = { ...n, type: "location" };
    } else if (n.type === "person" && rule?.type === "person" && !rule.strong && n.last > n.first && tokens[n.first - 1]?.text === "near") {
      // "near Kirkby Stephen": news puts places after "near", not people; a name only shaped like a person's (no given name opens it, no
      // title, it does not speak) is the place.
      names[k] = { ...n, type: "location" };
    } else if (n.type === "organization" && isPlacesRegion(names, k, tokens) && lead(n, "location") < UNSURE && !lex.orgs.has(lowerName(n, tokens, text))) {
      // "Kilbrannan, Ayrshire,": a name after a place and a comma, closing the phrase, is the region the place is in.
      names[k] = { ...n, type: "location" };
    } else if (n.type !== "organization" && isOtherSide(names, k, tokens, text)) {
      // "Northampton lost at Exeter", "Celtic lost to Peterhead": a name on the other side of a match from a club is a club too.
      names[k] = { ...n, type: "organization" };
    } else if (n.type === "location" && rule?.type === "person" && rule.cue === "context") {
      names[k] = { ...n, type: "person" };
    } else if (n.type === "person" && afterTitleThe(tokens, n.first)) {
      names[k] = { ...n, type: "organization" };
    } else if (n.type === "location" && rule?.type === "organization" && n.first === n.last && !tokens[n.first]!.initial && /^\p{Lu}{3,}$/u.test(tokens[n.first]!.text) && !lex.places.has(tokens[n.first]!.text.toLowerCase())) {
      // "UNRWA": an acronym inside a sentence that no place list holds and the rules read as a body is one (not a dateline's "BERNE").
      names[k] = { ...n, type: "organization" };
    } else if (n.type !== "person" && n.last > n.first && FILIAL.has(tokens[n.last]!.text)) {
      // "J.D. Morrow Jr.": a son's or father's mark after a name follows only a person's.
      names[k] = { ...n, type: "person" };
    }
    if (names[k]!.type !== n.type) names[k]!.byContext = true;
  });
}

// Last words of an event's name ("Texas Open", "Davis Cup", "Belgian Grand Prix", "Venice Film Festival", "World Series", "Nobel
// Prize") and of a measure's ("Consumer Price Index"): no person, organization or place.
const EVENT_HEADS = new Set(["Open", "Classic", "Cup", "Championship", "Championships", "Trophy", "Marathon", "Prix", "Rally", "Olympics", "Paralympics",
  "Festival", "Series", "Tour", "Prize", "Index"]);

/** A holiday's name, or its words before a calendar word, is a day ("Good Friday"; "Cyber" of "Cyber Monday"), whatever its words read as. */
function inHolidayName(c: Candidate, tokens: Token[]): boolean {
  const words = c.capWords.join(" ");
  return isHolidayName(words) || isHolidayName(`${words} ${tokens[c.last + 1]?.text ?? ""}`);
}

/**
 * An event or a measure, which is no person, organization or place: a name of two words or more ending
 * in an event's word, or "Games" after a place or a nationality ("Atlanta Games", "Asian Games";
 * not a company, "Epic Games").
 */
function isEventName(words: string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2) return false;
  if (EVENT_HEADS.has(last)) return true;
  const before = words.slice(0, -1).join(" ");
  return last === "Games" && (lex.places.has(before.toLowerCase()) || lex.demonyms.has(before) || /^(?:Olympic|Paralympic|Commonwealth)$/.test(before));
}

// Marks of a son or a father after a person's name.
const FILIAL = new Set(["Jr", "Sr"]);

// Prepositions that put a known place in prose as the place ("from Aberdeen", "near Inverness", "thefts across Leicester").
const PLACE_PREPOSITIONS = new Set(["from", "in", "to", "near", "across"]);

/**
 * Whether name `k` follows a place preposition where the tagger is unsure of its club (sports reports say
 * "lost to Aberdeen"), or follows in a list a club reading already made a place (`asPlaces`: "from Aberdeen and Inverness").
 */
function afterPlacePreposition(names: Named[], k: number, tokens: Token[], asPlaces: Set<number>): boolean {
  const n = names[k]!;
  const prev = tokens[n.first - 1]?.text ?? "";
  // A bearing from it is said only of a place, however sure the tagger is of a club ("east of Marseille").
  if (bearingOf(tokens, n.first)) return true;
  if (PLACE_PREPOSITIONS.has(prev)) return lead(n, "location") < UNSURE;
  const before = names[k - 1];
  return (prev === "and" || prev === "or" || prev === ",") && before?.last === n.first - 2 && asPlaces.has(k - 1);
}

/** Whether name `n` is one word, or one-word names joined by "and" ("Jasper and Tyler"). */
function isWordList(tokens: Token[], n: Named): boolean {
  for (let i = n.first; i <= n.last; i++) if (((i - n.first) % 2 === 1) !== (tokens[i]!.text === "and")) return false;
  return (n.last - n.first) % 2 === 0;
}

/** Whether name `k` is listed among one-word names only, after a place that a place preposition opens ("to Beaumont, Jasper and Tyler"). */
function inPlaceList(names: Named[], k: number, tokens: Token[]): boolean {
  // Whether names j and j + 1 are list members, joined by a comma, "and" or "or".
  const joined = (j: number) => {
    const a = names[j], b = names[j + 1];
    const sep = b ? tokens[b.first - 1]!.text : "";
    return !!a && !!b && a.last === b.first - 2 && (sep === "," || sep === "and" || sep === "or");
  };
  const listed = (j: number) => joined(j) && isWordList(tokens, names[j]!) && isWordList(tokens, names[j + 1]!);
  let first = k;
  while (first > 0 && listed(first - 1)) first--;
  let last = k;
  while (listed(last)) last++;
  const opener = names[first]!;
  // "and" or "or" closes the list ("in Arizona, Geronimo, Apache chief" is an appositive); not "to Beaumont, Jasper and
  // Tyler Reed": a person's full name in the list makes it one of people.
  const end = names[last]!;
  const closed = /^(?:and|or)$/.test(tokens[end.first - 1]?.text ?? "") || end.last > end.first;
  return first < k && closed && !joined(last) && opener.type === "location" && PLACE_PREPOSITIONS.has(tokens[opener.first - 1]?.text ?? "");
}

/**
 * Whether name `k`, no country, and the club next to it are a match's two sides ("Gloucester drew with Bath"): a name of
 * one word, or of two that no given name opens ("Rayo Vallecano drew with Osasuna"; not "Wrexham hosted Ryan Reynolds").
 */
function isOtherSide(names: Named[], k: number, tokens: Token[], text: string): boolean {
  const n = names[k]!;
  // A possessive owns the club ("beat Serbia's Red Star").
  const owns = /^['’]s$/.test(tokens[n.last + 1]?.text ?? "");
  const short = n.first === n.last || (n.last === n.first + 1 && !lex.givenNames.has(tokens[n.first]!.text));
  if (!short || owns || lex.countries.has(lowerName(n, tokens, text))) return false;
  const before = names[k - 1];
  const after = names[k + 1];
  return (before?.type === "organization" && linksSides(tokens, before.last + 1, n.first - 1)) || (after?.type === "organization" && linksSides(tokens, n.last + 1, after.first - 1));
}

/** Name `n` as printed, lowercased. */
const lowerName = (n: Named, tokens: Token[], text: string): string => text.slice(tokens[n.first]!.start, tokens[n.last]!.end).toLowerCase();

/** Whether name `k` follows a place's name and a comma and closes the phrase ("at Kilbrannan, Ayrshire, on Sunday"). */
function isPlacesRegion(names: Named[], k: number, tokens: Token[]): boolean {
  const n = names[k]!;
  const before = names[k - 1];
  const end = tokens[n.last + 1];
  // Not an item of a list of names ("..., McLoughlin, Houghton, ...").
  const listed = tokens[before ? before.first - 1 : 0]?.text === ",";
  return before?.type === "location" && before.last === n.first - 2 && tokens[n.first - 1]!.text === "," && !listed && (!end || end.newline || end.text === "," || end.text === ".");
}

/** Whether a capital "The" inside a sentence comes before token `i`: a paper's or a band's name ("in The Lancet"), never a person's. */
const afterTitleThe = (tokens: Token[], i: number): boolean => tokens[i - 1]?.text === "The" && !tokens[i - 1]!.initial && !tokens[i - 1]!.newline;

/** Whether a bearing from a place comes before token `i`: "east of", "north-west of". */
function bearingOf(tokens: Token[], i: number): boolean {
  const bearing = tokens[i - 2]?.text ?? "";
  return tokens[i - 1]?.text === "of" && lex.compassWords.has(bearing.charAt(0).toUpperCase() + bearing.slice(1)) && bearing === bearing.toLowerCase();
}

/** Whether tokens from `first` up to `end` are common words capitalized only by their position in the sentence. */
function openedByPosition(tokens: Token[], first: number, end: number): boolean {
  if (!tokens[first]!.initial) return false;
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (t.word && (!lex.commonWords.has(t.text.toLowerCase()) || lex.givenNames.has(t.text))) return false;
  }
  return true;
}

/**
 * Several words ending in an ordinary one, not opening with a given name ("Oculus Rift", "Job Simulator"; not "Tom Marsh");
 * of three words or more, opening with an ordinary one too: a name word before two ordinary ones is a body's ("Macmillan
 * Cancer Support", "Tarrow Valley Water"), as products seldom run so long.
 */
function madeOfWords(c: Candidate): boolean {
  const ordinary = (w: string) => lex.commonWords.has(w.toLowerCase());
  const first = c.capWords[0]!;
  return c.capWords.length > 1 && ordinary(c.capWords[c.capWords.length - 1]!) && !(lex.givenNames.has(first) && !ordinary(first)) && (c.capWords.length < 3 || ordinary(first));
}

/** Whether the rules' candidate stands beside an "and" inside the same tagged name: the tagger joined two names the rules keep apart. */
function besideAnd(c: Candidate, tokens: Token[], nameAt: Int32Array): boolean {
  const k = nameAt[c.first]!;
  const joins = (i: number) => tokens[i]?.text === "and" && nameAt[i] === k;
  return k >= 0 && (joins(c.last + 1) || joins(c.first - 1));
}

/** A person's name without the titles before it ("Councillor Ruth Ellery" is "Ruth Ellery"), which become its role. */
function withoutTitles(n: TaggedName, tokens: Token[]): Named {
  // "Former Ohio Gov. X": a word qualifying an office, capitalized only by its place, is none of the name after it ("in Former Yugoslavia" is).
  const qualifier = tokens[n.first]!;
  if (n.first < n.last && (qualifier.initial || /^\p{Ll}/u.test(qualifier.text)) && OFFICE_QUALIFIERS.has(qualifier.text.toLowerCase())) n = { ...n, first: n.first + 1 };
  // "Will Harbourne's strike spread?": an auxiliary opening a question is none of the name after it.
  if (n.first < n.last && opensQuestion(tokens, n.first)) n = { ...n, first: n.first + 1 };
  let first = n.first;
  // A title, or a word that is one only before a given name ("Canon Ruth Adeyemi"; "Canon Europe" is a company).
  const title = (k: number) => lex.personTitles.has(tokens[k]!.text) || isTitleBeforeName(tokens[k]!.text, tokens[k + 1]?.text, lex);
  while (first < n.last && tokens[first]!.word && title(first)) first++;
  // A role noun capitalized by the sentence start is no title, and may name a kind of body: "Striker Tom Bell", "Chipmaker Veltrion".
  const opener = tokens[n.first]!;
  if (first === n.first && first < n.last && opener.initial && opener.word && isRoleNoun(opener.text, lex)) {
    const body = lex.orgNouns.has(opener.text.toLowerCase());
    return { ...n, first: first + 1, type: body ? "organization" : "person", role: body ? undefined : opener.text.toLowerCase() };
  }
  if (first === n.first) return n;
  // A title before a given name and a surname names a person, whatever type the tagger gave the whole ("CEO John Mackey").
  const person = n.type === "person" || (n.last > first && lex.givenNames.has(tokens[first]!.text));
  return person ? { ...n, first, type: "person", role: packedMap(tokens.slice(n.first, first), (t) => t.text).join(" ") } : n;
}

/**
 * "Senate Majority" before "Leader John Thune": a body's name ends before the title words the tagger ran into it;
 * a person's before the letters of honours and offices after it ("Alan Fraser KC"); an airline's before a flight's word ("Flight 328").
 */
function withoutTrailingTitle(n: TaggedName, tokens: Token[]): TaggedName {
  let last = n.last;
  if (n.type === "person") while (last > n.first + 1 && isPostNominal(tokens[last]!.text)) last--;
  else while (last > n.first && lex.personTitles.has(tokens[last]!.text) && isCapitalized(tokens[last + 1]?.text ?? "")) last--;
  // "Sinn Féin TDs", "Labour MPs": a plural acronym after a name counts its members, as the rules read it.
  while (last > n.first && isPluralAcronym(tokens[last]!.text)) last--;
  // "United Airlines Flight 328": the flight's word before its number is not the airline's, as the rules read it.
  if (last > n.first && isFlightBeforeNumber(tokens, last)) last--;
  // "USDA Thursday forecast": a date after a name, as the rules read it.
  if (last > n.first && isDateAfterName(tokens, n.first, last, lex)) last--;
  return last === n.last ? n : { ...n, last };
}

/** The rules' candidates by their last token, and the roles they found before a name. */
interface RuleEndings {
  rule: Map<number, Typed>;
  role: Map<number, string>;
}

function ruleEndings(ruleTyped: Typed[]): RuleEndings {
  const rule = new Map<number, Typed>();
  const role = new Map<number, string>();
  for (const r of ruleTyped) {
    rule.set(r.c.last, r);
    if (r.c.role) role.set(r.c.last, r.c.role);
  }
  return { rule, role };
}

/**
 * "Cal Fire Battalion Chief Marco Delgado": where the tagger reads an employer and a title into a
 * person's name and the rules read the same person after that title, the person is the rules' name.
 */
function withoutOwnersTitle(n: Named, ruleEnding: Map<number, Typed>, tokens: Token[]): Named {
  const r = ruleEnding.get(n.last);
  const c = r?.c.role && typeof r.t === "object" && r.t?.type === "person" ? r.c : undefined;
  // An owner's words, then a title right before the person ("Mother Teresa" keeps its kin word).
  const owned = c && c.first - n.first >= 2 && lex.personTitles.has(tokens[c.first - 1]!.text);
  return owned && n.type === "person" ? { ...n, first: c.first, role: c.role ?? undefined } : n;
}

/** A party's member named by a place is someone from there ("the Ohio Republican", "Texas Democrats"): the place alone is a name, a location. */
function withoutPartyMember(n: Named, tokens: Token[], text: string): Named {
  const within = n.last > n.first && lex.partyMembers.has(tokens[n.last]!.text);
  if (!within && !lex.partyMembers.has(tokens[n.last + 1]?.text ?? "")) return n;
  const last = within ? n.last - 1 : n.last;
  // "House Democrats", "Senate Republicans": a chamber's party members name the chamber.
  if (last === n.first && CHAMBERS.has(tokens[last]!.text)) return { ...n, last, type: "organization" };
  return namesPlace(tokens, text, n.first, last) ? { ...n, last, type: "location" } : n;
}

/** Whether tokens `first` to `last` spell a place the gazetteer knows. */
const namesPlace = (tokens: Token[], text: string, first: number, last: number): boolean =>
  lex.places.has(text.slice(tokens[first]!.start, tokens[last]!.end).toLowerCase());

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
    joinedCaps: undefined,
    lowerCaps: undefined,
    lowerText: undefined,
    printed: undefined,
  };
}
