// The entity lexicons, loaded once at module load: countries, capitals and demonyms
// (world-countries, the fields used copied to data/countries.json by data/build-countries.mjs),
// given names (human-names), and the project's own lists under data/.
import { createRequire } from "node:module";
import { readDataJson } from "../../data.js";
import { isCommonWord } from "../text/index.js";

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
interface Cues {
  orgSuffixes: string[];
  orgHeads: string[];
  locationSuffixes: string[];
  locationHeads: string[];
  locationModifiers: string[];
  compassWords: string[];
  personTitles: string[];
  personRoleNouns: string[];
  orgNouns: string[];
  locationNouns: string[];
  placeKinds: string[];
  locationPrepositions: string[];
  nameParticles: string[];
  speechVerbs: string[];
}
interface Places {
  regions: string[];
  cities: string[];
  aliases: Record<string, string>;
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

export interface Lexicon {
  /** Lowercased place name -> canonical name. */
  places: Map<string, string>;
  /** Lowercased organization name or short form -> canonical name. */
  orgs: Map<string, string>;
  /** Lowercased country names and their other spellings. */
  countries: Set<string>;
  /** Country demonyms and their plurals ("French", "Russians"). */
  demonyms: Set<string>;
  /** The first words of demonyms of several words ("South" of "South Korean"). */
  demonymFirstWords: Set<string>;
  /** Canonical country or capital -> the country's demonym ("Moscow" -> "Russian"). */
  demonymOf: Map<string, string>;
  givenNames: Set<string>;
  /** Lowercase words that are mostly not names (natural's Brill lexicon). */
  commonWords: { has(word: string): boolean };
  /** Capitalized words that are never entities on their own. */
  notEntities: Set<string>;
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
}

// Two-letter alternative spellings are mostly ISO codes ("IN", "IT", "NO") that collide with
// words in capitals; only these are used as names in running text.
const TWO_LETTER_NAMES = new Set(["US", "UK", "UAE"]);

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
  const places = readDataJson<Places>("places.json");
  const orgList = readDataJson<{ names: Record<string, string[]> }>("organizations.json");
  const not = readDataJson<NotEntities>("not-entities.json");
  const countries = readDataJson<Country[]>("countries.json");

  const placeMap = new Map<string, string>();
  const countryNames = new Set<string>();
  const demonyms = new Set<string>();
  const demonymOf = new Map<string, string>();
  const addPlace = (name: string, canonical: string) => {
    const key = name.toLowerCase();
    if (!placeMap.has(key)) placeMap.set(key, canonical);
  };
  for (const c of countries) {
    const name = c.name.common;
    countryNames.add(name.toLowerCase());
    addPlace(name, name);
    addPlace(c.name.official, name);
    for (const alt of c.altSpellings) {
      // Skip ISO codes and alternative names in other scripts or with inverted commas.
      if ((alt.length <= 3 && !TWO_LETTER_NAMES.has(alt) && alt !== "USA") || /,|[^\p{Script=Latin}\s.'-]/u.test(alt)) continue;
      addPlace(alt, name);
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of [dem.m, dem.f]) {
        for (const form of d.split(/,\s*|\s+or\s+/)) {
          demonyms.add(form);
          // Plural nationality nouns ("Russians"); forms in -ese, -ss, -sh, -ch stay as they are.
          if (!/(?:ese|s|sh|ch)$/.test(form)) demonyms.add(`${form}s`);
        }
      }
      demonymOf.set(name, dem.m);
      for (const cap of c.capital) demonymOf.set(cap, dem.m);
    }
    for (const cap of c.capital) addPlace(cap, cap);
  }
  for (const p of [...places.regions, ...places.cities]) addPlace(p, p);
  for (const [alias, canonical] of Object.entries(places.aliases)) {
    placeMap.set(alias.toLowerCase(), placeMap.get(canonical.toLowerCase()) ?? canonical);
  }

  for (const n of not.nationalityNouns) demonyms.add(n);
  const orgs = new Map<string, string>();
  for (const [name, short] of Object.entries(orgList.names)) {
    orgs.set(name.toLowerCase(), name);
    for (const s of short) orgs.set(s.toLowerCase(), name);
  }

  const givenNames = new Set<string>();
  for (const sex of ["male", "female"]) {
    for (const lang of ["en", "de", "es", "fr", "it", "nl"]) {
      for (const n of require(`human-names/data/${sex}-human-names-${lang}.json`) as string[]) {
        if (/^\p{Lu}/u.test(n)) givenNames.add(n);
      }
    }
  }

  return {
    places: placeMap,
    countries: countryNames,
    orgs,
    demonyms,
    demonymFirstWords: new Set([...demonyms].filter((d) => d.includes(" ")).map((d) => d.slice(0, d.indexOf(" ")))),
    demonymOf,
    givenNames,
    // Plain lowercase words only: the tokenizer splits lowercase compounds at their hyphens.
    commonWords: { has: (word: string) => /^[a-z][a-z']*$/.test(word) && isCommonSpelling(word) },
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
  };
}

export const lexicon: Lexicon = loadLexicon();
