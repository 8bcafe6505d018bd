// Attribution: for each sentence, the speakers its cues name, resolved to canonical names, and
// for a quotation the cue that governs it. Speakers found so far are remembered, so that "he",
// "the spokeswoman" or "the company" resolve to the nearest fitting one before them.
import { type Cue, clauseSubject, cueSubject, cuesIn, isSpeakerNoun, type Subject } from "./cues.js";
import { AGE_NOUNS, BUSINESS_ROLES, CONNECTIVES, DETERMINERS, INDEFINITE, NON_BUSINESS_HEADS, ORGANIZATION_ROLES, PERSON_ROLES, RELATIVE_PRONOUNS, THOUGHT_VERBS, VERB_FILLERS } from "./lexicon.js";
import type { Sentence, Token } from "./tokens.js";
import { fitsGender, type Gender, genderOf, type NameBook, type Referent, type SpeakerType } from "./speakers.js";
import { partitionPoint, tagsOf } from "../text/index.js";

export interface Attribution {
  speaker: string | null;
  speakerMention: string | null;
  cue: string | null;
}

interface CueAttribution {
  cue: Cue;
  attribution: Attribution;
  /** Where the words naming the speaker are, when the cue has its own. */
  subject: { start: number; end: number } | null;
  /** The subject names no one who could speak ("the letter suggests", "anyone who objects"). */
  incidental: boolean;
}

interface Spoken {
  pos: number;
  sentence: number;
  name: string | null;
  type: SpeakerType;
  gender: Gender;
  /** The head noun of a description left without a name ("one Republican aide"), else null. */
  noun: string | null;
  /** The spokesperson's noun when the name is the body one spoke for ("a spokeswoman for X"), else null. */
  mouthpiece: string | null;
}

// How many sentences back (line breaks count as sentences) a speaker is still who "he" or "she" means.
const RECENT_SENTENCES = 8;
// How many names back an untyped name may still be who "he" or "she" means.
const UNTYPED_REACH = 12;
// How many speakers back an organization is still who "they" means.
const RECENT_SPEAKERS = 3;
// A cue this close after a quotation, with only a comma and the speaker between, governs it.
const ADJACENT = 4;
// A quotation whose last word ends in a period inside its closing mark ("'a failed candidate.'").
const CLOSED_BY_PERIOD = /[^.]\.\W*$/u;
// How far (in tokens) a cue may be from the quotation it governs.
const CUE_REACH = 40;
// How many tokens an opening phrase before a sentence's subject may run ("On Sunday night in Ohio,").
const OPENING_PHRASE = 8;
// How many common nouns may say what a body is before its name ("the chemicals group Veltrix").
const DESCRIPTOR_WORDS = 3;
// How many tokens a subject and an aside may run before the verb opening a paragraph ("The harbour master, Ines Kowalski, told").
const OPENING_SUBJECT = 8;
// Tags of a word opening a subordinate clause or a phrase: a preposition or subordinator, a wh-word.
const CLAUSE_OPENERS = new Set(["IN", "WRB"]);
// How many tokens an opening participle's clause may run ("Asked what she will do with the prize money,").
const PARTICIPLE_PHRASE = 16;
// Tags of a finite verb or a modal.
const FINITE_TAGS = new Set(["VBZ", "VBD", "VBP", "MD"]);
// Pronouns that open a sentence about someone already in view.
const SUBJECT_PRONOUNS = new Set(["he", "she", "they"]);
const SPOKESPERSON_NOUN = "spokes(?:person|man|woman)";
// "A spokesperson said" with no "for X": someone speaking for a body.
const MOUTHPIECE = new RegExp(`^an? ${SPOKESPERSON_NOUN}$`, "i");
const SPOKESPERSON = new RegExp(`^${SPOKESPERSON_NOUN}$`);
const SPOKESPERSON_IN_TEXT = new RegExp(`\\b${SPOKESPERSON_NOUN}\\b`, "gi");
// "A spokeswoman for (the) X", "for publisher X", "for the Division of X": an unnamed spokesperson before a subject's name, whose words are X's
// ("X, a developer and spokeswoman for Y," is X, named).
const SPOKESPERSON_FOR = new RegExp(`\\b[Aa]n?[ \\t]+(${SPOKESPERSON_NOUN})[ \\t]+for[ \\t]+(?:the[ \\t]+)?(?:\\p{Ll}+[ \\t]+)?(?:\\p{Lu}[\\p{L}.'’&-]*[ \\t]+(?:(?:of|and|the)[ \\t]+)*)*$`, "u");
// How far back from a subject's name its spokesperson's noun is looked for.
const SPOKESPERSON_FOR_REACH = 80;
// "A Network Rail spokesperson", "a spokesman for the Home Office": the body a spokesperson's noun names, before or after it.
const BODY_BEFORE = /(\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)(?:['’]s)?[ \t]+$/u;
const FOR_BODY = /^[ \t]+for[ \t]+(?:the[ \t]+)?/;
// How far back the last mention of a spokesperson or a document is looked for.
const MENTION_REACH = 600;
// Documents whose words are their author's: "the letter said", "the review concluded".
const DOCUMENT_NOUN = "letter|report|review|audit|memo|filing|complaint|lawsuit|indictment|ruling|judgment|affidavit|petition";
const DOCUMENT = new RegExp(`^the (${DOCUMENT_NOUN})$`, "i");
// Each document noun's mentions in running text, built once.
const DOCUMENT_MENTIONS = new Map(DOCUMENT_NOUN.split("|").map((noun) => [noun, new RegExp(`\\b${noun}\\b`, "gi")]));
// "X's letter", "the Audit Office's report": a capitalized name owning the document's noun.
const OWNER_BEFORE = /(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)*)['’]s?[ \t]+$/u;
// How far before a document's mention its owner or publisher is looked for.
const PUBLISHER_REACH = 150;
// "a letter from X", "a report by X", "an audit of Y by X", "a memo written by X" (not "seen by X"): the author after a document's noun;
// a short phrase of time or place may stand between the participle and "by" ("a report published in October by X").
const FROM_AUTHOR = /^[ \t]+(?:of[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}&.'’-]*[ \t]+){1,4})?(?:(?:written|sent|signed|issued|published|filed|released|compiled|prepared|drafted|submitted)[ \t]+(?:(?:in|on|last|this|earlier)[ \t]+(?:[\p{L}\p{N}]+[ \t]+){1,2})?)?(?:from|by)[ \t]+/u;
// Where the author's phrase ends: "by the Audit Office, published in March", "from X to the prime minister".
const AUTHOR_PHRASE = /[,.;:()]|[ \t](?:to|about|on|in|at|over|that|which|who|and|has|have|had|was|is|says|said|found|finds)[ \t]/;
// How far after a document's noun its author's phrase is looked for.
const AUTHOR_REACH = 60;
// "X published a report on ...": the subject of the verb that put the document out is its author.
const PUBLISHED = /\b(?:has[ \t]+|have[ \t]+)?(?:published|released|issued|produced|compiled)[ \t]+(?:a|an|its|their)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}$/u;
// The last sentence break before a publishing verb: its subject is looked for after it.
const SENTENCE_START = /[.!?\n][^.!?\n]*$/;
// A definite mention takes up a document named before it ("the review").
const TAKEN_UP = /\bthe[ \t]+$/i;
// A relative clause withholding a source's name: ", who asked not to be named", ", who spoke on condition of anonymity".
const ANONYMOUS = /^,\s+who\s+(?:asked|requested|spoke|declined|did not want|would not|was not)\b[^,.]*?\b(?:anonymity|named|identified|(?:give|gave)\s+(?:his|her|their)\s+(?:full\s+)?name)\b/i;
const ANONYMOUS_REACH = 90;
// A name followed by an age set off by commas ("Kai Reyes, 15,", "Doyle, 19,").
const AGE_AFTER_NAME = /^(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*,[ \t]+(\d{1,3}),/u;
// How far after a name's start its age is looked for.
const AGE_REACH = 60;
// How many lower-case role words may stand before the name an interview's headline gives ("award-winning novelist").
const INTERVIEWEE_ROLE_WORDS = 3;
// A plural possessive opening a role: "their union", a body of people, not one named before.
const OWNED = /^their\s/i;
// Role nouns for a sports side, which the text may name by its town ("Calder Town", "Leeds").
const TEAM_ROLES = new Set(["club", "team"]);
// Role nouns for the state's own bodies.
const PUBLIC_BODIES = new Set(["government", "administration", "cabinet", "ministry", "parliament"]);
const FEMALE_ROLES = new Set(["spokeswoman", "chairwoman", "woman", "actress", "businesswoman", "congresswoman", "queen", "princess", "empress"]);
const MALE_ROLES = new Set(["spokesman", "chairman", "man", "businessman", "congressman", "king", "prince", "emperor"]);

// "That was the warning from X", "Those were the words X used": a sentence pointing back at the quotation before it.
const POINTERS = new Set(["that", "this", "those", "these"]);
const POINTING_VERBS = new Set(["was", "were", "is", "are"]);
// How many tokens past its opening such a sentence may name whose words they were.
const POINTED_REACH = 8;

// Tags of a word opening a phrase after a description's head noun: a participle, a preposition, a relative pronoun.
const POSTMODIFIER_TAGS = new Set(["VBG", "VBN", "IN", "WP", "WDT"]);

/**
 * The head noun of a description: its last word, or the first common noun a modifying phrase
 * follows ("a shopper queuing outside the market" is a shopper, not a market).
 */
function headOf(mention: string): string | null {
  const words = mention.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  for (let i = 1; i + 1 < words.length; i++) {
    if (tagsOf(words[i]!)?.[0] === "NN" && POSTMODIFIER_TAGS.has(tagsOf(words[i + 1]!)?.[0] ?? "")) return words[i]!;
  }
  return words[words.length - 1] ?? null;
}

/** Whether a noun names one who does what a verb says by its ending ("driver", "worker", "shopper"), not a document's noun ("letter"). */
function isAgentNoun(noun: string): boolean {
  if (DOCUMENT_MENTIONS.has(noun) || !/^\p{L}{4,}[eo]r$/u.test(noun)) return false;
  const bare = noun.slice(0, -2);
  // The verb is the noun less "r" ("drive"), "er" ("work") or "er" and a doubled consonant ("shop").
  const stems = [noun.slice(0, -1), bare, /(\p{L})\1$/u.test(bare) ? bare.slice(0, -1) : ""];
  return stems.some((stem) => tagsOf(stem)?.some((t) => t === "VB" || t === "VBP") ?? false);
}

/** Whether the verb at token `at` follows a relative pronoun, past auxiliaries ("who has said"). */
function afterRelative(tokens: Token[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && j > at - 4 && VERB_FILLERS.has(tokens[j]!.text.toLowerCase())) j--;
  return RELATIVE_PRONOUNS.has(tokens[j]?.text.toLowerCase() ?? "");
}

export class Attributor {
  /** Everyone a cue has named so far, in text order ("unnamed" speakers as null). */
  private readonly spoken: Spoken[] = [];
  private readonly bySentence = new Map<number, CueAttribution[]>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly sentences: Sentence[],
    private readonly names: NameBook,
  ) {}

  /** The attributed cues of sentence `si`; sentences must be asked for in order. */
  cues(si: number): CueAttribution[] {
    const known = this.bySentence.get(si);
    if (known) return known;
    const s = this.sentences[si]!;
    const out: CueAttribution[] = [];
    let main: CueAttribution | null = null;
    let latest: CueAttribution | null = null;
    for (const cue of cuesIn(this.tokens, s, this.names)) {
      const subject = cueSubject(this.tokens, s, cue, this.names);
      // "He added:", "reiterating:" — a colon speaks for the cue just before it, even in a relative clause ("Costa, who said:").
      // So does "as" ("described the plan as 'a gamble'").
      const borrows = cue.kind === "colon" || cue.text.toLowerCase() === "as";
      const introducing: CueAttribution | null = borrows && !subject ? latest : null;
      let found: CueAttribution | null = null;
      if (subject) {
        const attribution = { ...this.resolve(subject, si), cue: cue.text };
        // A document whose author the text names speaks for them ("the letter said").
        const incidental = subject.kind === "unnamed" && !this.couldSpeak(subject, cue) && !attribution.speaker;
        found = { cue, attribution, subject, incidental };
        // A verb in a relative clause ("a builder who said") is not the sentence's main one.
        if (cue.kind === "verb" && !incidental && !afterRelative(this.tokens, cue.at)) main ??= found;
      } else if (introducing ?? main) {
        // A participle or coordinated verb speaks for the subject of the sentence's first finite cue;
        // a colon is reported by the cue it follows; a coordinated verb of a clause with its own
        // subject after that cue speaks for that subject ("When Reyes was asked ..., he laughed and said").
        const from: CueAttribution = (introducing ?? main)!;
        const own: Subject | null = !introducing && cue.kind === "verb" ? clauseSubject(this.tokens, s, cue.at, this.names) : null;
        if ((own?.kind === "name" || own?.kind === "pronoun") && own.start > this.tokens[from.cue.to - 1]!.end) found = { cue, attribution: { ...this.resolve(own, si), cue: cue.text }, subject: null, incidental: false };
        else found = { cue, attribution: { ...from.attribution, cue: borrows ? from.attribution.cue : cue.text }, subject: null, incidental: false };
      } else {
        const clause = clauseSubject(this.tokens, s, cue.at, this.names);
        if (clause) found = { cue, attribution: { ...this.resolve(clause, si), cue: cue.text }, subject: null, incidental: false };
      }
      // "as 'a safe pair of hands'" is a cue only when it names who speaks.
      if (!found || (cue.text === "as" && !found.attribution.speaker)) continue;
      out.push(found);
      if (!found.incidental) latest = found;
    }
    this.bySentence.set(si, out);
    return out;
  }

  /** Who sentence `si` reports as speaking, by its first reporting verb or "according to" that names someone. */
  reporter(si: number): Attribution | null {
    const c = this.cues(si).find((x) => (x.cue.kind === "verb" || x.cue.kind === "according") && x.attribution.speaker);
    return c ? c.attribution : null;
  }

  /** Who a colon closing sentence `si` introduces as speaking next ("Transcript as follows:" introduces nobody). */
  introducer(si: number): Attribution | null {
    const cues = this.cues(si);
    const last = cues[cues.length - 1];
    return last && last.cue.kind === "colon" && last.cue.to === this.sentences[si]!.to ? last.attribution : null;
  }

  /** Who a line of its own crediting the paragraph before names ("- Ana Ruiz."), if sentence `si` is one. */
  credit(si: number): Attribution | null {
    const first = this.cues(si)[0];
    return first?.cue.kind === "dash" && first.cue.at === this.sentences[si]!.from ? first.attribution : null;
  }

  /**
   * Who sentence `si` reports as speaking where it opens with its subject, set off by an aside or not, and the reporting verb
   * ("The harbour master, Ines Kowalski, told dock workers ..."), a name; else null.
   */
  opener(si: number): Attribution | null {
    const first = this.cues(si)[0];
    const k = this.opening(si);
    if (!first?.subject || first.cue.kind !== "verb" || !first.attribution.speaker || first.cue.at - k > OPENING_SUBJECT) return null;
    // "As Menendez pointed out, ...": a clause opened by a subordinator reports no words of its own.
    if (CLAUSE_OPENERS.has(tagsOf(this.tokens[k]!.text.toLowerCase())?.[0] ?? "")) return null;
    for (let j = k; j < first.cue.at; j++) if (this.tokens[j]!.kind !== "word" && this.tokens[j]!.text !== ",") return null;
    return this.tokens[k]!.start <= first.subject.start ? first.attribution : null;
  }

  /**
   * Whether sentence `si` is about `speaker` by its subject: it opens, past a connective ("But",
   * "And"), with he, she or they, or with a name that resolves to the speaker ("Kebede is upbeat").
   */
  isAbout(si: number, speaker: string | null): boolean {
    const k = this.opening(si);
    const w = this.tokens[k]?.text.toLowerCase() ?? "";
    if (SUBJECT_PRONOUNS.has(w)) return true;
    const run = this.names.runAt(k);
    return speaker !== null && run?.from === k && this.names.resolveRun(run).name === speaker;
  }

  /**
   * The person sentence `si` is about by its subject: a person's name opening it, past a
   * connective or a phrase set off by a comma ("On Sunday, Sen. Ana Costa defended the plan.").
   */
  topic(si: number): Attribution | null {
    const s = this.sentences[si]!;
    let k = this.opening(si);
    // "On 'Face the Nation,' Costa ...": an opening prepositional phrase, up to its comma; also a participle's ("Asked about it, she laughs").
    const opener = tagsOf(this.tokens[k]!.text.toLowerCase());
    const participle = opener?.[0] === "VBG" || opener?.includes("VBN") === true;
    if (opener?.[0] === "IN" || participle) {
      let c = k + 1;
      const comma = (t: Token | undefined): boolean => t?.text === "," || (t?.kind === "quote" && /,\W?$/u.test(t.text));
      while (c < Math.min(s.to, k + (participle ? PARTICIPLE_PHRASE : OPENING_PHRASE)) && !comma(this.tokens[c])) c++;
      if (!comma(this.tokens[c])) return null;
      k = c + 1;
    }
    // "'I nearly quit,' she says. ... She laughs. 'Pay the rent.'": he or she as the subject, standing for the last to speak, is them.
    const w = this.tokens[k]?.text.toLowerCase();
    if (k < s.to && (w === "he" || w === "she")) {
      const pos = this.tokens[k]!.start;
      const r = this.nearestPerson(pos, si, w === "she" ? "female" : "male");
      const last = this.nearestSpoken(pos, (x) => x.name !== null && si - x.sentence <= RECENT_SENTENCES, 1);
      return r?.type === "person" && r.name === last?.name ? { speaker: r.name, speakerMention: null, cue: null } : null;
    }
    const run = k < s.to ? this.names.runAt(k) : undefined;
    if (run?.from !== k) return null;
    const r = this.names.resolveRun(run);
    return r.type === "person" ? { speaker: r.name, speakerMention: null, cue: null } : null;
  }

  /**
   * Who sentence `si` says spoke the quotation before it, where it opens by pointing back at those words ("That was the
   * warning from Ana Ruiz, ...", "Those were the words Ruiz used ..."): the first person or organization it names within a
   * few words; else null.
   */
  pointedBack(si: number): Attribution | null {
    const s = this.sentences[si];
    if (!s || !POINTERS.has(this.tokens[s.from]!.text.toLowerCase()) || !POINTING_VERBS.has(this.tokens[s.from + 1]?.text.toLowerCase() ?? "")) return null;
    for (let j = s.from + 2; j < Math.min(s.to, s.from + POINTED_REACH); j++) {
      const run = this.names.runAt(j);
      if (run?.from !== j) continue;
      const r = this.names.resolveRun(run);
      return r.type === "person" || r.type === "organization" ? { speaker: r.name, speakerMention: this.text.slice(run.start, run.end), cue: null } : null;
    }
    return null;
  }

  /** A headline's role subject ("Minister says 'no deal'") as the first person the story gives that role, if any. */
  headlineRole(a: Attribution, bodyStart: number): Attribution | null {
    const noun = a.speakerMention?.toLowerCase().match(/[\p{L}-]+$/u)?.[0] ?? "";
    if (a.speaker || !PERSON_ROLES.has(noun)) return null;
    const holder = this.names.firstHolder(bodyStart, noun);
    return holder ? { ...a, speaker: holder.name } : null;
  }

  /**
   * The person an interview's headline names after its pull quote's colon, at token `k`, past up to
   * a few lower-case role words and before "on" ("'...': novelist Ana Ruiz on her debut", "'...':
   * Ruiz on the final"), by the fullest name the article gives; else null.
   */
  interviewee(k: number): Attribution | null {
    let run = this.names.runAt(this.pastRoleWords(k));
    // "'...': Harlow Vale manager Keith Duffy on ...": a name may qualify the role; the one before "on" is interviewed.
    if (run && this.tokens[run.to]?.text !== "on" && this.pastRoleWords(run.to) > run.to) run = this.names.runAt(this.pastRoleWords(run.to));
    if (!run || this.tokens[run.to]?.text !== "on") return null;
    const r = this.names.resolveRun(run);
    return r.type === "person" ? { speaker: r.name, speakerMention: this.text.slice(run.start, run.end), cue: null } : null;
  }

  /** The token after up to a few lower-case role words from token `k` ("award-winning novelist"). */
  private pastRoleWords(k: number): number {
    let j = k;
    while (j < k + INTERVIEWEE_ROLE_WORDS && this.tokens[j]?.kind === "word" && /^\p{Ll}/u.test(this.tokens[j]!.text)) j++;
    return j;
  }

  /** The attribution of a quotation (or a phrase) at token `qi`, or null when no cue governs it. */
  attribute(qi: number): Attribution | null {
    const si = this.tokens[qi]!.sentence;
    const cues = this.cues(si);
    // Cues are in text order: the first one after the quotation by binary search, then neighbours.
    const lo = partitionPoint(cues.length, (i) => cues[i]!.cue.at < qi);
    // "Ryan said Costa's remarks 'shows bias'": words that say what a reporting noun just before them
    // does are not its owner's but those of the cue before it, if any.
    const predicate = cues[lo - 1]?.cue.kind === "noun" && cues[lo - 1]!.cue.to === qi && this.opensWithVerb(qi);
    const near = predicate ? lo - 2 : lo - 1;
    const left = cues[near] && qi - cues[near]!.cue.at <= CUE_REACH ? cues[near] : undefined;
    let right: CueAttribution | undefined;
    for (let k = lo; k < cues.length && cues[k]!.cue.at - qi <= CUE_REACH; k++) {
      const c = cues[k]!;
      // "as a 'skeptic'; and as one who believes: '...'": a thought is reported after its verb, or right before it.
      if (c.cue.kind === "noun" || (THOUGHT_VERBS.has(c.cue.text.toLowerCase()) && !(c.cue.at - qi <= ADJACENT && this.onlySubjectBetween(qi, c)))) continue;
      right = c;
      break;
    }
    // "Reyes called her 'a failed candidate.' Costa fired back.": words whose period closes the sentence their own cue opens are
    // that cue's, where it names a speaker, not those of the verb after them.
    const closesOwn = !!left?.attribution.speaker && CLOSED_BY_PERIOD.test(this.tokens[qi]!.text);
    const adjacent = right && !closesOwn && right.cue.at - qi <= ADJACENT && this.onlySubjectBetween(qi, right) ? right : undefined;
    let chosen = adjacent ?? left ?? right;
    // "X said the letter 'plainly' suggests ...": a cue whose subject cannot speak sits inside an outer one's words.
    if (chosen?.incidental) {
      for (let k = lo - 1; k >= 0 && qi - cues[k]!.cue.at <= 2 * CUE_REACH; k--) {
        if (!cues[k]!.incidental && cues[k]!.attribution.speaker) {
          chosen = cues[k];
          break;
        }
      }
    }
    return chosen ? chosen.attribution : null;
  }

  /** Whether the quotation at token `qi` opens, in lower case, with a finite verb ("'shows bias'", "'wasn't good'"). */
  private opensWithVerb(qi: number): boolean {
    const first = /^\W*(\p{Ll}[\p{L}'’]*)/u.exec(this.tokens[qi]!.text)?.[1];
    if (!first) return false;
    const bare = first.replace(/n['’]t$/u, "");
    // The word's commonest reading: "taxes will fall" opens with a noun.
    return FINITE_TAGS.has(tagsOf(bare)?.[0] ?? "");
  }

  /**
   * Whether an unnamed subject is a person or a group of people ("a spokesman", "officials"), who
   * can speak; the one left unnamed by a passive ("was told") or an inverted cue is someone too.
   */
  private couldSpeak(subject: Subject, cue: Cue): boolean {
    if (subject.start === this.tokens[cue.at]!.start) return true;
    return isSpeakerNoun(this.text.slice(subject.start, subject.end).toLowerCase().match(/[\p{L}-]+$/u)?.[0] ?? "");
  }

  /** "'...,' Lecornu said": between the quotation and the cue only a comma and the speaker. */
  private onlySubjectBetween(qi: number, c: CueAttribution): boolean {
    // A subject before the quotation makes the cue the quotation's own verb, not its attribution.
    if (c.subject && c.subject.end <= this.tokens[qi]!.start) return false;
    for (let k = qi + 1; k < c.cue.at; k++) {
      const t = this.tokens[k]!;
      if (t.text === ",") continue;
      if (!c.subject || t.start < c.subject.start || t.end > c.subject.end) return false;
    }
    return true;
  }

  private resolve(subject: Subject, sentence: number): Omit<Attribution, "cue"> {
    const mention = this.text.slice(subject.start, subject.end);
    // "A council spokesman said ... '...,' he added": a pronoun goes on with the source left unnamed just before.
    const described = subject.kind === "pronoun" ? this.describedSource(subject.start, sentence, subject.word.toLowerCase()) : null;
    // "The store's owner, who asked not to be named, said": a role the text withholds the name of is no one named before.
    const anonymous = subject.kind === "role" && ANONYMOUS.test(this.text.slice(subject.end, subject.end + ANONYMOUS_REACH));
    const found = described || anonymous ? null : this.referentFor(subject, sentence);
    // A role left unresolved after "a" or "one" ("A council spokesman") is a description too.
    const unnamed = subject.kind === "unnamed" || anonymous || (subject.kind === "role" && this.opensIndefinite(subject.start));
    const noun = described ?? (unnamed && !found ? headOf(mention) : null);
    const mouthpiece = subject.kind === "name" ? (SPOKESPERSON_FOR.exec(this.text.slice(Math.max(0, subject.start - SPOKESPERSON_FOR_REACH), subject.start))?.[1]?.toLowerCase() ?? null) : null;
    this.spoken.push({ pos: subject.start, sentence, name: found?.name ?? null, type: found?.type ?? "unknown", gender: found?.gender ?? null, noun, mouthpiece });
    // A description ("a bartender", "the officials") is the mention of a source left without a name.
    return { speaker: found?.name ?? null, speakerMention: mention === "" ? null : mention };
  }

  private referentFor(subject: Subject, sentence: number): Omit<Referent, "pos" | "sentence"> | null {
    const pos = subject.start;
    switch (subject.kind) {
      case "unnamed": {
        const words = this.text.slice(subject.start, subject.end);
        if (MOUTHPIECE.test(words)) return this.subjectBody(pos, sentence);
        const document = DOCUMENT.exec(words)?.[1];
        return document ? this.authorOfDocument(pos, document.toLowerCase()) : null;
      }
      case "name": {
        const r = this.names.resolveRun(subject.run);
        return { ...r, gender: r.type === "person" ? genderOf(r.name) : null };
      }
      case "pronoun": {
        const w = subject.word.toLowerCase();
        if (w === "he" || w === "she") {
          const body = this.spokespersonsBody(pos, sentence, w);
          if (body) return body;
          const person = this.nearestPerson(pos, sentence, w === "she" ? "female" : "male");
          // "The judge told the jury ... '...,' she said": he or she goes on with a role the text gave no one, not a person it gave another.
          const role = this.unnamedRoleOpening(sentence, person) ?? this.unnamedRoleOpening(this.previousSentence(sentence), person);
          return role && role.start < pos && !(w === "she" ? MALE_ROLES : FEMALE_ROLES).has(role.noun) ? null : person;
        }
        // "they" and "it" stand for an organization that spoke just before, never for a person.
        const body = this.nearestSpoken(pos, (r) => r.name !== null && r.type !== "person", RECENT_SPEAKERS);
        if (body) return { name: body.name!, type: body.type, gender: null };
        return w === "it" ? this.names.nearest(pos, (r) => r.type === "organization") : null;
      }
      case "role":
        if (subject.held) return this.names.holderOf(pos, subject.held);
        if (AGE_NOUNS.has(subject.noun)) return this.agedPerson(pos, AGE_NOUNS.get(subject.noun)!);
        if (PERSON_ROLES.has(subject.noun) && !ORGANIZATION_ROLES.has(subject.noun)) {
          // "the envoy" is the one the text gave that role, when it gave it to someone.
          const holder = this.names.holderOf(pos, [subject.noun]);
          // "A Network Rail spokesperson said ... 'Q,' the spokesperson said": an unnamed spokesperson speaks for the body named with the noun last.
          const body = SPOKESPERSON.test(subject.noun) && !holder ? this.bodyOfSpokesperson(subject.start) : null;
          if (body) return body;
          // "One aide, who spoke on condition of anonymity, said ... 'the aide said'": the role continues a source left unnamed.
          const unnamed = this.nearestSpoken(pos, (r) => r.name === null && r.noun === subject.noun);
          if (unnamed && (!holder || holder.pos < unnamed.pos)) return null;
          if (holder) return holder;
          const person = this.nearestPerson(pos, sentence, FEMALE_ROLES.has(subject.noun) ? "female" : MALE_ROLES.has(subject.noun) ? "male" : null);
          // "The judge told the jury" after "Detective Sergeant X said": a role the text gave no one, opening its sentence, is not a person it gave another.
          return this.unnamedRoleOpening(sentence, person)?.start === pos ? null : person;
        }
        return this.nearestOrganization(pos, subject.noun);
    }
  }

  /**
   * The person "he" or "she" at `pos` stands for: a speaker earlier in the same sentence ("Lenz
   * says she ..."), else one who spoke in the last few sentences, else the nearest person named.
   */
  private nearestPerson(pos: number, sentence: number, gender: Gender): Omit<Referent, "pos" | "sentence"> | null {
    const fits = (r: Spoken): boolean => r.name !== null && fitsGender(r, gender);
    const named = this.names.antecedent(pos, sentence, (r) => fitsGender(r, gender));
    const spoke = this.nearestSpoken(pos, (r) => fits(r) && sentence - r.sentence <= RECENT_SENTENCES);
    const inSentence = spoke?.sentence === sentence;
    // The subject of a sentence after the last speaker is who the story has turned to ("Kallas defended the plan. 'Q,' she said").
    const turned = spoke && named && !inSentence && named.pos > spoke.pos && this.isSubject(named);
    // "Asked about Mensah, she said": a name inside an opening participle's clause is its object, not who she is.
    if (spoke && !turned && (inSentence || !named || named.sentence !== sentence || spoke.pos > named.pos || this.inOpeningParticiple(named, pos))) return { name: spoke.name!, type: spoke.type, gender: spoke.gender };
    if (named) return named;
    const earlier = this.nearestSpoken(pos, fits);
    if (earlier) return { name: earlier.name!, type: earlier.type, gender: earlier.gender };
    // A name of no known kind ("Ban", "Brafman") may be the person when no typed one fits.
    return this.names.nearest(pos, (r) => r.type === "unknown", UNTYPED_REACH);
  }

  /**
   * The head noun of the source named only by a description that spoke last, in this sentence or
   * the one before it in the paragraph, when the pronoun `word` fits it and no one has been named since: they a plural
   * speaker noun ("Researchers said"), he or she one introduced by "a" or "one" ("A council
   * spokesman said") of no other gender; else null. A definite one ("the businessman") is someone named before.
   */
  private describedSource(pos: number, sentence: number, word: string): string | null {
    const last = this.nearestSpoken(pos, () => true, 1);
    if (!last || last.name !== null || last.noun === null) return null;
    // "A driver said ... '...,' she said": he or she also goes on with someone named by what they do.
    if (!isSpeakerNoun(last.noun) && (word === "they" || !isAgentNoun(last.noun))) return null;
    // Within the paragraph: a reply opening the next one is most often someone else's ("One questioner claimed ... ¶ '...,' he said").
    if (last.sentence !== sentence && last.sentence !== sentence - 1) return null;
    const plural = /[^s]s$/.test(last.noun);
    const fits = word === "they" ? plural : !plural && this.opensIndefinite(last.pos) && ((word === "he" && !FEMALE_ROLES.has(last.noun)) || (word === "she" && !MALE_ROLES.has(last.noun)));
    if (!fits) return null;
    const named = this.names.nearest(pos, (r) => r.type !== "location");
    return named && named.pos > last.pos ? null : last.noun;
  }

  /**
   * The body a spokesperson spoke for in this sentence or the one before, also across a paragraph break ("A spokeswoman for X said
   * ... 'Q,' she said" is X's, per the convention that a spokesperson's words are their body's),
   * when he or she fits the noun and no person has been named since; else null.
   */
  private spokespersonsBody(pos: number, sentence: number, word: string): Omit<Referent, "pos" | "sentence"> | null {
    const last = this.nearestSpoken(pos, () => true, 1);
    if (!last?.mouthpiece || last.name === null || (last.sentence !== sentence && last.sentence !== this.previousSentence(sentence))) return null;
    if ((word === "he" && FEMALE_ROLES.has(last.mouthpiece)) || (word === "she" && MALE_ROLES.has(last.mouthpiece))) return null;
    const named = this.names.nearest(pos, (r) => r.type === "person");
    return named && named.pos > last.pos ? null : { name: last.name, type: last.type, gender: last.gender };
  }

  /** The nearest person before `pos` whose name the text follows with an age in `ages` ("Kai Reyes, 15,"), else null. */
  private agedPerson(pos: number, [low, high]: readonly [number, number]): Omit<Referent, "pos" | "sentence"> | null {
    return this.names.nearest(pos, (r) => {
      const age = Number(AGE_AFTER_NAME.exec(this.text.slice(r.pos, r.pos + AGE_REACH))?.[1] ?? NaN);
      return r.type === "person" && age >= low && age <= high;
    });
  }

  /** Whether the words at `pos` open with an indefinite determiner ("a", "one"). */
  private opensIndefinite(pos: number): boolean {
    return INDEFINITE.has(this.text.slice(pos, pos + 12).match(/^\p{L}+/u)?.[0]?.toLowerCase() ?? "");
  }

  /** Where the last mention matching `noun` before `pos` starts and how long it is, or null. */
  private lastMention(pos: number, noun: RegExp): { at: number; length: number } | null {
    const before = this.text.slice(Math.max(0, pos - MENTION_REACH), pos);
    let last: RegExpExecArray | null = null;
    for (const m of before.matchAll(noun)) last = m;
    return last ? { at: pos - before.length + last.index, length: last[0].length } : null;
  }

  /**
   * The author of the document "the report" at `pos` stands for, named with the noun's last mention
   * or, past mentions that only take it up again ("The review said ... the review concluded"), an earlier one; else null.
   */
  private authorOfDocument(pos: number, noun: string): Omit<Referent, "pos" | "sentence"> | null {
    const mention = DOCUMENT_MENTIONS.get(noun)!;
    for (let last = this.lastMention(pos, mention); last; last = this.lastMention(last.at, mention)) {
      const author = this.authorNamedWith(last);
      if (author || !TAKEN_UP.test(this.text.slice(Math.max(0, last.at - 4), last.at))) return author;
    }
    return null;
  }

  /**
   * The person or body a document's mention names as its author: after the noun ("a leaked letter
   * from Minister X", "a review by the Audit Office"), owning it ("X's letter") or publishing it
   * ("X published a report"), else null ("a letter sent to families").
   */
  private authorNamedWith(mention: { at: number; length: number }): Omit<Referent, "pos" | "sentence"> | null {
    const before = this.text.slice(Math.max(0, mention.at - PUBLISHER_REACH), mention.at);
    const offset = mention.at - before.length;
    const owner = OWNER_BEFORE.exec(before);
    if (owner) return this.names.nearest(mention.at, (r) => r.pos >= offset + owner.index);
    const published = PUBLISHED.exec(before);
    if (published) {
      const opens = offset + (SENTENCE_START.exec(before.slice(0, published.index))?.index ?? -1) + 1;
      return this.names.nearest(offset + published.index, (r) => r.pos >= opens && r.type !== "location");
    }
    const after = mention.at + mention.length;
    const link = FROM_AUTHOR.exec(this.text.slice(after, after + AUTHOR_REACH));
    if (!link) return null;
    const from = after + link[0].length;
    const phrase = this.text.slice(from, from + AUTHOR_REACH);
    const stop = AUTHOR_PHRASE.exec(phrase);
    const to = from + (stop ? stop.index : phrase.length);
    return this.names.nearest(to, (r) => r.pos >= from && r.type !== "location");
  }

  /** The body named with the last "spokesperson" before `pos` ("A Network Rail spokesperson", "a spokesman for X"), or null. */
  private bodyOfSpokesperson(pos: number): Omit<Referent, "pos" | "sentence"> | null {
    const last = this.lastMention(pos, SPOKESPERSON_IN_TEXT);
    if (!last) return null;
    const at = last.at;
    const match = BODY_BEFORE.exec(this.text.slice(Math.max(0, at - 80), at));
    // A sentence's capitalized article opens no name ("A spokesman for ...").
    const article = match ? (/^(?:A|An|The)(?:[ \t]+|$)/.exec(match[0])?.[0].length ?? 0) : 0;
    const named = match && article < match[0].trim().length ? at - match[0].length + article : -1;
    const after = FOR_BODY.exec(this.text.slice(at + last.length, at + last.length + 12));
    const start = named >= 0 ? named : after ? at + last.length + after[0].length : -1;
    const body = start >= 0 ? this.names.startingAt(start) : null;
    // A name no entity types is a body by its place before the noun.
    return body && body.type !== "person" && body.type !== "location" ? { ...body, type: "organization" } : null;
  }

  /** The organization the sentence before `sentence` is about, as its subject ("The department called it 'disappointing'. A spokesperson said ..."). */
  private subjectBody(pos: number, sentence: number): Omit<Referent, "pos" | "sentence"> | null {
    const body = this.names.antecedent(pos, sentence, (r) => r.type === "organization");
    if (!body || body.sentence >= sentence || this.previousSentence(sentence) !== body.sentence) return null;
    // The body opens that sentence, past a connective, an article and the words saying what it is ("But the Department
    // of Health called", "The chemicals group Veltrix said").
    let k = this.opening(body.sentence);
    if (this.tokens[k]!.text.toLowerCase() === "the") k++;
    for (let n = 0; n < DESCRIPTOR_WORDS && this.tokens[k]!.start < body.pos && this.isDescriptorWord(k, body.sentence); n++) k++;
    return this.tokens[k]!.start === body.pos ? body : null;
  }

  /** Whether token `k` is a common noun's word describing the name after it ("chemicals group", "Carmaker" opening sentence `si`). */
  private isDescriptorWord(k: number, si: number): boolean {
    const t = this.tokens[k]!;
    if (t.kind !== "word") return false;
    const lower = t.text.toLowerCase();
    if (t.text !== lower && k !== this.opening(si)) return false;
    return tagsOf(lower)?.[0]?.startsWith("NN") ?? false;
  }

  /** The token sentence `si` opens with, past a connective ("But", "And"). */
  private opening(si: number): number {
    const { from, to } = this.sentences[si]!;
    // A connective alone ("Still.") opens nothing after it.
    return from + 1 < to && CONNECTIVES.has(this.tokens[from]!.text.toLowerCase()) ? from + 1 : from;
  }

  /**
   * Where sentence `si` opens with "The" and a person's role the text gives no one, then its verb ("The judge told", "The
   * King opened"), and the role noun, when `person` is someone the text gives another role; else null.
   */
  private unnamedRoleOpening(si: number, person: Omit<Referent, "pos" | "sentence"> | null): { start: number; noun: string } | null {
    if (si < 0 || !person) return null;
    const k = this.opening(si);
    const [article, role, verb] = [this.tokens[k], this.tokens[k + 1], this.tokens[k + 2]];
    if (article?.text !== "The" || role?.kind !== "word" || verb?.kind !== "word") return null;
    const noun = role.text.toLowerCase();
    // A spokesperson speaks for a body, which the rules for spokespeople find.
    if (!PERSON_ROLES.has(noun) || ORGANIZATION_ROLES.has(noun) || SPOKESPERSON.test(noun)) return null;
    const tags = tagsOf(verb.text);
    if (!tags || !(FINITE_TAGS.has(tags[0]!) || tags.includes("VBD"))) return null;
    return !this.names.holderOf(article.start, [noun]) && this.names.hasOtherRole(person.name, noun) ? { start: article.start, noun } : null;
  }

  /** The sentence before `si` that holds words, past line breaks. */
  private previousSentence(si: number): number {
    let k = si - 1;
    while (k >= 0 && this.tokens[this.sentences[k]!.from]!.kind === "break") k--;
    return k;
  }

  /** Whether a name stands in a clause opened by a participle ("Asked about X,", "Pressed on X,") that a comma closes before `pos`. */
  private inOpeningParticiple(r: Referent, pos: number): boolean {
    const first = this.tokens[this.opening(r.sentence)]!;
    const tags = first.kind === "word" ? tagsOf(first.text.toLowerCase()) : null;
    if (!tags || first.start >= r.pos || !(tags.includes("VBN") || tags[0] === "VBG")) return false;
    const between = this.text.slice(r.pos, pos);
    return between.includes(",") && !/[.;:!?]/.test(between);
  }

  /**
   * Whether a name is its sentence's subject: no verb comes before it ("The EU's chief, Kaja
   * Kallas, defended"; not "Asked about Kallas, he"), a finite one or any past form.
   */
  private isSubject(r: Referent): boolean {
    const from = this.sentences[r.sentence]!.from;
    for (let k = from; this.tokens[k]!.start < r.pos; k++) {
      const t = this.tokens[k]!;
      if (t.kind === "quote") return false;
      if (t.kind !== "word" || (k > from && !/^\p{Ll}/u.test(t.text))) continue;
      const tags = tagsOf(t.text);
      if (tags && (FINITE_TAGS.has(tags[0]!) || tags.includes("VBD"))) return false;
    }
    return true;
  }

  /**
   * The organization "the agency" stands for: the nearest one whose name holds the noun, else
   * the nearest organization that spoke, else the nearest organization named.
   */
  private nearestOrganization(pos: number, noun: string): Omit<Referent, "pos" | "sentence"> | null {
    const head = ` ${noun.charAt(0).toUpperCase()}${noun.slice(1)} `;
    const named = this.names.nearest(pos, (r) => r.type !== "person" && r.type !== "location" && ` ${r.name} `.includes(head));
    if (named) return named;
    // "the government" is no company or agency that spoke before: only a body the text names so stands for it;
    // nor is "their union" (the junior doctors'), whose owner the pronoun gives.
    if (PUBLIC_BODIES.has(noun) || OWNED.test(this.text.slice(pos, pos + 6))) return null;
    // "the company" is no commission, agency or union: a business noun skips a body whose name says it is one.
    const fits = (name: string): boolean => !BUSINESS_ROLES.has(noun) || !NON_BUSINESS_HEADS.has(name.slice(name.lastIndexOf(" ") + 1));
    const spoke = this.nearestSpoken(pos, (r) => r.name !== null && (r.type === "organization" || r.type === "unknown") && fits(r.name));
    // "Bellwether Dairy is recalling ... '...,' the company said": a name of several words no entity types, the subject of a
    // sentence in the same paragraph, is the business a briefing's block is about (not a capitalized opener, "Late on Monday").
    const opener = (r: Referent): boolean => r.type === "unknown" && r.name.includes(" ") && BUSINESS_ROLES.has(noun) && !this.text.slice(r.pos, pos).includes("\n") && this.isSubject(r);
    const latest = this.names.nearest(pos, (r) => (r.type === "organization" || opener(r)) && fits(r.name));
    // "Crumbs blamed ... '...,' the company said": the story has turned to a body, the subject of its sentence, after the last one that spoke.
    if (spoke && latest && latest.pos > spoke.pos && latest.name !== spoke.name && this.isSubject(latest)) return latest;
    const candidate = spoke ? { name: spoke.name!, type: spoke.type, gender: null } : latest;
    // "without a review by the city's heritage board. A spokesperson for the board said": a body the text
    // described without a name since is who "the board" means, and it has none.
    const since = spoke?.pos ?? (latest ? latest.pos : 0);
    if (this.describedBody(since, pos, noun)) return null;
    // "Calder Town have sacked their manager ... the club said": a side is often named by its town, the subject of a sentence.
    return candidate ?? (TEAM_ROLES.has(noun) ? this.names.nearest(pos, (r) => r.type === "location" && this.isSubject(r)) : null);
  }

  /** Whether the text from `from` to `to` introduces an unnamed body by a description ending in `noun` ("heritage board"), no name after it. */
  private describedBody(from: number, to: number, noun: string): boolean {
    const described = new RegExp(`\\b(\\p{Ll}[\\p{L}'’-]*)\\s${noun}\\b(?!\\s+\\p{Lu})`, "gu");
    // A preposition before the noun describes nothing ("chanting against club president X").
    for (const m of this.text.slice(from, to).matchAll(described)) if (!DETERMINERS.has(m[1]!) && tagsOf(m[1]!)?.[0] !== "IN") return true;
    return false;
  }

  private nearestSpoken(pos: number, fits: (r: Spoken) => boolean, limit = 60): Spoken | null {
    for (let k = this.spoken.length - 1, n = 0; k >= 0 && n < limit; k--, n++) {
      const r = this.spoken[k]!;
      if (r.pos < pos && fits(r)) return r;
    }
    return null;
  }
}
