import { unsupportedLanguage as languageWarning } from "../../language/readers.js";
import type { RawFinding, Rule } from "../types.js";

export const unsupportedLanguage: Rule = {
  id: "unsupported-language",
  description: "an article in a language the extractors do not all read: its quotes, entities and figures say nothing",
  severity: "warning",
  // A corpus may take a language for what is read in it (names, dates): its codes are listed here.
  defaults: { allow: [] },
  check: ({ report, options }) => {
    const allowed = new Set(options.allow as string[]);
    return report.articles.flatMap((a): RawFinding[] => {
      const warning = a.language && allowed.has(a.language) ? null : languageWarning(a);
      return warning ? [{ message: warning.message, line: warning.line }] : [];
    });
  },
};
