// The readable summary: per article its role, title, outlet and time, size, first sentence and
// the extractors' highlights. Color is decided by the caller and passed in.
import { Chalk, type ChalkInstance } from "chalk";
import type { Article, Entity, EntityType, Report } from "../types.js";
import { formatNumber } from "./numbers.js";

export interface TextOptions {
  color: boolean;
}

const TOP_ENTITIES = 5;
const MAX_ITEMS = 8;

export function formatText(report: Report, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const { source } = report;
  out.push(c.bold(source.path) + c.dim(`  ${source.format}, ${source.bytes} bytes, ${report.articles.length} article${report.articles.length === 1 ? "" : "s"}`));
  if (report.referenceDate) out.push(c.dim(`reference date ${report.referenceDate}`));
  for (const m of report.messages.filter((m) => m.severity !== "info")) {
    const tag = m.severity === "error" ? c.red("error") : c.yellow("warning");
    out.push(`${tag} ${m.message}${m.line ? c.dim(` (line ${m.line})`) : ""} ${c.dim(m.code)}`);
  }
  report.articles.forEach((a, i) => out.push("", ...articleLines(a, i, c)));
  return `${out.join("\n")}\n`;
}

function articleLines(a: Article, i: number, c: ChalkInstance): string[] {
  const lines: string[] = [];
  const role = a.role === "lead" ? c.green("LEAD") : c.cyan("RELATED");
  lines.push(`${c.dim(`${i + 1}.`)} ${role} ${c.bold(a.title ?? "(untitled)")}${a.language ? ` ${c.dim(`[${a.language}]`)}` : ""}`);
  const meta = [a.outlet, a.published ? `${a.published.text}${a.published.value ? ` (${a.published.value})` : ""}` : null, `${wordCount(a.text)} words`, `line ${a.line}`];
  lines.push(`   ${c.dim(meta.filter(Boolean).join(" · "))}`);
  const first = firstSentence(a);
  if (first) lines.push(`   ${first}`);
  if (a.keywords.length) lines.push(`   ${c.dim(`keywords: ${a.keywords.join(", ")}`)}`);

  const bySpeaker = new Map<string | null, string[]>();
  for (const q of a.quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q.text]);
  if (bySpeaker.size) {
    lines.push(`   ${c.bold("Quotes")}`);
    // The most quoted first; words nobody is credited with last.
    const speakers = [...bySpeaker].sort(([x, xs], [y, ys]) => (x === null ? 1 : 0) - (y === null ? 1 : 0) || ys.length - xs.length);
    for (const [speaker, texts] of speakers) {
      const who = speaker ?? "(unattributed)";
      lines.push(`     ${c.magenta(who)}`);
      for (const t of texts.slice(0, MAX_ITEMS)) lines.push(`       “${clip(t, 110)}”`);
      if (texts.length > MAX_ITEMS) lines.push(c.dim(`       … ${texts.length - MAX_ITEMS} more`));
    }
  }
  if (a.entities.length) {
    lines.push(`   ${c.bold("Entities")}`);
    for (const type of ["person", "organization", "location"] as EntityType[]) {
      const top = topEntities(a.entities, type);
      if (top.length) lines.push(`     ${c.dim(type.padEnd(13))}${top.map((e) => `${e.name}${c.dim(` ×${e.mentions.length}`)}`).join(", ")}`);
    }
  }
  if (a.figures.length) {
    lines.push(`   ${c.bold("Figures")}`);
    for (const f of a.figures.slice(0, MAX_ITEMS)) {
      const value = f.high != null ? `${fmt(f.value)}–${fmt(f.high)}` : fmt(f.value);
      lines.push(`     ${c.yellow(`${f.qualifier ? `${f.qualifier} ` : ""}${value}`)} ${f.unit ?? ""}`.trimEnd());
    }
    if (a.figures.length > MAX_ITEMS) lines.push(c.dim(`     … ${a.figures.length - MAX_ITEMS} more`));
  }
  if (a.dates.length) {
    lines.push(`   ${c.bold("Timeline")}`);
    const sorted = [...a.dates].sort((x, y) => (x.value ?? "\uffff").localeCompare(y.value ?? "\uffff"));
    for (const d of sorted.slice(0, MAX_ITEMS)) lines.push(`     ${c.blue((d.value ?? "?").padEnd(22))}${d.text}`);
    if (sorted.length > MAX_ITEMS) lines.push(c.dim(`     … ${sorted.length - MAX_ITEMS} more`));
  }
  return lines;
}

function topEntities(entities: Entity[], type: EntityType): Entity[] {
  return entities
    .filter((e) => e.type === type)
    .sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name))
    .slice(0, TOP_ENTITIES);
}

const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const fmt = (n: number): string => formatNumber(n, 2);

/** The body's first sentence (the text after the title and dateline). */
function firstSentence(a: Article): string | null {
  const skip = [a.title, a.published?.text].filter(Boolean).length;
  const body = a.text.split("\n").slice(skip).join(" ").trim();
  if (!body) return null;
  const m = /^.+?[.!?](?=\s+["'“‘]?\p{Lu}|$)/u.exec(body);
  return clip(m ? m[0] : body, 160);
}
