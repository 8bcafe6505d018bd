// Given names by gender (data/given-names.json, built by data/build-given-names.mjs from the
// human-names lists in six languages): evidence for people's names and, for pronouns, their gender.
import { readDataJson } from "../../data.js";

export interface GivenNames {
  female: ReadonlySet<string>;
  male: ReadonlySet<string>;
}

let loaded: GivenNames | null = null;

/** The given names by gender, loaded once. */
export function givenNames(): GivenNames {
  if (!loaded) {
    const lists = readDataJson<{ female: string[]; male: string[] }>("given-names.json");
    loaded = { female: new Set(lists.female), male: new Set(lists.male) };
  }
  return loaded;
}
