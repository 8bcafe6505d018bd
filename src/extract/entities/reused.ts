// Typed arrays the extractor reuses from text to text. It reads one text at a time, and making a
// typed array costs several times as much as clearing part of one already made (most texts are short).

// Arrays longer than this are made for their text and not kept, so one long text leaves no large array behind.
const KEPT_LENGTH = 1 << 16;

/** One typed array, lent for one text at a time: each `take` overwrites what the last one gave. */
export class Reused<T extends Uint8Array | Int32Array> {
  private buffer: T;

  constructor(
    private readonly create: (length: number) => T,
    private readonly initial = 0,
  ) {
    this.buffer = create(256);
  }

  /** An array of `length` elements, each set to the initial value. */
  take(length: number): T {
    if (length > KEPT_LENGTH) return this.create(length).fill(this.initial) as T;
    if (this.buffer.length < length) this.buffer = this.create(Math.max(length, 2 * this.buffer.length));
    return this.buffer.subarray(0, length).fill(this.initial) as T;
  }
}
