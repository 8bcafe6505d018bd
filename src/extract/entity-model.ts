// The entity tagger's weights as a data file (data/entity-model.bin, written by
// scripts/train-entities.mjs): an open-addressing table from feature bucket to one weight per tag.
// Layout, little-endian: "ENT1", slot count (a power of two), tag count, weight scale (float32);
// then the slots' keys (int32: bucket + 1, 0 for an empty slot); then the weights (int16, tag
// count per slot; the real weight is the stored one times the scale). Loading is a view over the bytes.

const MAGIC = 0x31544e45; // "ENT1"
const HEADER = 16;

export interface EntityModel {
  keys: Int32Array;
  weights: Int16Array;
  tagCount: number;
  scale: number;
}

export function decodeModel(bytes: Uint8Array): EntityModel {
  // Typed views need aligned offsets: copy when the bytes sit unaligned in a larger buffer.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.byteLength < HEADER || view.getUint32(0, true) !== MAGIC) throw new Error("entity model: not an ENT1 file");
  const slots = view.getUint32(4, true);
  const tagCount = view.getUint32(8, true);
  const scale = view.getFloat32(12, true);
  if ((slots & (slots - 1)) !== 0 || buf.byteLength !== HEADER + slots * 4 + slots * tagCount * 2) throw new Error("entity model: bad size");
  return {
    keys: new Int32Array(buf.buffer, buf.byteOffset + HEADER, slots),
    weights: new Int16Array(buf.buffer, buf.byteOffset + HEADER + slots * 4, slots * tagCount),
    tagCount,
    scale,
  };
}

/** The model's bytes for the weights of the given buckets (`weights` holds tagCount floats per bucket, in the same order). */
export function encodeModel(buckets: number[], weights: Float64Array, tagCount: number): Uint8Array {
  let slots = 1;
  while (slots < buckets.length * 1.5) slots *= 2;
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const out = new Uint8Array(HEADER + slots * 4 + slots * tagCount * 2);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, slots, true);
  view.setUint32(8, tagCount, true);
  view.setFloat32(12, scale, true);
  const keys = new Int32Array(out.buffer, HEADER, slots);
  const stored = new Int16Array(out.buffer, HEADER + slots * 4, slots * tagCount);
  const realScale = view.getFloat32(12, true);
  buckets.forEach((b, n) => {
    let s = slotOf(b, slots);
    while (keys[s] !== 0) s = (s + 1) & (slots - 1);
    keys[s] = b + 1;
    for (let k = 0; k < tagCount; k++) stored[s * tagCount + k] = Math.round(weights[n * tagCount + k]! / realScale);
  });
  return out;
}

/** The first slot a bucket is looked for in. */
function slotOf(bucket: number, slots: number): number {
  return Math.imul(bucket, 0x9e3779b1) >>> 0 & (slots - 1);
}

/** Adds the weights of each feature bucket in `features[0..count)` to `scores` (unscaled). */
export function addScores(model: EntityModel, features: Int32Array, count: number, scores: Float64Array): void {
  const { keys, weights, tagCount } = model;
  const mask = keys.length - 1;
  for (let n = 0; n < count; n++) {
    const key = features[n]! + 1;
    let s = slotOf(features[n]!, keys.length);
    for (let probe = keys[s]!; probe !== key; probe = keys[s]!) {
      if (probe === 0) break;
      s = (s + 1) & mask;
    }
    if (keys[s] !== key) continue;
    const base = s * tagCount;
    for (let k = 0; k < tagCount; k++) scores[k] = scores[k]! + weights[base + k]!;
  }
}
