// Arrays of the entity reading made by pushing, not by Array.prototype.map: the optimizing
// compiler's inlined map makes holey arrays where the unoptimized map makes packed ones, so code
// that read one kind of array before it was optimized stops (deoptimizes) at the other, and is
// compiled again. Packed arrays throughout keep the compiled code.

/** `items.map(f)`, as a packed array. */
export function packedMap<T, U>(items: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!));
  return out;
}
