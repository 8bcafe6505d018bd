// Rules that tell page furniture (share bars, promotions, comment widgets, section seams) from
// article text. They work on single lines of a scrape; the parsers decide where to apply them.

const wordsOf = (line: string): string[] => line.trim().split(/\s+/).filter(Boolean);

/** Words in a line, counted up to `cap` and no further: a megabyte-long line costs no more than a short one. */
export function countWords(line: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length && n <= cap; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return Math.min(n, cap + 1);
}

// Headings after which a page lists related items rather than continuing the lead.
const SEAMS = [
  "related(?: articles| stories| news| content| coverage| headlines| reading)?",
  "more (?:from|on|stories|news|for you)\\b.*",
  "top (?:news )?stories",
  // A story's coverage listed under it: "All sources", "Full coverage", "More coverage".
  "(?:all|more) (?:sources|coverage)|full coverage",
  "up next",
  "(?:in )?other news",
  "editors?'?s?'? picks",
  "(?:you may|you might) also (?:like|be interested in)",
  "recommended(?: for you| stories)?",
  "most (?:read|popular|viewed)",
  "read (?:more|next|also)",
  // The same headings in French, German, Spanish and Italian.
  "(?:à )?lire aussi|sur le même sujet|à voir aussi",
  "mehr zum thema|das könnte sie (?:auch )?interessieren",
  "te puede interesar|noticias relacionadas",
  "leggi anche",
  // Dutch and Portuguese.
  "lees ook|meer over dit onderwerp|gerelateerde artikelen|leia também|not[íi]cias relacionadas",
];

/** A story's reading or listening time ("5 min read", "3-minute read", "2 min listen"). */
export const READ_TIME = "\\d{1,3}[ -]?min(?:ute)?s?\\.? (?:read|listen)";

// Markers that scrapers of news pages leave behind; matched on the whole trimmed line.
const KNOWN_FURNITURE = new RegExp(
  "^(?:" +
    [
      "logo",
      // Site navigation at the top of a page: "Skip to main content", "Menu", "Home | News | Sport".
      "skip to (?:the )?(?:main )?(?:content|navigation|article)",
      "(?:main |open |close )?menu",
      "(?:toggle )?navigation",
      // A search box's placeholder: "Search", "Search the web", "Search news".
      "search(?: (?:the )?(?:web|site|news))?",
      // A search box's prompt: "Search for topics, locations & sources", "Search for news and articles".
      "search for (?:topics|news|articles|stories|keywords)\\b.{0,50}",
      "home",
      // The same links in French, German, Spanish and Italian: home, sign in, subscribe.
      "accueil|startseite|inicio|portada|se connecter|connexion|s'abonner|anmelden|abonnieren|iniciar sesi[óo]n|suscr[íi]bete|accedi|abbonati|inloggen|entrar",
      "back to top",
      // A live page's badge and controls: "Live", "Show key events only", "Key events", "Pinned post", "Auto-update on".
      "live|(?:show )?key events(?: only)?|pinned(?: post)?|auto-?update(?: on| off)?",
      "#+",
      // A separator a card prints on its own line between its outlet and its time.
      "[·•|]+",
      "share(?: (?:this|on \\w+))?(?: (?:article|story|page))?:?",
      "advertisement",
      // Ad slots inside an article: "Advertisement - Scroll to continue", "Story continues below advertisement".
      "advertisement\\s*[-–—:|]\\s*.{1,40}",
      "(?:the )?(?:story|article|content) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|ad))?",
      "ad",
      "sponsored(?: content)?",
      "hashtags?",
      "tags?",
      "comments?",
      "\\d+ comments?",
      "comments? \\(\\d+\\)",
      "no comments yet\\.*",
      "(?:be the first to )?(?:leave|add|post) a comment\\.*",
      "(?:be the first to|(?:log|sign) in to|click to) (?:comment|reply)\\.*",
      "(?:join|start) the (?:conversation|discussion)\\.*",
      "try our (?:\\w+ ){0,3}features",
      "explore what .{1,40} can do for you:?",
      ...SEAMS,
      // A bar of actions on an item: "Like  Comment  Share", "Save | Share".
      // Share bars name the ways to share too: "Share  Tweet  Email", "Facebook | WhatsApp | Email".
      "(?:(?:like|comment|share|save|reply|report|repost|bookmark|tweet|email|e-mail|print|facebook|whatsapp|linkedin)\\s*[|·•]?\\s*){2,6}",
      "trending(?: now)?",
      "read full (?:story|article)",
      // A curator's credit under a card: "Flipped by Anna Lind", "Curated by Jane Doe", "Saved into World News".
      "(?:flipped|curated|saved|pinned) (?:by|into) [^.,;:!?]{1,60}",
      // A link to another story inside an article: "Read more: Reservoir levels fall".
      "(?:read (?:more|next|also)|see also|also read|related)\\s*:.{1,100}",
      "continue reading\\.*",
      // Pagination and lists that load more: "Page 1 of 3", "Next page", "Load more stories".
      "page \\d+ of \\d+",
      "(?:next|previous|prev) page",
      "(?:load|show|see|view) (?:more|all)(?: (?:stories|articles|news))?",
      "enter your email(?: address)?",
      // The same furniture in French, Spanish, German and Italian: share, advertisement, read also.
      "partager|compartir|teilen|condividi|delen|compartilhar|publicit[ée]|publicidad|anzeige|werbung|pubblicit[àa]|advertentie",
      "lire la suite|leer más|lea también|weiterlesen",
      "copy (?:the )?(?:story |article )?link",
      // Article tools above or below the text: "5 min read", "2 min listen" (an audio player's length), "Listen to this article", "Print".
      READ_TIME,
      "listen to (?:this|the) (?:article|story)(?: .{1,30})?",
      // An audio player's label with its length: "Listen · 4 min", "Listen (3 mins)".
      "listen\\s*[·•|(-]?\\s*\\d{1,3} ?min(?:ute)?s?\\)?",
      "(?:print|email|save)(?: (?:this )?(?:article|story|page))?",
      "orange background",
      "we'?ve updated our browser support",
      "latest news(?: with #?.+)?",
      "details to follow",
      "(?:subscribe|sign up|sign in|log in|register)(?: (?:now|today|here|to .{1,60}))?\\.?",
      "already (?:a subscriber|have an account)\\??.{0,40}",
      // Paywall prompts: "This article is for subscribers only.", "You have reached your free article limit."
      "this (?:article|content|story) is (?:for|only available to|reserved for|exclusive to) (?:paying )?(?:subscribers|members)(?: only)?\\.?",
      "you(?:'ve| have) reached (?:your|the) (?:[\\w-]+ ){0,3}limit.{0,60}",
      "to continue reading.{0,60}",
      "(?:get|join) (?:our|the) (?:free )?newsletter.{0,40}",
      // A newsletter prompt's pitch: "Get the latest health news in your inbox every morning."
      "get (?:the latest|our|all the|the best) .{1,60} (?:in|to|straight to|delivered to) your inbox.{0,40}",
      "(?:sign up|subscribe|register)(?: (?:for|to))? (?:our|the) (?:[\\w-]+ ){0,3}newsletters?.{0,40}",
      "newsletters?",
      // Cookie banners: "We use cookies to improve your experience. …", "Accept all cookies".
      "(?:we|this (?:site|website)) uses? cookies.{0,100}",
      "(?:accept|reject|allow|manage)(?: all)? cookies",
      "cookie (?:settings|preferences|policy|notice)",
      // A consent banner's heading above its cookie text: "We value your privacy", "Your privacy choices".
      "we (?:value|care about|respect) your privacy|your privacy(?: choices| settings| matters)?|privacy (?:settings|preferences|choices)",
      "follow us(?: on .{1,30})?",
      "download (?:the|our) app",
      "click here.{0,40}",
      "(?:image|photo|picture) (?:credit|source)s?:?.{0,40}",
      // Ground News-style coverage widgets: "14 sources", "Left 20% · Center 55% · Right 25%", "Coverage: 40% Left, …".
      "\\d+ sources?",
      "(?:(?:lean )?(?:left|cent(?:er|re)|right)\\s*:?\\s*\\d{1,3}\\s*%\\s*[·|•,]?\\s*){2,5}",
      "(?:(?:bias |coverage)\\s*:?\\s*)?(?:\\d{1,3}\\s*%\\s*(?:lean )?(?:left|cent(?:er|re)|right)\\s*[·|•,]?\\s*){2,5}",
      // The site's footer: "© 2025 Daily8. All rights reserved."
      "(?:©|\\(c\\)|copyright\\s*(?:©|\\d{4})).{0,80}",
    ].join("|") +
    // Markers may end in a stop or an arrow ("Read more.", "Read more »"), which the patterns leave out.
    ")(?:\\s*[.»›→>]+)?$",
  "i",
);

// Markers that may start with any word, kept apart so the others are matched from their first
// letters: a bar of one- or two-word links (a title with pipes has longer parts: "Budget | What it
// means | BBC"), and the site's footer ("Daily8 Ltd. All rights reserved.").
const NAV_BAR = /^[^|\s]{1,20}(?: [^|\s]{1,20})?(?: \| [^|\s]{1,20}(?: [^|\s]{1,20})?){2,8}(?:\s*[.»›→>]+)?$/;
const RIGHTS_RESERVED = /^.{0,60}all rights reserved\.?$/i;

/** True for a line that is page furniture whatever its position. */
export function isKnownFurniture(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 120) return false;
  return KNOWN_FURNITURE.test(t) || (t.includes(" | ") && NAV_BAR.test(t)) || (/reserved\.?$/i.test(t) && RIGHTS_RESERVED.test(t));
}

// A seam after which a page lists related items rather than continuing the lead.
const RELATED_SEAM = new RegExp(`^(?:${SEAMS.join("|")})$`, "i");

export function isRelatedSeam(line: string): boolean {
  return RELATED_SEAM.test(line.trim());
}

// The heading of readers' comments under the article ("Comments", "12 comments", "Comments (3)").
const COMMENTS = String.raw`comments?(?: \(\d+\))?|\d+ comments?`;
const COMMENTS_HEADING = new RegExp(`^(?:${COMMENTS})$`, "i");
// Widgets that close the page's own article (its tags, its comments), printed once per page.
const ARTICLE_END = new RegExp(String.raw`^(?:hashtags?|tags?|${COMMENTS}|no comments yet\.*|(?:be the first to )?(?:leave|add|post) a comment\.*)$`, "i");

export function isArticleEnd(line: string): boolean {
  return ARTICLE_END.test(line.trim());
}

export function isCommentsHeading(line: string): boolean {
  return COMMENTS_HEADING.test(line.trim());
}

// A heading that makes the page a listing of items with no lead ("Latest news with #EnergyPrices").
// An aggregator's page of one story's coverage lists items too ("Full coverage: Rail fares freeze").
const LISTING_MARKER = /^(?:latest (?:news|stories|articles)\b.*|(?:news|stories|articles) (?:tagged|about|with|on) .+|full coverage\b.*|#\S+)$/i;

export function isListingMarker(line: string): boolean {
  return LISTING_MARKER.test(line.trim());
}

// A sentence ends in a stop, possibly inside closing quotes or brackets; a line ending in a quoted
// phrase without a stop ("hears of 'missed warnings'") is a headline. A credit in parentheses
// may follow the stop ("... a country house sale. (AP)"). The pattern, /[.!?…]['"”’)\]]*(?:\s*\([^()]{1,40}\))?$/,
// is read from the line's end by character: anchored only at the end, a regex tries every stop of a paragraph.
const STOPS = ".!?…";
const CLOSERS = "'\"”’)]";
const MAX_CREDIT_CHARS = 40;
const SPACE = /\s/;

/** Whether a stop and its closers end `t` at `end`. */
function stopEndsAt(t: string, end: number): boolean {
  let i = end;
  while (i > 0 && CLOSERS.includes(t[i - 1]!)) i--;
  return i > 0 && STOPS.includes(t[i - 1]!);
}

/** Where a closing credit in parentheses ("(AP)", 1 to 40 characters inside, no bracket) starts, past the blanks before it; -1 without one. */
function creditStart(t: string): number {
  if (!t.endsWith(")")) return -1;
  let open = t.length - 2;
  while (open >= 0 && t[open] !== "(" && t[open] !== ")") open--;
  const inner = t.length - 2 - open;
  if (open < 0 || t[open] !== "(" || inner < 1 || inner > MAX_CREDIT_CHARS) return -1;
  while (open > 0 && SPACE.test(t[open - 1]!)) open--;
  return open;
}

/** True when the (trimmed) text ends a sentence. */
function endsWithStop(t: string): boolean {
  if (stopEndsAt(t, t.length)) return true;
  const credit = creditStart(t);
  return credit >= 0 && stopEndsAt(t, credit);
}

/** True when a line ends a sentence. */
export const endsSentence = (line: string): boolean => endsWithStop(line.trim());

/** A paragraph of running text: a sentence that ends, or too long to be a heading or a widget. */
export function isProse(line: string): boolean {
  const t = line.trim();
  const n = countWords(t, 15);
  // Short lines ending in an ellipsis are widgets ("No comments yet..."), not sentences.
  if (/(?:\.\.\.|…)$/.test(t) && n < 6) return false;
  return (n >= 4 && endsWithStop(t) && !t.endsWith(":")) || n >= 15;
}

/**
 * A sentence too short to be prose ("Police are investigating."): capitalized, with lowercase
 * words, ending in a stop that is no ellipsis (widgets trail off: "Loading...").
 */
export function isShortSentence(line: string): boolean {
  const t = line.trim();
  return countWords(t, 2) >= 2 && /^["'“‘]?\p{Lu}/u.test(t) && /\p{Ll}/u.test(t) && endsWithStop(t) && !/(?:\.\.|…)['"”’)\]]*$/.test(t);
}

// A picture's credit ("Photo: Reuters", "Image: Getty", "(AP Photo/Jane Doe)") or a caption ending in one:
// text of the body around the picture, never a headline.
const PICTURE_CREDIT = /^(?:photo(?:graph)?|image|picture|illustration|credit)s?\s*:|\([^()]{0,30}\b(?:photo(?:graph)?|image|picture)\b[^()]{0,50}\)$/i;

/** True for a picture's credit or a caption ending in one. */
export const isPictureCredit = (line: string): boolean => PICTURE_CREDIT.test(line.trim());

/** A line that can be a headline: short enough, not a finished declarative sentence. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  const n = countWords(t, 25);
  // Headlines rarely end in a period; a line that does is a sentence of the body.
  return n >= 1 && n <= 25 && !/[.:;,]$/.test(t) && !isKnownFurniture(t) && !isPictureCredit(t);
}

// Headlines may ask a question ("Will the sugar tax work?"), which a stop alone would make prose.
const MAX_QUESTION_TITLE_WORDS = 14;

/** A line that reads as a title: headline-like and not prose, or a short question. */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (!isHeadlineLike(t)) return false;
  return !isProse(t) || (/\?['"”’]?$/.test(t) && countWords(t, MAX_QUESTION_TITLE_WORDS) <= MAX_QUESTION_TITLE_WORDS);
}

// Words an outlet's name may hold besides capitalized ones ("The Times of India", "Sky News",
// "Corriere del Veneto", "Frankfurter Allgemeine der Sonntag").
const NAME_CONNECTOR = /^(?:of|the|and|&|de|du|des|la|le|el|del|della|di|da|der|die|das|van|von|for|on|in|at|am|-|–|\|)$/i;

const WEB_ADDRESS = /^(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}$/u;

/**
 * A short name-like line: every word capitalized, a connector, or a number ("Russia Today",
 * "News24"); a capitalized word may stand in parentheses, as an edition does ("ABC News (Australia)").
 */
export function isOutletLike(line: string): boolean {
  const t = line.trim();
  if (t.length > 48) return false;
  const ws = wordsOf(t);
  if (ws.length === 0 || ws.length > 5) return false;
  if (/[.!?,;:"“”]$/.test(t)) return false;
  // A web address names its site whatever its case ("tagesschau.de", "news.com.au").
  if (WEB_ADDRESS.test(t)) return true;
  return ws.every((w) => /^\(?[\p{Lu}\p{N}]/u.test(w) || NAME_CONNECTOR.test(w)) && /^[\p{Lu}\p{N}]/u.test(ws[0] ?? "");
}

/** A very short line with no sentence punctuation ("share", "Orange background"). */
export function isStub(line: string): boolean {
  const t = line.trim();
  return countWords(t, 2) <= 2 && !endsWithStop(t) && !/\d{2,}/.test(t);
}

// Furniture glued to the end of a sentence by a scraper: an all-caps tail ("said.DETAILS TO
// FOLLOW") or a known marker ("said.Advertisement") right after a word's closing punctuation.
const GLUED_CAPS = /(\p{Ll}[.!?…]['"”’]?)(\p{Lu}[\p{Lu}\d ,'’&-]{4,})$/u;
const GLUED_MARKER = /(\p{Ll}[.!?…]['"”’]?)((?:Advertisement|Read more|Continue reading|Share|Copy the Story Link|Sponsored)\W*)$/iu;

// Cheap necessary conditions, so that most lines skip the tail patterns' scan from every
// position: an all-caps tail ends in one of its characters; a marker's words end the line, but
// for the non-word characters after them.
const CAPS_TAIL_END = /[\p{Lu}\d ,'’&-]$/u;
const MARKER_WORDS = /advertisement|read more|continue reading|share|copy the story link|sponsored/iu;

// The longest marker, with a letter and a stop before it: where a glued marker's words must stand.
const MARKER_TAIL = 24;

/** A letter, digit or underscore of ASCII, what `\w` matches. */
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The last `n` characters of a line before its trailing non-word characters ("Share »" gives "Share"). */
function wordTail(line: string, n: number): string {
  let end = line.length;
  while (end > 0 && !isWordChar(line.charCodeAt(end - 1))) end--;
  return line.slice(Math.max(0, end - n), end);
}

/** Splits furniture glued to the end of a line: `[text, furniture]`, furniture null if none. */
export function splitGluedFurniture(line: string): [string, string | null] {
  const m = (CAPS_TAIL_END.test(line) ? GLUED_CAPS.exec(line) : null) ?? (MARKER_WORDS.test(wordTail(line, MARKER_TAIL)) ? GLUED_MARKER.exec(line) : null);
  if (!m) return [line, null];
  const cut = m.index + (m[1] ?? "").length;
  return [line.slice(0, cut), line.slice(cut).trim()];
}
