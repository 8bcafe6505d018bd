// Quotations and their speakers: every stretch between quotation marks that reproduces someone's
// words, with who said it (by the fullest name the article gives), the words naming them, and
// the cue. Scare quotes and titles of works that are nobody's words are left out.
import type { Entity, Quote, QuoteKind } from "../../types.js";
import { type Attribution, Attributor } from "./attribution.js";
import { CONNECTIVES, DETERMINERS, NAMING_VERBS, THOUGHT_VERBS } from "./lexicon.js";
import type { Quotation } from "./marks.js";
import { sentences, type Token, tokenize } from "./tokens.js";
import { NameBook, nameRuns } from "./speakers.js";
import { partitionPoint, tagsOf } from "../text/index.js";

// Fewer words than this, without closing punctuation, do not make a quoted sentence.
const MIN_SENTENCE_WORDS = 3;
// A headline holds a few quotations, each echoed among the body's first few dozen.
const MAX_ECHOES = 40;
// A first line this short without a closing period is a headline.
const MAX_TITLE_WORDS = 30;

// A transcript's speaker label: a surname in capitals and a colon opening the quoted words.
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}'’-]+):\s/u;

interface Found {
  quotation: Quotation;
  token: number;
  kind: QuoteKind;
  attribution: Attribution | null;
  inTitle: boolean;
  /** The words open with a transcript's speaker label, which says who speaks even when it names no one known. */
  labelled: boolean;
}

/**
 * The quotes among a text's quotations (findQuotations), with their speakers. Attribution reads
 * tokens of its own (tokens.ts), not the text layer's: each quotation is one token there, so no
 * name or verb inside someone's words is read as the sentence's, and hyphenated words and numbers
 * with thousands separators are whole words, as the cue lexicons list them.
 */
export function extractQuotes(text: string, quotations: Quotation[], entities: Entity[]): Quote[] {
  if (!quotations.length) return [];
  const tokens = tokenize(text, quotations);
  const sents = sentences(tokens);
  const names = new NameBook(tokens, nameRuns(tokens), entities);
  const attributor = new Attributor(text, tokens, sents, names);
  const titleEnd = titleLineEnd(text);
  const titleCase = titleEnd > 0 && isTitleCase(text.slice(0, titleEnd));

  const found: Found[] = [];
  const context = new Context(attributor);
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    if (tokens[s.from]!.kind === "break") {
      context.endParagraph();
      continue;
    }
    // Every sentence's cues are read in order, so later "the company" finds who spoke before.
    attributor.cues(si);
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k]!;
      if (t.kind !== "quote") continue;
      const quotation = quotations[t.quote]!;
      let attribution = attributor.attribute(k);
      // A quotation standing as its own sentence is the words of whom the sentence after it points back to ("'...' That was
      // the warning from Ana Ruiz."); else one that opens its sentence without a cue of its own goes on from the one before.
      if (!attribution && k === s.from && standsAlone(tokens, k, s.to) && !opensParagraph(tokens, sents[si + 1])) attribution = attributor.pointedBack(si + 1);
      if (!attribution && opensSentence(tokens, k, s.from)) attribution = context.carried();
      const inTitle = quotation.open < titleEnd;
      const kind = quoteKind(text, tokens, k, s.from, quotation);
      if (!attribution && kind === "partial" && !inTitle && usedBySubject(tokens, k)) attribution = attributor.topic(si);
      if (attribution) context.quoted(attribution);
      if (!keep(text, tokens, k, quotation, kind, attribution, inTitle, titleCase)) continue;
      found.push({ quotation, token: k, kind, attribution, inTitle, labelled: false });
    }
    context.endSentence(si);
  }
  // "“COSTA: Well, ...": a transcript's capitalized speaker label inside the marks names who speaks, by the
  // fullest name the article gives, else as written when it is no common word ("VIDEO:" names no one).
  for (const f of found) {
    const label = TRANSCRIPT_LABEL.exec(text.slice(f.quotation.start, f.quotation.end))?.[1];
    if (!label) continue;
    const written = label.charAt(0) + label.slice(1).toLowerCase();
    const speaker = names.labelled(written) ?? (tagsOf(label.toLowerCase()) ? null : written);
    f.attribution = { speaker, speakerMention: label, cue: ":" };
    f.labelled = true;
  }
  // A quotation over several paragraphs is attributed where it ends.
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]!;
    const next = found[i + 1]!;
    if (f.quotation.runsOn && !f.labelled && !next.labelled && !f.attribution?.speaker && next.attribution?.speaker && opensNextLine(text, f.quotation, next.quotation)) {
      f.attribution = { speaker: next.attribution.speaker, speakerMention: null, cue: null };
    }
  }
  // A quotation's paragraph credited on the line after it: "“...” ¶ - Ana Ruiz."; one standing alone as its paragraph, with
  // no one before it to go on from, is the words of whom the next paragraph opens by reporting ("“...” ¶ The harbour
  // master, Ines Kowalski, told dock workers ...").
  for (const f of found) {
    if (f.attribution?.speaker || tokens[f.token - 1]?.kind === "word" || tokens[f.token - 1]?.kind === "punct") continue;
    let j = f.token + 1;
    while (tokens[j]?.kind === "break") j++;
    const next = j > f.token + 1 && tokens[j] ? tokens[j]!.sentence : -1;
    // An interview's answer is the interviewee's, whoever the paragraph after it reports, and one after a paragraph
    // that ends in a quotation goes on with those words, whosever they are.
    const alone = !f.attribution && !answersQuestion(tokens, f.token) && !followsQuotation(tokens, f.token);
    const credit = next >= 0 ? (attributor.credit(next) ?? (alone ? attributor.opener(next) : null)) : null;
    if (credit) f.attribution = credit;
  }
  // One attributed where it opens ("Phillipson said: “We ...") speaks on in the paragraphs it runs into.
  for (let i = 0; i + 1 < found.length; i++) {
    const f = found[i]!;
    const next = found[i + 1]!;
    if (f.quotation.runsOn && !next.labelled && f.attribution?.speaker && !next.attribution?.speaker && opensNextLine(text, f.quotation, next.quotation)) {
      next.attribution = { speaker: f.attribution.speaker, speakerMention: null, cue: null };
    }
  }
  const body = { lower: "", quotes: found.filter((f) => !f.inTitle && f.attribution?.speaker).slice(0, MAX_ECHOES) };
  // "Trump believes only 'agreement' can ...": a headline's verb of thought holds a belief, and the body says whose words these are.
  const believed = (q: Found): boolean => THOUGHT_VERBS.has(q.attribution?.cue?.toLowerCase() ?? "");
  for (const f of found.filter((q) => q.inTitle && (!q.attribution?.speaker || pullQuote(text, q) || believed(q))).slice(0, MAX_ECHOES)) {
    body.lower ||= text.toLowerCase();
    // "'We will not be intimidated': Canberra recalls envoy": a pull quote's speaker is the body's, not the story's subject after the colon.
    // "'...': novelist Ana Ruiz on her debut": an interview's headline names who speaks after the colon.
    const interviewee = intervieweeOf(text, tokens, f, attributor);
    f.attribution = titleAttribution(text, body, tokens, f, attributor, titleEnd) ?? interviewee ?? (f.attribution?.speaker ? f.attribution : f.attribution && attributor.headlineRole(f.attribution, titleEnd)) ?? f.attribution;
  }
  // "How has the year been? ¶ “Harder than I expected.”": in an interview a quotation opening the paragraph after a question is the interviewee's answer.
  const headline = found.find((f) => f.inTitle);
  const interviewee = headline ? intervieweeOf(text, tokens, headline, attributor) : null;
  for (const f of found) {
    if (interviewee && !f.inTitle && !f.attribution?.speaker && answersQuestion(tokens, f.token)) f.attribution = { speaker: interviewee.speaker, speakerMention: null, cue: null };
  }
  return found.map(toQuote(text));
}

/**
 * Who is speaking as the text goes on: a quotation with no cue of its own continues the speaker
 * of the sentence before it in its paragraph, or, opening a paragraph, of the previous paragraph's
 * last sentence ("“A,” Costa said. ¶ “B.”", "He added: ¶ “B.”").
 */
class Context {
  /** The attribution the latest sentence ended with, if any. */
  private last: Attribution | null = null;
  /** The one the sentence being read has given so far. */
  private current: Attribution | null = null;
  /** The person the latest sentence of the paragraph is about, when it reported no words. */
  private topic: Attribution | null = null;

  constructor(private readonly attributor: Attributor) {}

  /** The speaker a quotation with no cue goes on with; a source named only by description keeps its words ("the union"). */
  carried(): Attribution | null {
    const from = this.current ?? this.last ?? this.topic;
    return from ? { speaker: from.speaker, speakerMention: from.speaker ? null : from.speakerMention, cue: null } : null;
  }

  quoted(a: Attribution): void {
    this.current = a;
  }

  /**
   * A sentence reporting someone's words ("Kebede said the union would consult members.", "He
   * added:") hands them on; one about the same speaker ("He did not elaborate.", "Kebede is
   * upbeat.") keeps them.
   */
  endSentence(si: number): void {
    const next = this.current ?? this.attributor.reporter(si) ?? this.attributor.introducer(si);
    this.last = next ?? (this.last && this.attributor.isAbout(si, this.last.speaker) ? this.last : null);
    // A sentence about a person that reports no words hands the quotation after it in its paragraph
    // to them ("Costa was blunt. “It failed.”").
    this.topic = this.last ? null : this.attributor.topic(si);
    this.current = null;
  }

  /** A paragraph's subject hands nothing on past its end. */
  endParagraph(): void {
    this.topic = null;
  }
}

/** Whether the quotation at token `k` opens its sentence, or follows only a connective ("Then, '...'", "And '...'"). */
function opensSentence(tokens: Token[], k: number, from: number): boolean {
  if (k === from) return true;
  const lead = tokens[from]!;
  return CONNECTIVES.has(lead.text.toLowerCase()) && (k === from + 1 || (k === from + 2 && tokens[from + 1]!.text === ","));
}

/** Whether nothing but punctuation follows the quotation at token `k` in its sentence, which ends before token `to`. */
function standsAlone(tokens: Token[], k: number, to: number): boolean {
  for (let j = k + 1; j < to; j++) if (tokens[j]!.kind !== "punct") return false;
  return true;
}

/** Whether a sentence is a line break or missing, so that nothing after a quotation in its paragraph follows it. */
const opensParagraph = (tokens: Token[], s: { from: number } | undefined): boolean => !s || tokens[s.from]!.kind === "break";

/** Whether `next` opens the paragraph after the one `q` runs to the end of. */
function opensNextLine(text: string, q: Quotation, next: Quotation): boolean {
  return /^\s*$/.test(text.slice(q.close + 1, next.open));
}

/** Where the headline line ends, or 0 when the first line reads as body text. */
function titleLineEnd(text: string): number {
  const nl = text.indexOf("\n");
  if (nl < 0) return 0;
  const line = text.slice(0, nl).trim();
  // A closing period marks a sentence, unless every longer word is capitalized as in a headline.
  if (/[.]$/.test(line) && !/\.\.\.$/.test(line) && !isTitleCase(line)) return 0;
  return line.split(/\s+/).length <= MAX_TITLE_WORDS ? nl : 0;
}

/**
 * A full quoted sentence is direct; words quoted inside the writer's sentence are partial. A
 * quoted sentence starts with a capital, runs to a few words (one or two capitalized words are a
 * name or a title), and is introduced (opens the sentence, follows a colon, comma or another
 * quotation) or asks or exclaims.
 */
function quoteKind(text: string, tokens: Token[], k: number, sentenceStart: number, q: Quotation): QuoteKind {
  const inner = text.slice(q.start, q.end);
  if (!/^[\p{Lu}\p{N}[…]|^\.\.\./u.test(inner) || inner.split(/\s+/).length < MIN_SENTENCE_WORDS) return "partial";
  const prev = tokens[k - 1];
  const introduced = k === sentenceStart || prev?.text === ":" || prev?.text === "," || prev?.kind === "quote";
  // A period or comma inside the closing mark is also American style for partial quotes ("deeply flawed."),
  // so only a question or exclamation makes a quotation a sentence wherever it stands.
  return introduced || /[!?]$/u.test(inner) ? "direct" : "partial";
}

/**
 * Whether a quotation reproduces someone's words: a partial quote that no cue attributes is a
 * scare quote or a term ('tartan tax'), and a quoted title of a work is nobody's words, unless a
 * named speaker used those words ("Reyes called the plan 'Project Lighthouse'"). A headline in title case
 * capitalizes its quotations too, so there capitals say nothing.
 */
function keep(text: string, tokens: Token[], k: number, q: Quotation, kind: QuoteKind, attribution: Attribution | null, inTitle: boolean, titleCase: boolean): boolean {
  const inner = text.slice(q.start, q.end);
  // A speaker's colon introduces a reply, even of one word ("Ruiz was blunt: 'No.'").
  const replied = tokens[k - 1]?.text === ":";
  if (!(inTitle && titleCase) && isTitleOfWork(inner) && !(attribution?.speaker && (named(tokens, k) || replied))) return false;
  return kind === "direct" || inTitle || attribution !== null;
}

// Prepositions a title in title case leaves in lower case, as it does words of up to three letters ("Midday with Ana Costa").
const TITLE_PREPOSITIONS = new Set(["with", "from", "into", "onto", "upon", "over"]);

/**
 * "Containment Failures at Calder Vale", "Are There Any Angry Voters?", "Thumper", "Late Night with Ana Costa":
 * capitalized words, every longer word capitalized but for a preposition (a closing period or comma may be American
 * punctuation, not the title's).
 */
function isTitleOfWork(inner: string): boolean {
  const bare = inner.replace(/[.,]$/, "");
  const words = bare.split(/\s+/);
  // One capitalized word is a name or a title ("Thumper."), unless a comma hands it to a speaker ("Unprecedented," he said).
  if (words.length === 1) return /^\p{Lu}\p{Ll}*\.?$/u.test(inner);
  if (/[.,;]$/.test(bare)) return false;
  // Past the first word, and not counting "I" ("Nor do I.").
  const capitalized = words.slice(1).filter((w) => w !== "I" && /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalized >= 1 && words.every((w) => w.length <= 3 || TITLE_PREPOSITIONS.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * Whether words quoted in a sentence with no cue are its subject's, the person it opens with ("Costa thanked the crews for
 * 'working through the night'", "blamed it on 'a tangle of permits'"): not a term set after a determiner ("put the 'final touches'", "her 'comeback'"),
 * nor a name given ("known as 'the Orchard'").
 */
function usedBySubject(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text.toLowerCase() ?? "";
  // "that" before a quotation opens a clause ("hopes that 'the rain will hold off'"), not a noun phrase.
  return !(DETERMINERS.has(before) && before !== "that") && !named(tokens, k);
}

// How far before a quotation a naming verb may stand ("called the new bridge 'the Needle'").
const NAMING_REACH = 6;

/** Whether the quotation at token `k` is a name someone gave: after "as" or a naming verb ("dubbed him 'The Comeback Kid'"). */
function named(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.text.toLowerCase() === "as") return true;
  for (let j = k - 1; j >= Math.max(0, k - NAMING_REACH) && tokens[j]!.kind === "word"; j--) {
    const w = tokens[j]!.text.toLowerCase();
    if (NAMING_VERBS.has(w) && !callNoun(tokens, j)) return true;
  }
  return false;
}

/** Whether "call" at token `j` is a noun after a determiner, a telephone call or a demand that names nothing ("a call to ABC's 'This Week'"). */
const callNoun = (tokens: Token[], j: number): boolean => /^calls?$/i.test(tokens[j]!.text) && DETERMINERS.has(tokens[j - 1]?.text.toLowerCase() ?? "");

/** Whether a headline capitalizes every longer word ("Lenz Calls Reform 'Long Overdue'"). */
function isTitleCase(line: string): boolean {
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * A headline's quotation is usually spoken in the body: the speaker of a body quotation with the
 * same words, else of the body sentence that uses them ("‘agreement'" ... "a negotiated
 * agreement ..., according to State Department spokesperson Tammy Bruce").
 */
function titleAttribution(text: string, body: { lower: string; quotes: Found[] }, tokens: Token[], f: Found, attributor: Attributor, titleEnd: number): Attribution | null {
  const words = normalized(text.slice(f.quotation.start, f.quotation.end));
  if (!words.trim()) return null;
  for (const other of body.quotes) {
    const said = normalized(text.slice(other.quotation.start, other.quotation.end));
    if (said.includes(words) || words.includes(said)) return { ...other.attribution! };
  }
  // Lower-casing may change the length of a few scripts' texts, and offsets with it.
  if (body.lower.length !== text.length) return null;
  const at = body.lower.indexOf(text.slice(f.quotation.start, f.quotation.end).toLowerCase(), titleEnd);
  if (at < 0) return null;
  const k = tokenAt(tokens, at);
  const attribution = k >= 0 ? attributor.attribute(k) : null;
  return attribution?.speaker ? attribution : null;
}

/** Whether a headline's quotation opens it and a colon follows ("'We will not be intimidated': Canberra ..."): a pull quote. */
const pullQuote = (text: string, f: Found): boolean => !/\S/.test(text.slice(0, Math.max(0, f.quotation.start - 1))) && /^.?\s*:/u.test(text.slice(f.quotation.end, f.quotation.end + 4));

const normalized = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;

/** The person an interview's headline names after its pull quote `f` ("'...': novelist Ana Ruiz on her debut"), else null. */
function intervieweeOf(text: string, tokens: Token[], f: Found, attributor: Attributor): Attribution | null {
  return pullQuote(text, f) ? attributor.interviewee(tokenAt(tokens, text.indexOf(":", f.quotation.end) + 1)) : null;
}

/** The last token of the paragraph before the one token `k` opens, or -1 when `k` opens no paragraph. */
function endOfParagraphBefore(tokens: Token[], k: number): number {
  let j = k - 1;
  if (tokens[j]?.kind !== "break") return -1;
  while (tokens[j]?.kind === "break") j--;
  return j;
}

/** Whether the quotation at token `k` opens a paragraph right after one that ends with a question mark. */
const answersQuestion = (tokens: Token[], k: number): boolean => tokens[endOfParagraphBefore(tokens, k)]?.text === "?";

/** Whether the quotation at token `k` opens a paragraph right after one that ends with a quotation. */
const followsQuotation = (tokens: Token[], k: number): boolean => tokens[endOfParagraphBefore(tokens, k)]?.kind === "quote";

/** The index of the token that covers or follows offset `at`. */
function tokenAt(tokens: Token[], at: number): number {
  const lo = partitionPoint(tokens.length, (i) => tokens[i]!.end <= at);
  return lo < tokens.length ? lo : -1;
}

/** The quote as reported: a single trailing comma or period before the closing mark is dropped. */
const toQuote = (text: string) => (f: Found): Quote => {
  const { start } = f.quotation;
  let end = f.quotation.end;
  if (/[^.][.,]$/.test(text.slice(Math.max(start, end - 2), end)) && end - start > 1) end--;
  return {
    text: text.slice(start, end),
    speaker: f.attribution?.speaker ?? null,
    speakerMention: f.attribution?.speakerMention ?? null,
    cue: f.attribution?.cue ?? null,
    kind: f.kind,
    span: { start, end },
  };
};
