// The corpus summary as one self-contained HTML page: inline CSS and SVG, no network (a Content
// Security Policy forbids it), every text escaped. Everything is in the markup, so it reads with
// JavaScript off; a small inline script adds sorting by column and a search box. Its size follows
// the summary's bounded lists, not the corpus.
import type { NamedCount, SummaryJson } from "../summary/types.js";
import { formatNumber } from "./numbers.js";

const BAR_WIDTH = 240;
const BAR_HEIGHT = 14;
const TIMELINE_HEIGHT = 160;
// Past this many months the timeline counts years, so its columns stay wide enough to see.
const MAX_MONTH_COLUMNS = 120;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const number = (n: number): string => formatNumber(n, 3);
const plural = (n: number, one: string, many = `${one}s`): string => `${number(n)} ${n === 1 ? one : many}`;

/** A horizontal bar scaled to the chart's largest count. */
function bar(count: number, max: number, kind: string): string {
  const width = max > 0 ? Math.max(1, Math.round((count / max) * BAR_WIDTH)) : 0;
  return `<svg class="bar" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" aria-hidden="true"><rect class="${kind}" width="${width}" height="${BAR_HEIGHT}" rx="2"/></svg>`;
}

interface ChartRow {
  label: string;
  count: number;
  /** Extra cells after the bar, already escaped. */
  extra?: string[];
}

/** A ranked list as a sortable table whose last column is the bar. */
function barChart(id: string, title: string, countHeader: string, rows: ChartRow[], kind: string, extraHeaders: string[] = []): string {
  const max = Math.max(0, ...rows.map((r) => r.count));
  const body = rows.length
    ? rows
        .map((r) => `<tr><td>${escapeHtml(r.label)}</td><td class="num" data-value="${r.count}">${number(r.count)}</td><td>${bar(r.count, max, kind)}</td>${(r.extra ?? []).map((e) => `<td>${e}</td>`).join("")}</tr>`)
        .join("\n")
    : "";
  return section(
    id,
    title,
    rows.length
      ? `<table class="chart sortable"><thead><tr><th>name</th><th class="num">${escapeHtml(countHeader)}</th><th aria-label="bar"></th>${extraHeaders.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`
      : `<p class="none">none</p>`,
  );
}

const section = (id: string, title: string, content: string): string => `<section id="${id}">\n<h2>${escapeHtml(title)}</h2>\n${content}\n</section>`;

const named = (list: NamedCount[]): ChartRow[] => list.map((n) => ({ label: n.name, count: n.articles }));

function speakers(s: SummaryJson): string {
  if (!s.speakers.length) return section("speakers", "Most quoted", `<p class="none">none</p>`);
  const max = Math.max(...s.speakers.map((q) => q.quotes));
  const items = s.speakers.map((q) => {
    const quotes = q.samples ?? [q.sample];
    const list = quotes.map((x) => `<li><q>${escapeHtml(x.text)}</q> <span class="src">${escapeHtml(x.path)}</span></li>`).join("");
    return `<li class="speaker"><details><summary><span class="name">${escapeHtml(q.name)}</span> <span class="num">${plural(q.quotes, "quote")}</span> ${bar(q.quotes, max, "person")}</summary><ul class="quotes">${list}</ul></details></li>`;
  });
  return section("speakers", "Most quoted", `<ol class="speakers">\n${items.join("\n")}\n</ol>`);
}

function figures(s: SummaryJson): string {
  if (!s.figures.length) return section("figures", "Largest figures", `<p class="none">none</p>`);
  const rows = s.figures.map((f) => {
    const value = f.high !== null ? `${number(f.value)}–${number(f.high)}` : number(f.value);
    const source = `${escapeHtml(f.source.path)}${f.source.title ? `<br><span class="title">${escapeHtml(f.source.title)}</span>` : ""}`;
    return `<tr><td class="num" data-value="${Math.max(f.value, f.high ?? f.value)}">${escapeHtml(`${f.qualifier ? `${f.qualifier} ` : ""}${value}`)}</td><td>${escapeHtml(f.unit ?? "")}</td><td><q>${escapeHtml(f.text)}</q></td><td class="src">${source}</td></tr>`;
  });
  return section("figures", "Largest figures", `<table class="sortable"><thead><tr><th class="num">value</th><th>unit</th><th>as printed</th><th>source</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody></table>`);
}

/** Columns of the timeline: every month from the first to the last, or every year over a long span. */
function timelineColumns(timeline: SummaryJson["timeline"]): Array<{ label: string; count: number }> {
  if (!timeline.length) return [];
  const counts = new Map(timeline.map((m) => [m.month, m.mentions]));
  const index = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const first = index(timeline[0]!.month);
  const last = index(timeline.at(-1)!.month);
  const monthOf = (i: number): string => `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;
  if (last - first < MAX_MONTH_COLUMNS) return Array.from({ length: last - first + 1 }, (_, k) => ({ label: monthOf(first + k), count: counts.get(monthOf(first + k)) ?? 0 }));
  const years = new Map<number, number>();
  for (const m of timeline) years.set(Number(m.month.slice(0, 4)), (years.get(Number(m.month.slice(0, 4))) ?? 0) + m.mentions);
  const y0 = Math.floor(first / 12);
  return Array.from({ length: Math.floor(last / 12) - y0 + 1 }, (_, k) => ({ label: String(y0 + k).padStart(4, "0"), count: years.get(y0 + k) ?? 0 }));
}

function timeline(s: SummaryJson): string {
  const columns = timelineColumns(s.timeline);
  if (!columns.length) return section("timeline", "Timeline", `<p class="none">no dated mentions</p>`);
  const max = Math.max(...columns.map((c) => c.count));
  const step = Math.max(4, Math.min(40, Math.floor(720 / columns.length)));
  const width = columns.length * step;
  const plot = TIMELINE_HEIGHT - 20;
  // A label under the first column and then only where it does not crowd the one before.
  const labelEvery = Math.ceil(64 / step);
  const bars = columns.map((c, i) => {
    const h = max > 0 && c.count > 0 ? Math.max(1, Math.round((c.count / max) * plot)) : 0;
    const label = i % labelEvery === 0 ? `<text x="${i * step}" y="${TIMELINE_HEIGHT - 4}">${escapeHtml(c.label)}</text>` : "";
    return `<g><title>${escapeHtml(`${c.label}: ${plural(c.count, "mention")}`)}</title><rect class="month" x="${i * step + 1}" y="${plot - h}" width="${step - 2}" height="${h}"/></g>${label}`;
  });
  const chart = `<svg class="timeline" width="${width}" height="${TIMELINE_HEIGHT}" viewBox="0 0 ${width} ${TIMELINE_HEIGHT}" role="img" aria-label="dated mentions by ${columns[0]!.label.length === 4 ? "year" : "month"}"><line x1="0" y1="${plot}" x2="${width}" y2="${plot}" class="axis"/>${bars.join("")}</svg>`;
  const table = `<details><summary>as a table</summary><table class="sortable"><thead><tr><th>month</th><th class="num">mentions</th></tr></thead><tbody>${s.timeline.map((m) => `<tr><td>${escapeHtml(m.month)}</td><td class="num" data-value="${m.mentions}">${number(m.mentions)}</td></tr>`).join("")}</tbody></table></details>`;
  return section("timeline", "Timeline: dated mentions by month", `<div class="scroll">${chart}</div>\n${table}`);
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1d232b; --bg: #fff; --dim: #5d6673; --line: #d9dee5; --person: #8a4baf; --organization: #2f6fb3; --location: #2e8b57; --outlet: #0f8a8a; --month: #2f6fb3; --item: #b3672f; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ee; --bg: #14171c; --dim: #9aa3af; --line: #323944; } }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
h1 { margin: 0 0 .5rem; } h2 { margin: 2rem 0 .6rem; font-size: 1.15rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.counts { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 0; } .counts div { display: flex; flex-direction: column-reverse; } .counts dt { color: var(--dim); font-size: .85rem; } .counts dd { margin: 0; font-size: 1.6rem; font-weight: 600; }
.note { color: #a15c00; } .none { color: var(--dim); }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .2rem .6rem .2rem 0; vertical-align: top; border-bottom: 1px solid var(--line); }
th { font-size: .8rem; color: var(--dim); font-weight: 600; } .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.chart td:first-child { width: 40%; } svg.bar { display: block; margin-top: 3px; max-width: 100%; }
rect.person { fill: var(--person); } rect.organization { fill: var(--organization); } rect.location { fill: var(--location); } rect.outlet { fill: var(--outlet); } rect.item { fill: var(--item); } rect.month { fill: var(--month); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(330px, 1fr)); column-gap: 2rem; }
ol.speakers { list-style: none; padding: 0; } .speaker summary { cursor: pointer; display: flex; align-items: center; gap: .75rem; padding: .2rem 0; }
.speaker .name { min-width: 14rem; font-weight: 600; } ul.quotes { margin: .2rem 0 .8rem; } ul.quotes li { margin: .25rem 0; }
.src, .title { color: var(--dim); font-size: .85rem; word-break: break-all; } .title { word-break: normal; }
.scroll { overflow-x: auto; } svg.timeline text { font-size: 10px; fill: var(--dim); } svg.timeline .axis { stroke: var(--line); }
#search { font: inherit; padding: .35rem .6rem; width: min(24rem, 100%); margin: 1rem 0 0; }
th.sortable-key { cursor: pointer; } th.sortable-key::after { content: " ↕"; color: var(--line); }
.hidden { display: none; }
footer { margin-top: 3rem; color: var(--dim); font-size: .8rem; }
`;

// Progressive enhancement only: the page is complete without it.
const SCRIPT = `
(() => {
  const search = document.getElementById("search");
  search.hidden = false;
  search.addEventListener("input", () => {
    const q = search.value.trim().toLowerCase();
    for (const row of document.querySelectorAll("tbody tr, li.speaker")) row.classList.toggle("hidden", q !== "" && !row.textContent.toLowerCase().includes(q));
  });
  for (const table of document.querySelectorAll("table.sortable")) {
    table.querySelectorAll("th").forEach((th, col) => {
      if (!th.textContent) return;
      th.classList.add("sortable-key");
      let descending = false;
      th.addEventListener("click", () => {
        descending = !descending;
        const body = table.tBodies[0];
        const key = (row) => { const cell = row.cells[col]; return cell.dataset.value !== undefined ? Number(cell.dataset.value) : cell.textContent.toLowerCase(); };
        const rows = [...body.rows].sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1); });
        body.append(...rows);
      });
    });
  }
})();
`;

export function formatSummaryHtml(s: SummaryJson): string {
  const counts: Array<[string, number]> = [["documents", s.documents], ["articles", s.articles], ["unique articles", s.uniqueArticles], ["outlets", s.outlets.count]];
  if (s.errors) counts.push(["files failed", s.errors]);
  const header = [
    `<h1>Corpus summary</h1>`,
    `<dl class="counts" id="counts">${counts.map(([k, v]) => `<div><dt>${k}</dt><dd>${number(v)}</dd></div>`).join("")}</dl>`,
    s.approximate ? `<p class="note">Counts are approximate: the corpus outgrew the summary's memory bound, and rare names were dropped.</p>` : "",
    `<input id="search" type="search" placeholder="Search names, quotes, figures…" aria-label="search" hidden>`,
  ];
  const sections = [
    barChart("outlets", "Outlets", "articles", named(s.outlets.top), "outlet"),
    `<div class="grid">`,
    barChart("people", "People", "articles", named(s.entities.person), "person"),
    barChart("organizations", "Organizations", "articles", named(s.entities.organization), "organization"),
    barChart("places", "Places", "articles", named(s.entities.location), "location"),
    `</div>`,
    speakers(s),
    figures(s),
    timeline(s),
    barChart("recurring", "Recurring items", "pages", s.recurring.map((r) => ({ label: r.title ?? "(untitled)", count: r.pages, extra: [escapeHtml(r.outlet ?? "")] })), "item", ["outlet"]),
  ];
  return [
    "<!doctype html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    "<title>Corpus summary</title>",
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    ...header.filter(Boolean),
    "</header>",
    "<main>",
    ...sections,
    "</main>",
    `<footer>Made by corpus summary --format html. Names are counted once per article; figures list the largest values claimed, with the file that claims them.</footer>`,
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
