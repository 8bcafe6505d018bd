// Two small pages of this project's own writing that touch every extractor: a dateline, quotes
// with speakers, people, places and organizations, sums, percentages and dates, as text and as
// HTML. A fresh worker analyzes them before any file, and the build runs the command on them to
// record the code V8 compiles (scripts/code-cache.mjs). No imports: the build reads them alone.

const BODY = [
  "Harbour council approves new ferry terminal",
  "3 hours ago",
  "The Westmere Harbour Council voted on Tuesday to spend 42.5 million euros on a ferry terminal, a rise of 12% on the plan it rejected in March 2024.",
  '"This is the day the island stops waiting," said the council leader, Maren Holt. "We will open the first berth by June 30, 2026."',
  "Tomas Vidal, who chairs the Westmere Port Authority, said the terminal would carry 1.2 million passengers a year and employ about 300 people.",
  "Critics in Carrow argued that the 8-kilometre road to the terminal would cost another $18m, according to a report by Northfield University published last Friday.",
  "Related Articles",
  "The Coast Ledger",
  "2 days ago",
  "- The Coast Ledger",
  "Ferry fares to rise by 5 per cent next spring",
  "Fares on the Westmere crossing will rise from April 1, the operator Brightwater Lines said on Monday, the second increase in two years.",
].join("\n");

export const WARM_UP_PAGES: Array<{ path: string; text: string }> = [
  { path: "warm-up.txt", text: `${BODY}\n` },
  {
    path: "warm-up.html",
    text: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour council approves new ferry terminal</title><meta name="author" content="Ines Calder"><meta property="article:published_time" content="2025-05-13T09:30:00Z"></head><body><nav class="menu"><a href="/">Home</a></nav><article><h1>Harbour council approves new ferry terminal</h1><p class="byline">By Ines Calder</p><time datetime="2025-05-13">13 May 2025</time>${BODY.split("\n").slice(2, 6).map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("")}</article><footer class="site-footer">Contact us</footer></body></html>\n`,
  },
];
