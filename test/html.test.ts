// The HTML page parser: metadata sources, main-content finding, teaser sections and bad HTML,
// each rule with pages that must and must not trigger it. Fixtures are small pages written for
// these tests (fixtures/html/).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, detectFormat } from "../src/analyze.js";
import { parseHtml } from "../src/parse/html.js";
import { namesInByline } from "../src/parse/html/authors.js";
import { isoValue } from "../src/parse/html/published.js";
import { cleanTitle, stripSiteName } from "../src/parse/html/title.js";
import { FIXTURES } from "./helpers.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES, "html", name), "utf8");
const lead = (html: string) => parseHtml(html).articles[0]!;
const doc = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const PROSE = [
  "The council voted on Monday to approve the plan, which will cost about two million pounds over three years.",
  "Opposition members said the plan had been rushed through without a proper consultation of the residents.",
  "A final decision on the second phase is expected in the autumn, once the budget for next year is known.",
];
// A caption longer than the text a headline may stand above its body by.
const LONG_CAPTION = [
  "Dock workers walk through the gates of the north quay at dawn on Tuesday, the first shift since the stoppage began nine days ago.",
  "Behind them, two container ships that waited out the strike at anchor are being moved to the berths by tugs.",
  "The harbour board says it will take a week to clear the backlog of cargo on the quay, and that the night shifts will resume on Thursday.",
  "Union officials, who had kept a picket at the gates around the clock, packed up their tents on Monday evening after the vote.",
  "Some of the strikers said they were glad to be back but worried about the new rota, which adds a weekend shift every month.",
  "The strike was the longest at the port in thirty years, and the first since the quay was rebuilt. Photograph by the harbour desk.",
].join(" ");
const article = (...extra: string[]): string => `<article>${PROSE.map((p) => `<p>${p}</p>`).join("")}${extra.join("")}</article>`;

describe("title", () => {
  it.each([
    ["JSON-LD headline first", doc('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ld headline"}</script><meta property="og:title" content="Og title">', article()), "Ld headline"],
    ["og:title without the site's name", doc('<meta property="og:title" content="Port strike ends - Harbour Times"><meta property="og:site_name" content="Harbour Times">', article()), "Port strike ends"],
    ["the h1 the document title repeats", doc("<title>Port strike ends | Harbour Times</title>", `<h1>Harbour Times</h1><h1>Port strike ends</h1>${article()}`), "Port strike ends"],
    ["the document title without the suffix the h1 lacks", doc("<title>Port strike ends | Harbour Times</title>", `<h1>Port strike ends</h1>${article()}`), "Port strike ends"],
    ["an unclosed h1 gives its own text only", fixture("malformed.html"), "Storm closes schools"],
    ["the full form of a headline JSON-LD cut short", doc('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Port strike ends after talks between the union and…"}</script><meta property="og:title" content="Port strike ends after talks between the union and the harbour board">', article()), "Port strike ends after talks between the union and the harbour board"],
    ["the h1 when og:title is only the site's name", doc('<meta property="og:title" content="Harbour Times"><meta property="og:site_name" content="Harbour Times">', `<h1>Port strike ends</h1>${article()}`), "Port strike ends"],
    ["the h1 above the body over a social title that JSON-LD and <title> repeat", doc('<title>Strike over, says union | Harbour Times</title><meta property="og:title" content="Strike over, says union"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Strike over, says union"}</script>', `<h1>Dock workers return after a nine-day strike</h1>${article()}`), "Dock workers return after a nine-day strike"],
    ["the heading the document title repeats over a section label in the h1", doc("<title>Ferry fares to rise in April - Harbour Times</title>", `<h1>Travel Centre</h1><h2>Ferry fares to rise in April</h2>${article()}`), "Ferry fares to rise in April"],
    ["the name JSON-LD, the h1 and <title> agree on over a headline that is a description", doc('<title>Harbour Bridge - Town Wiki</title><script type="application/ld+json">{"@type":"Article","name":"Harbour Bridge","headline":"road bridge over the river mouth"}</script>', `<h1>Harbour Bridge</h1>${article()}`), "Harbour Bridge"],
    ["a stated title over a short h1 that may be the logo", doc('<meta property="og:title" content="Port strike ends after nine days">', `<h1>Harbour Times</h1>${article()}`), "Port strike ends after nine days"],
    ["entities escaped twice in the social title", doc('<meta property="og:title" content="Rates &amp;mdash; what comes next">', article()), "Rates — what comes next"],
    ["a heading's permalink sign dropped", doc("", `<h1>Installing the tool¶</h1>${article()}`), "Installing the tool"],
    ["the site's name its address spells, cut from <title>", doc('<title>Ferry fares to rise in April - Harbour Times</title><link rel="canonical" href="https://www.harbourtimes.co.uk/travel/ferry-fares">', article()), "Ferry fares to rise in April"],
    ["not a tail unlike the address", doc('<title>Ferry fares to rise - what it means for you</title><link rel="canonical" href="https://www.harbourtimes.co.uk/travel/ferry-fares">', article()), "Ferry fares to rise - what it means for you"],
    ["the h2 opening the body that the document title repeats, on a page without an h1", doc("<title>Ferry fares to rise in April | Harbour Times</title>", `<article><h2>Ferry fares to rise in April</h2>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`), "Ferry fares to rise in April"],
    ["not an h2 opening the body that no other source confirms", doc("<title>Ferry fares to rise in April</title>", `<article><h2>Background</h2>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`), "Ferry fares to rise in April"],
    ["the document title alone, without a site's name no tag states", doc("<title>Ferry fares to rise in April - Times of the Harbour</title>", article()), "Ferry fares to rise in April"],
    ["the social title without the author it names", doc('<meta property="og:title" content="Why the old library should stay open | Jane Roe"><meta name="author" content="Jane Roe">', article()), "Why the old library should stay open"],
    ["the document title without the author a section label hides", doc('<title>Why the old library should stay open | Jane Roe | Opinion | Harbour Times</title><meta name="author" content="Jane Roe"><meta property="og:site_name" content="Harbour Times">', article()), "Why the old library should stay open"],
    ["not a headline segment that starts with the author's name", doc('<meta property="og:title" content="Jane Roe\'s year at sea - a memoir in letters"><meta name="author" content="Jane Roe">', article()), "Jane Roe's year at sea - a memoir in letters"],
    ["the site's address before the headline, where no tag names the site", doc("<title>harbourtimes.example - Ferry fares to rise in April</title>", article()), "Ferry fares to rise in April"],
    ["not an address before a headline too short to stand alone", doc("<title>Harbourtimes.example - Ferry fares</title>", article()), "Harbourtimes.example - Ferry fares"],
    ["the h1 without the kicker it prints in its own element, where another source states it so", doc('<meta property="og:title" content="Ferry fares to rise in April">', `<h1><span class="kicker">Analysis</span>Ferry fares to rise in April</h1>${article()}`), "Ferry fares to rise in April"],
    ["a badge after the headline, cut where JSON-LD states the headline alone", doc('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares to rise in April"}</script>', `<h1><a href="/travel/ferry-fares">Ferry fares to rise in April <b>Updated</b></a></h1>${article()}`), "Ferry fares to rise in April"],
    ["the whole h1 where no source states it without its first element", doc("", `<h1><span class="kicker">Analysis</span> Ferry fares to rise in April</h1>${article()}`), "Analysis Ferry fares to rise in April"],
    ["the whole h1 where the social title states it whole", doc('<meta property="og:title" content="Why we still love Casablanca">', `<h1>Why we still love <em>Casablanca</em></h1>${article()}`), "Why we still love Casablanca"],
    ["the site's name in parentheses after the headline", doc('<title>Ferry fares to rise in April (Harbour Times)</title><meta property="og:site_name" content="Harbour Times">', article()), "Ferry fares to rise in April"],
    ["not a parenthesis that names no site", doc('<title>Ferry fares to rise in April (again)</title><meta property="og:site_name" content="Harbour Times">', article()), "Ferry fares to rise in April (again)"],
    ["the h1 without the subtitle it prints in its own element, where the social title states it so", doc('<meta property="og:title" content="Ferry fares to rise in April">', `<h1><span class="title">Ferry fares to rise in April</span><span class="sub">Operators blame fuel costs for the increase</span></h1>${article()}`), "Ferry fares to rise in April"],
    ["the whole h1 with its subtitle where no other source states a part", doc("", `<h1><span class="title">Ferry fares to rise in April</span> <span class="sub">Operators blame fuel costs</span></h1>${article()}`), "Ferry fares to rise in April Operators blame fuel costs"],
    ["inline markup left in the JSON-LD headline dropped", doc('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares to rise in <em>April</em>"}</script>', article()), "Ferry fares to rise in April"],
    ["not a less-than sign in a headline", doc('<meta property="og:title" content="Ferry fares rise &lt; 2% in April">', article()), "Ferry fares rise < 2% in April"],
    ["the site's name after a bullet", doc('<title>Ferry fares to rise in April • Harbour Times</title><meta property="og:site_name" content="Harbour Times">', article()), "Ferry fares to rise in April"],
    ["the site's name after a tilde", doc('<title>Ferry fares to rise in April ~ Harbour Times</title><meta property="og:site_name" content="Harbour Times">', article()), "Ferry fares to rise in April"],
    ["not words after a bullet that name no site", doc('<title>Ferry fares to rise in April • what changes for you</title><meta property="og:site_name" content="Harbour Times">', article()), "Ferry fares to rise in April • what changes for you"],
    ["the site's name before a colon", doc('<title>Harbour Times: Ferry fares to rise in April</title><meta property="og:url" content="https://harbourtimes.example/travel/ferry-fares">', article()), "Ferry fares to rise in April"],
    ["the h1 over a social title, past a long picture caption between it and the body", doc('<meta property="og:title" content="Strike over, says union"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Strike over, says union"}</script>', `<article><h1>Dock workers return after a nine-day strike</h1><figure><img src="quay.jpg"><figcaption>${LONG_CAPTION}</figcaption></figure><div class="article-body">${PROSE.map((p) => `<p>${p}</p>`).join("")}</div></article>`), "Dock workers return after a nine-day strike"],
    ["the printed h1 without a live page's label", doc("<title>LIVE: Gales close the coast road as the storm moves north | Harbour Times</title>", `<h1>LIVE: Gales close the coast road as the storm moves north</h1>${article()}`), "Gales close the coast road as the storm moves north"],
    ["not an h1 that opens with a label's word used as a word", doc("", `<h1>Watch this space: the harbour's new arts centre opens its doors</h1>${article()}`), "Watch this space: the harbour's new arts centre opens its doors"],
    ["not the site's name an h1 links to its home page, over the document title", doc("<title>Ferry fares to rise in April | Harbour Times</title>", `<header><h1 class="site-title"><a href="/">The Harbour Times Online</a></h1></header><main><div class="headline">Ferry fares to rise in April</div>${article()}</main>`), "Ferry fares to rise in April"],
    ["not the site's name an h1 links to its home page by its full address", doc("<title>Ferry fares to rise in April | Harbour Times</title>", `<header><h1><a href="https://www.harbourtimes.example/">Harbour Times Online Edition</a></h1></header><main><p class="headline">Ferry fares to rise in April</p>${article()}</main>`), "Ferry fares to rise in April"],
    ["an h1 that links to the article's own page", doc("<title>Ferry fares to rise in April | Harbour Times</title>", `<h1><a href="/travel/ferry-fares-rise">Ferry fares to rise in April as fuel costs climb</a></h1>${article()}`), "Ferry fares to rise in April as fuel costs climb"],
    ["not a tagline h1 above a long menu of links, over the social title", doc('<meta property="og:title" content="Dock workers return after a nine-day strike">', `<header><h1>News from the harbour and the north coast</h1><nav><div>${Array.from({ length: 60 }, (_, i) => `<a href="/section/${i}">Section number ${i}</a>`).join(" ")}</div></nav></header>${article()}`), "Dock workers return after a nine-day strike"],
  ])("%s", (_name, html, title) => {
    expect(lead(html).title).toBe(title);
  });

  it.each([
    ["a tail that is not the outlet", "Brexit - what comes next", ["Harbour Times"], "Brexit - what comes next"],
    ["a column name after the headline", "Whales stranded | Jane Roe", ["The Guardian"], "Whales stranded | Jane Roe"],
    ["no separator", "Harbour Times wins award", ["Harbour Times"], "Harbour Times wins award"],
    ["a longer segment that mentions the outlet", "How we rebuilt the Harbour Times app - a look inside", ["Harbour Times"], "How we rebuilt the Harbour Times app - a look inside"],
    ["a colon after other words than the outlet", "Ferry fares: what comes next", ["Harbour Times"], "Ferry fares: what comes next"],
    ["a label when the headline left would be too short", "Ferry fares | Live | Harbour Times", ["Harbour Times"], "Ferry fares | Live"],
    ["a segment with a number before the outlet", "Ferry fares to rise | Part 2 | Harbour Times", ["Harbour Times"], "Ferry fares to rise | Part 2"],
    ["a capitalized subtitle after a short headline", "Lighthouse 2.0 - The Restoration Diary", [], "Lighthouse 2.0 - The Restoration Diary"],
    ["a tail of lower-case words, no tag naming the site", "Ferry fares to rise in April - what it means for commuters", [], "Ferry fares to rise in April - what it means for commuters"],
    ["a number after the headline, no tag naming the site", "Ferry fares to rise in April | Part 2", [], "Ferry fares to rise in April | Part 2"],
    ["a label with a year after the headline", "Ferry fares to rise in April - Election Results 2024", [], "Ferry fares to rise in April - Election Results 2024"],
    ["a bracketed remark that is no name", "Ferry fares to rise in April [updated twice]", [], "Ferry fares to rise in April [updated twice]"],
    ["a subtitle in lower case between the headline and the outlet", "Ferry fares to rise — at last | Harbour Times", ["Harbour Times"], "Ferry fares to rise — at last"],
  ])("keeps %s", (_name, title, outlets, expected) => {
    expect(stripSiteName(title, outlets)).toBe(expected);
  });

  it.each([
    ["a column and site joined by underscores", "城市中心公园新增夜间开放时段_本地_示例新闻网", [], "城市中心公园新增夜间开放时段"],
    ["a site name with spaces after an underscore", "Night ferries added for the winter_Travel_Northern Courier", [], "Night ferries added for the winter"],
    ["a section label", "Opinion | Why the old library should stay open", [], "Why the old library should stay open"],
    ["a live page's label", "LIVE: Gales close the coast road as the storm moves north", [], "Gales close the coast road as the storm moves north"],
    ["a live page's label and the site's name", "Live updates: Gales close the coast road | Harbour Times", ["Harbour Times"], "Gales close the coast road"],
    ["a video's label", "WATCH: Tall ships leave the harbour at dawn", [], "Tall ships leave the harbour at dawn"],
    ["a breaking story's label", "Breaking: Night ferry runs aground off the point", [], "Night ferry runs aground off the point"],
  ])("cleanTitle strips %s", (_name, title, outlets, expected) => {
    expect(cleanTitle(title, outlets)).toBe(expected);
  });

  it.each([
    ["an underscore inside a headline longer than its tail", "北部_楓葉季節的露營地"],
    ["a long tail after an underscore", "Ratings_for the long weekend of the festival were higher than expected"],
    ["a headline opening with a label's word used as a word", "Live music returns to the harbour this summer"],
    ["a colon after more words than a label", "Breaking point: nurses vote to strike over pay"],
    ["a label that would leave too short a headline", "WATCH: Tall ships"],
  ])("cleanTitle keeps %s", (_name, title) => {
    expect(cleanTitle(title, [])).toBe(title);
  });

  it.each([
    ["a trailing outlet", "Port strike ends | The Harbour Times", ["Harbour Times"], "Port strike ends"],
    ["a leading outlet", "BBC News - Port strike ends", ["BBC"], "Port strike ends"],
    ["section and outlet", "Port strike ends | Environment | The Guardian", ["the Guardian", "Environment | The Guardian"], "Port strike ends"],
    ["a section label between the headline and the outlet", "Ferry fares to rise in April | Local News | Harbour Times", ["harbourtimes"], "Ferry fares to rise in April"],
    ["the outlet and a section label before the headline", "Harbour Times - Travel - Ferry fares to rise in April", ["Harbour Times"], "Ferry fares to rise in April"],
    ["the outlet with a word added", "Ferry fares to rise in April | Harbour Times Online", ["Harbour Times"], "Ferry fares to rise in April"],
    ["a site's name no tag states", "Ferry fares to rise in April - Times of the Harbour", [], "Ferry fares to rise in April"],
    ["a site named by its address", "Ferry fares to rise in April | harbourtimes.example", [], "Ferry fares to rise in April"],
    ["a site's name in brackets", "Weekly edition for the second week of April [Harbour Notes]", [], "Weekly edition for the second week of April"],
    ["the author's byline after the headline", "Why the old library should stay open | by Jane Q. Roe", [], "Why the old library should stay open"],
    ["a date after the headline", "Ferry fares to rise in April - Mar. 3, 2024", [], "Ferry fares to rise in April"],
    ["a date between the headline, a section and the outlet", "Ferry fares to rise in April - 03/03/2024 - Travel - Harbour Times", ["Harbour Times"], "Ferry fares to rise in April"],
  ])("strips %s", (_name, title, outlets, expected) => {
    expect(stripSiteName(title, outlets)).toBe(expected);
  });
});

describe("outlet", () => {
  it.each([
    ["og:site_name", doc('<meta property="og:site_name" content="Harbour Times">', article()), "Harbour Times"],
    ["JSON-LD publisher", doc('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Times"}}</script>', article()), "Harbour Times"],
    ["an address in og:site_name", doc('<meta property="og:site_name" content="http://www.harbour.example">', article()), "harbour.example"],
    ["the name the document title appends to the headline", doc("<title>Port strike ends - The Harbour Times</title>", `<h1>Port strike ends</h1>${article()}`), "The Harbour Times"],
    ["not a date the document title appends", doc("<title>Port strike ends - Feb. 1, 2016</title>", `<h1>Port strike ends</h1>${article()}`), null],
    ["none stated", doc("<title>Port strike ends</title>", article()), null],
  ])("%s", (_name, html, outlet) => {
    expect(lead(html).outlet).toBe(outlet);
  });
});

describe("authors", () => {
  it("every co-author of a line that marks each name apart", () => {
    const line = '<p><span class="authors">By <span class="author"><a href="/author/jane-doe">Jane Doe</a></span> and <span class="author"><a href="/author/john-roe">John Roe</a></span></span></p>';
    expect(lead(doc("", `<h1>Harbour plan approved</h1>${line}${article()}`)).authors).toEqual(["Jane Doe", "John Roe"]);
  });

  it("not a column's name printed on the line above the byline", () => {
    const head = '<div class="extended-byline"><p class="byline-column"><a href="/column/harbour-watch">Harbour Watch</a></p><p class="byline">By <span class="byline-author">Jane Doe</span></p></div>';
    expect(lead(doc("", `<h1>Harbour plan approved</h1>${head}${article()}`)).authors).toEqual(["Jane Doe"]);
  });

  it.each([
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["by: Jane Doe, John Roe & Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]],
    ["Jane Doe", ["Jane Doe"]],
  ])("names in %j", (byline, names) => {
    expect(namesInByline(byline)).toEqual(names);
  });

  it.each([
    ["Written by Jane Doe Edited by John Roe", ["Jane Doe"]],
    ["Jane Doe —", ["Jane Doe"]],
    ["Jane Doe (@janedoe)", ["Jane Doe"]],
    ["Jane Doe (https://jane.example/)", ["Jane Doe"]],
    ["By AP", ["AP"]],
    ["Par Jeanne Martin", ["Jeanne Martin"]],
    ["王明", ["王明"]],
    ["By Jane Doe | Photographs by John Roe", ["Jane Doe"]],
    ["Jane Doe, Senior Correspondent, and John Roe", ["Jane Doe", "John Roe"]],
    ["Jane Doe @janedoe", ["Jane Doe"]],
    ["Jane Doe jane.doe@harbour.example", ["Jane Doe"]],
    ["By Jane Doe - Staff Writer", ["Jane Doe"]],
    ["By Jane Doe in Lisbon", ["Jane Doe"]],
    ["By Jane Doe for Harbourtimes.example", ["Jane Doe"]],
    ["Jane Doe Senior Reporter", ["Jane Doe"]],
    ["Institute for Coastal Studies", ["Institute for Coastal Studies"]],
    ["By Mary-Jane Doe-Roe", ["Mary-Jane Doe-Roe"]],
    ["By Jane Doe, Senior Researcher, Coastal Institute, Policy and Planning Unit", ["Jane Doe"]],
    ["Martin Roe (avec Jeanne Doe et Paul Lee)", ["Martin Roe", "Jeanne Doe", "Paul Lee"]],
    ["By Jane Doe, MD, and John Roe, PhD", ["Jane Doe", "John Roe"]],
    ["By Jane Doe (Harbour Times)", ["Jane Doe"]],
    ["Posted by Jane Doe", ["Jane Doe"]],
    ["By Jane Doe, Associated Press", ["Jane Doe"]],
    ["Jane Doe and John Roe, CNN", ["Jane Doe", "John Roe"]],
    ["Jane Doe, John Roe", ["Jane Doe", "John Roe"]],
    ["By Reuters", ["Reuters"]],
    ["Author: Jane Doe", ["Jane Doe"]],
    ["Autor: Jana Schmidt", ["Jana Schmidt"]],
    ["By Priya Raman with Tomas Berg", ["Priya Raman", "Tomas Berg"]],
    ["By Priya Raman with the harbour desk", ["Priya Raman"]],
    ["By Priya Raman and The Associated Press", ["Priya Raman"]],
    ["Priya Raman and AFP", ["Priya Raman"]],
    ["By The Associated Press", ["The Associated Press"]],
    ["By Priya Raman / Reuters", ["Priya Raman"]],
    ["By Priya Raman / Tomas Berg", ["Priya Raman", "Tomas Berg"]],
    ["By Priya Raman, Quay Chronicle", ["Priya Raman"]],
    ["By Priya Raman, Bloomberg", ["Priya Raman"]],
    ["Rook, Fennel, Marlow", ["Rook", "Fennel", "Marlow"]],
    ["By Priya Raman, Jr. and Tomas Berg", ["Priya Raman", "Tomas Berg"]],
    ["Reporting by Priya Raman; Editing by Tomas Berg", ["Priya Raman"]],
    ["Opinion by Priya Raman", ["Priya Raman"]],
    ["More articles by Priya Raman", ["Priya Raman"]],
    ["View all posts by Priya Raman", ["Priya Raman"]],
    ["Tomas Moreby", ["Tomas Moreby"]],
    ["By Priya Y. Raman", ["Priya Y. Raman"]],
    ["Por Ana Gómez e Luís Pereira", ["Ana Gómez", "Luís Pereira"]],
    ["Por Ana Gómez y Luis Pérez", ["Ana Gómez", "Luis Pérez"]],
    ["Story by Priya Raman and Tomas Berg", ["Priya Raman", "Tomas Berg"]],
    ["Priya Raman Contributing Writer", ["Priya Raman"]],
    ["Par Jeanne Martin, envoyée spéciale à Lisbonne", ["Jeanne Martin"]],
    ["Por Ana Gómez, corresponsal en Oporto", ["Ana Gómez"]],
    ["Anna de Vries, Jan van Dijk", ["Anna de Vries", "Jan van Dijk"]],
    ["作者：王明", ["王明"]],
    ["文／佐藤花子", ["佐藤花子"]],
    ["文学青年", ["文学青年"]],
    ["Jeanne Martin et Paul Lee, envoyés spéciaux", ["Jeanne Martin", "Paul Lee"]],
  ])("names in the byline %j", (byline, names) => {
    expect(namesInByline(byline)).toEqual(names);
  });

  it.each(["https://news.example/profile/jane", "@janedoe", "", "by", "22 Dec 2016", "x", "Edited by John Roe", "Photos by Tomas Berg", "View profile", "About the author", "Follow", "By Harbour Times Staff", "the harbour news team", "Last Updated: January 7, 2025"])("no names in %j", (byline) => {
    expect(namesInByline(byline)).toEqual([]);
  });

  it.each([
    ["JSON-LD author objects", doc('<script type="application/ld+json">{"@type":"Article","author":[{"name":"Jane Doe"},{"name":"John Roe"}]}</script>', article()), ["Jane Doe", "John Roe"]],
    ["meta author", doc('<meta name="author" content="Jane Doe">', article()), ["Jane Doe"]],
    ["the byline above the body, not a teaser's below it", doc("", `<p class="byline">By <a href="/author/jane-doe">Jane Doe</a></p>${article()}<div class="teaser"><span class="byline">By <a href="/author/ann-lee">Ann Lee</a></span></div>`), ["Jane Doe"]],
    ["a name with a date glued to it", doc("", `<p class="byline">by Jane Doe22 Dec 2016</p>${article()}`), ["Jane Doe"]],
    ["no byline at all", doc("", article()), []],
    ["a JSON-LD author given by reference to a node of the graph", doc('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"@id":"https://news.example/#jane"}},{"@type":"Person","@id":"https://news.example/#jane","name":"Jane Doe"}]}</script>', article()), ["Jane Doe"]],
    ["the byline's fuller list when JSON-LD names only its first author", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Jane Doe"}}</script>', `<p class="byline">By <a href="/author/jane-doe">Jane Doe</a> and <a href="/author/john-roe">John Roe</a></p>${article()}`), ["Jane Doe", "John Roe"]],
    ["the byline's person over the publisher JSON-LD gives as author", doc('<meta property="og:site_name" content="Harbour Times"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"Harbour Times"}}</script>', `<p class="byline">By Jane Doe</p>${article()}`), ["Jane Doe"]],
    ["an organization JSON-LD gives as author where nothing else names one", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Coastal Research Institute"}}</script>', article()), ["Coastal Research Institute"]],
    ["a byline without the date printed after it", doc("", `<p class="byline">By Jane Doe | Monday, March 5, 2018</p>${article()}`), ["Jane Doe"]],
    ["a byline with the month glued to the name", doc("", `<p class="byline">By Jane Doe March 5, 2018 10:04 am</p>${article()}`), ["Jane Doe"]],
    ["a name that is a month's, with no date after it", doc("", `<p class="byline">By April Lee</p>${article()}`), ["April Lee"]],
    ["a 'By' line above the body that no class marks", doc("", `<h1>Port strike ends</h1><p>By Jane Doe and John Roe</p>${article()}`), ["Jane Doe", "John Roe"]],
    ["a blog's 'Posted by' line above the body, without its date", doc("", `<h1>Port strike ends</h1><p>Posted by Jane Doe on March 5, 2018</p>${article()}`), ["Jane Doe"]],
    ["a name that ends in 'on' before its date", doc("", `<p class="byline">By Jane Hutton March 5, 2018</p>${article()}`), ["Jane Hutton"]],
    ["no author from a sentence that opens with 'Posted by'", doc("", `<h1>Port strike ends</h1><p>Posted by the union on Monday, the notice was read out.</p>${article()}`), []],
    ["an 'Author:' line above the body", doc("", `<h1>Port strike ends</h1><p>Author: Jane Doe</p>${article()}`), ["Jane Doe"]],
    ["no author from a line that opens with a word like 'author'", doc("", `<h1>Port strike ends</h1><p>Authorities closed Harbour Road</p>${article()}`), []],
    ["every name of a byline that links only some of them", doc("", `<p class="byline">By <a href="/author/jane-doe">Jane Doe</a> and John Roe</p>${article()}`), ["Jane Doe", "John Roe"]],
    ["the linked name, not the role the byline prints after it", doc("", `<p class="byline">By <a href="/author/jane-doe">Jane Doe</a>, Games Editor</p>${article()}`), ["Jane Doe"]],
    ["not the outlet a byline prints on the line after the name", doc("", `<p class="byline">By Jane Doe<br>Harbour Press</p>${article()}`), ["Jane Doe"]],
    ["each name a byline prints on a line of its own", doc("", `<div class="byline"><div>Jane Doe</div><div>John Roe</div></div>${article()}`), ["Jane Doe", "John Roe"]],
    ["one name from a byline's inline parts", doc("", `<p class="byline">By <span>Jane</span> <span>Doe</span></p>${article()}`), ["Jane Doe"]],
    ["no author from a sentence that opens with 'By'", doc("", `<h1>Port strike ends</h1><p>By Monday, Harbour Road was closed.</p>${article()}`), []],
    ["the byline's person over the site's name a meta tag gives as author", doc('<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Harbour Times">', `<p class="byline">By Jane Doe</p>${article()}`), ["Jane Doe"]],
    ["the site's name as author where it is all the page gives", doc('<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Harbour Times">', article()), ["Harbour Times"]],
    ["Dublin Core creators, family name first", doc('<meta name="DC.Creator" content="Doe, Jane"><meta name="DC.Creator" content="Roe, John">', article()), ["Jane Doe", "John Roe"]],
    ["a microdata author's name", doc("", `<article><header><h1>Port strike ends</h1><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span></header>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`), ["Jane Doe"]],
    ["the byline in an aside of the article", doc("", `<article>${PROSE.map((p) => `<p>${p}</p>`).join("")}<aside><span class="author">Jane Doe —</span></aside></article>`), ["Jane Doe"]],
    ["not the byline of a related story above the body", doc("", `<div class="related"><a href="/x">Another story</a><span class="byline">By <a href="/author/ann-lee">Ann Lee</a></span></div>${article()}`), []],
    ["the person the byline names over the site named as author", doc('<meta name="author" content="Harbour Times"><meta property="og:site_name" content="Harbour Times"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Harbour Times"},{"name":"Jane Doe"}]}</script>', `<p class="byline">By <a href="/author/jane-doe">Jane Doe</a></p>${article()}`), ["Jane Doe"]],
    ["co-authors each linked rel=author in a line no class marks", doc("", `<h1>Port strike ends</h1><p>By <a rel="author" href="/p/priya">Priya Raman</a> and <a rel="author" href="/p/tomas">Tomas Berg</a></p>${article()}`), ["Priya Raman", "Tomas Berg"]],
    ["not both writers' pages a sentence links, only the nearest", doc("", `<h1>Port strike ends</h1><p>Read more from <a rel="author" href="/p/priya">Priya Raman</a> and <a rel="author" href="/p/tomas">Tomas Berg</a> in our weekly harbour column</p>${article()}`), ["Tomas Berg"]],
    ["the printed name, not the author link's button beside it", doc("", `<h1>Port strike ends</h1><div class="author"><span class="author-name">Priya Raman</span> <a href="/author/priya-raman">View profile</a></div>${article()}`), ["Priya Raman"]],
    ["the byline below the body, not the heading of an author box above it", doc("", `<h1>Port strike ends</h1><div class="author-box"><h4>About the author</h4><p>Tomas Berg covers the docks for the paper.</p></div>${article()}<p class="byline">By Priya Raman</p>`), ["Priya Raman"]],
    ["co-authors each marked, printed side by side with no word between", doc("", `<h1>Port strike ends</h1><div class="byline">By <span class="author">Priya Raman</span><span class="author">Tomas Berg</span></div>${article()}`), ["Priya Raman", "Tomas Berg"]],
    ["not the role marked beside the name, printed side by side with it", doc("", `<h1>Port strike ends</h1><div class="byline"><span class="author">Priya Raman</span><span class="author-title">Harbour Reporter</span></div>${article()}`), ["Priya Raman"]],
    ["the JSON-LD article a page node holds as its main entity", doc('<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","author":{"@type":"Person","name":"Priya Raman"}}}</script>', article()), ["Priya Raman"]],
    ["a JSON-LD person given by given and family name", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Priya","familyName":"Raman"}}</script>', article()), ["Priya Raman"]],
    ["a JSON-LD block with a line break left raw in a string", doc('<script type="application/ld+json">{"@type":"NewsArticle","description":"Dock workers return.\nTalks went on all night.","author":{"@type":"Person","name":"Priya Raman"}}</script>', article()), ["Priya Raman"]],
    ["a JSON-LD block with a comma before its closing brackets", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Priya Raman",},],}</script>', article()), ["Priya Raman"]],
    ["not a JSON-LD block broken past repair", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Priya Raman"</script>', article()), []],
    ["a JSON-LD creator where the article states no author", doc('<script type="application/ld+json">{"@type":"NewsArticle","creator":["Priya Raman","Tomas Berg"]}</script>', article()), ["Priya Raman", "Tomas Berg"]],
    ["a JSON-LD creator given as a person", doc('<script type="application/ld+json">{"@type":"NewsArticle","creator":{"@type":"Person","name":"Priya Raman"}}</script>', article()), ["Priya Raman"]],
    ["not a JSON-LD creator beside the author the article states", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Priya Raman"},"creator":"Harbour Digital Desk"}</script>', article()), ["Priya Raman"]],
    ["no name from a JSON-LD person with an address only", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","url":"https://news.example/p/priya"}}</script>', article()), []],
  ])("%s", (_name, html, authors) => {
    expect(lead(html).authors).toEqual(authors);
  });

  it.each([
    ["the wire agency printed after the name with no comma", "By JANE DOE Associated Press", ["JANE DOE"]],
    ["the initials of an agency after the name", "By Jane Doe AP", ["Jane Doe"]],
    ["the outlet the author writes for", "By Jane Doe for The Harbour Post", ["Jane Doe"]],
    ["the outlet after 'For' in capitals", "By Jane Doe For The Harbour Post", ["Jane Doe"]],
    ["an address in brackets after the name", "Jane Doe (jane.doe@harbour.example)", ["Jane Doe"]],
    ["not a name whose last word is an outlet's", "By Emily Post", ["Emily Post"]],
    ["not a three-word name whose last word is an outlet's", "By Mary Ann Post", ["Mary Ann Post"]],
    ["not a sentence after the name", "By Jane Doe in our weekly harbour column", []],
    ["not 'for' in an institute's name", "Institute for Media Studies", ["Institute for Media Studies"]],
    ["a role after a bullet", "By Jane Doe • Staff Writer", ["Jane Doe"]],
    ["names apart by a middle dot", "Jane Doe · John Roe", ["Jane Doe", "John Roe"]],
    ["the stop of a sentence ending at the name", "Story by Jane Doe. Photos by John Roe", ["Jane Doe"]],
    ["not the stop of an abbreviation", "By Jane Doe Jr.", ["Jane Doe Jr."]],
    ["the outlet a writer is a special correspondent to", "By Jane Doe, Special to The Harbour Post", ["Jane Doe"]],
    ["a name run into the update after it", "By Jane DoeUpdated 6:00 AM EST Dec 20, 2023", ["Jane Doe"]],
    ["a name run into the photographer's credit after it", "By Jane DoePhotos by John Roe", ["Jane Doe"]],
    ["not a name with a capital inside it", "By Jane McDonald", ["Jane McDonald"]],
    ["a writer's 'Words:' label", "Words: Jane Doe", ["Jane Doe"]],
    ["a writer's 'Text:' label", "Text: Jana Schmidt", ["Jana Schmidt"]],
    ["not a photographer credited after 'Photography by'", "Words by Jane Doe | Photography by John Roe", ["Jane Doe"]],
    ["not a picture editor's credit", "By Jane Doe, Pictures by John Roe", ["Jane Doe"]],
    ["a name run into the job title after it", "Jane DoeSenior Reporter", ["Jane Doe"]],
    ["not a word starting like a title inside a name", "By Jane MacEditha", ["Jane MacEditha"]],
    ["not 'Text' or 'Words' without a colon", "Text Jones", ["Text Jones"]],
  ])("byline text: %s", (_name, text, names) => {
    expect(namesInByline(text)).toEqual(names);
  });

  describe("the byline a reader sees against the metadata", () => {
    const headed = (byline: string): string => `<article><h1>Harbour plan approved</h1>${byline}${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`;
    it.each([
      ["the byline under the headline over a JSON-LD person of another story", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Priya Raman"}}</script>', headed('<p class="byline">By Tomas Berg</p>')), ["Tomas Berg"]],
      ["the byline under the headline over a default meta author", doc('<meta name="author" content="Priya Raman">', headed('<p class="byline">By Tomas Berg</p>')), ["Tomas Berg"]],
      ["a 'Von' byline marked by an authorname class", doc('<meta name="author" content="Priya Raman">', headed('<span class="author">Von <span class="authorname">Jana Schmidt</span></span>')), ["Jana Schmidt"]],
      ["a 'Par' byline linked to the writer's page over a wire agency in JSON-LD", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"AFP"}}</script>', headed('<div class="byline">Par <a href="/auteur/jeanne-martin">Jeanne Martin</a></div>')), ["Jeanne Martin"]],
      ["a header's author linked to a /writer/ page", doc('<meta name="author" content="Priya Raman">', `<header class="story-head"><h1>Harbour plan approved</h1><span class="author-name"><a href="/writer/tomas-berg/">Tomas Berg</a></span></header><div class="story-body">${PROSE.map((p) => `<p>${p}</p>`).join("")}</div>`), ["Tomas Berg"]],
      ["a person bylined below the body over the agency a tag names", doc('<meta name="author" content="Reuters">', `${article()}<p class="byline">By Tomas Berg</p>`), ["Tomas Berg"]],
      ["the tag's name over a line under the headline that holds it with more words", doc('<meta name="author" content="Tomas Berg">', headed('<p class="author-bio">Tomas Berg is a reporter covering the harbour</p>')), ["Tomas Berg"]],
      ["a Chinese byline under the headline over another name in a meta tag", doc('<meta name="author" content="李华">', headed('<p class="author">作者：王明</p>')), ["王明"]],
      ["the tag's name over a one-word byline that may be its author's handle", doc('<meta name="author" content="Priya Raman">', headed('<p class="byline">By <a href="/author/praman">praman</a></p>')), ["Priya Raman"]],
      ["the tag's name over another name bylined below the body", doc('<meta name="author" content="Priya Raman">', `${article()}<p class="byline">By Tomas Berg</p>`), ["Priya Raman"]],
      ["the agency where it is all the page names", doc('<meta name="author" content="Reuters">', article()), ["Reuters"]],
      ["the person, not the agency, of a JSON-LD list that names both", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Tomas Berg"},{"@type":"Person","name":"Reuters"}]}</script>', article()), ["Tomas Berg"]],
      ["two agencies a JSON-LD list names where no person is named", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"AFP"},{"@type":"Person","name":"Reuters"}]}</script>', article()), ["AFP", "Reuters"]],
      ["an author page's link under the headline, in a line no class marks", doc("", headed('<div class="meta"><a href="/author/tomas-berg">Tomas Berg</a> · 5 min read</div>')), ["Tomas Berg"]],
      ["a /writer/ page's link under the headline over a meta author", doc('<meta name="author" content="Priya Raman">', headed('<div class="meta"><a href="/writer/tomas-berg/">Tomas Berg</a> · March 5, 2024</div>')), ["Tomas Berg"]],
      ["both authors' page links in a line under the headline", doc("", headed('<p class="info"><a href="/authors/tomas-berg">Tomas Berg</a> and <a href="/authors/ann-lee">Ann Lee</a></p>')), ["Tomas Berg", "Ann Lee"]],
      ["a name with the writer's title under the headline, no class marking it", doc("", headed("<p>Tomas Berg, Staff Reporter</p>")), ["Tomas Berg"]],
      ["a name and the writer's title after a dash", doc("", headed("<p>Tomas Berg - Senior Correspondent</p>")), ["Tomas Berg"]],
      ["not a name with words that are no title", doc("", headed("<p>Harbour Road, closed until Friday</p>")), []],
      ["not a title alone", doc("", headed("<p>Senior Editor, Staff Writer</p>")), []],
      ["not an author page's link in the body's first sentence", doc("", `<article><h1>Harbour plan approved</h1><p>As <a href="/author/ann-lee">Ann Lee</a> reported last week, ${PROSE[0]}</p>${PROSE.slice(1).map((p) => `<p>${p}</p>`).join("")}</article>`), []],
      ["not a staff page's link in the footer", doc("", `${article()}<footer><p><a href="/people/">Our People</a></p></footer>`), []],
      ["not a photographer's byline in the caption under the headline, over the meta author", doc('<meta name="author" content="Priya Raman">', headed('<figure><img src="quay.jpg"><figcaption>The north quay at dawn. <span class="photo-byline">Tomas Berg / Harbour Pictures</span></figcaption></figure>')), ["Priya Raman"]],
      ["the byline of a hero picture whose caption prints the headline", doc("", `<article><figure class="hero"><img src="quay.jpg"><figcaption><h1>Harbour plan approved</h1><span class="byline">By Tomas Berg</span></figcaption></figure>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`), ["Tomas Berg"]],
    ])("%s", (_name, html, authors) => {
      expect(lead(html).authors).toEqual(authors);
    });
  });

  describe("teaser cards' bylines", () => {
    const card = (title: string, author: string, slug: string): string => `<div class="card"><h3><a href="/story/${slug}">${title}</a></h3><span class="byline">By <a href="/author/${slug}">${author}</a></span></div>`;
    const ferries = card("Ferries return to the north quay after repairs", "Ann Lee", "ann-lee");
    const tolls = card("Bridge tolls to rise for lorries next spring", "Bo Chan", "bo-chan");
    it.each([
      ["not a card's linked byline above the article over its own unlinked one", doc("", `${ferries}<article><h1>Harbour plan approved</h1><p class="byline">By Tomas Berg</p>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`), ["Tomas Berg"]],
      ["not a card's byline at the top of the article", doc("", `<article>${ferries}<h1>Harbour plan approved</h1><div class="article-byline">Tomas Berg</div>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`), ["Tomas Berg"]],
      ["not a card's byline below the body that JSON-LD happens to name, over the byline under the headline", doc('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ann Lee"}}</script>', `<article><h1>Harbour plan approved</h1><p class="byline">By Tomas Berg</p>${PROSE.map((p) => `<p>${p}</p>`).join("")}${ferries}</article>`), ["Tomas Berg"]],
      ["no author from the cards below an article that names none", doc("", `${article()}${ferries}${tolls}`), []],
      ["the byline in the article's header, whose headline links to the article itself", doc("", `<article><header><h1><a href="/story/harbour-plan-approved">Harbour plan approved by the council</a></h1><span class="byline">By <a href="/author/tomas-berg">Tomas Berg</a></span></header>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`), ["Tomas Berg"]],
      ["the byline of an author box whose link reads 'More stories by' the author", doc("", `${article()}<div class="author-box"><span class="author-name">Tomas Berg</span><p><a href="/tomas-berg-archive">More stories by Tomas Berg</a></p></div>`), ["Tomas Berg"]],
      ["the byline beside a linked heading in the article's text", doc("", `<article><h1>Harbour plan approved</h1><div class="post"><h2><a href="/series/harbour">Part two of our harbour series</a></h2><span class="byline">By Tomas Berg</span>${PROSE.map((p) => `<p>${p}</p>`).join("")}</div></article>`), ["Tomas Berg"]],
    ])("%s", (_name, html, authors) => {
      expect(lead(html).authors).toEqual(authors);
    });
  });
});

describe("published", () => {
  it.each([
    ["2024-03-14T09:30:00+01:00", "2024-03-14T09:30:00+01:00"],
    ["2024-03-14T22:30:00-0500", "2024-03-14T22:30:00-05:00"],
    ["Dec. 20, 2023, 6:00 AM ET", "2023-12-20T06:00:00-05:00"],
    ["Sunday, Feb 1, 2015 11:57 AM UTC", "2015-02-01T11:57:00Z"],
    ["2017-11-03 03:01:00.000000", "2017-11-03T03:01:00"],
    ["2023-06-07T20:54:26.829Z", "2023-06-07T20:54:26Z"],
    ["2017-11-16T14:15+0000", "2017-11-16T14:15:00Z"],
    ["2017-07-27", "2017-07-27"],
    ["20170113", "2017-01-13"],
    ["Fri Mar 13 21:30:09 EST 2015", "2015-03-13T21:30:09-05:00"],
    ["July 29, 2016", "2016-07-29"],
    ["January 18, 2017 11:00 PM", "2017-01-18T23:00:00"],
    ["By Tomas BergMar 2, 2024", "2024-03-02"],
    ["December 20, 20236:00 AM GMTUpdated 2 hours ago", "2023-12-20T06:00:00Z"],
  ])("isoValue(%j)", (raw, value) => {
    expect(isoValue(raw)).toBe(value);
  });

  it.each(["yesterday", "2019-13-45", "1 day ago", "", "12345", "© 2024 Harbour Times", "March 2024", "2023-02-30"])("isoValue(%j) is null", (raw) => {
    expect(isoValue(raw)).toBeNull();
  });

  it("prints the visible time and states the metadata's instant", () => {
    const html = doc('<meta property="article:published_time" content="2024-03-14T09:30:00+01:00">', `<time datetime="2024-03-14T09:30:00+01:00">14 March 2024</time>${article()}`);
    expect(lead(html)).toMatchObject({ published: "14 March 2024", publishedValue: "2024-03-14T09:30:00+01:00" });
    expect(parseHtml(html).statedDate).toBe("2024-03-14T08:30:00Z");
  });

  it.each([
    ["publish_date", "2024-03-02T09:30:00+01:00", "2024-03-02T09:30:00+01:00"],
    ["pdate", "20240302", "2024-03-02"],
    ["cXenseParse:recs:publishtime", "2024-03-02T09:30:00.000Z", "2024-03-02T09:30:00Z"],
    ["displaydate", "March 2, 2024", "2024-03-02"],
    ["citation_publication_date", "2024-03-02", "2024-03-02"],
    ["og:updated_time", "2024-03-02T09:30:00Z", null],
  ])("reads the published date of a <meta name=%j>, not an update's", (name, content, value) => {
    expect(lead(doc(`<meta name="${name}" content="${content}">`, article())).publishedValue).toBe(value);
  });

  it("reads the name and the date of a byline whose spans run together", () => {
    const html = doc("", `<h1>Port strike ends</h1><div class="byline"><span>By Tomas Berg</span><span>Posted: Wednesday, December 20, 2023 6:00 am</span></div>${article()}`);
    expect(lead(html)).toMatchObject({ authors: ["Tomas Berg"], publishedValue: "2023-12-20T06:00:00" });
  });

  it("reads the title, authors and date of Parse.ly's older tag, which states them in one JSON object", () => {
    const tag = `<meta name="parsely-page" content='{"title": "Port strike ends after nine days", "pub_date": "2024-03-02T09:30:00Z", "authors": ["Priya Raman", "Tomas Berg"], "section": "News"}'>`;
    expect(lead(doc(tag, article()))).toMatchObject({ title: "Port strike ends after nine days", authors: ["Priya Raman", "Tomas Berg"], publishedValue: "2024-03-02T09:30:00Z" });
  });

  it("reads nothing from a parsely-page tag that is no JSON object", () => {
    expect(lead(doc(`<meta name="parsely-page" content="Port strike ends after nine days">`, article()))).toMatchObject({ authors: [], publishedValue: null });
  });

  describe("a date in numbers only where its order of day and month is not in doubt", () => {
    const dated = (line: string, lang = "en"): string => `<!DOCTYPE html><html lang="${lang}"><head></head><body><h1>Port strike ends</h1><p class="date">${line}</p>${article()}</body></html>`;
    it.each([
      ["a day above 12 first", dated("20/12/2023 06:00"), "2023-12-20T06:00:00"],
      ["a day above 12 second", dated("12/20/2023"), "2023-12-20"],
      ["the day first on a page in German", dated("05.06.2023", "de"), "2023-06-05"],
      ["not a date both ways on a page in English", dated("05/06/2023"), null],
      ["not numbers without a four-digit year", dated("05/20/23"), null],
    ])("%s", (_name, html, value) => {
      expect(lead(html).publishedValue).toBe(value);
    });
  });

  describe("readers' comments under the article", () => {
    const comments = '<section id="comments"><div class="comment"><span class="comment-author">Sam Field</span> <time datetime="2024-03-14T10:00:00Z">14 March 2024</time><p>Fares were too dear already.</p></div></section>';
    it("not a commenter's time where the article states no date", () => {
      expect(lead(doc("", `<h1>Port strike ends</h1>${article()}${comments}`)).publishedValue).toBeNull();
    });
    it("not a commenter's name where the article names no author", () => {
      expect(lead(doc("", `<h1>Port strike ends</h1>${article()}${comments.replace("section", "div class=\"comments-area\"").replace("</section>", "</div>")}`)).authors).toEqual([]);
    });
    it("the byline and time of an article whose wrapper's class mentions its comments", () => {
      const html = doc("", `<div class="post has-comments"><h1>Port strike ends</h1><p class="byline">By Tomas Berg</p><time datetime="2024-03-12">12 March 2024</time>${article()}</div>`);
      expect(lead(html)).toMatchObject({ authors: ["Tomas Berg"], publishedValue: "2024-03-12" });
    });
  });

  describe("a line under the body that states the publication", () => {
    const below = (line: string, after = ""): string => doc("", `<h1>Port strike ends</h1><article>${PROSE.map((p) => `<p>${p}</p>`).join("")}<p>${line}</p></article>${after}`);
    it.each([
      ["first published on a day", below("First published on Tue 12 Mar 2024 14.05 GMT"), "2024-03-12"],
      ["published with a colon and a time", below("Published: 12 March 2024 14:05 GMT"), "2024-03-12"],
      ["this article was originally published", below("This article was originally published on March 12, 2024"), "2024-03-12"],
      ["not a sentence of the body that opens with the word", below("Published figures from 3 March 2024 show a rise in fares."), null],
      ["not a date named later in a longer line", below("Published in the spring issue of the harbour review, out on 3 March 2024 in all shops"), null],
      ["not another story's line in a related panel", doc("", `<h1>Port strike ends</h1>${article()}<aside class="related"><ul><li><a href="/bus-fares">Bus fares frozen for a year</a><p>Published 2 November 2023</p></li></ul></aside>`), null],
    ])("%s", (_name, html, value) => {
      expect(lead(html).publishedValue?.slice(0, 10) ?? null).toBe(value);
    });
  });

  describe("a dateline printed right above the headline", () => {
    it.each([
      ["alone above the headline", doc("", `<div class="date">December 20, 2023</div><h1>Port strike ends</h1>${article()}`), "2023-12-20"],
      ["with the section label", doc("", `<div class="meta">Business | December 20, 2023</div><h1>Port strike ends</h1>${article()}`), "2023-12-20"],
      ["not a linked date above the headline", doc("", `<p><a href="/archive/2023/12/02">December 2, 2023</a></p><h1>Port strike ends</h1>${article()}`), null],
      ["not another story's line above the headline", doc("", `<p>Ferry fares to rise, from December 2, 2023</p><h1>Port strike ends</h1>${article()}`), null],
      ["not a date with a line between it and the headline", doc("", `<div class="today">Wednesday, December 20, 2023</div><p>Subscribe to the harbour newsletter</p><h1>Port strike ends</h1>${article()}`), null],
    ])("%s", (_name, html, value) => {
      expect(lead(html).publishedValue).toBe(value);
    });
  });

  it("reads a date that spans printed side by side run into the name before, and prints it as the page does", () => {
    const html = doc("", `<h1>Port strike ends</h1><div class="meta"><span class="author">By Tomas Berg</span><span class="date">Dec. 20, 2023 6:00PM</span></div>${article()}`);
    expect(lead(html)).toMatchObject({ authors: ["Tomas Berg"], published: "Dec. 20, 2023 6:00PM", publishedValue: "2023-12-20T18:00:00" });
  });

  it.each([
    ["not the <time> of the last update where the page states no publication", '<span>Updated</span> <time datetime="2024-03-14T10:00:00Z">14 March 2024</time>', null],
    ["the publication's <time>, not the update's one before it in the same line", '<time class="updated" datetime="2024-03-14T10:00:00Z">14 March 2024</time> <time class="published" datetime="2024-03-12T08:00:00Z">12 March 2024</time>', "2024-03-12T08:00:00Z"],
    ["the page's first <time> that no update word introduces", '<span>Filed</span> <time datetime="2024-03-14T10:00:00Z">14 March 2024</time>', "2024-03-14T10:00:00Z"],
  ])("%s", (_name, meta, value) => {
    expect(lead(doc("", `<h1>Port strike ends</h1><div class="meta">${meta}</div>${article()}`)).publishedValue).toBe(value);
  });

  it("prints the day of a dateline that only an update's <time> states, where the line has no other date", () => {
    const html = doc("", `<h1>Port strike ends</h1><div class="meta"><time itemprop="dateModified" datetime="2024-03-14T10:00:00-05:00">MARCH 14, 2024</time></div>${article()}`);
    expect(lead(html).published).toBe("MARCH 14, 2024");
  });

  it("reads the printed date of a <time> without datetime", () => {
    expect(lead(doc("", `<time>January 18, 2017 11:00 PM</time>${article()}`))).toMatchObject({ published: "January 18, 2017 11:00 PM", publishedValue: "2017-01-18T23:00:00" });
  });

  it("not another story's date in a related panel beside the headline", () => {
    const panel = '<div class="related-stories"><a href="/old">Harbour plan first proposed</a><time datetime="2014-07-17">Jul 17, 2014</time></div>';
    expect(lead(doc("", `<h1>Harbour plan approved</h1>${panel}${article()}`)).published).toBeNull();
    expect(lead(doc("", `<h1>Harbour plan approved</h1><time datetime="2024-03-14">March 14, 2024</time>${panel}${article()}`)).publishedValue).toBe("2024-03-14");
  });

  it("reads the dateline inside a layout wrapper whose class names a sidebar, around the headline too", () => {
    const html = doc("", `<div class="layout two-col-sidebar-right"><h1>Harbour plan approved</h1><div class="byline">By <a href="/author/jane-roe">Jane Roe</a></div><div class="date">March 14, 2024 | 6:00 PM</div>${article()}</div>`);
    expect(lead(html)).toMatchObject({ published: "March 14, 2024", publishedValue: "2024-03-14" });
  });

  it("reads the article's byline and <time> on a page whose <body> class names a sidebar", () => {
    const head = '<h1>Harbour plan approved</h1><span class="byline"><a href="/author/jane-roe">Jane Roe</a></span><time datetime="2024-03-14">March 14, 2024</time>';
    const html = doc("", `${head}${article()}`).replace("<body>", '<body class="permalink has_sidebar_on">');
    expect(lead(html)).toMatchObject({ authors: ["Jane Roe"], publishedValue: "2024-03-14" });
  });

  it.each([
    ["the day most sources state over a different article:published_time", doc('<meta property="article:published_time" content="2024-05-09T10:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-02T08:00:00Z"}</script>', `<h1>Port strike ends</h1><p class="date">March 2, 2024</p>${article()}`), "2024-03-02T08:00:00Z"],
    ["the published date, not the update printed after it", doc("", `<h1>Port strike ends</h1><p>Published March 2, 2024. Updated March 5, 2024</p>${article()}`), "2024-03-02"],
    ["the published date, not the update printed before it", doc("", `<h1>Port strike ends</h1><p>Updated March 5, 2024 Published March 2, 2024</p>${article()}`), "2024-03-02"],
    ["the published date after a posted word, not the update in the same line", doc("", `<h1>Port strike ends</h1><p>Last updated March 5, 2024 | Posted March 2, 2024</p>${article()}`), "2024-03-02"],
    ["the dateline over a teaser's time elsewhere on the page", doc("", `<h1>Port strike ends</h1><p>Dec. 20, 2023, 6:00 AM ET</p>${article()}<aside><a href="/x">Another story</a><time datetime="2023-11-02">2 November</time></aside>`), "2023-12-20T06:00:00-05:00"],
    ["the day a dateline prints over the next day a UTC instant falls on", doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-12-21T03:00:00Z"}</script>', `<h1>Port strike ends</h1><p>Dec. 20, 2023</p>${article()}`), "2023-12-20"],
    ["the date in the article's address when nothing else states one", doc('<link rel="canonical" href="https://news.example/2024/03/02/port-strike-ends">', article()), "2024-03-02"],
    ["the date an address writes without separators", doc('<link rel="canonical" href="https://news.example/world/20240302/port-strike-ends.html">', article()), "2024-03-02"],
    ["no date from a longer number in the address", doc('<link rel="canonical" href="https://news.example/world/2024030245/port-strike-ends.html">', article()), null],
    ["no date from an address that mixes separators", doc('<link rel="canonical" href="https://news.example/2024/0302/port-strike-ends">', article()), null],
    ["the day a <time> prints in its own zone over the next day its UTC datetime falls on", doc("", `<h1>Port strike ends</h1><time datetime="2023-12-21T04:30:00Z">Dec. 20, 2023, 11:30 PM ET</time>${article()}`), "2023-12-20T23:30:00-05:00"],
    ["the UTC datetime of a <time> that prints the same day", doc("", `<h1>Port strike ends</h1><time datetime="2023-12-20T14:30:00Z">Dec. 20, 2023</time>${article()}`), "2023-12-20T14:30:00Z"],
    ["an ISO day a dateline prints after its word", doc("", `<h1>Port strike ends</h1><p>Published: 2024-03-02 14:20</p>${article()}`), "2024-03-02T14:20:00"],
    ["no date from an ISO-like number that is no day", doc("", `<h1>Port strike ends</h1><p>Published: 2024-13-02</p>${article()}`), null],
    ["the published date of a dateline whose spans run together after the update", doc("", `<h1>Port strike ends</h1><p><span>Updated 9:00 AM ET, Thu March 7, 2024</span><span>Published 8:00 AM ET, Tue March 5, 2024</span></p>${article()}`), "2024-03-05T08:00:00-05:00"],
    ["no date from the cards of a list of other stories after the body", doc("", `<h1>Port strike ends</h1>${article()}<section class="more"><h2>More news</h2><ul><li><a href="/story/ferries">Ferries return to the north quay after repairs</a> <time datetime="2024-02-01">Feb 1, 2024</time></li><li><a href="/story/tolls">Bridge tolls to rise for lorries next spring</a> <time datetime="2024-02-02">Feb 2, 2024</time></li></ul></section>`), null],
    ["the <time> of the article's header, whose headline links to the article itself", doc("", `<article><header><h1><a href="/story/harbour-plan">Harbour plan approved by the council</a></h1><time datetime="2024-03-14">March 14, 2024</time></header>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`), "2024-03-14"],
    ["the date of the JSON-LD article a page node holds as its main entity", doc('<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2024-03-02T09:30:00+01:00"}}</script>', article()), "2024-03-02T09:30:00+01:00"],
    ["no date from the articles a page node lists as its parts", doc('<script type="application/ld+json">{"@type":"WebPage","hasPart":[{"@type":"NewsArticle","datePublished":"2023-01-05T09:30:00Z"}]}</script>', article()), null],
    ["a microdata datePublished over the page's first <time>", doc("", `<aside><time datetime="2023-01-01">1 January</time></aside><article><time itemprop="datePublished" datetime="2024-03-02T09:00:00+02:00">2 March</time>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>`), "2024-03-02T09:00:00+02:00"],
  ])("%s", (_name, html, value) => {
    expect(lead(html).publishedValue).toBe(value);
  });

  it("keeps a late-evening local date on its day, and counts relative dates from its instant", () => {
    const page = parseHtml(doc('<meta property="article:published_time" content="2024-03-14T22:30:00-05:00">', article()));
    expect(page.articles[0]!.publishedValue).toBe("2024-03-14T22:30:00-05:00");
    expect(page.statedDate).toBe("2024-03-15T03:30:00Z");
  });

  it.each([
    ["fr", "Publié le 30 avril 2015 à 07:19", "2015-04-30T07:19:00"],
    ["de", "3. März 2024, 14:05 Uhr", "2024-03-03T14:05:00"],
    ["zh", "2017年3月10日 08:42", "2017-03-10T08:42:00"],
  ])("reads a dateline in the page's language (%s)", (lang, line, value) => {
    const html = `<!DOCTYPE html><html lang="${lang}"><head></head><body><h1>Port strike ends</h1><p>${line}</p>${article()}</body></html>`;
    expect(lead(html)).toMatchObject({ published: line.replace(/^Publié le /, ""), publishedValue: value, paragraphs: PROSE });
  });

  it("reads no date from a dateline in another language than the page's", () => {
    expect(lead(doc("", `<h1>Port strike ends</h1><p>30 avril 2015</p>${article()}`)).publishedValue).toBeNull();
  });

  it("leaves the dateline out of the body", () => {
    const page = lead(doc("", `<h1>Port strike ends</h1><p>Dec. 20, 2023, 6:00 AM ET</p>${article()}`));
    expect(page.published).toBe("Dec. 20, 2023, 6:00 AM ET");
    expect(page.paragraphs).toEqual(PROSE);
  });

  it("reads no date from a dateline that prints only the update", () => {
    expect(lead(doc("", `<h1>Port strike ends</h1><p>Updated March 5, 2024</p>${article()}`)).publishedValue).toBeNull();
  });

  it("a page without a date states none", () => {
    expect(lead(doc("", article()))).toMatchObject({ published: null, publishedValue: null });
  });
});

describe("main content", () => {
  const page = lead(fixture("news-article.html"));
  const body = page.paragraphs.join("\n");

  it("keeps the article's paragraphs, subheading and list in order", () => {
    expect(page.paragraphs).toEqual([
      "The harbour bridge reopened to traffic on Thursday morning, two years after engineers closed it when cracks were found in its main span.",
      "About 18,000 vehicles a day crossed the bridge before the closure, and the detour through the town centre added up to forty minutes to journeys, according to the council.",
      "“It’s been a long wait, but the repair is built to last another century,” said the council's chief engineer, Ana Costa. “We replaced every bearing & every cable.”",
      "What changed",
      "The repair cost £48m, about a third more than planned, because corrosion inside the deck was worse than the first survey showed.",
      "The work included:",
      "new steel bearings under each of the six piers",
      "a wider footpath and a separate cycle lane",
      "sensors that report strain on the main span every minute",
      "Local traders welcomed the reopening.",
      "“Our takings fell by a quarter,” said one café owner on the quay.",
      "She declined to comment further.",
      "The council will publish a full report on the project in the summer, including an account of the overspend and of the delays caused by the weather.",
    ]);
  });

  it.each([
    ["navigation", "Sport"],
    ["the share bar", "Share"],
    ["the caption", "Photo: Ledger staff"],
    ["a script in the body", "ads.push"],
    ["the advertisement label", "Advertisement"],
    ["comments", "Finally!"],
    ["the teaser list", "Ferry timetable"],
    ["the footer", "All rights reserved"],
    ["the headline (it is the title)", "Harbour bridge reopens"],
    ["the byline", "Maria Lindqvist"],
  ])("leaves out %s", (_name, text) => {
    expect(body).not.toContain(text);
  });

  it("decodes entities and turns &nbsp; into a space", () => {
    expect(body).toContain("chief engineer, Ana Costa.");
    expect(body).not.toMatch(/&[a-z]+;|\u00a0/);
  });

  it("reads the metadata of the fixture", () => {
    expect(page).toMatchObject({
      title: "Harbour bridge reopens after two-year repair",
      outlet: "The Coastal Ledger",
      authors: ["Maria Lindqvist", "Tom O'Hara"],
      published: "14 March 2024, 09:30",
      publishedValue: "2024-03-14T09:30:00+01:00",
      url: "https://ledger.example/news/harbour-bridge-reopens",
    });
  });

  it("chooses the article over a longer block of link lists", () => {
    const menu = `<ul>${Array.from({ length: 80 }, (_, i) => `<li><a href="/s/${i}">Section number ${i} of the site</a></li>`).join("")}</ul>`;
    expect(lead(doc("", `<div class="menu-wrapper">${menu}</div>${article()}`)).paragraphs).toEqual(PROSE);
  });

  it("keeps the article after a related-topics list in the same parent", () => {
    const topics = `<h4>Related topics</h4><ul><li><a href="/t/harbour">Harbour</a></li><li><a href="/t/council">Council</a></li></ul>`;
    expect(lead(doc("", `<div class="story">${topics}${PROSE.map((p) => `<p>${p}</p>`).join("")}</div>`)).paragraphs).toEqual(PROSE);
  });

  it("finishes on a teaser heading that reads as a sentence", () => {
    const html = doc("", `<div><p>Related: the council explains its plan.</p><p>${PROSE[0]}</p><p>${PROSE[1]}</p></div>`);
    expect(lead(html).paragraphs).toEqual(["Related: the council explains its plan.", PROSE[0], PROSE[1]]);
  });

  it("leaves out a run of teasers (linked heading, short summary) after the article", () => {
    const teasers = [1, 2, 3].map((i) => `<h3><a href="/t/${i}">Another story number ${i}</a></h3><p>A summary of the other story, number ${i}, in one sentence.</p>`).join("");
    expect(lead(doc("", `<div>${article()}${teasers}</div>`)).paragraphs).toEqual(PROSE);
  });

  it("keeps linked subheadings followed by long paragraphs", () => {
    const long = `${PROSE[0]} ${PROSE[1]} ${PROSE[2]} ${PROSE[0]}`;
    const sections = [1, 2].map((i) => `<h3><a href="/game/${i}">Game number ${i}</a></h3><p>${long}</p>`).join("");
    expect(lead(doc("", `<article>${sections}</article>`)).paragraphs).toEqual(["Game number 1", long, "Game number 2", long]);
  });

  it("keeps a section's heading when the heading of its first subsection comes before the prose", () => {
    const html = doc("", `<article><p>${PROSE[0]}</p><h2>The second phase</h2><h3>Costs</h3><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article>`);
    expect(lead(html).paragraphs).toEqual([PROSE[0], "The second phase", "Costs", PROSE[1], PROSE[2]]);
  });

  it("leaves out headings that no prose follows, however many", () => {
    const html = doc("", `<article>${PROSE.map((p) => `<p>${p}</p>`).join("")}<h2>Elsewhere on the site</h2><h3>Weather</h3><p>Sunny</p></article>`);
    expect(lead(html).paragraphs).toEqual(PROSE);
  });

  it("keeps the words of inline links whatever their class, drops an inline caption", () => {
    const html = doc("", article(`<p><a class="meta-org" href="/topic/harbour">Harbour Holdings</a> agreed to the sale on Friday <span class="image-caption">Photo: Agency</span>after weeks of talks with the council.</p>`));
    expect(lead(html).paragraphs.at(-1)).toBe("Harbour Holdings agreed to the sale on Friday after weeks of talks with the council.");
  });

  it("reads the formulas of MathML as the words around them, not their TeX annotations or hidden copies", () => {
    const formula = '<math><semantics><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">\\frac{n}{1}</annotation></semantics></math>';
    const html = doc("", article(`<p>The fleet grew to ${formula} ships a year, the harbour master said when the records were published.</p>`, `<p>Each berth holds <span style="display:none">${formula}</span>two ferries at most during the winter months, when storms are frequent.</p>`));
    expect(lead(html).paragraphs.slice(3)).toEqual([
      "The fleet grew to n+1 ships a year, the harbour master said when the records were published.",
      "Each berth holds two ferries at most during the winter months, when storms are frequent.",
    ]);
  });

  it("drops text meant for screen readers only", () => {
    const html = doc("", article(`<p><span class="sr-only">Media caption</span>The minister confirmed the decision in a statement issued late on Friday evening.</p>`));
    expect(lead(html).paragraphs.at(-1)).toBe("The minister confirmed the decision in a statement issued late on Friday evening.");
  });

  it("joins words that soft hyphens and word joiners mark, as entities or as characters", () => {
    const html = doc("", article(`<p>President Vladi&shy;mir Putin met Benjamin Netan\u00adyahu and Ana\u2060Maria Costa on Tuesday after a delay of several weeks.</p>`));
    expect(lead(html).paragraphs.at(-1)).toBe("President Vladimir Putin met Benjamin Netanyahu and AnaMaria Costa on Tuesday after a delay of several weeks.");
  });

  it("drops control characters from the text", () => {
    expect(lead(doc("", article(`<p>The report\u0007 was published on Tuesday after a delay of several weeks, officials said.</p>`))).paragraphs.at(-1)).toBe("The report was published on Tuesday after a delay of several weeks, officials said.");
  });

  it("reads a list whole once one of its items is article text: short items, linked points", () => {
    const list = `<ul><li>rope</li><li>two <a href="/t/buckets">metal buckets</a></li><li><a href="/guide/knots">How to tie the three knots you need</a></li><li>a spare set of oars and life jackets for every person on board, checked before each trip</li></ul>`;
    expect(lead(doc("", article(list))).paragraphs.slice(3)).toEqual(["rope", "two metal buckets", "How to tie the three knots you need", "a spare set of oars and life jackets for every person on board, checked before each trip"]);
  });

  it("leaves out a list of links after the article, none of whose items is article text", () => {
    const links = `<ul><li><a href="/a">Harbour bridge to close again in May</a></li><li><a href="/b">Ferry timetable changes from April</a></li></ul>`;
    expect(lead(doc("", article(links))).paragraphs).toEqual(PROSE);
  });

  it("reads a table whole: its short and linked cells with the rest", () => {
    const table = `<table><tr><th>Bridge</th><th>Closed</th><th>Why</th></tr><tr><td><a href="/b/harbour">Harbour</a></td><td>2022</td><td>Cracks were found in the main span during a routine inspection by the council's engineers.</td></tr></table>`;
    expect(lead(doc("", article(table))).paragraphs.slice(3)).toEqual(["Bridge", "Closed", "Why", "Harbour", "2022", "Cracks were found in the main span during a routine inspection by the council's engineers."]);
  });

  it("reads a table whole when its cells wrap their text in a div or two", () => {
    const cell = (text: string): string => `<td><div><span>${text}</span></div></td>`;
    const table = `<table><tr>${cell("Pier")}${cell("Length")}</tr><tr>${cell('<a href="/p/north">North pier</a>')}${cell("240 m")}</tr><tr>${cell("Its timber deck was replaced in full after the storm damage of the winter before last.")}${cell("310 m")}</tr></table>`;
    expect(lead(doc("", article(table))).paragraphs.slice(3)).toEqual(["Pier", "Length", "North pier", "240 m", "Its timber deck was replaced in full after the storm damage of the winter before last.", "310 m"]);
  });

  it("does not read a layout table around the whole article as a table of its own", () => {
    const layout = `<table><tr><td><a href="/">Home page</a></td><td><a href="/news">All the news</a></td></tr><tr><td>Updated daily</td><td><div>${article()}</div></td></tr></table>`;
    expect(lead(doc("", layout)).paragraphs).toEqual(PROSE);
  });

  it("reads past a misleading class on the wrapper of everything", () => {
    expect(lead(doc("", `<div class="page has-sidebar widget">${article()}</div>`)).paragraphs).toEqual(PROSE);
  });
});

describe("fixtures of page phenomena", () => {
  it("several bylines: the article's two authors, not a teaser's, and the date only its dateline prints", () => {
    const page = parseHtml(fixture("byline-several.html"));
    expect(page.articles[0]).toMatchObject({ authors: ["Ana Ruiz", "Li Wei"], published: "Dec. 20, 2023, 6:00 AM ET", publishedValue: "2023-12-20T06:00:00-05:00" });
    expect(page.articles[0]!.paragraphs[0]).toMatch(/^The island ferry/);
    expect(page.articles.slice(1).map((a) => a.title)).toEqual(["Harbour cafe reopens after the storm damage"]);
  });

  it("a social title and JSON-LD headline that differ from the h1; a section label, entity and underscore tail in <title>", () => {
    const page = parseHtml(fixture("seo-title.html"));
    expect(page.articles[0]).toMatchObject({ title: "Why the old library should stay open — for now", published: "March 14, 2024", publishedValue: "2024-03-14T22:30:00-05:00" });
    expect(page.statedDate).toBe("2024-03-15T03:30:00Z");
  });

  it("a newsletter box, an advertisement, a read-more link, a caption and another story's gallery inside the article", () => {
    expect(lead(fixture("furniture-inside.html")).paragraphs).toEqual([
      "Apple growers in the valley lost a third of their blossom to a single night of frost in late April, according to a survey published by their association on Monday.",
      "The frost arrived after a warm fortnight had brought the trees into flower early, leaving the blossom exposed when the temperature fell to minus four degrees.",
      "Some lost everything.",
      "Growers on the higher slopes fared better, because the cold air drained down into the valley floor overnight and settled around the lower orchards.",
      "The association has asked the regional government for emergency loans, and expects an answer before the harvest begins at the end of the summer.",
    ]);
  });

  it("a Chinese page: title without column and site, author, dateline, short paragraphs", () => {
    expect(lead(fixture("cjk-underscore.html"))).toMatchObject({
      title: "城市公园新增夜间开放时段 市民可免费入园",
      authors: ["王明"],
      publishedValue: "2024-05-06T09:30:00",
      paragraphs: [
        "市园林部门周一表示，从下个月起，城市中心公园将在每周五和周六晚上延长开放时间至晚上十点。",
        "夜间时段市民可以免费入园，园内的湖边步道和儿童游乐区将增加照明设施。",
        "园林部门负责人说，这一措施是根据市民的建议推出的，试行三个月后将进行评估。",
      ],
    });
  });
});

describe("related items", () => {
  const items = parseHtml(fixture("news-article.html")).articles.slice(1);

  it("reads each teaser's title, link, outlet and time, without the lead's own link", () => {
    expect(items.map(({ title, url, outlet, published, publishedValue, role }) => ({ role, title, url, outlet, published, publishedValue }))).toEqual([
      { role: "related", title: "Ferry timetable changes from April", url: "https://ledger.example/news/ferry-timetable-changes", outlet: null, published: "13 March", publishedValue: "2024-03-13T18:00:00Z" },
      { role: "related", title: "Historic lighthouse sold to a private buyer", url: "https://ledger.example/news/lighthouse-sold", outlet: null, published: null, publishedValue: null },
      { role: "related", title: "Three more bridges closed for inspection", url: "https://other.example/bridges-closed", outlet: "Regional Post", published: "2 days ago", publishedValue: null },
      { role: "related", title: "Council budget vote delayed until next week", url: "https://ledger.example/news/council-budget-vote", outlet: null, published: null, publishedValue: null },
    ]);
  });

  it.each([
    ["links inside the article's sentences", doc("", article(`<p>Read the <a href="/report">full report on the council budget</a> and the <a href="/minutes">minutes of the meeting last week</a> online.</p>`))],
    ["a link list without a teaser heading", doc("", `${article()}<ul><li><a href="/a">One story about the harbour</a></li><li><a href="/b">Another story about the town</a></li></ul>`)],
    ["a related heading with only short links", doc("", `${article()}<h2>Related</h2><a href="/a">Harbour</a> <a href="/b">Town</a>`)],
  ])("none from %s", (_name, html) => {
    expect(parseHtml(html).articles.slice(1)).toEqual([]);
  });
});

describe("pages without an article and bad HTML", () => {
  it.each([
    ["a sign-in page", fixture("no-article.html")],
    ["an empty document", "<html></html>"],
    ["only scripts and styles", doc("<style>p{color:red}</style>", "<script>document.write('<p>' + 'x'.repeat(500) + '</p>')</script>")],
    ["only navigation", doc("", "<nav><a href='/'>Home</a><a href='/news'>News</a></nav>")],
  ])("%s: a warning and an empty lead", (_name, html) => {
    const page = parseHtml(html);
    expect(page.articles[0]).toMatchObject({ role: "lead", paragraphs: [] });
    expect(page.messages).toEqual([expect.objectContaining({ severity: "warning", code: "no-article" })]);
  });

  it("reads malformed markup: unclosed paragraphs and headings, stray end tags", () => {
    const page = lead(fixture("malformed.html"));
    expect(page.paragraphs).toEqual([
      "Schools across the valley were closed on Monday after a storm brought down power lines and trees overnight, the education office said.",
      "Forecasters expect the wind to ease by Tuesday evening, but warned of flooding on low roads near the river for several more days.",
      "More than 200 homes were still without power at noon, and crews from three counties were working to restore it before nightfall.",
    ]);
    expect(page.outlet).toBe("Valley News");
  });

  it("reads 10,000 levels of nesting", () => {
    const html = doc("<title>Deep</title>", `${"<div><section>".repeat(5_000)}${article()}${"</section></div>".repeat(5_000)}`);
    expect(lead(html).paragraphs).toEqual(PROSE);
  });

  it("reads a teaser section and bylines nested 10,000 levels deep", () => {
    const deepTeaser = `<h2>Related</h2>${"<div>".repeat(10_000)}<a href="/deep">A story at the bottom of the page</a>${"</div>".repeat(10_000)}`;
    const deepBylines = `${'<div class="author">'.repeat(10_000)}Jane Doe${"</div>".repeat(10_000)}`;
    const page = parseHtml(doc("", `${deepBylines}${article()}<section>${deepTeaser}</section>`));
    expect(page.articles[0]!.paragraphs).toEqual(PROSE);
    expect(page.articles.slice(1).map((a) => a.title)).toEqual(["A story at the bottom of the page"]);
  });

  it("reads a 20 MB page", () => {
    const teaser = `<div class="card"><a href="/x">A story about something else entirely</a><p>${PROSE[1]}</p></div>`;
    const filler = `<aside class="sidebar">${teaser.repeat(Math.ceil((20 << 20) / teaser.length))}</aside>`;
    const html = doc("<title>Big</title>", `${article()}${filler}`);
    expect(html.length).toBeGreaterThan(20 << 20);
    expect(lead(html).paragraphs).toEqual(PROSE);
  }, 120_000);
});

describe("HTML detection", () => {
  it.each([
    '<!DOCTYPE html><html><body><p>x</p></body></html>',
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><html>',
    "\n<!-- saved from url=(0042)https://news.example/ -->\n<html>",
    "<title>Port strike ends</title><p>The strike ended.</p>",
    '<article class="story"><h1>Port strike ends</h1><p>The strike ended.</p></article>',
  ])("html: %j", (text) => {
    expect(detectFormat(text)).toBe("html");
  });

  it.each([
    "Port strike ends\n2 hours ago\nThe strike ended on Monday.",
    "Prices < 5 euros and > 2 euros were reported.",
    "He wrote <b> in the chat, then left.",
  ])("text: %j", (text) => {
    expect(detectFormat(text)).toBe("text");
  });
});

describe("through analyze", () => {
  const bytes = Buffer.from(fixture("news-article.html"), "utf8");

  it("detects HTML by content and takes the page's date as the reference date", () => {
    const report = analyze(bytes, { path: "page.html" });
    expect(report.source.format).toBe("html");
    expect(report.referenceDate).toBe("2024-03-14T08:30:00Z");
    expect(report.messages).toContainEqual(expect.objectContaining({ code: "reference-date-from-page" }));
    expect(report.articles.map((a) => a.role)).toEqual(["lead", "related", "related", "related", "related"]);
  });

  it("every span indexes the article text, which starts with the title and then the body", () => {
    const report = analyze(bytes, { path: "page.html", referenceDate: new Date("2024-03-15T00:00:00Z") });
    const [first] = report.articles;
    expect(first!.text.startsWith("Harbour bridge reopens after two-year repair\nThe harbour bridge")).toBe(true);
    expect(first!.published?.text).toBe("14 March 2024, 09:30");
    for (const a of report.articles) {
      for (const item of [...a.quotes, ...a.figures, ...a.dates, ...a.entities.flatMap((e) => e.mentions)]) {
        expect(a.text.slice(item.span.start, item.span.end)).toBe(item.text);
      }
    }
    expect(report.articles[3]!.published).toEqual({ text: "2 days ago", value: "2024-03-13" });
  });

  it("the published date, printed or stated in metadata only, is reported in published and is no line of the text", () => {
    const page = (head: string, printed: string): string => doc(head, `<h1>Port strike ends</h1>${printed}${article()}`);
    const metaOnly = analyze(Buffer.from(page('<meta property="article:published_time" content="2024-03-14T09:30:00+01:00">', "")), { path: "page.html" }).articles[0]!;
    expect(metaOnly.published).toEqual({ text: "2024-03-14T09:30:00+01:00", value: "2024-03-14T09:30:00+01:00" });
    expect(metaOnly.text.startsWith(`Port strike ends\n${PROSE[0]}`)).toBe(true);
    expect(metaOnly.dates.map((d) => d.text)).not.toContain("2024-03-14T09:30:00+01:00");
    const printed = analyze(Buffer.from(page("", "<p>March 14, 2024</p>")), { path: "page.html" }).articles[0]!;
    expect(printed.published).toEqual({ text: "March 14, 2024", value: "2024-03-14" });
    expect(printed.text.startsWith(`Port strike ends\n${PROSE[0]}`)).toBe(true);
    expect(printed.text).not.toContain("March 14, 2024");
  });
});
