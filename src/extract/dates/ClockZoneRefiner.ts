// "5 p.m. EST Nov. 9", "4 a.m. EDT Thursday": a clock time keeps the zone printed after it in its
// text, so that the date after the zone merges with it. The value stays the clock time as printed
// (TIMEX3 writes local times); the zone is not converted.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { CLOCK_ZONE } from "./components.js";

// How far after a clock its zone is looked for: ", local time".
const ZONE_REACH = 14;
const ZONE_AFTER = new RegExp(`^,?\\s+(?:${CLOCK_ZONE})\\b`);

export class ClockZoneRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!r.start.isOnlyTime()) continue;
      const zone = ZONE_AFTER.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + ZONE_REACH));
      if (zone) r.text += zone[0];
    }
    return results;
  }
}
