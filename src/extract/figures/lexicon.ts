// The word lists the figure extractor reads (data/figure-*.json) and the part-of-speech classes
// of English words (natural's Brill lexicon), loaded once.
import { readDataJson as readData } from "../../data.js";

const lower = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

interface CurrencyData {
  symbols: Record<string, string>;
  codes: string[];
  words: Record<string, string>;
  qualifiedWords: Record<string, string>;
  subunits: string[];
}
interface UnitData {
  gluedSymbols: string[];
  spacedSymbols: string[];
  measuresBefore: string[];
  percentWords: string[];
  timeUnits: string[];
  measureWords: string[];
  measurePrefixes: string[];
  temperatureScales: string[];
}
interface NounData {
  partitives: string[];
  designators: string[];
  persons: string[];
  addresses: string[];
}

const currencies = readData<CurrencyData>("figure-currencies.json");
const units = readData<UnitData>("figure-units.json");
const nouns = readData<NounData>("figure-nouns.json");
const qualifiers = readData<{ before: string[]; after: string[] }>("figure-qualifiers.json");
const verbs = readData<{ auxiliaries: string[]; hedges: string[]; states: string[]; actions: string[] }>("figure-verbs.json");

/** Currency symbols printed before an amount, longest first so "US$" wins over "$". */
export const CURRENCY_SYMBOLS: ReadonlyArray<[string, string]> = Object.entries(currencies.symbols).sort((a, b) => b[0].length - a[0].length);
export const CURRENCY_CODES: ReadonlySet<string> = new Set(currencies.codes);
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(currencies.words));
export const QUALIFIED_CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(currencies.qualifiedWords));
/** Symbols of currencies that may also follow the amount ("15 €", "100元"): the markers without Latin letters. */
export const CURRENCY_SYMBOLS_AFTER: ReadonlyArray<[string, string]> = CURRENCY_SYMBOLS.filter(([symbol]) => !/[A-Za-z]/.test(symbol));
/** Coins a hundredth of a currency ("cents", "pence"). */
export const CURRENCY_SUBUNITS: ReadonlySet<string> = lower(currencies.subunits);

/** Unit symbols glued to a numeral ("34C", "10km"), longest first. */
export const GLUED_UNITS: readonly string[] = [...units.gluedSymbols].sort((a, b) => b.length - a.length);
/** Unit symbols printed after a blank ("12 %", "17 km"), longest first. */
export const SPACED_UNITS: readonly string[] = [...units.spacedSymbols].sort((a, b) => b.length - a.length);
/** Measures named before their number ("magnitude 6.8", "Mach 2"), by their lowercase form. */
export const MEASURES_BEFORE: ReadonlyMap<string, string> = new Map(units.measuresBefore.map((w) => [w.toLowerCase(), w]));
/** Percent words, longest first so "percentage points" wins over "percent". */
export const PERCENT_WORDS: readonly string[] = [...units.percentWords].sort((a, b) => b.length - a.length);
export const TIME_UNITS: ReadonlySet<string> = lower(units.timeUnits);
/** Units of measure spelled out ("gallon", "kilometres"), by their lowercase form; units of time count too. */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([...lower(units.measureWords), ...TIME_UNITS]);
export const MEASURE_PREFIXES: ReadonlySet<string> = lower(units.measurePrefixes);
/** Scales named after "degrees" or "°" ("Celsius", "F"), by their lowercase form. */
export const TEMPERATURE_SCALES: ReadonlySet<string> = lower(units.temperatureScales);

export const PARTITIVES: ReadonlySet<string> = lower(nouns.partitives);
export const DESIGNATORS: ReadonlySet<string> = lower(nouns.designators);
/** Nouns for a person, after which a number between commas is an age ("a man, 34,"), as is a bare one after "over" or "under" ("voters under 30"). */
export const PERSON_NOUNS: ReadonlySet<string> = lower(nouns.persons);
export const ADDRESS_NOUNS: ReadonlySet<string> = new Set(nouns.addresses);

/** Qualifiers printed before an amount, longest first so "just over" wins over "over". */
export const QUALIFIERS_BEFORE: readonly string[] = [...qualifiers.before].sort((a, b) => b.length - a.length);
export const QUALIFIERS_AFTER: readonly string[] = [...qualifiers.after].sort((a, b) => b.length - a.length);

/** "were injured", "are feared dead", "died": what a number that is the subject counts; see data/figure-verbs.json. */
export const SUBJECT_VERBS = verbs;
/** The states of SUBJECT_VERBS by their lowercase form ("dead", "wounded"). */
export const STATE_WORDS: ReadonlySet<string> = lower(verbs.states);

export const FUNCTION_WORDS: ReadonlySet<string> = lower(readData<{ words: string[] }>("figure-function-words.json").words);

export const MONTHS: ReadonlySet<string> = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);

export { isCommonWord, tagsOf } from "../text/index.js";
