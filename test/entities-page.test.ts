// One sense per page: the type a page's articles give a name most often, or the lexicons' type.
import { describe, expect, it } from "vitest";
import { typeAcrossArticles } from "../src/extract/entities/index.js";
import type { Entity, EntityType } from "../src/types.js";

const entity = (name: string, type: EntityType, mentions = 1, aliases: string[] = []): Entity => ({
  name,
  type,
  aliases,
  role: null,
  mentions: Array.from({ length: mentions }, (_, k) => ({ text: name, span: { start: k * 10, end: k * 10 + name.length } })),
});
const types = (page: Entity[][]) => page.map((es) => es.map((e) => `${e.type}:${e.name}`));

describe("a name's type across a page's articles", () => {
  it("a related item's name takes the type the lead gives it more often, also through an alias", () => {
    const lead = [entity("Skarvik Air", "organization", 3, ["Skarvik"]), entity("Tolvern", "location", 2)];
    const related = [entity("Skarvik", "location"), entity("Tolvern", "organization")];
    expect(types(typeAcrossArticles([lead, related]))).toEqual([["organization:Skarvik Air", "location:Tolvern"], ["organization:Skarvik", "location:Tolvern"]]);
  });
  it("a known place stays a place where any article reads it so, however few its mentions", () => {
    const page = [[entity("Marseille", "location")], [entity("Marseille", "organization", 2)]];
    expect(types(typeAcrossArticles(page))).toEqual([["location:Marseille"], ["location:Marseille"]]);
  });
  it("leaves two entities one article keeps apart, and a page of one article", () => {
    const lead = [entity("Kessler", "person", 3), entity("Kessler", "location", 1)];
    expect(types(typeAcrossArticles([lead, [entity("Kessler", "person")]]))).toEqual([["person:Kessler", "location:Kessler"], ["person:Kessler"]]);
    const alone = [[entity("Tolvern", "organization"), entity("Brae", "person")]];
    expect(typeAcrossArticles(alone)).toBe(alone);
  });
});
