// A compact age ("3h", "2d", "45m", "1w") is a date only where the page parser leaves an
// article's published time: the line under its title ("Story by News desk • 3h" becomes "3h"),
// or a related item's header read alone. Anywhere else ("waited 3h", a "5m" stat) it is no date.
import { agoUnit, agoValue } from "../../timex.js";
import type { DateMention } from "../../types.js";

const UNDER_TITLE = /^[^\n]*\n(\d{1,2})(mo|[mhdwy])(?:\n|$)/;
const ALONE = /^(\d{1,2})(mo|[mhdwy])$/;
const COUNT_GROUP = 1;
const UNIT_GROUP = 2;

/** The compact age on the line under the title, or making up the whole text, valued as "N units ago" is; else null. */
export function headerAge(text: string, ref: Date | null): DateMention | null {
  const under = UNDER_TITLE.exec(text);
  const m = under ?? ALONE.exec(text);
  if (!m) return null;
  const start = under ? text.indexOf("\n") + 1 : 0;
  const age = `${m[COUNT_GROUP]}${m[UNIT_GROUP]}`;
  const value = ref ? agoValue(Number(m[COUNT_GROUP]), agoUnit(m[UNIT_GROUP]!)!, ref) : null;
  return { text: age, value, kind: "relative", span: { start, end: start + age.length } };
}
