// Turns a file's bytes into text. In order: binary formats are refused by their magic numbers or
// their share of NUL and control bytes; a byte-order mark decides the encoding; an HTML page's
// declared charset (<meta charset>, http-equiv Content-Type, an XML declaration) comes next;
// otherwise UTF-8, or Windows-1252 when the bytes are not UTF-8. Invalid UTF-8 is replaced, NUL
// and control characters are removed, and each problem becomes a message with its line. Only a
// binary file is refused.
import type { Message } from "../types.js";

export class InputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding the text was decoded from ("utf-8", "windows-1252", ...). */
  encoding: string;
  messages: Message[];
}

/** Decodes bytes to text, or throws InputError("binary") for a file that is not text. */
export function decode(bytes: Uint8Array): Decoded {
  const padded = withoutTrailingNuls(bytes);
  const body = bytes.subarray(0, padded);
  const kind = binaryKind(body);
  if (kind) throw new InputError("binary", `binary file (${kind}), not a text or HTML scrape`);
  const decoded = decodeText(body);
  if (padded < bytes.length) {
    decoded.messages.push({ severity: "warning", code: "nul-padding", message: `${bytes.length - padded} NUL bytes at the end of the file ignored`, line: null });
  }
  const cleaned = withoutControls(decoded);
  if (cleaned.text.trim() === "") {
    cleaned.messages.push({ severity: "warning", code: "empty-file", message: bytes.length ? "the file holds only whitespace; nothing to analyze" : "the file is empty; nothing to analyze", line: null });
    return { ...cleaned, text: "" };
  }
  return cleaned;
}

// ---------------------------------------------------------------------------------------------
// Binary files

// Signatures of binary formats a scrape folder may hold by mistake; each is distinctive enough
// (non-text bytes or a long literal) not to start a text file. `null` matches any byte.
const MAGIC: Array<[Array<number | null>, string]> = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG image"],
  [ascii("%PDF-"), "PDF document"],
  [[0x1f, 0x8b], "gzip archive"],
  [[0x50, 0x4b, 0x03, 0x04], "zip archive"],
  [[0x50, 0x4b, 0x05, 0x06], "zip archive"],
  [[0xff, 0xd8, 0xff], "JPEG image"],
  [ascii("GIF87a"), "GIF image"],
  [ascii("GIF89a"), "GIF image"],
  [[...ascii("RIFF"), null, null, null, null, ...ascii("WEBP")], "WebP image"],
  [[null, null, null, null, ...ascii("ftyp")], "MP4/QuickTime media"],
  [[...ascii("BZh"), null, ...ascii("1AY&SY")], "bzip2 archive"],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], "xz archive"],
  [[0x28, 0xb5, 0x2f, 0xfd], "zstd archive"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "7z archive"],
  [[...ascii("Rar!"), 0x1a, 0x07], "RAR archive"],
  [[0x7f, 0x45, 0x4c, 0x46], "ELF executable"],
  [[0x00, 0x61, 0x73, 0x6d], "WebAssembly module"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "Microsoft Office document"],
  [[...ascii("SQLite format 3"), 0x00], "SQLite database"],
  [ascii("wOFF"), "WOFF font"],
  [ascii("wOF2"), "WOFF2 font"],
  [ascii("OggS"), "Ogg media"],
  [ascii("fLaC"), "FLAC audio"],
  [[0x49, 0x49, 0x2a, 0x00], "TIFF image"],
  [[0x4d, 0x4d, 0x00, 0x2a], "TIFF image"],
  [[0xca, 0xfe, 0xba, 0xbe], "Java class or Mach-O binary"],
];

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

const startsWith = (b: Uint8Array, sig: ReadonlyArray<number | null>): boolean => b.length >= sig.length && sig.every((x, i) => x === null || b[i] === x);

// The first 8 KiB decide, as in git and file(1): enough to see a format, cheap on big files.
const SAMPLE_BYTES = 8192;
// Text has no NUL bytes and few C0 controls, and a few stray ones are removed; random or
// compressed bytes have about 10% of them, structured binary formats many more.
const MAX_SUSPICIOUS_SHARE = 0.05;
// Below this count a short file is read as damaged text rather than refused.
const MIN_SUSPICIOUS_BYTES = 8;

/** A description of the binary format the bytes hold, or null for text. */
function binaryKind(bytes: Uint8Array): string | null {
  if (bomOf(bytes)) return null;
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) return what;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (utf16WithoutBom(sample)) return null;
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (isControlByte(b)) control++;
  }
  if (nul + control < Math.max(MIN_SUSPICIOUS_BYTES, sample.length * MAX_SUSPICIOUS_SHARE)) return null;
  return nul >= control ? "NUL bytes" : "control bytes";
}

// C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape.
const isControlByte = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;

/** The length without NUL padding at the end (what a crashed writer or a preallocating copier leaves). */
function withoutTrailingNuls(bytes: Uint8Array): number {
  // UTF-16 text legitimately ends in a NUL byte (the high byte of its last character).
  if (bomOf(bytes)?.encoding.startsWith("utf-16") || utf16WithoutBom(bytes.subarray(0, SAMPLE_BYTES))) return bytes.length;
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end;
}

// ---------------------------------------------------------------------------------------------
// Choosing the encoding

interface Bom {
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  length: number;
}

function bomOf(bytes: Uint8Array): Bom | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", length: 2 };
  return null;
}

// Text in UTF-16 without a BOM shows as a NUL in every other byte: the high byte of ASCII. The
// other bytes are NUL only for the rare character whose low byte is 0 (U+4E00, U+0100).
const UTF16_NUL_SHARE = 0.9;
const UTF16_OTHER_NUL_SHARE = 0.05;

function utf16WithoutBom(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * UTF16_NUL_SHARE && evenNul <= pairs * UTF16_OTHER_NUL_SHARE) return "utf-16le";
  if (evenNul >= pairs * UTF16_NUL_SHARE && oddNul <= pairs * UTF16_OTHER_NUL_SHARE) return "utf-16be";
  return null;
}

function decodeText(bytes: Uint8Array): Decoded {
  const bom = bomOf(bytes);
  if (bom?.encoding === "utf-8") return utf8(bytes.subarray(bom.length), false);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, messages: [] };
  const utf16 = utf16WithoutBom(bytes.subarray(0, SAMPLE_BYTES));
  if (utf16) {
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, messages: [{ severity: "info", code: "utf16-without-bom", message: `decoded as ${utf16.toUpperCase()}, which the file does not mark with a byte-order mark`, line: null }] };
  }
  if (looksLikeMarkup(bytes)) {
    const declared = declaredCharset(bytes);
    if (declared) return declaredEncoding(bytes, declared);
  }
  return utf8(bytes, true);
}

/** Decodes with the charset an HTML page declares, unless the bytes say otherwise. */
function declaredEncoding(bytes: Uint8Array, label: string): Decoded {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    const decoded = utf8(bytes, true);
    decoded.messages.push({ severity: "warning", code: "unknown-charset", message: `the page declares charset "${label}", which is not a known encoding; read as ${decoded.encoding}`, line: null });
    return decoded;
  }
  // A declaration in ASCII bytes cannot be UTF-16 (the HTML standard reads it as UTF-8), and a
  // page declared UTF-8 gets the same Windows-1252 rescue as an undeclared one.
  if (encoding === "utf-8" || encoding.startsWith("utf-16")) return utf8(bytes, true);
  // Scrapers often save pages re-encoded as UTF-8 while keeping the original <meta charset>;
  // multi-byte UTF-8 sequences with no invalid one almost never happen by chance in other encodings.
  const scan = scanUtf8(bytes);
  if (scan.invalid.length === 0 && scan.multibyte > 0) {
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8", messages: [{ severity: "info", code: "charset-mismatch", message: `the page declares ${encoding} but its bytes are UTF-8; read as UTF-8`, line: null }] };
  }
  return { text: decodeAs(encoding, bytes), encoding, messages: [] };
}

// Node 20's TextDecoder reads "windows-1252" as ISO-8859-1, leaving 0x80-0x9F as C1 controls;
// these are the characters Windows-1252 has there (the five unassigned bytes stay as they are).
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Decodes bytes in a WHATWG encoding, with Windows-1252's 0x80-0x9F range made right. */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === "windows-1252" ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

// ---------------------------------------------------------------------------------------------
// HTML charset declarations

// The HTML standard's prescan reads 1,024 bytes, but real pages put <meta charset> after long
// inline scripts and styles; the head ends at <body> anyway.
const DECLARATION_WINDOW = 16384;

/** Content that starts with a tag, an XML declaration, a doctype or a comment. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length && i < DECLARATION_WINDOW; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c) continue;
    return b === 0x3c;
  }
  return false;
}

// One attribute of a tag: a name, then an optional double-quoted, single-quoted or bare value.
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const CONTENT_CHARSET = /charset\s*=\s*["']?\s*([^\s"';]+)/i;
const XML_ENCODING = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i;

/** The charset label the page's head declares, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so ASCII markup reads the same in any encoding.
  const head = withoutComments(Buffer.from(bytes.subarray(0, DECLARATION_WINDOW)).toString("latin1").trimStart());
  const xml = XML_ENCODING.exec(head.slice(0, 200));
  if (xml) return xml[1]!.trim();
  const lower = head.toLowerCase();
  const bodyAt = lower.search(/<body[\s>]/);
  const end = bodyAt < 0 ? lower.length : bodyAt;
  for (let at = lower.indexOf("<meta", 0); at >= 0 && at < end; at = lower.indexOf("<meta", at + 5)) {
    const close = lower.indexOf(">", at);
    if (close < 0) break;
    const attrs = attributesOf(head.slice(at + 5, close));
    const charset = attrs.get("charset")?.trim();
    if (charset) return charset;
    const content = attrs.get("http-equiv")?.trim().toLowerCase() === "content-type" ? CONTENT_CHARSET.exec(attrs.get("content") ?? "") : null;
    if (content) return content[1]!;
  }
  return null;
}

/** A tag's attributes by lower-case name; the first of a repeated name wins, as in HTML. */
function attributesOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/** The text with <!-- comments --> removed (a commented-out declaration does not count). */
function withoutComments(html: string): string {
  let out = "";
  let from = 0;
  for (let open = html.indexOf("<!--"); open >= 0; open = html.indexOf("<!--", from)) {
    out += html.slice(from, open);
    const close = html.indexOf("-->", open + 4);
    if (close < 0) return out;
    from = close + 3;
  }
  return out + html.slice(from);
}

// ---------------------------------------------------------------------------------------------
// UTF-8 and the Windows-1252 rescue

interface Utf8Scan {
  /** Count of well-formed multi-byte sequences. */
  multibyte: number;
  /** 1-based line of each invalid sequence, in order. */
  invalid: number[];
}

/** Counts well-formed multi-byte sequences and locates invalid ones, in one pass. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const invalid: number[] = [];
  let multibyte = 0;
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      // Lines end at LF, CR LF or a lone CR, as the page parsers count them.
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) multibyte++;
    else invalid.push(line);
    i += Math.abs(length);
  }
  return { multibyte, invalid };
}

/**
 * The length of the well-formed UTF-8 sequence at i (Unicode table 3-7) as a positive number, or
 * the length of its maximal ill-formed subpart as a negative one: what one U+FFFD replaces.
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
  if (need === 0) return -1;
  // E0 and F0 exclude overlong forms, ED UTF-16 surrogates, F4 code points above U+10FFFF.
  const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
  if (!inRange(bytes[i + 1], lo, hi)) return -1;
  for (let k = 2; k <= need; k++) if (!inRange(bytes[i + k])) return -k;
  return need + 1;
}

const inRange = (c: number | undefined, lo = 0x80, hi = 0xbf): boolean => c !== undefined && c >= lo && c <= hi;

// Lines listed one message each before the rest are summed up in one.
const MAX_LINE_MESSAGES = 10;

/**
 * UTF-8, with invalid sequences replaced by U+FFFD. With `rescue`, bytes that are mostly not
 * UTF-8 are read as Windows-1252 instead (the encoding of most non-UTF-8 Western scrapes).
 */
function utf8(bytes: Uint8Array, rescue: boolean): Decoded {
  const scan = scanUtf8(bytes);
  if (scan.invalid.length === 0) return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8", messages: [] };
  // UTF-8 damaged here and there keeps more good sequences than bad bytes; Windows-1252 text has
  // almost every non-ASCII byte invalid as UTF-8.
  if (rescue && scan.invalid.length > scan.multibyte) {
    return {
      text: decodeAs("windows-1252", bytes),
      encoding: "windows-1252",
      messages: [{ severity: "warning", code: "encoding-fallback", message: "not valid UTF-8; decoded as Windows-1252", line: scan.invalid[0]! }],
    };
  }
  const byLine = new Map<number, number>();
  for (const line of scan.invalid) byLine.set(line, (byLine.get(line) ?? 0) + 1);
  const messages: Message[] = [...byLine].slice(0, MAX_LINE_MESSAGES).map(([line, n]) => ({
    severity: "warning",
    code: "invalid-utf8",
    message: `${n} invalid UTF-8 ${n === 1 ? "sequence" : "sequences"} replaced with U+FFFD`,
    line,
  }));
  if (byLine.size > MAX_LINE_MESSAGES) {
    const rest = [...byLine].slice(MAX_LINE_MESSAGES);
    const n = rest.reduce((sum, [, k]) => sum + k, 0);
    messages.push({ severity: "warning", code: "invalid-utf8", message: `${n} more invalid UTF-8 sequences on ${rest.length} more lines replaced with U+FFFD`, line: null });
  }
  return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8", messages };
}

// ---------------------------------------------------------------------------------------------
// NUL and control characters

// Terminal color and cursor codes (ESC [ ... final byte) in text captured from a console.
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
// NUL (padding, UTF-16 read as bytes), DEL, a stray ESC and the C1 range (mojibake) carry no
// text: removed, so that a word they split joins again.
const INVISIBLE_CONTROL = /[\u0000\u001b\u007f-\u009f]/g;
// The other C0 controls (field and record separators, bell, backspace) stand between words.
const SEPARATING_CONTROL = /[\u0001-\u0008\u000e-\u001a\u001c-\u001f]/g;
const ANY_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

/** The text without NUL and control characters, with a message naming the first line holding one. */
function withoutControls(decoded: Decoded): Decoded {
  const first = decoded.text.search(ANY_CONTROL);
  if (first < 0) return decoded;
  let count = 0;
  const text = decoded.text
    .replace(ANSI_ESCAPE, (m) => ((count += m.length), ""))
    .replace(INVISIBLE_CONTROL, () => (count++, ""))
    .replace(SEPARATING_CONTROL, () => (count++, " "));
  const message: Message = { severity: "warning", code: "control-characters", message: `${count} NUL or control ${count === 1 ? "character" : "characters"} removed`, line: lineAt(decoded.text, first) };
  return { ...decoded, text, messages: [...decoded.messages, message] };
}

/** The 1-based line of a character offset, counting LF, CR LF and a lone CR as one line end each. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
