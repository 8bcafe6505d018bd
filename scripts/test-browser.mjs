// npm run test:browser: the HTML report of the fixtures rendered in headless Chromium (Debian's
// `chromium`, installed with apt-get when missing). The page is rendered with JavaScript on and
// off and its DOM checked for every section and chart; screenshots are saved under
// test-output/browser/ and their pixels checked for the charts' colors. Prints one line per check
// and "N passed, N failed"; with --results FILE also writes { passed, failed } there.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inflateSync } from "node:zlib";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
const OUT = join(ROOT, "test-output", "browser");
const resultsArg = process.argv.indexOf("--results");
const resultsFile = resultsArg > 0 ? process.argv[resultsArg + 1] : null;

let passed = 0;
let failed = 0;
function check(name, ok, detail = "") {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok" : "not ok"} - ${name}${ok || !detail ? "" : `: ${detail}`}`);
}
function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify({ passed, failed }));
  process.exit(failed ? 1 : 0);
}

function findChromium() {
  for (const name of ["chromium", "chromium-browser"]) {
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
    if (found) return found;
  }
  return null;
}

let chromium = findChromium();
if (!chromium) {
  console.log("# chromium not found: installing Debian's package");
  const apt = (args) => spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
  if (apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "chromium"])) chromium = findChromium();
}
check("chromium is installed", chromium !== null, "apt-get install chromium failed (it needs root and Debian's package archive)");
if (!chromium) finish();

if (!existsSync(join(ROOT, "dist", "cli.js"))) execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const report = join(OUT, "report.html");
const made = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "summary", "fixtures", "--format", "html", "-o", report], { cwd: ROOT, encoding: "utf8" });
check("corpus summary --format html -o writes the report", made.status === 0 && existsSync(report), made.stderr);
if (!existsSync(report)) finish();

// Headless Chromium's --dump-dom and --screenshot need scripts themselves, so the page without
// JavaScript is rendered from a copy without its one (inline) script.
const reportWithoutScript = join(OUT, "report-without-script.html");
writeFileSync(reportWithoutScript, readFileSync(report, "utf8").replace(/<script>[\s\S]*?<\/script>/g, ""));

/** Chromium run headless and cut off from the network, with a fresh profile each time. */
function runChromium(args, page = report) {
  const profile = mkdtempSync(join(tmpdir(), "corpus-chromium-"));
  try {
    return spawnSync(
      chromium,
      ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, "--hide-scrollbars", "--virtual-time-budget=5000", ...args, pathToFileURL(page).href],
      { encoding: "utf8", timeout: 120_000, maxBuffer: 1 << 26 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const count = (html, pattern) => (html.match(pattern) ?? []).length;
const SECTIONS = ["counts", "outlets", "people", "organizations", "places", "speakers", "figures", "timeline", "recurring"];

function checkDom(label, dom, scripted) {
  check(`${label}: the page rendered`, dom.includes("<h1>Corpus summary</h1>"), dom.slice(0, 200));
  for (const id of SECTIONS) check(`${label}: section #${id} is there`, dom.includes(`id="${id}"`));
  check(`${label}: bar charts for people, organizations and places`, ["person", "organization", "location"].every((k) => count(dom, new RegExp(`<rect class="${k}" width="[1-9]`, "g")) > 0));
  check(`${label}: the timeline chart has its months`, count(dom, /<rect class="month"/g) > 0);
  check(`${label}: the speakers' quotes are in expandable details`, count(dom, /<li class="speaker"><details>/g) > 0 && count(dom, /<ul class="quotes"><li><q>/g) > 0);
  check(`${label}: the largest figures list their sources`, /<td class="src">fixtures\//.test(dom));
  // The script shows the search box and makes the headers sortable; without it the page is the same, less those.
  check(`${label}: search box ${scripted ? "shown" : "hidden"}`, scripted ? /<input id="search"[^>]*>/.test(dom) && !/<input id="search"[^>]* hidden/.test(dom) : /<input id="search"[^>]* hidden/.test(dom));
  check(`${label}: sortable headers ${scripted ? "added" : "absent"}`, (count(dom, /class="sortable-key"/g) > 0) === scripted);
}

const withScript = runChromium(["--dump-dom"]);
checkDom("JavaScript on", withScript.stdout ?? "", true);
const withoutScript = runChromium(["--dump-dom"], reportWithoutScript);
checkDom("JavaScript off", withoutScript.stdout ?? "", false);

for (const [label, page, file] of [["JavaScript on", report, "report.png"], ["JavaScript off", reportWithoutScript, "report-without-script.png"]]) {
  const screenshot = join(OUT, file);
  runChromium([`--screenshot=${screenshot}`, "--window-size=1200,2600"], page);
  check(`${label}: the screenshot is saved`, existsSync(screenshot), screenshot);
  if (!existsSync(screenshot)) continue;
  const image = decodePng(readFileSync(screenshot));
  // Each chart's color covers a visible area: the bars were laid out and painted.
  for (const [name, rgb] of [["people", [0x8a, 0x4b, 0xaf]], ["organizations", [0x2f, 0x6f, 0xb3]], ["places", [0x2e, 0x8b, 0x57]], ["outlets", [0x0f, 0x8a, 0x8a]]]) {
    const pixels = countColor(image, rgb);
    check(`${label}: the screenshot shows the ${name} bars`, pixels > 200, `${pixels} pixels of their color`);
  }
}
finish();

/** An 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) as { width, height, channels, data }. */
function decodePng(buf) {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (at < buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString("latin1", at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = { 2: 3, 6: 4 }[body[9]] ?? 0;
      if (body[8] !== 8 || !channels || body[12] !== 0) throw new Error("unsupported PNG layout");
    } else if (type === "IDAT") idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? data[y * stride + x - channels] : 0;
      const b = y > 0 ? data[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      data[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, channels, data };
}

function countColor({ data, channels }, [r, g, b]) {
  let n = 0;
  for (let i = 0; i < data.length; i += channels) if (Math.abs(data[i] - r) <= 8 && Math.abs(data[i + 1] - g) <= 8 && Math.abs(data[i + 2] - b) <= 8) n++;
  return n;
}
