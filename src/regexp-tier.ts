// Imported first by the installed command (bin.ts) and the build step that records its compiled
// code: V8 runs a regular expression's first match in its bytecode interpreter and compiles it
// again to machine code on the second, so each of the analyzers' many expressions is compiled
// twice in a short run; compiling once, straight to machine code, takes about a sixth off the
// time to analyze one page. Matches are the same either way.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
