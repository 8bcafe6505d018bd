// Measuring helpers for the benchmark: statistics, repeated timing, whole-process timing and peak
// memory of a process tree.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";

export const MB = 1024 * 1024;

/**
 * Milliseconds of CPU (user and system, all the process's threads) this process has used. On a
 * shared machine another process's load stretches wall time but hardly this, so in-process
 * figures ("MB/s on one core") are CPU time; whole-process figures stay wall time.
 */
export const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The p-th percentile (0..100) by the nearest-rank method. */
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Runs fn once to warm up, then at least `minRuns` times and until `minMs` have passed (at most
 * `maxRuns`), and returns the CPU milliseconds of each timed run; `beforeEach` runs untimed. A noisy shared machine needs
 * repeats; the median of them is what the report shows.
 */
export function timeRuns(fn, { minRuns = 5, maxRuns = 50, minMs = 1000, warmup = 1, beforeEach } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const runs = [];
  const start = performance.now();
  while (runs.length < minRuns || (runs.length < maxRuns && performance.now() - start < minMs)) {
    beforeEach?.();
    const t = cpuMs();
    fn();
    runs.push(cpuMs() - t);
  }
  return runs;
}

/**
 * Times two functions alternately (A, B, A, B, ...) after a warm-up of each, at least `minRuns`
 * pairs and until `minMs` have passed, so a burst of load on a shared machine hits both alike.
 * Returns the CPU milliseconds of each run of A and of B.
 */
export function timePairs(a, b, { minRuns = 5, maxRuns = 50, minMs = 1000, beforeEach } = {}) {
  a();
  b();
  const runsA = [];
  const runsB = [];
  const start = performance.now();
  const timed = (fn, into) => {
    beforeEach?.();
    const t = cpuMs();
    fn();
    into.push(cpuMs() - t);
  };
  while (runsA.length < minRuns || (runsA.length < maxRuns && performance.now() - start < minMs)) {
    timed(a, runsA);
    timed(b, runsB);
  }
  return [runsA, runsB];
}

/** Wall time of one whole process in milliseconds, with its exit status. */
export function timeProcess(cmd, args, opts = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: ["ignore", opts.stdout ?? "ignore", "pipe"], cwd: opts.cwd, env: opts.env ?? process.env, maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  if (r.status !== 0 && !opts.allowFailure) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${String(r.stderr).trim().split("\n").slice(-3).join(" | ")}`);
  return { ms, status: r.status, stderr: String(r.stderr) };
}

/** The pids of a process and all its descendants, from /proc (Linux). */
function processTree(root) {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function rssKiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const HAS_GNU_TIME = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-v", "true"]).status === 0;
const HAS_PROC = existsSync("/proc/self/status");

/**
 * Runs a command and measures its wall time, its CPU time (with GNU time; else NaN) and peak
 * resident memory in MiB: GNU time's maximum
 * RSS (exact, one process with its threads) and, where /proc exists, the peak of the sum over the
 * process tree sampled every 25 ms (counts child processes too). The larger is reported.
 */
export function runMeasured(cmd, args, { cwd, stdoutFd } = {}) {
  return new Promise((resolve, reject) => {
    const wrapped = HAS_GNU_TIME ? ["/usr/bin/time", ["-v", cmd, ...args]] : [cmd, args];
    const t = performance.now();
    const child = spawn(wrapped[0], wrapped[1], { cwd, stdio: ["ignore", stdoutFd ?? "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let treePeak = 0;
    const sampler = HAS_PROC
      ? setInterval(() => {
          const sum = processTree(child.pid).reduce((s, pid) => s + rssKiB(pid), 0);
          treePeak = Math.max(treePeak, sum);
        }, 25)
      : null;
    child.on("error", reject);
    child.on("close", (status) => {
      const ms = performance.now() - t;
      if (sampler) clearInterval(sampler);
      const timePeak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      const seconds = (label) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
      const cpuMs = (seconds("User") + seconds("System")) * 1000;
      // /usr/bin/time itself is in the sampled tree; its own couple of MiB are noise here.
      const peakMiB = Math.max(timePeak, treePeak) / 1024;
      if (status !== 0) return reject(new Error(`${cmd} ${args.join(" ")} exited ${status}: ${stderr.trim().split("\n").filter((l) => !/^\t/.test(l)).slice(-3).join(" | ")}`));
      resolve({ ms, cpuMs, peakMiB, method: [timePeak ? "GNU time" : null, treePeak ? "/proc tree" : null].filter(Boolean).join(" + ") || "none" });
    });
  });
}

/** As runNodeJson, without blocking: for children that must run at the same time. */
export function runNodeJsonAsync(script, args, { cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => {
      if (status !== 0) return reject(new Error(`${script} ${args[0]} exited ${status}: ${stderr.trim().split("\n").filter(Boolean).slice(-6).join(" | ")}`));
      resolve(stdout.trim().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l)));
    });
  });
}

/** Runs a Node script as a child and returns the JSON lines it prints, or throws on a non-zero exit. */
export function runNodeJson(script, args, { cwd } = {}) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${script} ${args[0]} exited ${r.status}: ${r.stderr.trim().split("\n").filter(Boolean).slice(-6).join(" | ")}`);
  return r.stdout.trim().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
}

// ---- formatting

export const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
export const fmtRate = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
export const fmtRatio = (x) => (Number.isFinite(x) ? `${x >= 10 ? x.toFixed(0) : x >= 2 ? x.toFixed(1) : x.toFixed(2)}x` : "n/a");

/** A Markdown table from a header row and data rows. */
export function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c ?? "").padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
