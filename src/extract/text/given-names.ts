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

// A generation's mark after a name: "Jr", "Sr" or a Roman numeral ("Charles III", "Martin Luther King III").
const GENERATION = /^(?:Jr|Sr|I{2,3}|I?V|VI{1,3}|I?X)$/;

/** Whether a word marks a generation after a name, so that a title word before it is a surname ("King III"). */
export const isGenerationMark = (w: string): boolean => GENERATION.test(w);
