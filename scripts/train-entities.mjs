#!/usr/bin/env node
// Trains the entity tagger and writes data/entity-model.bin. Run after `npm run build`
// (`npm run train:entities` does both): it reads the compiled feature code in build/, so the
// features it learns from are the ones the tagger computes.
//
//   node scripts/train-entities.mjs [--epochs N] [--seed N] [--data FILE] [--out FILE]
//
// Data: CoNLL-2003 English eng.train (Reuters RCV1 newswire, 1996; research use under the Reuters
// Corpus agreement), read in place from the synalp/NER copy (CeCILL-C) beside the project. Each
// document is laid out as the evaluation lays it out (tokens joined by spaces, one sentence per
// line), tokenized by the project's tokenizer, and labelled from the gold tags by character offset.
// Learning: an averaged perceptron over hashed features, greedy left-to-right decoding as at run
// time, documents shuffled each epoch by a seeded generator, so the same data gives the same bytes.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { prng } from "./generate-scrapes.mjs";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
const build = (m) => import(join(ROOT, "build", "extract", m));
const [{ tokenize }, { readByRules, ruleLabels }, features, { lexicon }, { encodeModel }] = await Promise.all([
  build("text/index.js"), build("entities/rules.js"), build("entities/features.js"), build("entities/lexicon.js"), build("entities/model.js"),
]);
const { TAGS, TAG_COUNT, BUCKET_BITS, MAX_FEATURES, allowed, isScoredConnector, readTokens, staticFeatures, tagFeatures } = features;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const k = args.indexOf(`--${name}`);
  return k >= 0 && args[k + 1] !== undefined ? args[k + 1] : fallback;
};
const EPOCHS = Number(option("epochs", 12));
const SEED = Number(option("seed", 1));
const DATA = resolve(option("data", join(ROOT, "..", "shared", "eval", "public", "data", "synalp+NER", "corpus", "CoNLL-2003", "eng.train")));
const OUT = resolve(option("out", join(ROOT, "data", "entity-model.bin")));
// Buckets whose largest weight is below this share of the largest weight are left out of the file.
const PRUNE = Number(option("prune", 0.0005));

/** CoNLL documents as lists of sentences of [token, IOB1 tag]. */
function readConll(path) {
  const docs = [];
  let doc = null;
  let sent = [];
  const endSentence = () => {
    if (doc && sent.length) doc.push(sent);
    sent = [];
  };
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      endSentence();
      doc = [];
      docs.push(doc);
    } else if (!line.trim()) endSentence();
    else sent.push([cols[0], cols[cols.length - 1]]);
  }
  endSentence();
  return docs.filter((d) => d.length);
}

const TAG_INDEX = new Map(TAGS.map((t, k) => [t, k]));
const TYPE = { PER: "person", ORG: "organization", LOC: "location", MISC: "misc" };

// Tokens written against the word before them in ordinary prose, and after which the next one is.
const CLOSES = new Set([",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "..."]);
const OPENS = new Set(["(", "[", "$"]);
const SENTENCE_END = /[.!?"']$/;

/**
 * A document's text and each token's gold tag index (BIO), the tokens as the project's tokenizer
 * cuts them. `prose` lays the text out as a page prints it ("U.S. officials said, ..." with
 * sentences run into paragraphs) instead of one spaced-out sentence per line, so that the tagger
 * learns both.
 */
function prepare(doc, prose, rand) {
  let text = "";
  const spans = [];
  doc.forEach((sent, s) => {
    let prevType = null;
    let quoteOpen = false;
    // A sentence after a finished one may run on in its paragraph; headlines and datelines stay lines.
    const prevSent = doc[s - 1];
    const runOn = prose && s > 1 && SENTENCE_END.test(prevSent[prevSent.length - 1][0]) && rand() < 0.7;
    if (runOn) text = `${text.slice(0, -1)} `;
    let glue = true;
    // A headline in capitals is printed in title case on most pages ("Japan Get Lucky Win").
    const titleCase = prose && s === 0 && sent.filter(([t]) => /\p{Lu}{2}/u.test(t)).length * 3 >= sent.filter(([t]) => /\p{L}/u.test(t)).length * 2;
    sent.forEach(([raw, tag]) => {
      const token = titleCase && !raw.includes(".") ? raw[0] + raw.slice(1).toLowerCase() : raw;
      let space = !glue;
      if (prose && (CLOSES.has(token) || (token === '"' && quoteOpen))) space = false;
      if (space) text += " ";
      glue = prose && (OPENS.has(token) || (token === '"' && !quoteOpen));
      if (token === '"') quoteOpen = !quoteOpen;
      const start = text.length;
      text += token;
      const [bio, type] = tag.split("-");
      // IOB1: B- opens a name right after another of its type; I- continues, or opens one after O.
      const label = type ? `${bio === "B" || prevType !== type ? "B" : "I"}-${TYPE[type]}` : "O";
      prevType = type ?? null;
      spans.push({ start, end: text.length, label });
    });
    text += "\n";
  });
  const tokens = tokenize(text);
  const gold = new Uint8Array(tokens.length);
  let j = 0;
  let prevSpan = -1;
  tokens.forEach((t, i) => {
    while (spans[j].end <= t.start) j++;
    let label = spans[j].label;
    // The second piece of a CoNLL token our tokenizer splits ("Rolls-Royce") continues its name.
    if (j === prevSpan && label.startsWith("B-")) label = `I-${label.slice(2)}`;
    prevSpan = j;
    gold[i] = TAG_INDEX.get(label);
  });
  const rules = readByRules(tokens, text);
  const f = readTokens(tokens, text, lexicon, ruleLabels(rules, tokens.length), rules.lines);
  // The static features of every token the tagger may decide, computed once.
  const offsets = new Int32Array(tokens.length + 1);
  const buf = new Int32Array(tokens.length * MAX_FEATURES);
  let m = 0;
  tokens.forEach((t, i) => {
    offsets[i] = m;
    if (f.scored[i] === 1 || isScoredConnector(tokens, f, i)) m = staticFeatures(f, i, buf, m);
  });
  offsets[tokens.length] = m;
  return { tokens, f, gold, offsets, feats: buf.slice(0, m) };
}

// A deterministic shuffle: the seeded generator the benchmark's corpus is drawn with.
const started = Date.now();
const rand = prng(SEED);
const conll = readConll(DATA);
const docs = [...conll.map((d) => prepare(d, false, rand)), ...conll.map((d) => prepare(d, true, rand))];
console.error(`train-entities: ${docs.length} documents, ${docs.reduce((n, d) => n + d.tokens.length, 0)} tokens prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const SIZE = (1 << BUCKET_BITS) * TAG_COUNT;
const w = new Float64Array(SIZE);
// Sum of (step x update) per weight: the average is w - u / steps.
const u = new Float64Array(SIZE);
let step = 1;
const scores = new Float64Array(TAG_COUNT);
const feats = new Int32Array(MAX_FEATURES);
const order = docs.map((_, k) => k);

for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let k = order.length - 1; k > 0; k--) {
    const r = Math.floor(rand() * (k + 1));
    [order[k], order[r]] = [order[r], order[k]];
  }
  let seen = 0;
  let right = 0;
  for (const d of order.map((k) => docs[k])) {
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < d.tokens.length; i++) {
      if (d.tokens[i].newline) prev = prev2 = 0;
      let tag = 0;
      const from = d.offsets[i];
      const to = d.offsets[i + 1];
      if (to > from && (d.f.scored[i] === 1 || prev !== 0)) {
        let m = 0;
        for (let n = from; n < to; n++) feats[m++] = d.feats[n];
        m = tagFeatures(d.f, i, prev, prev2, feats, m);
        scores.fill(0);
        for (let n = 0; n < m; n++) {
          const base = feats[n] * TAG_COUNT;
          for (let c = 0; c < TAG_COUNT; c++) scores[c] += w[base + c];
        }
        let best = -Infinity;
        for (let c = 0; c < TAG_COUNT; c++) {
          if (scores[c] > best && allowed(prev, c)) {
            best = scores[c];
            tag = c;
          }
        }
        const gold = d.gold[i];
        seen++;
        if (tag === gold) right++;
        else {
          for (let n = 0; n < m; n++) {
            const base = feats[n] * TAG_COUNT;
            w[base + gold] += 1;
            u[base + gold] += step;
            w[base + tag] -= 1;
            u[base + tag] -= step;
          }
        }
        step++;
      }
      prev2 = prev;
      prev = tag;
    }
  }
  console.error(`epoch ${epoch}: ${(right / seen).toFixed(4)} of ${seen} decided tokens right`);
}

// Averaged weights of the buckets that carry any.
const avg = new Float64Array(SIZE);
let max = 0;
for (let k = 0; k < SIZE; k++) {
  avg[k] = w[k] - u[k] / step;
  max = Math.max(max, Math.abs(avg[k]));
}
const kept = [];
for (let b = 0; b < 1 << BUCKET_BITS; b++) {
  let big = 0;
  for (let c = 0; c < TAG_COUNT; c++) big = Math.max(big, Math.abs(avg[b * TAG_COUNT + c]));
  if (big >= PRUNE * max) kept.push(b);
}
const weights = new Float64Array(kept.length * TAG_COUNT);
kept.forEach((b, n) => weights.set(avg.subarray(b * TAG_COUNT, (b + 1) * TAG_COUNT), n * TAG_COUNT));
const bytes = encodeModel(kept, weights, TAG_COUNT);
writeFileSync(OUT, bytes);
console.error(`train-entities: ${kept.length} feature buckets, ${(bytes.length / 1024).toFixed(0)} KiB written to ${OUT} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
