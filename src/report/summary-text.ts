// The corpus summary for a reader: counts, then each ranked list as a bar chart scaled to its
// largest count. Color is decided by the caller and passed in.
import { Chalk, type ChalkInstance } from "chalk";
import type { SummaryJson } from "../summary/types.js";
import { formatNumber } from "./numbers.js";

export interface SummaryTextOptions {
  color: boolean;
  /** Characters of the longest bar. */
  barWidth?: number;
}

const LABEL_WIDTH = 34;
const DEFAULT_BAR_WIDTH = 30;

interface Row {
  label: string;
  count: number;
  note?: string;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** Whole-cell bars with an eighth-block tail, so small differences still show. */
function bar(count: number, max: number, width: number): string {
  const eighths = max > 0 ? Math.max(1, Math.round((count / max) * width * 8)) : 0;
  return "█".repeat(Math.floor(eighths / 8)) + (eighths % 8 ? "▏▎▍▌▋▊▉"[(eighths % 8) - 1]! : "");
}

function chart(title: string, rows: Row[], c: ChalkInstance, paint: (s: string) => string, width: number): string[] {
  if (!rows.length) return [];
  const max = Math.max(...rows.map((r) => r.count));
  const digits = String(max).length;
  return [
    "",
    c.bold(title),
    ...rows.map((r) => `  ${clip(r.label, LABEL_WIDTH).padEnd(LABEL_WIDTH)} ${String(r.count).padStart(digits)} ${paint(bar(r.count, max, width))}${r.note ? `  ${c.dim(r.note)}` : ""}`),
  ];
}

const number = (n: number): string => formatNumber(n, 3);

export function formatSummaryText(s: SummaryJson, options: SummaryTextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const w = options.barWidth ?? DEFAULT_BAR_WIDTH;
  const out: string[] = [];
  out.push(c.bold("Corpus summary"));
  const counts = [plural(s.documents, "document"), plural(s.articles, "article"), `${s.uniqueArticles} unique`, plural(s.outlets.count, "outlet")];
  out.push(`  ${counts.join(" · ")}${s.errors ? c.red(` · ${plural(s.errors, "file")} failed`) : ""}`);
  if (s.approximate) out.push(c.yellow("  counts are approximate: the corpus outgrew the summary's memory bound, and rare names were dropped"));

  out.push(...chart("Outlets (articles)", s.outlets.top.map((o) => ({ label: o.name, count: o.articles })), c, c.cyan, w));
  out.push(...chart("Languages (articles)", s.languages.map((l) => ({ label: l.language ?? "(too short to tell)", count: l.articles })), c, c.cyan, w));
  out.push(...chart("People (articles mentioning)", s.entities.person.map((e) => ({ label: e.name, count: e.articles })), c, c.magenta, w));
  out.push(...chart("Organizations (articles mentioning)", s.entities.organization.map((e) => ({ label: e.name, count: e.articles })), c, c.blue, w));
  out.push(...chart("Places (articles mentioning)", s.entities.location.map((e) => ({ label: e.name, count: e.articles })), c, c.green, w));
  out.push(...chart("Most quoted (quotes)", s.speakers.map((q) => ({ label: q.name, count: q.quotes })), c, c.magenta, w));
  for (const q of s.speakers) out.push(`  ${c.magenta(clip(q.name, LABEL_WIDTH))}: “${clip(q.sample.text, 100)}” ${c.dim(q.sample.path)}`);

  if (s.figures.length) {
    out.push("", c.bold("Largest figures"));
    for (const f of s.figures) {
      const value = f.high !== null ? `${number(f.value)}–${number(f.high)}` : number(f.value);
      out.push(`  ${c.yellow(`${f.qualifier ? `${f.qualifier} ` : ""}${value}`)}${f.unit ? ` ${f.unit}` : ""}  ${c.dim(`“${clip(f.text, 40)}” ${f.source.path}${f.source.title ? ` · ${clip(f.source.title, 50)}` : ""}`)}`);
    }
  }
  out.push(...chart("Timeline (dated mentions by month)", s.timeline.map((m) => ({ label: m.month, count: m.mentions })), c, c.blue, w));
  out.push(...chart("Recurring items (pages carrying them)", s.recurring.map((r) => ({ label: r.title ?? "(untitled)", count: r.pages, note: r.outlet ?? undefined })), c, c.cyan, w));
  return `${out.join("\n")}\n`;
}
