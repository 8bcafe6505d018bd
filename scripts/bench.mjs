#!/usr/bin/env node
// `npm run bench`: what users feel, beside the tools they would pick instead, on the same texts.
// Start-up, full-analysis throughput and latency, peak memory, each extractor alone, the peers
// (compromise, wink-nlp, chrono-node, Readability over linkedom), scaling with input size and the
// linear-time check on hostile input. Prints one Markdown table with the goals, then the details.
//
//   node scripts/bench.mjs [--smoke] [--only PARTS] [--json FILE] [--keep]   (--help for what they do)
//
// --smoke runs every part at a small size in well under a minute (CI keeps the script working
// with it; its figures are not measurements). Every figure is a median of repeated runs.
import { spawn } from "node:child_process";
import { closeSync, copyFileSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateScrapes } from "./generate-scrapes.mjs";
import { fmtMs, fmtRate, fmtRatio, markdownTable, MB, median, percentile, runMeasured, runNodeJson, runNodeJsonAsync, timeProcess } from "./bench-lib.mjs";
import { HOSTILE, REF, ROOT } from "./bench-targets.mjs";

// The parts of a run, in the order they run; --only picks some of them.
const PARTS = ["startup", "imports", "latency", "corpus", "ceiling", "rates", "scaling", "linear"];

const USAGE = `usage: node scripts/bench.mjs [--smoke] [--only PARTS] [--json FILE] [--keep]
  --smoke      every part at a small size (well under a minute): keeps the script working in CI
  --only PARTS run only these parts, comma-separated: ${PARTS.join(", ")}
  --json FILE  also write every figure as JSON to FILE
  --keep       keep the generated corpus (its folder is printed)
`;
const { SMOKE, KEEP, JSON_OUT, ONLY } = parseArgs(process.argv.slice(2));

function parseArgs(argv) {
  const out = { SMOKE: false, KEEP: false, JSON_OUT: null, ONLY: new Set(PARTS) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--smoke") out.SMOKE = true;
    else if (a === "--keep") out.KEEP = true;
    else if (a === "--only" && argv[i + 1] && argv[i + 1].split(",").every((p) => PARTS.includes(p))) out.ONLY = new Set(argv[++i].split(","));
    else if (a === "--json" && argv[i + 1] && !argv[i + 1].startsWith("--")) out.JSON_OUT = argv[++i];
    else if (a === "--help" || a === "-h") {
      process.stdout.write(USAGE);
      process.exit(0);
    } else {
      process.stderr.write(`bench: unknown or incomplete argument: ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  return out;
}

const CHILD = join(ROOT, "scripts", "bench-child.mjs");
const ONE_PASS = join(ROOT, "scripts", "bench-one-pass.mjs");
const SEED_PAGE = join(ROOT, "fixtures", "daily8-drones.txt");
const HTML_DEV = join(ROOT, "..", "shared", "eval", "html-dev");

// Sizes and repeats per mode. Full: the sizes the goals name; smoke: the same code paths, small.
const CONFIG = SMOKE
  ? { startupRuns: 3, importRuns: 0, corpusSmall: 40, corpusLarge: null, cliRuns: 1, largeRuns: 0, ceilingRuns: 1, latencyPasses: 1, rateFiles: 10, rate: { minRuns: 3, minMs: 0 }, htmlPages: 1, hostileScale: 1 / 32, hostileRepeats: 3, hostileMinMs: 0, hostileTimeoutMs: 15_000, scalingUnit: 2, scalingRepeats: 3 }
  : { startupRuns: 20, importRuns: 5, corpusSmall: 1000, corpusLarge: 10_000, cliRuns: 3, largeRuns: 3, ceilingRuns: 3, latencyPasses: 3, rateFiles: 100, rate: { minRuns: 5, minMs: 2000 }, htmlPages: Infinity, hostileScale: 1, hostileRepeats: 5, hostileMinMs: 200, hostileTimeoutMs: 120_000, scalingUnit: 20, scalingRepeats: 5 };

// Pages this large are the kind the throughput goal names ("200 pages of 10 KB per second").
const LARGE_PAGE_BYTES = 8 * 1024;
const SNAPSHOT_ATTEMPTS = 10;
const SNAPSHOT_RETRY_MS = 5000;

// corpusOfInProcess: `corpus analyze` over 1,000 files with --jobs 1 within 15 % of the rate of the
// same analysis in one process; jobsOfBound: --jobs 2 over --jobs 1 at least this share of what
// two one-process analyses at once give this machine; peakGrowthMiB: peak memory at 10,000 files
// at most this far above that at 1,000.
const GOALS = { startupMs: 200, mbPerCore: 2.5, corpusOfInProcess: 0.85, vsCompromise: 20, peakMiB: 200, peakGrowthMiB: 16, jobsOfBound: 0.9, htmlPagesPerS: 50, linear: 5, scaling8x: 10 };

const started = performance.now();
const log = (s) => process.stderr.write(`bench [${((performance.now() - started) / 1000).toFixed(1)} s]: ${s}\n`);
const verdict = (ok) => (ok === null ? "n/a" : ok ? "PASS" : "FAIL");

if (!existsSync(join(ROOT, "dist", "cli.js"))) {
  log("dist/cli.js is missing: run `npm run build` first (npm run bench does)");
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "corpus-bench-"));
const BUILD = snapshotBuild();
const CLI = join(BUILD, "dist", "cli.js");
// The child processes import the snapshot too.
process.env.CORPUS_BENCH_BUILD = BUILD;
const results = { mode: SMOKE ? "smoke" : "full", machine: machine(), goals: GOALS };

/**
 * Runs one part of the benchmark; a part that fails (a broken build, say) is reported, not fatal.
 * A part left out by --only is `{ skipped }`, shown as n/a.
 */
async function part(key, name, fn) {
  if (!ONLY.has(key)) return { skipped: true, error: "not selected" };
  try {
    return await fn();
  } catch (e) {
    log(`${name} failed: ${e.message}`);
    return { error: e.message.split("\n")[0].slice(0, 300) };
  }
}

async function main() {
  log(`${results.mode} run on ${results.machine}${ONLY.size < PARTS.length ? `, parts: ${[...ONLY].join(", ")}` : ""}`);
  results.startup = await part("startup", "start-up", startup);
  results.imports = CONFIG.importRuns ? await part("imports", "import times", importTimes) : null;

  const large = CONFIG.corpusLarge && ONLY.has("corpus");
  log(`generating ${CONFIG.corpusSmall} files${large ? ` and ${CONFIG.corpusLarge} files` : ""} from fixtures/`);
  const small = generateScrapes(join(work, `corpus-${CONFIG.corpusSmall}`), CONFIG.corpusSmall, 1);
  const largeCorpus = large ? generateScrapes(join(work, `corpus-${CONFIG.corpusLarge}`), CONFIG.corpusLarge, 2) : null;
  results.corpus = { files: small.paths.length, bytes: small.bytes, meanKiB: small.bytes / small.paths.length / 1024 };

  results.latency = await part("latency", "in-process analysis", () => latency(small));
  results.cli = await part("corpus", "corpus runner", () => corpusCli(small, largeCorpus));
  results.ceiling = await part("ceiling", "parallel ceiling", () => parallelCeiling(small));
  results.rates = await part("rates", "extractors and peers", async () => rates(await articleTexts(small.paths.slice(0, CONFIG.rateFiles)), htmlPages()));
  results.scaling = await part("scaling", "scaling", () => scaling(small.paths));
  results.linear = await part("linear", "linear time", linearTime);

  process.stdout.write(`${report(results)}\n`);
  if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify(results, null, 2)}\n`);
  const failed = Object.entries(results).filter(([, v]) => v?.error && !v.skipped).map(([k]) => k);
  if (failed.length) {
    log(`parts that could not run: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

/**
 * Copies the build (the bundle in dist/, the compiled modules in build/, the data/ they read and
 * package.json for the module type) under node_modules/.cache, where it still finds the
 * dependencies, and checks that it runs. A run takes minutes, and a rebuild meanwhile must not
 * mix two builds in one report; a copy caught halfway through a rebuild fails the check and is
 * taken again.
 */
function snapshotBuild() {
  const snap = join(ROOT, "node_modules", ".cache", "corpus-bench", `build-${process.pid}`);
  for (let attempt = 1; ; attempt++) {
    rmSync(snap, { recursive: true, force: true });
    for (const part of ["dist", "build"]) cpSync(join(ROOT, part), join(snap, part), { recursive: true });
    if (existsSync(join(ROOT, "data"))) cpSync(join(ROOT, "data"), join(snap, "data"), { recursive: true });
    copyFileSync(join(ROOT, "package.json"), join(snap, "package.json"));
    const check = timeProcess(process.execPath, [join(snap, "dist", "cli.js"), "analyze", SEED_PAGE, "--format", "json"], { allowFailure: true });
    if (check.status === 0) return snap;
    if (attempt === SNAPSHOT_ATTEMPTS) {
      rmSync(snap, { recursive: true, force: true });
      log(`the build does not run: ${check.stderr.trim().split("\n")[0]}`);
      process.exit(2);
    }
    log(`the build copy does not run (a rebuild in progress?), copying again: ${check.stderr.trim().split("\n")[0]}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SNAPSHOT_RETRY_MS);
  }
}

function machine() {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, load ${loadavg()[0].toFixed(1)}, Node ${process.version}`;
}

// ---- start-up: the whole process, beside `node -e 0` on the same machine

function startup() {
  log(`start-up, ${CONFIG.startupRuns} runs each`);
  const floor = [];
  const cli = [];
  // Interleaved, so a burst of load on the shared machine hits both alike.
  for (let i = 0; i < CONFIG.startupRuns; i++) {
    floor.push(timeProcess(process.execPath, ["-e", "0"]).ms);
    cli.push(timeProcess(process.execPath, [CLI, "analyze", SEED_PAGE, "--format", "json"], { cwd: ROOT }).ms);
  }
  return { cliMs: median(cli), floorMs: median(floor), runs: CONFIG.startupRuns };
}

// Modules whose load time makes up the start-up, each timed in a fresh process.
const STARTUP_MODULES = ["extract/entities/index.js", "extract/quotes/index.js", "extract/figures/index.js", "extract/dates/index.js", "parse/text.js", "parse/html.js", "analyze.js", "cli.js"];

function importTimes() {
  log(`import time of ${STARTUP_MODULES.length} modules, ${CONFIG.importRuns} fresh processes each`);
  const out = {};
  for (const m of STARTUP_MODULES) {
    const runs = Array.from({ length: CONFIG.importRuns }, () => runNodeJson(CHILD, ["import", JSON.stringify({ module: m })])[0]);
    out[m] = { ms: median(runs.map((r) => r.ms)), rssMiB: median(runs.map((r) => r.rssMiB)) };
  }
  return out;
}

// ---- full analysis in one process: per-document latency and one-core throughput

function latency(corpus) {
  log(`full analysis in-process over ${corpus.paths.length} files, ${CONFIG.latencyPasses} passes`);
  const [r] = runNodeJson(CHILD, ["latency", JSON.stringify({ files: corpus.paths, passes: CONFIG.latencyPasses })]);
  const ms = median(r.passMs);
  // The goal's own measure is pages of about 10 KB; the generated corpus also holds the small
  // edge-case fixtures, where a fixed cost per page dominates.
  const large = corpus.paths.map((p, i) => ({ bytes: statSync(p).size, ms: r.docMs[i] })).filter((d) => d.bytes >= LARGE_PAGE_BYTES);
  const largeBytes = large.reduce((s, d) => s + d.bytes, 0);
  const largeMs = large.reduce((s, d) => s + d.ms, 0);
  return {
    docs: r.docs,
    bytes: r.bytes,
    ms,
    mbPerS: r.bytes / MB / (ms / 1000),
    docsPerS: r.docs / (ms / 1000),
    p50: percentile(r.docMs, 50),
    p95: percentile(r.docMs, 95),
    maxRssMiB: r.maxRssMiB,
    large: large.length ? { docs: large.length, meanKiB: largeBytes / large.length / 1024, mbPerS: largeBytes / MB / (largeMs / 1000), docsPerS: large.length / (largeMs / 1000) } : null,
  };
}

// ---- the corpus runner through the CLI: --jobs 1 and 2, and peak memory at 10,000 files

/** Whether this build has `corpus analyze DIR --jobs N --format ndjson`. */
function hasCorpusMode() {
  const dir = join(work, "probe");
  generateScrapes(dir, 2, 3);
  const out = join(work, "probe.ndjson");
  const fd = openSync(out, "w");
  try {
    const r = timeProcess(process.execPath, [CLI, "analyze", dir, "--jobs", "1", "--format", "ndjson"], { stdout: fd, allowFailure: true });
    return r.status === 0 && readFileSync(out, "utf8").trim().split("\n").filter((l) => l.startsWith("{")).length === 2;
  } finally {
    closeSync(fd);
  }
}

/** One whole-process run writing NDJSON: wall ms, CPU ms and peak MiB; a warning when a file got no line. */
async function ndjsonRun(corpus, label, args) {
  const out = join(work, "out.ndjson");
  const fd = openSync(out, "w");
  try {
    const r = await runMeasured(process.execPath, args, { cwd: ROOT, stdoutFd: fd });
    const lines = countLines(out);
    if (lines < corpus.paths.length) log(`warning: ${lines} NDJSON lines for ${corpus.paths.length} files (${label})`);
    return r;
  } finally {
    closeSync(fd);
    rmSync(out, { force: true });
  }
}

function countLines(path) {
  const data = readFileSync(path);
  let n = 0;
  for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) n++;
  return n;
}

/** Medians of repeated runs: wall time, CPU time and peak memory, and the rates they give. */
function summarize(corpus, measured) {
  const ms = median(measured.map((r) => r.ms));
  const cpu = median(measured.map((r) => r.cpuMs));
  const mb = corpus.bytes / MB;
  return { files: corpus.paths.length, ms, cpuMs: cpu, mbPerS: mb / (ms / 1000), mbPerCpuS: mb / (cpu / 1000), docsPerS: corpus.paths.length / (ms / 1000), peakMiB: median(measured.map((r) => r.peakMiB)), method: measured[0].method, runs: measured.length };
}

/**
 * `corpus analyze DIR --jobs 1` and `--jobs 2`, and with `onePass` the same files analyzed once in
 * a fresh process without workers (scripts/bench-one-pass.mjs), run in turn `runs` times so a
 * burst of load on a shared machine hits each alike: `{ 1, 2, onePass? }`.
 */
async function cliMeasure(corpus, runs, onePass) {
  log(`corpus analyze ${corpus.paths.length} files --jobs 1 and --jobs 2${onePass ? ", and one pass in one process" : ""}, ${runs} runs each`);
  const files = join(work, `files-${corpus.paths.length}.json`);
  writeFileSync(files, JSON.stringify(corpus.paths));
  const kinds = {
    1: ["--jobs 1", [CLI, "analyze", corpus.dir, "--jobs", "1", "--format", "ndjson"]],
    2: ["--jobs 2", [CLI, "analyze", corpus.dir, "--jobs", "2", "--format", "ndjson"]],
    ...(onePass ? { onePass: ["one pass", [ONE_PASS, files]] } : {}),
  };
  const measured = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, [label, args]] of Object.entries(kinds)) measured[k].push(await ndjsonRun(corpus, label, args));
  return Object.fromEntries(Object.entries(measured).map(([k, m]) => [k, summarize(corpus, m)]));
}

/** Both corpus sizes with --jobs 1 and --jobs 2: `{ small: {1, 2, onePass}, large: {1, 2} | null }`. */
async function corpusCli(small, large) {
  if (!hasCorpusMode()) {
    log("this build has no `corpus analyze DIR --jobs N --format ndjson`: corpus-runner rows are n/a, throughput is in-process");
    return null;
  }
  return { small: await cliMeasure(small, CONFIG.cliRuns, true), large: large && CONFIG.largeRuns > 0 ? await cliMeasure(large, CONFIG.largeRuns, false) : null };
}

// ---- what two cores give this machine: the same one-threaded analysis alone and two at once.
// Cores that share caches or memory bandwidth (or a host's hyperthreads behind a VM's two
// "cores") run two analyses at once each slower than one alone; that ratio bounds --jobs 2.

async function parallelCeiling(corpus) {
  log(`two in-process analyses at once vs one, ${CONFIG.ceilingRuns} runs`);
  // The middle of three passes: by then the other process is surely in its passes too.
  const args = ["latency", JSON.stringify({ files: corpus.paths, passes: 3 })];
  const pass = ([r]) => r.passWallMs[1];
  const alone = [];
  const both = [];
  for (let i = 0; i < CONFIG.ceilingRuns; i++) {
    alone.push(pass(await runNodeJsonAsync(CHILD, args)));
    const pair = await Promise.all([runNodeJsonAsync(CHILD, args), runNodeJsonAsync(CHILD, args)]);
    both.push(Math.max(...pair.map(pass)));
  }
  const [aloneMs, bothMs] = [median(alone), median(both)];
  return { aloneMs, bothMs, ratio: (2 * aloneMs) / bothMs };
}

// ---- each extractor alone and the peers, in MB/s on one core

/** The article texts analyze hands its extractors, from the first files of the corpus. */
async function articleTexts(paths) {
  const { analyze } = await import(pathToFileURL(join(BUILD, "build", "analyze.js")).href);
  const texts = paths.flatMap((p) => analyze(readFileSync(p), { path: p, referenceDate: REF }).articles.map((a) => a.text));
  const file = join(work, "texts.json");
  writeFileSync(file, JSON.stringify(texts));
  return { file, count: texts.length, bytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0) };
}

/** The Readability test pages in ../shared/eval/html-dev, read in place and decoded. */
function htmlPages() {
  if (!existsSync(HTML_DEV)) return null;
  const pages = readdirSync(HTML_DEV)
    .map((d) => join(HTML_DEV, d, "source.html"))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(a).size - statSync(b).size)
    .slice(0, CONFIG.htmlPages);
  // Both sides get the same decoded text; decoding is not what is compared.
  const texts = pages.map((p) => readFileSync(p, "utf8"));
  const file = join(work, "html.json");
  writeFileSync(file, JSON.stringify(texts));
  return { file, count: texts.length, bytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0) };
}

/** MB/s of each target on the inputs: in one child per target (its own JIT and heap), or all in one child in smoke mode. */
function rates(texts, html) {
  log(`extractors and peers on ${texts.count} article texts (${(texts.bytes / 1024).toFixed(0)} KiB)${html ? ` and ${html.count} HTML pages (${(html.bytes / MB).toFixed(1)} MiB)` : ""}`);
  const groups = [[texts, ["quotes", "entities", "figures", "dates", "entities+quotes", "text parser", "compromise", "wink-nlp", "chrono-node"]]];
  if (html) groups.push([html, ["HTML parser", "readability"]]);
  const out = {};
  for (const [inputs, targets] of groups) {
    for (const batch of SMOKE ? [targets] : targets.map((t) => [t])) {
      try {
        for (const r of runNodeJson(CHILD, ["rate", JSON.stringify({ targets: batch, inputs: inputs.file, ...CONFIG.rate })])) {
          const ms = median(r.runs);
          out[r.target] = { mbPerS: r.bytes / MB / (ms / 1000), ms, runs: r.runs.length, bytes: r.bytes, inputs: inputs.count };
        }
      } catch (e) {
        log(`${batch.join(", ")}: ${e.message}`);
        for (const t of batch) out[t] ??= { error: e.message.split(":").slice(-1)[0].trim() };
      }
    }
  }
  return out;
}

// ---- scaling: one growing document of 1x, 2x, 4x and 8x the pages

function scaling(paths) {
  const unit = CONFIG.scalingUnit;
  const file = join(work, "pages.json");
  writeFileSync(file, JSON.stringify(paths.slice(0, 8 * unit).map((p) => readFileSync(p, "utf8"))));
  log(`scaling over 1x..8x of ${unit} pages`);
  const [r] = runNodeJson(CHILD, ["scaling", JSON.stringify({ inputs: file, unit, factors: [1, 2, 4, 8], repeats: CONFIG.scalingRepeats })]);
  return r.results;
}

// ---- linear time on hostile input: 4x the input takes at most 5x as long

const LINEAR_TARGETS = ["quotes", "entities", "figures", "dates", "text parser", "HTML parser", "analyze"];

/**
 * Runs hostile cases in a child, which prints one line per case. A case that passes the timeout
 * is recorded as such (the child is killed) and the rest go on in a new child; a crash (a stack
 * overflow, say) fails the case it happened on.
 */
function runHostile(cases) {
  return new Promise((resolve) => {
    const done = [];
    const remaining = [...cases];
    const next = () => {
      if (remaining.length === 0) return resolve(done);
      const child = spawn(process.execPath, ["--expose-gc", CHILD, "hostile", JSON.stringify({ cases: remaining, scale: CONFIG.hostileScale, repeats: CONFIG.hostileRepeats, minMs: CONFIG.hostileMinMs })], { stdio: ["ignore", "pipe", "pipe"] });
      let buffer = "";
      let stderr = "";
      let timer;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          done.push({ ...remaining.shift(), timeout: true });
          child.kill("SIGKILL");
        }, CONFIG.hostileTimeoutMs);
      };
      arm();
      child.stderr.on("data", (d) => (stderr += d));
      child.stdout.on("data", (d) => {
        buffer += d;
        for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
          const line = JSON.parse(buffer.slice(0, nl));
          buffer = buffer.slice(nl + 1);
          remaining.shift();
          done.push(line);
          arm();
        }
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        if (code !== 0 && !signal && remaining.length) {
          done.push({ ...remaining.shift(), error: crashReason(stderr, code) });
        }
        next();
      });
    };
    next();
  });
}

/** The line of a crashed child's stderr that says why: the error or V8's fatal message. */
function crashReason(stderr, code) {
  const lines = stderr.trim().split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(\w*Error\b|FATAL ERROR)/.test(l)) ?? lines.at(-1) ?? `exit ${code}`;
}

async function linearTime() {
  const kinds = Object.keys(HOSTILE);
  log(`linear-time check: ${LINEAR_TARGETS.length} targets x ${kinds.length} hostile inputs at ${CONFIG.hostileScale === 1 ? "full size" : `1/${1 / CONFIG.hostileScale} size`}`);
  const cases = LINEAR_TARGETS.map((target) => kinds.map((kind) => ({ target, kind })));
  const out = [];
  // One child per target keeps their heaps apart; smoke mode runs them all in one.
  for (const batch of SMOKE ? [cases.flat()] : cases) out.push(...(await runHostile(batch)));
  for (const r of out) r.ratio = r.msSmall !== undefined ? r.msLarge / r.msSmall : NaN;
  return out;
}

// A hostile input of the named size done in less than this is too fast for the ratio to mean
// anything (it is timer and GC noise), and too fast to hide a quadratic cost: 1 MB in 10 ms.
const NOISE_FLOOR_MS = 10;
const linearOk = (r) => !r.timeout && !r.error && (r.ratio <= GOALS.linear || r.msLarge < NOISE_FLOOR_MS);

// ---- the report

const failed = (x) => !x || x.error !== undefined;
const why = (x) => `n/a (${x?.error ?? "not run"})`;

function report(r) {
  const rows = [];
  const row = (measure, corpus, reference = "", ratio = "", goal = "", result = "") => rows.push([measure, corpus, reference, ratio, goal, result]);

  const s = r.startup;
  const startupGoal = `<= ${GOALS.startupMs} ms`;
  if (failed(s)) row("start-up: analyze the seed page, whole process", why(s), "", "", startupGoal, "n/a");
  else row("start-up: analyze the seed page, whole process", fmtMs(s.cliMs), `node -e 0: ${fmtMs(s.floorMs)}`, fmtRatio(s.cliMs / s.floorMs), startupGoal, verdict(s.cliMs <= GOALS.startupMs));

  const l = r.latency;
  const cli = failed(r.cli) ? null : r.cli;
  const perCoreGoal = `>= ${GOALS.mbPerCore} MB/s per core (CPU time)`;
  if (failed(l)) row("full analysis in one process", why(l));
  else {
    row(`full analysis, ${l.docs} files (${r.corpus.meanKiB.toFixed(1)} KiB mean), one process`, `${fmtRate(l.mbPerS)} MB/s, ${fmtRate(l.docsPerS)} docs/s`, "", "", cli ? "" : perCoreGoal, cli ? "" : verdict(l.mbPerS >= GOALS.mbPerCore));
    if (l.large) row(`full analysis, the ${l.large.docs} files of 8 KiB or more (${l.large.meanKiB.toFixed(1)} KiB mean), one process`, `${fmtRate(l.large.mbPerS)} MB/s, ${fmtRate(l.large.docsPerS)} docs/s`, "", "", perCoreGoal, verdict(l.large.mbPerS >= GOALS.mbPerCore));
    row("latency per document, p50 / p95", `${fmtMs(l.p50)} / ${fmtMs(l.p95)}`);
  }
  const ceiling = failed(r.ceiling) ? null : r.ceiling;
  if (ceiling) row("two one-process analyses at once vs one alone (this machine's bound for --jobs 2)", `${fmtMs(ceiling.bothMs)} vs ${fmtMs(ceiling.aloneMs)} (wall)`, "one alone", fmtRatio(ceiling.ratio));
  if (cli) {
    // Per core is the bytes over the CPU seconds spent (start-up included), which the load of
    // other processes does not stretch; wall time where GNU time is missing.
    const perCore = (x) => (Number.isFinite(x.mbPerCpuS) ? x.mbPerCpuS : x.mbPerS);
    const sizes = [cli.small, cli.large].filter(Boolean);
    for (const size of sizes) {
      const [one, two] = [size[1], size[2]];
      const files = one.files.toLocaleString("en-US");
      // Against the one-process figure (CPU time, the same files) only where the files are the same.
      const inProcess = size === cli.small && !failed(l) ? perCore(one) / l.mbPerS : NaN;
      const inProcessGoal = size === cli.small ? `>= ${GOALS.corpusOfInProcess}x one process` : "";
      row(
        `corpus analyze ${files} files --jobs 1`,
        `${fmtRate(one.mbPerS)} MB/s, ${fmtRate(one.docsPerS)} docs/s (wall); ${fmtRate(perCore(one))} MB per CPU-second`,
        Number.isFinite(inProcess) ? `one process: ${fmtRate(l.mbPerS)} MB/s (CPU time)` : "",
        Number.isFinite(inProcess) ? fmtRatio(inProcess) : "",
        inProcessGoal,
        inProcessGoal ? verdict(Number.isFinite(inProcess) ? inProcess >= GOALS.corpusOfInProcess : null) : "",
      );
      const fresh = size.onePass;
      if (fresh) {
        // The same cold start and single pass without the worker: what is left is the worker's own cost.
        const ratio = perCore(one) / perCore(fresh);
        row(`the same ${files} files once, fresh process, no worker`, `${fmtRate(fresh.mbPerS)} MB/s (wall); ${fmtRate(perCore(fresh))} MB per CPU-second`, "corpus --jobs 1 per CPU-second over it", fmtRatio(ratio));
      }
      const speedup = two.mbPerS / one.mbPerS;
      const jobsGoal = ceiling ? `>= ${fmtRatio(GOALS.jobsOfBound * ceiling.ratio)} (${GOALS.jobsOfBound} of the bound)` : `>= ${GOALS.jobsOfBound} of the bound`;
      row(`corpus analyze ${files} files --jobs 2`, `${fmtRate(two.mbPerS)} MB/s, ${fmtRate(two.docsPerS)} docs/s (wall)`, `--jobs 1; bound ${ceiling ? fmtRatio(ceiling.ratio) : "not measured"}`, fmtRatio(speedup), jobsGoal, verdict(ceiling ? speedup >= GOALS.jobsOfBound * ceiling.ratio : null));
      for (const jobs of [1, 2]) row(`peak memory, ${files} files --jobs ${jobs}`, `${size[jobs].peakMiB.toFixed(0)} MiB`, size[jobs].method, "", `< ${GOALS.peakMiB} MiB`, cli.large ? verdict(size[jobs].peakMiB < GOALS.peakMiB) : "n/a (smoke)");
    }
    if (cli.large) {
      for (const jobs of [1, 2]) {
        const growth = cli.large[jobs].peakMiB - cli.small[jobs].peakMiB;
        row(`peak memory growth, ${cli.large[1].files.toLocaleString("en-US")} vs ${cli.small[1].files.toLocaleString("en-US")} files --jobs ${jobs}`, `${cli.large[jobs].peakMiB.toFixed(0)} vs ${cli.small[jobs].peakMiB.toFixed(0)} MiB`, "", `${growth >= 0 ? "+" : ""}${growth.toFixed(0)} MiB`, `<= +${GOALS.peakGrowthMiB} MiB`, verdict(growth <= GOALS.peakGrowthMiB));
      }
    }
  } else {
    const reason = r.cli === null ? "n/a (no `analyze DIR --jobs` in this build)" : why(r.cli);
    row("corpus analyze DIR --jobs 2 vs --jobs 1", reason, "", "", `>= ${GOALS.jobsOfBound} of the bound`, "n/a");
    row("peak memory at 10,000 files", failed(l) ? reason : `one process, ${l.docs} files: ${l.maxRssMiB.toFixed(0)} MiB`, "", "", `< ${GOALS.peakMiB} MiB`, "n/a");
  }

  const rates = failed(r.rates) ? {} : r.rates;
  const mbs = (x) => (x && !failed(x) ? `${fmtRate(x.mbPerS)} MB/s` : why(failed(r.rates) ? r.rates : x));
  for (const name of ["quotes", "entities", "figures", "dates", "text parser"]) row(`${name} alone, one core`, mbs(rates[name]));
  const html = rates["HTML parser"];
  if (html && !failed(html)) {
    // The goal is pages of 100 KB per second; real pages differ in size, so it is judged in bytes.
    const pagesAt100k = (html.mbPerS * MB) / 100_000;
    row(`HTML extraction alone, ${html.inputs} real pages (${(html.bytes / html.inputs / 1024).toFixed(0)} KiB mean), one core`, `${mbs(html)}, ${fmtRate((html.inputs * 1000) / html.ms)} pages/s`, "", "", `>= ${GOALS.htmlPagesPerS} pages/s of 100 KB`, verdict(pagesAt100k >= GOALS.htmlPagesPerS));
  } else row("HTML extraction alone, one core", mbs(html));
  const versus = (label, ours, peer, peerName, goal) => {
    const ratio = ours?.mbPerS / peer?.mbPerS;
    const known = Number.isFinite(ratio);
    row(label, mbs(ours), `${peerName}: ${mbs(peer)}`, known ? fmtRatio(ratio) : "n/a", goal ? `>= ${goal}x ${peerName}` : "", goal ? verdict(known ? ratio >= goal : null) : "");
  };
  versus("people, places, organizations, quotations", rates["entities+quotes"], rates.compromise, "compromise", GOALS.vsCompromise);
  versus("entities", rates.entities, rates["wink-nlp"], "wink-nlp", null);
  versus("dates", rates.dates, rates["chrono-node"], "chrono-node", null);
  versus("HTML extraction", rates["HTML parser"], rates.readability, "Readability + linkedom", null);

  const sc = r.scaling;
  if (failed(sc)) row("scaling: one document of 1x/2x/4x/8x", why(sc), "", "", `8x input <= ${GOALS.scaling8x}x time`, "n/a");
  else {
    const growth = sc[3].ms / sc[0].ms;
    row(`scaling: one document of 1x/2x/4x/8x (${(sc[0].bytes / 1024).toFixed(0)} KiB at 1x)`, sc.map((x) => fmtMs(x.ms)).join(" / "), "8x input", fmtRatio(growth), `8x input <= ${GOALS.scaling8x}x time`, verdict(growth <= GOALS.scaling8x));
  }

  const lin = r.linear;
  const linearLabel = `linear time: ${LINEAR_TARGETS.length} targets x ${Object.keys(HOSTILE).length} hostile inputs`;
  if (failed(lin)) row(linearLabel, why(lin), "", "", `4x input <= ${GOALS.linear}x time`, "n/a");
  else {
    const passed = lin.filter(linearOk).length;
    const worst = lin.filter((x) => !linearOk(x))[0] ?? [...lin].filter((x) => Number.isFinite(x.ratio)).sort((a, b) => b.ratio - a.ratio)[0];
    row(linearLabel, `${passed}/${lin.length} pass`, worst ? `worst: ${worst.target}, ${worst.kind}` : "", worst && Number.isFinite(worst.ratio) ? fmtRatio(worst.ratio) : "", `4x input <= ${GOALS.linear}x time`, verdict(passed === lin.length));
  }

  const out = [markdownTable(["measure", "corpus", "reference", "ratio", "goal", "result"], rows), ""];
  out.push(
    `${r.mode} run, ${new Date().toISOString().slice(0, 16)}Z, ${r.machine}.`,
    `Corpus: scrapes generated from fixtures/ (amounts redrawn, names swapped). MB = 2^20 bytes. Ratios are corpus over the reference: above 1x corpus is faster.`,
    "Every figure is the median of repeated runs after a warm-up; each peer runs in its own process on the same texts. In-process figures (one process, one core, latency, extractors, peers, scaling, linear time) are CPU time, which other load on a shared machine hardly stretches; start-up and corpus analyze are wall time.",
  );
  if (SMOKE) out.push("Smoke mode: small sizes that keep the script working in CI; its figures are not measurements.");

  if (r.imports && !failed(r.imports)) {
    out.push("", "Start-up by module (import in a fresh process, median):", "");
    out.push(markdownTable(["module", "import time", "RSS after"], Object.entries(r.imports).map(([m, x]) => [`build/${m}`, fmtMs(x.ms), `${x.rssMiB.toFixed(0)} MiB`])));
  }
  if (!failed(lin)) {
    out.push("", `Linear-time check: each hostile input at its named size and a quarter of it, timed alternately (medians of repeated runs); a pair whose larger input takes under ${NOISE_FLOOR_MS} ms counts as linear.`, "");
    const cells = (x) => [
      x.target,
      x.kind,
      x.n !== undefined ? `${x.n.toLocaleString("en-US")} -> ${(4 * x.n).toLocaleString("en-US")} ${x.unit}` : "",
      x.msSmall !== undefined ? `${fmtMs(x.msSmall)} -> ${fmtMs(x.msLarge)}` : x.timeout ? `timeout (${CONFIG.hostileTimeoutMs / 1000} s)` : `error: ${x.error}`,
      Number.isFinite(x.ratio) ? fmtRatio(x.ratio) : "",
      verdict(linearOk(x)),
    ];
    out.push(markdownTable(["target", "hostile input", "size", "time", "ratio", "result"], lin.map(cells)));
  }
  return out.join("\n");
}

try {
  await main();
} finally {
  rmSync(BUILD, { recursive: true, force: true });
  if (!KEEP) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}
