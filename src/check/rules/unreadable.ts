// Not run on reports: the runner reports files that could not be read or analyzed under this id,
// so their severity is configured like any rule's.
import type { Rule } from "../types.js";

export const unreadable: Rule = {
  id: "unreadable",
  description: "the file could not be read or analyzed (missing, empty, binary)",
  severity: "error",
  defaults: {},
  check: () => [],
};
