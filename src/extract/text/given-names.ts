// Given names by gender (data/given-names.json, built by data/build-given-names.mjs from the
// human-names lists in six languages): evidence for people's names and, for pronouns, their gender.
import { readDataJson } from "../../data.js";

export interface GivenNames {
  female: ReadonlySet<string>;
  male: ReadonlySet<string>;
}

/**
 * A set of names that also holds each name written with accents its lists spell without them
 * ("Tomás", "Inés", "Héctor" where the lists hold "Tomas", "Ines", "Hector").
 */
export class NameSet extends Set<string> {
  override has(name: string): boolean {
    return super.has(name) || (!isAscii(name) && super.has(name.normalize("NFD").replace(/\p{M}/gu, "")));
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

let loaded: GivenNames | null = null;

/** The given names by gender, loaded once. */
export function givenNames(): GivenNames {
  if (!loaded) {
    const lists = readDataJson<{ female: string[]; male: string[] }>("given-names.json");
    loaded = { female: new NameSet(lists.female), male: new NameSet(lists.male) };
  }
  return loaded;
}

// A generation's mark after a name: "Jr", "Sr" or a Roman numeral ("Charles III", "Martin Luther King III").
const GENERATION = /^(?:Jr|Sr|I{2,3}|I?V|VI{1,3}|I?X)$/;

/** Whether a word marks a generation after a name, so that a title word before it is a surname ("King III"). */
export const isGenerationMark = (w: string): boolean => GENERATION.test(w);

// Letters after a person's name for an honour, a rank at the bar, a seat or a degree ("Alan Fraser KC", "Ana Costa MP"), no part of it.
const POST_NOMINALS = new Set(["KC", "QC", "MP", "MSP", "MEP", "MS", "AM", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD"]);

/** Whether a word is a post-nominal's letters ("KC", "OBE"). */
export const isPostNominal = (word: string): boolean => POST_NOMINALS.has(word);
