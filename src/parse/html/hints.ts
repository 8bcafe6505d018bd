// What the markup says about an element before its text is read: tags and roles that never hold
// article text, block-level tags that end a paragraph, and class/id words that mark furniture.
import type { Element } from "./dom.js";

/** Subtrees with no visible page text (code, media, form controls, a MathML formula's TeX annotation; the formula itself is read). */
export const INVISIBLE_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "annotation", "annotation-xml", "iframe", "object", "embed", "canvas",
  "video", "audio", "select", "textarea", "button", "input", "head", "title", "link", "meta", "map",
]);

/** Tags of page furniture: navigation, side panels, page header and footer, dialogs. */
const FURNITURE_TAGS = new Set(["nav", "aside", "footer", "header", "menu", "dialog", "figcaption"]);
const FURNITURE_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist"]);

/** Elements that start and end a block of text. */
export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul",
]);

export const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

// Class/id words of furniture that no article body carries, whatever else the element says.
const STRONG_NEGATIVE = /^(?:comments?|commentlist|disqus|outbrain|taboola|related|recommended|recommendations|share|sharing|sharetools|social|newsletter|newsletters|optin|subscribe|subscription|advert|advertisement|advertising|ads?|adslot|adunit|sponsored|sponsor|promo|promotion|cookie|cookies|consent|gdpr|paywall|popup|modal|breadcrumbs?|byline|bylines|credit|credits|caption|captions|pagination|pager|skip|offscreen)$/;
// Words of furniture that a wrapper may carry beside a word of content ("main has-sidebar").
const WEAK_NEGATIVE = /^(?:sidebar|widget|widgets|footer|masthead|header|nav|navbar|navigation|menu|toolbar|banner|rail|aside|author|meta|trending|popular|mostread|mostpopular|teaser|teasers|card|cards|promoted|extra|supplemental|community|login|signin|signup|subnav|topbar|utility|icons?|tags?|keywords|print)$/;
const POSITIVE = /^(?:article|articles|body|content|entry|main|post|story|stories|text|prose|blog|paragraph|richtext|column)$/;

/** The words of a class/id string: "story-body__h1 commentsList" -> story, body, h1, comments, list. */
function hintWords(hint: string): string[] {
  return hint.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

const NEGATING = new Set(["no", "non", "not", "has", "with", "without", "show", "hide"]);

// Function words: a class or id that holds one among four words or more is the slug of a
// heading ("sharing-with-a-single-developer"), which names a section's topic, not its role.
const FUNCTION_WORDS = new Set(["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "is", "are", "how", "what", "why", "when", "your", "you", "from", "by", "we", "our", "it", "this"]);

/** The class/id string without the slugs of headings. */
function withoutSlugs(raw: string): string {
  return raw.split(/\s+/).filter((token) => {
    const parts = token.toLowerCase().split(/[-_]+/);
    return parts.length < 4 || !parts.some((w) => FUNCTION_WORDS.has(w));
  }).join(" ");
}

export type HintStrength = "strong" | "weak" | null;

// The article's own wrappers are judged by their content, whatever their (often generated) classes.
const UNHINTED_TAGS = new Set(["html", "body", "main", "article"]);

// Memo of class/id strings already judged: pages repeat the same few hundred class strings.
const furnitureHints = new Map<string, HintStrength>();

// Text for screen readers only ("Media caption", "Image source"): never shown on the page.
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|off-screen|offscreen|a11y-hidden|u-hidden-visually)(?:$|\s)/i;

/** How strongly the element's class or id marks page furniture, or null when it does not. */
export function furnitureHint(el: Element): HintStrength {
  if (UNHINTED_TAGS.has(el.name)) return null;
  const raw = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
  if (raw.length === 1) return null;
  let verdict = furnitureHints.get(raw);
  if (verdict === undefined) {
    // A word after "no", "has", "with"... describes the element's state, not its role ("no_caption").
    const words = hintWords(withoutSlugs(raw)).filter((w, i, all) => i === 0 || !NEGATING.has(all[i - 1]!));
    verdict = SCREEN_READER_ONLY.test(raw) || words.some((w) => STRONG_NEGATIVE.test(w)) ? "strong" : words.some((w) => WEAK_NEGATIVE.test(w)) && !words.some((w) => POSITIVE.test(w)) ? "weak" : null;
    if (furnitureHints.size > 50_000) furnitureHints.clear();
    furnitureHints.set(raw, verdict);
  }
  return verdict;
}

/** True when the element is furniture by its tag or ARIA role. */
export function isFurnitureElement(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.name)) return true;
  const role = el.attribs.role;
  return !!role && FURNITURE_ROLES.has(role.toLowerCase());
}

/** True when the element is hidden from readers (hidden attribute, aria-hidden, display:none). */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ("hidden" in a || a["aria-hidden"] === "true") return true;
  const style = a.style;
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

// Headings of teaser sections: "Related", "More from X", "Most read", "Recommended for you"...
export const RELATED_HEADING = /^(?:related\b|more\s+(?:from|on|in|about|stories|news|articles|videos|like\s+this|to\s+(?:read|explore))\b|most\s+(?:read|popular|viewed|shared|watched|commented)\b|recommended\b|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)\b|read\s+(?:more|next|also)\b|up\s+next\b|in\s+case\s+you\s+missed\s+it\b|you\s+(?:may|might)\s+(?:also\s+)?be\s+interested\b|also\s+(?:read|on|in)\b|see\s+also\b|trending\b|popular\b|top\s+stories\b|latest\s+(?:news|stories|articles)\b|editors?['’]?s?\s+picks?\b|what\s+to\s+read\s+next\b|further\s+reading\b|other\s+(?:stories|news|articles)\b|don['’]t\s+miss\b|in\s+other\s+news\b|around\s+the\s+web\b|from\s+the\s+web\b|sponsored\s+(?:stories|content|links)\b|promoted\s+(?:stories|content|links)\b)/i;
