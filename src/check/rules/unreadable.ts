import type { Rule } from "../types.js";

export const unreadable: Rule = {
  id: "unreadable",
  description: "the file could not be read or analyzed (missing, binary, too large)",
  severity: "error",
  defaults: {},
  // A file that was read has nothing of this kind.
  check: () => [],
  checkFailure: (error) => [{ message: error.message, line: null }],
};
