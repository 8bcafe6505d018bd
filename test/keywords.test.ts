// Keywords: the heaviest terms of an article in the form it prints most, with made-up words whose weights are known.
import { describe, expect, it } from "vitest";
import { digestArticles } from "../src/extract/index.js";

describe("keywords", () => {
  // Made-up nouns no lexicon or background table knows, which the stemmer leaves as they are: each weighs its count.
  const body = "Bravix dorvak fennix gorlak hurvik jastok kelvix lurnak morvix nuptak.\nThe nuptak saw Nuptak's nuptak.";

  it("are the heaviest terms first, then equal weights in code-unit order, eight at most", () => {
    const [digest] = digestArticles([body]);
    expect(digest!.keywords).toEqual(["nuptak", "Bravix", "dorvak", "fennix", "gorlak", "hurvik", "jastok", "kelvix"]);
  });

  it("count a possessive as its word, and print the form written most often", () => {
    const [digest] = digestArticles(["Nuptak's plan. Nuptak's view. The nuptak spoke of Bravix dorvak fennix."]);
    expect(digest!.keywords[0]).toBe("Nuptak");
    expect(digest!.keywords).not.toContain("Nuptak's");
  });

  it("weigh words that name object properties like any other word", () => {
    const [digest] = digestArticles(["The constructor hired Bravix. Dorvak met Bravix and Bravix again."]);
    expect(digest!.keywords[0]).toBe("Bravix");
    expect(digest!.keywords).toContain("constructor");
  });
});
