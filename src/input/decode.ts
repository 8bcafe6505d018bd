// Turns a file's bytes into text: byte-order marks, UTF-8, a Windows-1252 fallback, and the
// refusal of binary files. Problems become messages; only a binary file is refused.
import type { Message } from "../types.js";

export class InputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  encoding: string;
  messages: Message[];
}

// Magic numbers of common binary formats a scrape folder may hold by mistake.
const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], "PNG image"],
  [[0x25, 0x50, 0x44, 0x46], "PDF document"],
  [[0x1f, 0x8b], "gzip archive"],
  [[0x50, 0x4b, 0x03, 0x04], "zip archive"],
  [[0xff, 0xd8, 0xff], "JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "GIF image"],
];

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Decodes bytes to text, or throws InputError for binary or empty content. */
export function decode(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  if (decoded.text.trim() === "") throw new InputError("empty", bytes.length ? "empty file (whitespace only)" : "empty file");
  return decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  for (const [sig, what] of MAGIC) {
    if (startsWith(bytes, sig)) throw new InputError("binary", `binary file (${what}), not a text or HTML scrape`);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), "utf-8 (BOM)");
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", messages: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", messages: [] };
  // NUL bytes do not occur in text; many of them mean a binary file.
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (sample.length && nul / sample.length > 0.01) throw new InputError("binary", "binary file (NUL bytes), not a text or HTML scrape");
  return utf8(bytes, "utf-8");
}

function utf8(bytes: Uint8Array, encoding: string): Decoded {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding, messages: [] };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const bad = lossy.indexOf("\uFFFD");
    // Bytes that are not UTF-8 but contain no C0 controls are most likely Windows-1252.
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(lossy)) {
      const text = new TextDecoder("windows-1252").decode(bytes);
      return { text, encoding: "windows-1252", messages: [{ severity: "warning", code: "encoding-fallback", message: "not valid UTF-8; decoded as Windows-1252", line: lineOfOffset(lossy, bad) }] };
    }
    return { text: lossy, encoding, messages: [{ severity: "warning", code: "invalid-utf8", message: "invalid UTF-8 sequences replaced with U+FFFD", line: lineOfOffset(lossy, bad) }] };
  }
}
