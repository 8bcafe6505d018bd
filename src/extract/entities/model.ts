// The entity tagger's weights as a data file (data/entity-model.bin, written by
// scripts/train-entities.mjs): an open-addressing table from feature bucket to one weight per tag.
// Layout, little-endian: "ENT2", slot count (a power of two), tag count, weight scale (float32);
// then the slots, each its key (int32: bucket + 1, 0 for an empty slot) followed by its weights
// (int16, tag count of them, padded to a multiple of 4 bytes; the real weight is the stored one
// times the scale). A key and its weights share a cache line, so a lookup touches memory once.
// Loading is a view over the bytes.

const MAGIC = 0x32544e45; // "ENT2"
const HEADER = 16;

export interface EntityModel {
  /** The slots as int32 (the key at each slot's start). */
  keys: Int32Array;
  /** The same bytes as int16 (the weights after each key). */
  weights: Int16Array;
  /** Slot size in int32 units. */
  stride: number;
  slots: number;
  tagCount: number;
  scale: number;
}

/** Bytes of one slot: a key and the weights, padded to whole int32s. */
const slotBytes = (tagCount: number): number => 4 + Math.ceil((tagCount * 2) / 4) * 4;

export function decodeModel(bytes: Uint8Array): EntityModel {
  // Typed views need aligned offsets: copy when the bytes sit unaligned in a larger buffer.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.byteLength < HEADER || view.getUint32(0, true) !== MAGIC) throw new Error("entity model: not an ENT2 file");
  const slots = view.getUint32(4, true);
  const tagCount = view.getUint32(8, true);
  const scale = view.getFloat32(12, true);
  const size = slotBytes(tagCount);
  if ((slots & (slots - 1)) !== 0 || buf.byteLength !== HEADER + slots * size) throw new Error("entity model: bad size");
  return {
    keys: new Int32Array(buf.buffer, buf.byteOffset + HEADER, (slots * size) / 4),
    weights: new Int16Array(buf.buffer, buf.byteOffset + HEADER, (slots * size) / 2),
    stride: size / 4,
    slots,
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
  const size = slotBytes(tagCount);
  const out = new Uint8Array(HEADER + slots * size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, slots, true);
  view.setUint32(8, tagCount, true);
  view.setFloat32(12, scale, true);
  const realScale = view.getFloat32(12, true);
  buckets.forEach((b, n) => {
    let s = slotOf(b, slots);
    while (view.getInt32(HEADER + s * size, true) !== 0) s = (s + 1) & (slots - 1);
    view.setInt32(HEADER + s * size, b + 1, true);
    for (let k = 0; k < tagCount; k++) view.setInt16(HEADER + s * size + 4 + 2 * k, Math.round(weights[n * tagCount + k]! / realScale), true);
  });
  return out;
}

/** The first slot a bucket is looked for in. */
function slotOf(bucket: number, slots: number): number {
  return Math.imul(bucket, 0x9e3779b1) >>> 0 & (slots - 1);
}

/**
 * Adds the weights of each feature bucket in `features[0..count)` to `scores` (unscaled). The
 * stored weights are integers and so are their sums: integer arithmetic, exact in any order.
 */
export function addScores(model: EntityModel, features: Int32Array, count: number, scores: Int32Array): void {
  const { keys, weights, stride, slots, tagCount } = model;
  const mask = slots - 1;
  for (let n = 0; n < count; n++) {
    const key = features[n]! + 1;
    let s = slotOf(features[n]!, slots);
    let probe = keys[s * stride]!;
    while (probe !== key && probe !== 0) {
      s = (s + 1) & mask;
      probe = keys[s * stride]!;
    }
    if (probe !== key) continue;
    // The weights start right after the key: two int16 units in.
    const base = s * stride * 2 + 2;
    for (let k = 0; k < tagCount; k++) scores[k] = (scores[k]! + weights[base + k]!) | 0;
  }
}
