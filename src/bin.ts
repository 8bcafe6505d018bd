#!/usr/bin/env node
// The installed `corpus` command (dist/cli.js): sets V8's flags for the command, then runs the
// bundled command (cli.ts, bundled as dist/command.cjs) with the code compiled for it at build time.
import { fileURLToPath } from "node:url";
import type { execute } from "./cli.js";
import { loadBundle } from "./code-cache.js";
import { compileRegexpsOnce } from "./v8-flags.js";

compileRegexpsOnce();
const { exports } = loadBundle<{ execute: typeof execute }>(fileURLToPath(new URL("./command.cjs", import.meta.url)));
process.exitCode = await exports.execute(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
