// Sports teams: a club is named after its town ("Barcelona were held to a 1-1 draw by Valencia",
// "Barcelona 1 Valencia 1"), so a place or an unknown name next to a score or a result verb in a
// sentence with a score is an organization. Countries stay places: national sides keep their country's name.
import type { Candidate } from "./candidates.js";
import type { Token } from "../text/index.js";

// Verbs that report a result: "Arsenal beat Chelsea 3-2", "drew 1-1 with West Ham".
const RESULT_VERBS = new Set([
  "beat", "beats", "defeated", "defeats", "drew", "draw", "draws", "held", "edged", "edge", "edges", "thrashed",
  "routed", "crushed", "downed", "overcame", "stunned", "lost", "lose", "loses", "won", "win", "wins", "trounced",
]);
// Words after which the other side of a result is named: "a 1-1 draw with Valencia", "a win over Leeds".
const RESULT_LINKS = new Set(["with", "over", "against", "by", "to", ...RESULT_VERBS]);
// The word between the two sides of a fixture.
const FIXTURE_LINKS = new Set(["v", "vs"]);
// How far a score may be from the team in the same sentence.
const SCORE_REACH = 12;

// Verbs of a fixture's sides without a result: "Wrexham travel to Plymouth", "Newport hosting Morecambe".
const FIXTURE_VERBS = new Set(["travel", "travels", "host", "hosts", "hosting", "hosted"]);

// Words that end both a town's name and the name of the club named after it ("Harrogate Town", "Salford City", "Notts County").
const CLUB_ENDINGS = new Set(["Town", "City", "County"]);
// Roles held at a sports club, before the holder's name ("Grimsby Town boss X", "Salford City striker Y").
const CLUB_ROLES = new Set([
  "manager", "boss", "chairman", "coach", "captain", "skipper", "player", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
  "full-back", "centre-back", "playmaker",
]);

// Verbs in the plural, which British English gives a club (its players) and never a town: "Harrogate Town have appointed".
const PLURAL_VERBS = new Set(["have", "are", "were"]);
// Prepositions whose object is no subject: the verb after it agrees with the words before ("Residents of Mesa County were told").
const GOVERNING = new Set(["in", "of", "at", "from", "near", "across", "for", "on", "with", "by", "around", "throughout", "outside", "inside", "within", "into"]);

/**
 * Whether a name ending in a town's word is the club, not the town: before a club's role (`role`, the word before a
 * person's name) or a verb in the plural (`next`, the word after the name) whose subject it is (`before`, the word before it, no preposition).
 */
export function isTownsClub(capWords: string[], role: string | null, next: string, before: string): boolean {
  return capWords.length > 1 && CLUB_ENDINGS.has(capWords[capWords.length - 1]!) && ((!!role && CLUB_ROLES.has(role)) || (PLURAL_VERBS.has(next) && !GOVERNING.has(before)));
}

/**
 * Whether the tokens from `from` to `to` (inclusive) link the names around them as the two sides of a match:
 * a result verb or a fixture's verb, with the word naming the other side ("beat", "drew with", "lost at", "travel to").
 */
export function linksSides(tokens: Token[], from: number, to: number): boolean {
  const verb = tokens[from]?.text ?? "";
  if (!RESULT_VERBS.has(verb) && !FIXTURE_VERBS.has(verb)) return false;
  if (to === from) return RESULT_VERBS.has(verb) || verb.startsWith("host");
  const link = tokens[to]?.text ?? "";
  return to === from + 1 && (RESULT_LINKS.has(link) || link === "at") && link !== verb;
}

/** One or two digits: a number of goals. */
/** Whether the name is a side of a line that holds a results line and nothing else ("Swindon 1 Port Vale 1"). */
export function isResultsLineSide(c: Candidate, tokens: Token[]): boolean {
  let a = c.first;
  while (a > 0 && !tokens[a]!.newline) a--;
  let b = c.last + 1;
  while (b < tokens.length && !tokens[b]!.newline) b++;
  const goals: number[] = [];
  for (let k = a; k < b; k++) if (isGoals(tokens[k])) goals.push(k);
  if (goals.length !== 2 || goals[1] !== b - 1 || !isName(tokens[a]) || !isName(tokens[goals[0]! + 1])) return false;
  return tokens.slice(a, b).every((t) => t.word) && (c.last + 1 === goals[0] || c.last + 1 === goals[1]);
}

function isGoals(t: Token | undefined): boolean {
  if (!t || !t.word || t.text.length > 2) return false;
  const isDigit = (c: number) => c >= 48 && c <= 57;
  return isDigit(t.text.charCodeAt(0)) && (t.text.length === 1 || isDigit(t.text.charCodeAt(1)));
}
const isName = (t: Token | undefined): boolean => !!t && t.word && /^\p{Lu}/u.test(t.text);
const endsSentence = (t: Token): boolean => t.newline || t.text === "." || t.text === ";" || t.text === "!" || t.text === "?";

/** A score "2-0" or "2 - 0" starting at token k. */
function isScore(tokens: Token[], k: number): boolean {
  return isGoals(tokens[k]) && tokens[k + 1]?.text === "-" && isGoals(tokens[k + 2]);
}

/** A score at token k that is not one of a set's scores ("6-3 6-4"). */
const isTeamScore = (tokens: Token[], k: number): boolean => isScore(tokens, k) && !isScore(tokens, k + 3) && !isScore(tokens, k - 3);

/**
 * The token next to the candidate of the other side, where the candidate is a side of a results line ("Barcelona 1
 * Valencia 1", the goals after each side) or of a fixture ("Wrexham v Bristol"): the other side's first word after
 * the candidate, or its last word before it; else -1.
 */
export function otherSideOfFixture(c: Candidate, tokens: Token[]): number {
  const goals = tokens[c.last + 1];
  if (isGoals(goals) && !goals!.newline && tokens[c.last + 2]?.text !== "-") {
    const after = tokens[c.last + 2];
    const before = tokens[c.first - 1];
    if (isName(after) && !after!.newline) return c.last + 2;
    // The right side: nothing after it on its line ("Swindon 1 Port Vale 1" above the next result).
    if (isGoals(before) && isName(tokens[c.first - 2]) && (!after || !after.word || after.newline)) return c.first - 2;
  }
  // A name on each side of "v": "Lyon vs Nice".
  if (FIXTURE_LINKS.has(tokens[c.last + 1]?.text ?? "") && isName(tokens[c.last + 2])) return c.last + 2;
  return FIXTURE_LINKS.has(tokens[c.first - 1]?.text ?? "") && isName(tokens[c.first - 2]) ? c.first - 2 : -1;
}

/** Whether the candidate names a team in a sports result. */
export function isTeam(c: Candidate, tokens: Token[]): boolean {
  if (otherSideOfFixture(c, tokens) >= 0) return true;
  if (!scoreNear(tokens, c)) return false;
  const next = tokens[c.last + 1]?.text.toLowerCase() ?? "";
  const prev = tokens[c.first - 1]?.text.toLowerCase() ?? "";
  // "Barcelona were held", "Arsenal beat", "beat Chelsea", "with West Ham", "Real Madrid 2-0", "Lyon and Nice drew".
  return RESULT_VERBS.has(next) || (next === "were" && RESULT_VERBS.has(tokens[c.last + 2]?.text ?? "")) || RESULT_LINKS.has(prev) || isScore(tokens, c.last + 1) || resultOfPair(tokens, c.last + 1);
}

/** "and Nice drew" at token k: the other side of a pair, then a result verb. */
function resultOfPair(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== "and") return false;
  let j = k + 1;
  while (j <= k + 3 && isName(tokens[j])) j++;
  return j > k + 1 && RESULT_VERBS.has(tokens[j]?.text ?? "");
}

/** A score in the candidate's sentence, within a few tokens of it; set scores ("6-3 6-4") are players', not teams'. */
function scoreNear(tokens: Token[], c: Candidate): boolean {
  for (let k = c.last + 1; k < tokens.length && k <= c.last + SCORE_REACH && !endsSentence(tokens[k]!); k++) if (isTeamScore(tokens, k)) return true;
  for (let k = c.first - 1; k >= 0 && k >= c.first - SCORE_REACH && !tokens[k + 1]!.newline; k--) {
    if (endsSentence(tokens[k]!) && !tokens[k]!.newline) break;
    if (isTeamScore(tokens, k)) return true;
  }
  return false;
}
