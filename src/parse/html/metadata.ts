// The lead article's metadata: title, outlet, authors, published date and link, each taken from
// all the evidence the page gives (JSON-LD, Open Graph, meta tags, microdata, the visible
// headline, byline and dateline next to the body) and chosen by agreement between sources.
import { metaAuthors, namesInByline, readAuthors } from "./authors.js";
import { cleanText, decodeEntities, textOf } from "./dom.js";
import { articleNode, authorsOf, jsonLdNodes, nameOf, namesOf, nodesById, type JsonObject } from "./jsonld.js";
import type { PageIndex } from "./page-index.js";
import { visibleHeadings, type Placement } from "./placement.js";
import { readPublished } from "./published.js";
import { appendedName, readHeadline } from "./title.js";

export interface PageMetadata {
  title: string | null;
  /** The block of the heading that prints the title, when one does. */
  titleBlock: number | null;
  outlet: string | null;
  authors: string[];
  /** The published time as printed on the page (or as the metadata states it). */
  published: string | null;
  /** ISO day or date-time of the published time, with the offset the page states. */
  publishedValue: string | null;
  /** The same as a UTC instant (or a day), for counting relative dates from. */
  publishedInstant: string | null;
  /** The block of the dateline that prints the published date, when one does. */
  datelineBlock: number | null;
  url: string | null;
}

const clean = (s: string | null | undefined): string | null => (s ? cleanText(decodeEntities(s)) || null : null);

/** The content of the first meta tag with one of the given property/name/itemprop keys. */
function meta(page: PageIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = clean(page.metas.get(key)?.[0]);
    if (v) return v;
  }
  return null;
}

export function readMetadata(page: PageIndex, placement: Placement): PageMetadata {
  const nodes = jsonLdNodes(page.jsonLd);
  const article = articleNode(nodes);
  const byId = nodesById(nodes);
  const outlet = readOutlet(page, article, byId);
  const docTitle = page.title ? clean(textOf(page.title)) : null;
  const url = clean(nameOf(article?.url)) ?? meta(page, "og:url") ?? clean(page.canonical);
  const outlets = [outlet, meta(page, "application-name", "apple-mobile-web-app-title"), siteOfAddress(url)].filter((o): o is string => !!o && isSiteName(o));
  // Some titles name the author after the headline ("Headline | Jane Doe"): cut like the site's name.
  const credited = [...metaAuthors(page), ...namesOf(authorsOf(article), byId).flatMap(namesInByline)];
  const headline = readHeadline(page, article, visibleHeadings(placement), outlets, credited);
  const published = readPublished(page, article, placement, headline?.block ?? 0, headline?.title ?? null, url);
  const siteName = docTitle && headline ? appendedName(docTitle, headline.title) : null;
  return {
    title: headline?.title ?? null,
    titleBlock: headline?.block ?? null,
    outlet: outlet ?? siteName,
    authors: readAuthors(page, article, byId, placement, headline, outlet ?? siteName),
    published: published?.text ?? null,
    publishedValue: published?.value ?? null,
    publishedInstant: published?.instant ?? null,
    datelineBlock: published?.block ?? null,
    url,
  };
}

// A site's name is a few words; some pages put their headline in application-name.
const isSiteName = (name: string): boolean => name.length <= 40 && name.split(/\s+/).length <= 5;

/** The outlet the page declares, or null. */
function readOutlet(page: PageIndex, article: JsonObject | null, byId: Map<string, JsonObject>): string | null {
  const name = [meta(page, "og:site_name"), clean(nameOf(article?.publisher, byId)), meta(page, "application-name")].find((n) => n && isSiteName(n));
  if (!name) return null;
  // Some sites put their address in og:site_name; the host name is the outlet's name then.
  const url = /^https?:\/\/(?:www\.)?([^/\s]+)/i.exec(name);
  return url ? url[1]! : name;
}

// The second-level labels of country domains ("co.uk", "com.au", "ne.jp"): the site's name is the label before them.
const SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|edu|ne|or|go)$/;

/** The site's name as its address spells it ("dailyplanet" for www.dailyplanet.co.uk), or null. */
function siteOfAddress(url: string | null): string | null {
  const host = url ? /^https?:\/\/([^/:?#\s]+)/i.exec(url)?.[1] : undefined;
  if (!host) return null;
  const labels = host.toLowerCase().split(".");
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.test(labels[labels.length - 1]!)) labels.pop();
  const name = labels[labels.length - 1];
  // Titles end with the site's name where no tag states it; a name of one or two letters would match too much.
  return name && name.length >= 3 ? name : null;
}
