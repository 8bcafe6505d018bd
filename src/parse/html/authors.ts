// The article's authors: the names JSON-LD, meta tags, microdata and the visible byline give.
// The source the others agree with wins, and between equals the byline printed under the headline;
// a byline is read from the printed line nearest the body, so that other stories' bylines in side
// panels, teaser cards and captions are left out.
import { cleanText, decodeEntities, holds, linksIn, MAX_ANCESTORS, textOf, type Element } from "./dom.js";
import { authorsOf, namesOf, typesOf, type JsonObject } from "./jsonld.js";
import { isAuthorLink, type PageIndex } from "./page-index.js";
import { articleHead, headSpan, inOtherStories, type Placement } from "./placement.js";
import { teaserTitle } from "./related.js";
import type { Headline } from "./title.js";

// Author values that are links or handles rather than names.
const NOT_A_NAME = /^(?:https?:|www\.|@)|[\d@/]/;
// "By", "Written by", "Posted by" (blogs), "Story by", "Opinion by" (a label of the piece), and its forms in the languages pages are written in (par, por,
// von, door); or a label "Author:" ("Autor:", "Auteur :"), "Words:" or "Text:" (magazines credit the writer so beside the photographer).
const BY_WORDS = String.raw`(?:(?:(?:written|writing|words|reported|reporting|text|posted|story|article|opinion|analysis|commentary|column|review|interview|essay|feature)\s+)?(?:by|par|por|von|door)|(?:authors?|autor(?:in|es)?|auteurs?|autore|words|text)(?=\s*:))`;
// Chinese and Japanese label a byline "作者：", "记者：" or "文／" (author, reporter, text by).
const CJK_BY = String.raw`(?:作者|记者|記者|撰文|文)\s*[:：/／]\s*`;
const BY = new RegExp(String.raw`^(?:${BY_WORDS}\b\s*:?\s*|${CJK_BY})`, "i");
// Other people a byline credits, who are not the article's authors: what follows is dropped.
const OTHER_ROLE_WORDS = String.raw`(?:last\s+)?updated|edit(?:ed|ing)|reviewed|fact[- ]checked|photo(?:s|graphs?|graphy)?|pictures|images|illustrations?|graphics?|video|additional reporting|published|posted`;
const OTHER_ROLES = new RegExp(String.raw`\s*\b(?:${OTHER_ROLE_WORDS})\b(?:\s+by)?\b.*$`, "i");
const OTHER_ROLE_START = new RegExp(String.raw`^(?:${OTHER_ROLE_WORDS})\b`, "i");
// Where a small letter meets a capital: spans printed side by side ran a name into the next
// credit or the job title there ("Jane DoeUpdated 6:00 AM", "Jane DoeSenior Reporter"), or the name is written so ("McDonald").
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})/gu;

/** The byline with a space where a name runs into the credit or title after it ("Jane DoeUpdated" as "Jane Doe Updated"). */
function unglued(text: string): string {
  return text.replace(CAMEL, (_m: string, at: number) => (OTHER_ROLE_START.test(text.slice(at)) || ROLE_START.test(text.slice(at)) ? " " : ""));
}

// "Jane Doe (@jane)", "Jane Doe (http://…)": a handle or address after the name.
const TRAILING_PARENS = /\s*\([^()]*\)\s*$/;
// The stop of a sentence that ends at a name ("Story by Jane Doe. Photos by …"); an abbreviation keeps its own ("Jr.").
const FULL_STOP = /(?<=\p{Ll}{2})\.$/u;
// Dashes, bars and colons left around a name by the layout ("Jane Doe —").
const EDGE_PUNCTUATION = /^[\s\-–—|:·•,;]+|[\s\-–—|:·•,;]+$/g;
// A name has a letter that is upper-case, or from a script without case (Chinese, Japanese...).
const NAME_LETTER = /[\p{Lu}\p{Lo}]/u;

// An author page's link ("More articles by Jane Doe", "View all posts by …", "More from …"): the name follows.
const MORE_BY = /^(?:(?:more|view|see|read|all|other|latest)\s+)+(?:(?:articles?|stories|posts|columns?|news|work)\s+)?(?:by|from)\s+/i;
// Buttons and headings printed in author boxes ("View profile", "Follow", "About the author") name no one.
const CALL_TO_ACTION = /^(?:view|see|read|follow|visit|contact|email|more|about|subscribe|share)\b/i;
// Co-authors credited in parentheses after the first ("Jane Doe (with John Roe and Ann Lee)").
const WITH_PARENS = /\s*\((?:with|avec|mit|con|com|met)\s+([^()]*)\)/gi;
// Degrees and suffixes printed after a name and a comma ("Jane Doe, MD"): no names of their own.
const POST_NOMINAL = /^(?:MD|PhD|Ph\.D\.|MA|MS|MSc|BSc|BA|RN|MPH|DO|DDS|JD|MBA|Jr\.?|Sr\.?|II|III)$/;
// E-mail addresses and handles printed beside a name ("Jane Doe @janedoe", "Jane Doe (jane@example.com)": the brackets stay, to go with TRAILING_PARENS).
const CONTACT = /[^\s()<>]+@[^\s()<>]+\.\w+|(?:^|\s)@\w+/g;
// Where a byline says where the author filed from or for which site ("Jane Doe in Paris",
// "for Example.com"); "for" followed by a plain name is part of one ("Institute for Fiscal Studies").
const PLACE_OR_OUTLET = /\s+(?:in\s+\p{Lu}|for\s+\S+\.\p{L}{2,}\b).*$/u;
// What separates the names of a byline, and a name from a role or outlet ("Jane Doe - Staff Writer", "Jane Doe • Staff Writer"),
// kept by the split. The Spanish, Italian and Portuguese "y" and "e" only in lower case: in capitals
// they are a middle initial ("Jane Y. Doe").
const NAME_SEPARATOR = /(\s*(?:,|;|&|\b(?:and|And|AND|und|UND|et|ET|with|With|WITH)\b|\|)\s*|\s+(?:y|e)\s+|\s+[-–—/•·]\s+)/;
// The separators that add another author ("By Jane Doe with John Roe" credits both).
const JOINS_NAME = /&|\b(?:and|und|et|y|e|with)\b/i;

/** Names in a byline string: "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]. */
export function namesInByline(byline: string): string[] {
  const text = cleanText(decodeEntities(byline)).replace(MORE_BY, "").replace(CONTACT, " ").replace(WITH_PARENS, ", $1").replace(BY, "");
  const parts = unglued(text).replace(OTHER_ROLES, "").split(NAME_SEPARATOR);
  const names: string[] = [];
  let afterRole = false;
  let separator = "";
  for (let k = 0; k < parts.length; k++) {
    if (k % 2) {
      separator += parts[k];
      continue;
    }
    const s = withoutRole(parts[k]!.replace(BY, "").replace(TRAILING_PARENS, "").replace(PLACE_OR_OUTLET, "").replace(EDGE_PUNCTUATION, "").replace(FULL_STOP, "").trim());
    if (!s) continue;
    const joined = JOINS_NAME.test(separator);
    separator = "";
    // The news organization credited after a name ("Jane Doe, Associated Press", "Jane Doe and
    // The Associated Press") is no author: agencies are authors only where no person is named.
    if (names.length && isAffiliation(s)) {
      if (joined) continue;
      break;
    }
    if (isRole(s)) afterRole = true;
    // What follows a job title is the employer ("Jane Doe, Reporter, Example Institute"), unless "and" adds an author.
    else if (afterRole && !joined) break;
    else if (!joined && isOutletWord(s, names)) break;
    // A part after a name that opens in lower case describes it ("envoyée spéciale à Kiev", "corresponsal en Bruselas").
    else if (names.length && !joined && LOWER_START.test(s)) break;
    else {
      afterRole = false;
      if (isName(s)) names.push(s);
    }
  }
  return names;
}

// An agency's or broadcaster's initials ("AP", "CNN", "A.F.P."), or a name with a word news outlets are named by.
const ACRONYM = /^\p{Lu}(?:\.?\p{Lu}){1,4}\.?$/u;
const OUTLET_WORD = /\b(?:press|news|agency|reuters|times|post|herald|journal|tribune|telegraph|gazette|magazine|media|network|radio|television|wire|chronicle|observer|courier|dispatch|inquirer|examiner|sentinel|bulletin|daily|weekly|business|broadcasting|publishing|newspapers?)\b/i;
// One capitalized word after a full name and a comma or dash is the outlet ("Jane Doe, Bloomberg"):
// a person's name after one has two words at least (a list of handles, "Ann, Bo, Cy", is of people).
const ONE_WORD_NAME = /^\p{Lu}[\p{L}.'’-]*$/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const isOutletWord = (s: string, names: string[]): boolean => !!names[0]?.includes(" ") && ONE_WORD_NAME.test(s) && !POST_NOMINAL.test(s);

const isAffiliation = (s: string): boolean => !POST_NOMINAL.test(s) && (ACRONYM.test(s) || OUTLET_WORD.test(s));

// A collective byline names no person ("Example Staff", "the news team").
const COLLECTIVE = /\b(?:staff|team|desk|newsroom)$/i;

/**
 * A name without the job title or the outlet printed after it with no comma ("Jane Doe Senior
 * Reporter", "Jane Doe Associated Press", "Jane Doe for The Harbour Post").
 */
function withoutRole(s: string): string {
  if (COLLECTIVE.test(s)) return "";
  const words = s.split(" ");
  // The first two words are the name's; a role word after them starts the title, an outlet's name
  // after capitalized words the outlet ("Institute for Media Studies", "Special to The Post" are no name and an outlet).
  const at = words.findIndex((w, i) => i >= 2 && (ROLE.test(w) || (words.slice(0, i).every((n) => UPPER_START.test(n)) && isOutletTail(words.slice(i)))));
  return at > 0 ? words.slice(0, at).join(" ") : s;
}

// "for" before the outlet a byline's author writes for.
const FOR = /^for$/i;

// The words of an outlet's name: capitalized, or "the", "of", "and" inside it.
const OUTLET_NAME_WORD = /^(?:\p{Lu}|(?:the|of|and|&)$)/u;

/**
 * True when the words end a byline with an outlet: "for" and its name, or a name of two words at
 * least or initials ("Associated Press", "AP"); one word may end a person's name ("Emily Post"),
 * words in lower case a sentence ("… in our weekly column").
 */
function isOutletTail(words: string[]): boolean {
  const outlet = FOR.test(words[0]!) ? words.slice(1) : words;
  if (!outlet.length || !outlet.every((w) => OUTLET_NAME_WORD.test(w)) || !isAffiliation(outlet.join(" "))) return false;
  return outlet.length > 1 || outlet !== words || ACRONYM.test(outlet[0]!);
}

// Job titles printed after a name in a byline ("Jane Doe, Senior Correspondent").
const ROLE = /\b(?:editor|correspondent|reporter|writer|contributor|contributing|guest|associate|assistant|managing|executive|columnist|producer|staff|analyst|photographer|director|chief|senior|deputy|bureau|critic|intern|host|anchor|freelance|journalist)s?\b/i;

const ROLE_START = new RegExp(`^${ROLE.source}`, "i");

// A title is a few words; "Contributors to Wikimedia projects" is a collective byline.
const MAX_ROLE_WORDS = 3;

const isRole = (s: string): boolean => ROLE.test(s) && s.split(/\s+/).length <= MAX_ROLE_WORDS;

function isName(s: string): boolean {
  if (isRole(s) || POST_NOMINAL.test(s) || CALL_TO_ACTION.test(s)) return false;
  // Two capitals are an agency ("AP"), two letters of a script without case a name ("王明");
  // otherwise three characters at least.
  if (!(s.length >= 3 || /^(?:\p{Lu}{2}|\p{Lo}{2})$/u.test(s)) || s.length > 60) return false;
  return !NOT_A_NAME.test(s) && s.split(/\s+/).length <= 5 && NAME_LETTER.test(s);
}

const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = key(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// Meta tags that name the authors (article:author is often a profile address, left out by isName).
const AUTHOR_METAS = ["author", "article:author", "og:article:author", "parsely-author", "dc.creator", "dcterms.creator", "sailthru.author", "byl", "cxenseparse:author"];

// Dublin Core names one creator per tag, family name first: "Doe, Jane".
const DC_CREATOR = /^(?:dc|dcterms)\.creator$/;

/** "Doe, Jane" as "Jane Doe"; other forms unchanged. */
function givenNameFirst(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(cleanText(name));
  return m ? `${m[2]} ${m[1]}` : name;
}

/** The names the author meta tags give. */
export function metaAuthors(page: PageIndex): string[] {
  return AUTHOR_METAS.flatMap((k) => (page.metas.get(k) ?? []).map((v) => (DC_CREATOR.test(k) ? givenNameFirst(v) : v))).flatMap(namesInByline);
}

/** The names a microdata author property gives: its `name` property, else its text. */
function microdataNames(page: PageIndex): string[] {
  const names: string[] = [];
  for (const el of page.microdata) {
    if (!/\b(?:author|creator)\b/.test(el.attribs.itemprop!) || inOtherStories(el)) continue;
    const named = linksIn(el).length || el.children.length ? findNamed(el) : null;
    names.push(...namesInByline(named ?? el.attribs.content ?? textOf(el)));
  }
  return names;
}

/** The text of the element's itemprop="name" descendant, if it has one. */
function findNamed(el: Element): string | null {
  const stack = [...el.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== "tag") continue;
    if (/\bname\b/.test(node.attribs.itemprop ?? "")) return node.attribs.content ?? textOf(node);
    stack.push(...node.children);
  }
  return null;
}

/**
 * The article's authors: each source's names (JSON-LD, microdata, meta tags, the byline next to
 * the body); the list that most other sources share a name with. Between lists no other source
 * backs more, the byline printed between the headline and the body wins, else the first of that order.
 */
export function readAuthors(page: PageIndex, article: JsonObject | null, byId: Map<string, JsonObject>, placement: Placement, headline: Headline | null, outlet: string | null): string[] {
  const from = headline?.block ?? 0;
  const near = bylineNear(page, placement, from, headline?.title ?? null);
  const byLine = near.names.length ? near : { names: byLineInHead(placement, from), inHead: true };
  const others = [microdataNames(page), metaAuthors(page), byLine.names];
  // Many sites give their publisher as the JSON-LD author: an organization counts where no other source names anyone.
  const ldAuthors = [authorsOf(article)].flat().filter((a) => !others.some((l) => l.length) || !isOrganization(a, byId));
  const stated = [namesOf(ldAuthors, byId).flatMap(namesInByline), ...others].map(dedupe);
  // The site's own name is no author where a source names someone else (a tag gives the site, the
  // byline a person); a name that repeats the site's is the site's own byline (personal blogs).
  const site = outlet ? key(outlet) : "";
  const namesOther = (l: string[]): boolean => l.some((n) => !key(n).includes(site));
  const withoutSite = site && stated.some(namesOther) ? stated.map((l) => l.filter((n) => key(n) !== site)) : stated;
  // An agency or outlet a source gives as an author ("Reuters", "Harbour News") gives way to a person any source names.
  const lists = withoutSite.some((l) => l.some((n) => !isAffiliation(n))) ? withoutSite.map((l) => l.filter((n) => !isAffiliation(n))) : withoutSite;
  const keys = lists.map((l) => new Set(l.map(key)));
  // The byline a reader sees under the headline outweighs a tag that names someone else (another
  // story's author, a wire agency, a default), unless it is one word (maybe a handle of the tag's
  // author) or holds a tag's name with more words ("Jane Doe is a reporter"): the tag's form is the cleaner.
  const printed = lists[lists.length - 1]!;
  const contains = (a: string, b: string): boolean => key(a).includes(key(b)) || key(b).includes(key(a));
  const restates = lists.slice(0, -1).some((l) => l.some((n) => printed.some((m) => contains(m, n))));
  const order = [...lists.keys()];
  if (byLine.inHead && !restates && printed.some(isFullName)) order.unshift(order.pop()!);
  let best: string[] = [];
  let bestScore = -1;
  for (const i of order) {
    const list = lists[i]!;
    if (!list.length) continue;
    const score = keys.filter((k, j) => j !== i && [...keys[i]!].some((n) => k.has(n))).length;
    if (score > bestScore) {
      best = list;
      bestScore = score;
    }
  }
  // A source that names all of the chosen authors and more gives the fuller list ("By X and Y"
  // where JSON-LD names only X).
  const chosen = new Set(best.map(key));
  for (const list of lists) if (list.length > best.length && [...chosen].every((k) => list.some((n) => key(n) === k))) best = list;
  return best;
}

// A byline is a line; a longer text is a paragraph that mentions a name.
const MAX_BYLINE = 120;

// The date a byline prints after the names, from its weekday or month on ("| Monday, March 5, 2018"),
// with the "on" or "at" that leads to it ("Posted by Jane Doe on March 5, 2018").
const PRINTED_DATE = /(?:\s+(?:on|at)\s+)?(?:\b(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|octo|nov|dec)ember|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\b\.?,?\s*)*\d.*$/i;

/** The names a printed byline gives, without the date or count often glued to them ("Lucas Nolan22 Dec 2016"). */
function printedNames(text: string): string[] {
  return namesInByline(text.replace(PRINTED_DATE, ""));
}

// A line of the article's head that credits its authors ("By Jane Doe and John Roe"); a sentence
// ends with a stop ("By Monday, the road was shut.").
const BY_LINE = new RegExp(String.raw`^${BY_WORDS}(?:\s*:\s*|\s+)\S(?:.*[^.!?])?$`, "i");

// A line of the article's head that credits its writer without "By": a name of two to four capitalized
// words, then a comma or dash and a job title ("Jane Doe, Staff Reporter"); a title names no one alone.
const NAME_THEN_TITLE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*(?:,|\s[-–—|•·])\s*(.+)$/u;
const namedWithTitle = (text: string): boolean => {
  const m = NAME_THEN_TITLE.exec(text);
  return !!m && isRole(m[2]!) && !isRole(m[1]!);
};

/** The names a "By …" line, or a name with the writer's title, above the body gives, where no element is marked as the byline. */
function byLineInHead(p: Placement, from: number): string[] {
  for (const i of articleHead(p, from)) {
    const text = p.seg.blocks[i]!.text;
    if (text.length <= MAX_BYLINE && (BY_LINE.test(text) || namedWithTitle(text))) return printedNames(text);
  }
  return [];
}

// A full name has two words, or is written in a script without case ("王明"); one Latin word may be a handle.
const isFullName = (name: string): boolean => name.includes(" ") || /\p{Lo}/u.test(name);

/** True when a JSON-LD author (or the node it points to) is typed as an organization. */
function isOrganization(author: unknown, byId: Map<string, JsonObject>): boolean {
  if (typeof author !== "object" || author === null) return false;
  const node = author as JsonObject;
  const target = typeof node["@id"] === "string" && !node["@type"] ? byId.get(node["@id"]) ?? node : node;
  return typesOf(target).some((t) => /(?:Organization|Corporation)$/.test(t));
}

// A teaser's card holds its linked headline, byline, date and a line or two of summary.
const MAX_CARD_CHARS = 400;

/**
 * True when a byline or date sits in the card of another story's teaser: a small ancestor that also
 * holds a linked headline other than the article's, and neither the headline's block nor any of
 * the body's (a listing read as the article keeps its cards' bylines).
 */
export function inTeaserCard(p: Placement, el: Element, from: number, title: string | null): boolean {
  const { ranges, charsBefore } = p.seg;
  for (let e = el.parent, depth = 0; e?.type === "tag" && depth < MAX_ANCESTORS; e = e.parent, depth++) {
    const range = ranges.get(e);
    if (!range) continue;
    const [start, end] = range;
    const holdsBody = p.body.some((i) => i >= start && i < end);
    if ((start <= from && from < end) || holdsBody || charsBefore[end]! - charsBefore[start]! > MAX_CARD_CHARS) return false;
    for (const a of linksIn(e)) {
      if (holds(el, a) || isAuthorLink(a)) continue;
      const teaser = teaserTitle(a);
      if (teaser && teaser !== title && !MORE_BY.test(teaser) && !CALL_TO_ACTION.test(teaser)) return true;
    }
  }
  return false;
}

/** True when the element sits in a picture's figure, where a "byline" credits the photographer, unless the figure prints the headline (a hero). */
function inPicture(p: Placement, el: Element, from: number): boolean {
  for (let e: Element | null = el, depth = 0; e?.type === "tag" && depth < MAX_ANCESTORS; e = e.parent as Element | null, depth++) {
    if (e.name !== "figure" && e.name !== "figcaption") continue;
    const range = p.seg.ranges.get(e);
    return !range || from < range[0] || from >= range[1];
  }
  return false;
}

type Candidate = { rank: number; distance: number; names: string[]; el: Element };

/**
 * Authors from the visible byline nearest the article body (pages print other stories' bylines
 * in their side panels and teaser cards): the names its author links give, else its text without
 * "By" and dates; `inHead` when it is printed between the headline and the body's first lines.
 */
function bylineNear(page: PageIndex, p: Placement, from: number, title: string | null): { names: string[]; inHead: boolean } {
  const offset = p.start;
  const [headStart, headStop] = headSpan(p, from);
  const inHead = (start: number): boolean => start >= headStart && start <= headStop;
  // A link to an author's page above the body, where no class marks the byline ("<a href=/writer/jane>Jane Doe</a> · 5 min read").
  const headLinks = page.authorLinks.filter((a) => inHead(a.startIndex ?? 0) && (a.startIndex ?? 0) < offset);
  const candidates: Candidate[] = [];
  for (const el of [...page.bylines, ...headLinks]) {
    const text = textOf(el);
    if (!text || text.length > MAX_BYLINE || inOtherStories(el) || inPicture(p, el, from)) continue;
    // Author links that name no one ("View profile") leave the byline unlinked.
    const links = linksIn(el).filter(isAuthorLink).map((a) => namesInByline(textOf(a))).filter((n) => n.length > 0);
    const linkedNames = links.flat();
    // Its lines apart: a name and the outlet or role on the next line are not one name.
    const textNames = printedNames(textOf(el, " | "));
    // The byline's text where it names the linked authors and more ("By <a>Jane Doe</a> and John Roe").
    const fuller = textNames.length > linkedNames.length && linkedNames.every((n) => textNames.some((t) => key(t) === key(n)));
    const names = links.length && !fuller ? linkedNames : textNames;
    if (!names.length || inTeaserCard(p, el, from, title)) continue;
    const start = el.startIndex ?? 0;
    // The byline between the headline and the body is the article's; one below it may be a teaser's.
    // Author pages are linked by name, while unlinked text near a name is often a role ("Games Editor").
    const rank = (inHead(start) ? 0 : 2) + (links.length ? 0 : 1);
    candidates.push({ rank, distance: start <= offset ? offset - start : 4 * (start - offset), names, el });
  }
  candidates.sort((a, b) => a.rank - b.rank || a.distance - b.distance);
  const nearest = candidates[0];
  if (!nearest) return { names: [], inHead: false };
  // Co-authors each marked in one line ("By <span class=author>A</span> and <span class=author>B</span>"):
  // the one line that holds the nearest name, where every name it gives is marked too.
  const marked = (line: Element, names: string[]): boolean => {
    const inside = new Set(candidates.filter((c) => c.el !== line && holds(line, c.el)).flatMap((c) => c.names.map(key)));
    return names.every((n) => inside.has(key(n)));
  };
  // A private-use character marks where the element's text breaks into lines.
  const oneLine = (el: Element): boolean => !textOf(el, "\ue000").includes("\ue000");
  // An unmarked line holding author links one by one ("By <a rel=author>A</a> and <a rel=author>B</a>") is the nearest link's parent.
  const parent = nearest.el.parent;
  const unmarked: Candidate[] = parent?.type === "tag" && textOf(parent).length <= MAX_BYLINE ? [{ ...nearest, names: printedNames(textOf(parent, " | ")), el: parent as Element }] : [];
  // Marked co-authors printed side by side with no word between ("By <span class=author>A</span><span class=author>B</span>"):
  // the line is its marked parts run together, after "By" at most, and gives their names.
  const sideBySide = (line: Element): string[] => {
    const parts = candidates.filter((c) => c.el !== line && holds(line, c.el)).sort((a, b) => (a.el.startIndex ?? 0) - (b.el.startIndex ?? 0));
    const joined = parts.map((c) => textOf(c.el)).join("");
    return parts.length > 1 && joined.replace(/\s+/g, "") === textOf(line).replace(BY, "").replace(/\s+/g, "") ? parts.flatMap((c) => c.names) : [];
  };
  const runTogether: Candidate[] = parent?.type === "tag" ? [{ ...nearest, names: sideBySide(parent as Element), el: parent as Element }] : [];
  const lines = [...candidates, ...unmarked, ...runTogether].filter((c) => c.names.length > nearest.names.length && holds(c.el, nearest.el) && oneLine(c.el) && marked(c.el, c.names));
  return { names: lines.reduce((best, c) => (c.names.length > best.length ? c.names : best), nearest.names), inHead: nearest.rank < 2 };
}
