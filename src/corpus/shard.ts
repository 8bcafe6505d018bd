// Sharding by path: `--shard K/N` keeps the files whose path hashes to K, so N machines given the
// same arguments split one corpus between them without talking to each other.
import { createHash } from "node:crypto";

export interface Shard {
  /** 1-based, as on the command line: K in K/N. */
  index: number;
  count: number;
}

/** The 1-based shard a path belongs to among `count`. */
export function shardOf(path: string, count: number): number {
  // Forward slashes, so a Windows and a Unix machine put the same file in the same shard.
  const digest = createHash("sha256").update(path.replace(/\\/g, "/")).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(path: string, shard: Shard | null): boolean {
  return shard === null || shardOf(path, shard.count) === shard.index;
}
