// The entity lexicons, loaded once at module load: the text layer's place gazetteer (countries,
// capitals, demonyms, regions, cities), given names (human-names), and the project's own lists
// under data/.
import { readDataJson } from "../../data.js";
import { gazetteer, type Gazetteer, givenNames as given, isCommonWord, NameSet } from "../text/index.js";

interface Cues {
  orgSuffixes: string[];
  orgHeads: string[];
  locationSuffixes: string[];
  locationHeads: string[];
  locationModifiers: string[];
  compassWords: string[];
  // Titles before a name, a seat's short ones too ("Opposition TD Ann Ryan": a role, then a person).
  personTitles: string[];
  personRoleNouns: string[];
  orgNouns: string[];
  locationNouns: string[];
  placeKinds: string[];
  locationPrepositions: string[];
  nameParticles: string[];
  speechVerbs: string[];
  partyMembers: string[];
  // Titles that also spell other words ("AG" a company's suffix, "AM" a clock's, "Canon" a company): titles only before a given name.
  suffixTitles: string[];
  companyActs: string[];
  companyObjects: string[];
  companyOwnObjects: string[];
  shareMoves: string[];
  longOrgSuffixes: string[];
  waysOfGoing: string[];
}
interface NotEntities {
  calendar: string[];
  adjectives: string[];
  thingAcronyms: string[];
  furniture: string[];
  numberWords: string[];
  /** Nouns of nationality ("Dutchman", "Briton"), used like demonyms before a name. */
  nationalityNouns: string[];
}

export interface Lexicon extends Gazetteer {
  /** Lowercased organization name or short form -> canonical name. */
  orgs: Map<string, string>;
  givenNames: Set<string>;
  /** Lowercase words that are mostly not names (natural's Brill lexicon). */
  commonWords: { has(word: string): boolean };
  /** Capitalized words that are never entities on their own. */
  notEntities: Set<string>;
  /** Of those, the calendar's words ("Monday", "January"). */
  calendar: Set<string>;
  orgSuffixes: Set<string>;
  orgHeads: Set<string>;
  locationSuffixes: Set<string>;
  locationHeads: Set<string>;
  locationModifiers: Set<string>;
  compassWords: Set<string>;
  personTitles: Set<string>;
  personRoleNouns: Set<string>;
  orgNouns: Set<string>;
  locationNouns: Set<string>;
  /** Kinds of place a name follows with "of": "the canton of Valais". */
  placeKinds: Set<string>;
  locationPrepositions: Set<string>;
  nameParticles: Set<string>;
  speechVerbs: Set<string>;
  /** A party's members ("Republican", "Tories"), who follow a place in "the Ohio Republican". */
  partyMembers: Set<string>;
  /** Titles spelled like other words ("AG", Attorney General, a company's suffix; "Canon"), titles only before a given name. */
  suffixTitles: Set<string>;
  /** Verbs of a company's trading or running ("reported", "operates"), read with `companyObjects` after them. */
  companyActs: Set<string>;
  /** What a company reports or runs ("profit", "flights"). */
  companyObjects: Set<string>;
  /** What a company runs that people also keep, read only after "its" ("cancelled its winter timetable", "its sailings"). */
  companyOwnObjects: Set<string>;
  /** Words ending a body's name of three words or more that are also surnames ("Marine Accident Investigation Branch", not "Michelle Branch"). */
  longOrgSuffixes: Set<string>;
  /** Verbs of a price's moving ("fell", "jumped"), read with a percentage after them: "X fell 8%". */
  shareMoves: Set<string>;
  /** Ways of going somewhere, before "to" and the place ("a ferry to", "walked out to"). */
  waysOfGoing: Set<string>;
}


/** The word list is American: "defence", "colour", "organisation", "programme" are looked up as "defense", "color", "organization", "program". */
function americanSpelling(word: string): string {
  return word.replace(/(?<=[^aeiou])ce$/, "se").replace(/our$/, "or").replace(/is(e|es|ed|ing|ation|ations)$/, "iz$1").replace(/mme$/, "m");
}

// Words seen again are answered from memory; the bound keeps memory flat over a large corpus.
const COMMON = new Map<string, boolean>();
const COMMON_LIMIT = 50_000;

/** A common word in its own or its American spelling. */
function isCommonSpelling(word: string): boolean {
  let common = COMMON.get(word);
  if (common === undefined) {
    common = isCommonWord(word) || isCommonWord(americanSpelling(word));
    if (COMMON.size >= COMMON_LIMIT) COMMON.clear();
    COMMON.set(word, common);
  }
  return common;
}

function loadLexicon(): Lexicon {
  const cues = readDataJson<Cues>("entity-cues.json");
  const orgList = readDataJson<{ names: Record<string, string[]> }>("organizations.json");
  const not = readDataJson<NotEntities>("not-entities.json");
  const orgs = new Map<string, string>();
  for (const [name, short] of Object.entries(orgList.names)) {
    orgs.set(name.toLowerCase(), name);
    for (const s of short) orgs.set(s.toLowerCase(), name);
  }

  // Capitalized only: the lists hold a few lowercase particles.
  const givenNames = new NameSet();
  for (const names of Object.values(given())) for (const n of names) if (n[0] !== n[0]!.toLowerCase()) givenNames.add(n);

  return {
    ...gazetteer(),
    orgs,
    givenNames,
    // Plain lowercase words only: the tokenizer splits lowercase compounds at their hyphens.
    commonWords: { has: (word: string) => /^[a-z][a-z']*$/.test(word) && isCommonSpelling(word) },
    calendar: new Set(not.calendar),
    notEntities: new Set([...not.calendar, ...not.adjectives, ...not.thingAcronyms, ...not.furniture, ...not.numberWords, ...not.nationalityNouns]),
    orgSuffixes: new Set(cues.orgSuffixes),
    orgHeads: new Set(cues.orgHeads),
    locationSuffixes: new Set(cues.locationSuffixes),
    locationHeads: new Set(cues.locationHeads),
    locationModifiers: new Set(cues.locationModifiers),
    compassWords: new Set(cues.compassWords),
    personTitles: new Set(cues.personTitles),
    personRoleNouns: new Set(cues.personRoleNouns),
    orgNouns: new Set(cues.orgNouns),
    locationNouns: new Set(cues.locationNouns),
    placeKinds: new Set(cues.placeKinds),
    locationPrepositions: new Set(cues.locationPrepositions),
    nameParticles: new Set(cues.nameParticles),
    speechVerbs: new Set(cues.speechVerbs),
    partyMembers: new Set(cues.partyMembers),
    suffixTitles: new Set(cues.suffixTitles),
    companyActs: new Set(cues.companyActs),
    companyObjects: new Set(cues.companyObjects),
    companyOwnObjects: new Set(cues.companyOwnObjects),
    shareMoves: new Set(cues.shareMoves),
    longOrgSuffixes: new Set(cues.longOrgSuffixes),
    waysOfGoing: new Set(cues.waysOfGoing),
  };
}

export const lexicon: Lexicon = loadLexicon();
