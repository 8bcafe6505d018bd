// A day the text itself names: "the president declared November 4 National Unity Day" or "Unity
// Day, November 4, ..." teaches the name, and every other "Unity Day" of the text is that date.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { RELATIVE } from "./tags.js";

// One to four capitalized words ending in "Day": "Unity Day", "National Day of Mourning" is left out.
const NAME = "((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}Day)\\b";
// The name right after a date ("November 4 as Unity Day", "November 4 will be Unity Day").
const NAME_AFTER = new RegExp(`^\\s+(?:as\\s+|(?:will\\s+be|is|was|becomes|became)\\s+)?(?:the\\s+)?${NAME}`, "u");
// The name right before a date ("Unity Day, November 4", "Unity Day on November 4", "Unity Day (November 4)").
const NAME_BEFORE = new RegExp(`${NAME}(?:,|\\s+on|\\s+\\(|\\s+falls\\s+on|\\s+is\\s+on)\\s*$`, "u");
const MENTION = new RegExp(NAME, "gu");
// Words a capitalized run may start with that are not part of the name ("On Unity Day").
const LEADING = /^(?:(?:On|In|At|By|For|Since|Until|Before|After|During|The|This|Last|Next|Of|And|But|As)\s+)+/u;
const LOOK = 60;

interface Learned {
  name: string;
  date: ParsingResult;
  /** Where the text defines it, beside its date: no mention of its own. */
  at: number;
}

/** The name without the words a sentence put before it. */
const bare = (name: string): string => name.replace(LEADING, "").replace(/\s+/g, " ");

export class NamedDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    const learned: Learned[] = [];
    for (const r of results) {
      const c = r.start;
      if (!c.isCertain("month") || !c.isCertain("day") || !c.get("year") || r.end) continue;
      const end = r.index + r.text.length;
      const after = NAME_AFTER.exec(text.slice(end, end + LOOK));
      const from = Math.max(0, r.index - LOOK);
      const before = after ? null : NAME_BEFORE.exec(text.slice(from, r.index));
      const name = after?.[1] ?? before?.[1];
      if (!name || !bare(name).includes(" ")) continue;
      const at = after ? end + after[0].length - bare(name).length : from + before!.index! + before![0].indexOf(name) + name.length - bare(name).length;
      learned.push({ name: bare(name), date: r, at });
    }
    if (learned.length === 0) return results;
    const taken = (start: number, end: number): boolean => results.some((r) => r.index < end && start < r.index + r.text.length);
    const added: ParsingResult[] = [];
    for (const m of text.matchAll(MENTION)) {
      const name = bare(m[1]!);
      const start = m.index! + m[0].length - name.length;
      const known = learned.find((l) => l.name === name || l.name.endsWith(` ${name}`) || name.endsWith(` ${l.name}`));
      if (!known || learned.some((l) => l.at === start) || taken(start, start + name.length) || !name.includes(" ")) continue;
      const d = known.date.start;
      const day = context.createParsingResult(start, name, { year: d.get("year")!, month: d.get("month")!, day: d.get("day")! });
      if (known.date.tags().has(RELATIVE)) day.addTag(RELATIVE);
      added.push(day);
    }
    return added.length === 0 ? results : [...results, ...added].sort((a, b) => a.index - b.index);
  }
}
