import type { Rule } from "../types.js";

export const layoutUnrecognized: Rule = {
  id: "layout-unrecognized",
  description: "the page layout was not recognized and the page was read as one lead article",
  severity: "warning",
  defaults: {},
  check: ({ report }) => report.messages.filter((m) => m.code === "layout-unrecognized").map((m) => ({ message: m.message, line: m.line })),
};
