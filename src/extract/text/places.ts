// The place gazetteer, shared by the extractors that tell places and nationalities from names:
// countries, capitals and demonyms (world-countries, the fields used copied to data/countries.json
// by data/build-countries.mjs), the project's regions, cities and other spellings
// (data/places.json), and nouns of nationality (data/not-entities.json). Loaded once, on first use.
import { readDataJson } from "../../data.js";

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

interface Places {
  regions: string[];
  cities: string[];
  aliases: Record<string, string>;
}

export interface Gazetteer {
  /** Lowercased place name -> canonical name. */
  places: Map<string, string>;
  /** Lowercased country names and their other spellings. */
  countries: Set<string>;
  /** Lowercased names of cities and capitals (no countries nor regions). */
  cities: Set<string>;
  /** Country demonyms and their plurals ("French", "Russians"), and nouns of nationality ("Dutchman"). */
  demonyms: Set<string>;
  /** The first words of demonyms of several words ("South" of "South Korean"). */
  demonymFirstWords: Set<string>;
  /** Canonical country or capital -> the country's demonym ("Moscow" -> "Russian"). */
  demonymOf: Map<string, string>;
}

// Two-letter alternative spellings are mostly ISO codes ("IN", "IT", "NO") that collide with
// words in capitals; only these are used as names in running text.
const TWO_LETTER_NAMES = new Set(["US", "UK", "UAE"]);

let loaded: Gazetteer | undefined;

/** The gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  return (loaded ??= loadGazetteer());
}

function loadGazetteer(): Gazetteer {
  const places = readDataJson<Places>("places.json");
  const countries = readDataJson<Country[]>("countries.json");
  const nationalityNouns = readDataJson<{ nationalityNouns: string[] }>("not-entities.json").nationalityNouns;

  const placeMap = new Map<string, string>();
  const countryNames = new Set<string>();
  const cities = new Set<string>(places.cities.map((p) => p.toLowerCase()));
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
    for (const cap of c.capital) {
      addPlace(cap, cap);
      cities.add(cap.toLowerCase());
    }
  }
  for (const p of [...places.regions, ...places.cities]) addPlace(p, p);
  for (const [alias, canonical] of Object.entries(places.aliases)) {
    placeMap.set(alias.toLowerCase(), placeMap.get(canonical.toLowerCase()) ?? canonical);
  }
  for (const n of nationalityNouns) demonyms.add(n);
  return {
    places: placeMap,
    countries: countryNames,
    cities,
    demonyms,
    demonymFirstWords: new Set([...demonyms].filter((d) => d.includes(" ")).map((d) => d.slice(0, d.indexOf(" ")))),
    demonymOf,
  };
}
