// The type of a candidate name, from the lexicons, the cue words inside it and the words around
// it. "strong" evidence names a new entity on its own; "weak" evidence only when the candidate is
// not another form of an entity the text already names.
import type { EntityType } from "../../types.js";
import { abbreviates, acronymInBrackets, hasPlaceLink, isCamelName, isKoreanName, isPluralAcronym, lowerText, SEAT_TITLES, type Candidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";
import { actsAsCompany, AUXILIARIES, showsCompany } from "./companies.js";
import { isTeam, isTownsClub, otherSideOfFixture } from "./teams.js";
import { isAllCaps, isCapitalized, isPartyLabel, tagsOf, type Token } from "../text/index.js";

/**
 * `cue`: what spells the type: the name's own words ("... Diagnostics", "River ...", "Procter &
 * Gamble", a lexicon name of several words); a frame of words around it that fixes it ("X-based",
 * a dateline, "UN Secretary-General Y", "economists at X"); or looser context ("the regulator X",
 * "X, who", "X chief executive Y").
 */
export type Typing = { type: EntityType; strong: boolean; cue?: "name" | "frame" | "context" } | "none" | null;

// Words that end an appositive phrase ("Lena Voss, an analyst at ...": the head noun comes before "at").
const APPOSITIVE_STOP = new Set(["at", "of", "for", "in", "on", "with", "who", "which", "that", "whose", "and", "from", "to", "by", "said", "says"]);
const APPOSITIVE_OPENERS = new Set(["a", "an", "the", "its", "his", "her", "their", "our"]);
const POSSESSIVE_CLITICS = new Set(["'s", "’s"]);
const DASHES = new Set(["–", "—", "-"]);
const DATELINE_ENDS = new Set([",", "–", "—"]);

/** A word in capitals as the lexicons spell it ("JAN" -> "Jan"). */
const plain = (w: string): string => (w.length > 2 && !hasLowerAscii(w) && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w);

/** Whether a word has an ASCII lowercase letter: most words do, and then it is not in capitals, with no string made to tell. */
function hasLowerAscii(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Whether the word after token `last` is a noun the word at `last` may qualify ("coast", "storms"). */
function beforeNoun(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return !!next?.word && !next.newline && (tagsOf(next.text.toLowerCase())?.[0] ?? "").startsWith("NN");
}

/** Words that are never entities on their own, in any case: calendar words, nationalities, acronyms of things, compass points. */
function isNeverEntity(w: string, lex: Lexicon): boolean {
  if (lex.notEntities.has(w)) return true;
  const p = plain(w);
  return lex.notEntities.has(p) || lex.demonyms.has(p) || lex.compassWords.has(p);
}

/** Two nations joined by a hyphen are an adjective ("U.S.-Israeli talks", "Russian-Chinese ties"); "Pan-American" is a name. */
export function isNationalityCompound(c: Candidate, tokens: Token[], lex: Lexicon): boolean {
  const last = tokens[c.last]!;
  const before = tokens[c.last - 2];
  if (!before || c.last - 2 < c.first || tokens[c.last - 1]!.text !== "-" || tokens[c.last - 1]!.space || last.space) return false;
  const demonym = (w: string): boolean => lex.demonyms.has(plain(w));
  return demonym(last.text) && (demonym(before.text) || lex.places.has(before.text.toLowerCase()));
}

// The words that name a storm before its given name.
const STORM_HEADS = new Set(["Storm", "Hurricane", "Typhoon", "Cyclone"]);

// How many tokens a wire's credit in brackets after a dateline may hold ("(AP)", "(Thomson Reuters Foundation)").
const CREDIT_TOKENS = 5;

/** The token after a wire's credit in brackets opening at `k` ("LOS ANGELES (AP) —"), else `k`. */
function pastCredit(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== "(") return k;
  for (let j = k + 1; j <= k + CREDIT_TOKENS && j < tokens.length && !tokens[j]!.newline; j++) if (tokens[j]!.text === ")") return j + 1;
  return k;
}

// Kinds of place that follow a place's name in lower case; "state" and "capital" only in the plural ("a Trump state visit", "venture capital").
// Geographic features too, waters and ways ("the Oude Rijn canal", "the Harrow bridge"), a place's name, never a person's.
const KINDS_AFTER = new Set(["city", "town", "village", "region", "province", "county", "district", "municipality", "commune", "canton", "prefecture", "oblast", "borough", "parish", "emirate", "suburb", "territory", "crossing", "valley", "island", "peninsula", "enclave", "neighbourhood", "neighborhood",
  "canal", "river", "bridge", "motorway", "road", "street", "lake", "reservoir", "estuary", "tunnel"]);
// The word tags of an adjective or a plural name, read first.
const ADJECTIVE_TAGS = new Set(["JJ", "NNPS"]);
const pluralKind = (w: string): boolean => w === "states" || w === "capitals" || KINDS_AFTER.has(w.replace(/ies$/, "y").replace(/s$/, ""));

/** Whether the name stands before the kind of place it is, alone or as the first of two names ("Marin and Sonoma counties"). */
function placeKindAfter(c: Candidate, tokens: Token[], lex: Lexicon): boolean {
  const next = tokens[c.last + 1];
  // An adjective of a people or a range ("Sicilian towns", "Himalayan region") is no place's name.
  if (!next?.word || next.newline || ADJECTIVE_TAGS.has(tagsOf(tokens[c.last]!.text)?.[0] ?? "")) return false;
  // Not a compound's first half ("Reed road-tested the car"), a road's number, which the tagger reads ("the M3 motorway"),
  // nor a common word capitalized by the sentence's start ("Harbour tunnels are ...").
  if ((KINDS_AFTER.has(next.text) || pluralKind(next.text)) && tokens[c.last + 2]?.text !== "-" && !/\d/.test(c.text) && !c.positional) return true;
  if (next.text !== "and" || !isCapitalized(tokens[c.last + 2]?.text ?? "")) return false;
  let k = c.last + 2;
  while (k < tokens.length && tokens[k]!.word && isCapitalized(tokens[k]!.text) && !tokens[k]!.newline) k++;
  return !!tokens[k]?.word && pluralKind(tokens[k]!.text) && !lex.commonWords.has(tokens[c.last + 2]!.text.toLowerCase());
}

/** Whether a speech verb stands right after or before the name: people speak, places do not ("said Lena Park", "Grace Lane told"). */
function speaks(c: Candidate, tokens: Token[], lex: Lexicon): boolean {
  return lex.speechVerbs.has(tokens[c.last + 1]?.text ?? "") || lex.speechVerbs.has(tokens[c.first - 1]?.text ?? "");
}

/** A word most often an adjective, then a lower-case word most often a noun or an adjective ("National weather forecasters"; not "Green said"). */
function isAdjectiveBeforeNoun(c: Candidate, tokens: Token[]): boolean {
  const next = tokens[c.last + 1];
  if (!next?.word || next.newline || next.text !== next.text.toLowerCase()) return false;
  const nextTag = tagsOf(next.text)?.[0] ?? "";
  return tagsOf(c.capWords[0]!.toLowerCase())?.[0] === "JJ" && (nextTag.startsWith("NN") || nextTag === "JJ");
}

/** A named storm ("Storm Babet", "Hurricane Milton", "Tropical Storm Alberto"), not a body named after storms ("National Hurricane Center"). */
export function isStormName(c: Candidate, tokens: Token[], lex: Lexicon): boolean {
  const caps = c.capWords;
  return STORM_HEADS.has(caps[caps.length - 2] ?? tokens[c.first - 1]?.text ?? "") && !lex.orgSuffixes.has(caps[caps.length - 1]!);
}

/** Whether a person's name, an age between commas and "of" or "from" come right before token `first` ("Tom Hale, 29, of"). */
function isHomeAfterAge(tokens: Token[], first: number): boolean {
  const [name, open, age, close, of] = tokens.slice(Math.max(0, first - 5), first);
  return first >= 5 && (of!.text === "of" || of!.text === "from") && close!.text === "," && /^\d{1,3}$/.test(age!.text) && open!.text === "," && isCapitalized(name!.text);
}

/** "none" for words that are never entities, a typing, or null when nothing tells the type. */
export function typeCandidate(c: Candidate, tokens: Token[], lex: Lexicon): Typing {
  const caps = c.capWords;
  const firstCap = caps[0]!;
  const lastCap = caps[caps.length - 1]!;
  const key = lowerText(c);
  const multi = caps.length > 1;

  // A word that names nothing elsewhere, not the calendar's nor a nationality, is a company's name where the company is held ("shares in Next").
  if (!multi && !lex.calendar.has(firstCap) && !lex.demonyms.has(firstCap) && isNeverEntity(firstCap, lex) && isCompanyFrame(c, tokens, lex)) return { type: "organization", strong: true, cue: "frame" };
  // A sea's or region's adjective after "the" and before no noun is the sea or region ("across the Atlantic"; not "the Atlantic coast").
  if (!multi && lex.places.has(key) && lex.notEntities.has(firstCap) && tokens[c.first - 1]?.text.toLowerCase() === "the" && !beforeNoun(tokens, c.last)) {
    return { type: "location", strong: true, cue: "context" };
  }
  // Calendar words, nationality and other adjectives, acronyms of things, furniture; also in capitals ("JAN").
  if (caps.every((w) => isNeverEntity(w, lex))) return "none";
  // Nationalities of more than one word ("South Korean", also when the compass word is left out of the name).
  const wordBefore = tokens[c.first - 1]?.text ?? "";
  if ((multi && lex.demonyms.has(c.text)) || (lex.demonymFirstWords.has(wordBefore) && lex.demonyms.has(`${wordBefore} ${c.text}`))) return "none";
  if (isNationalityCompound(c, tokens, lex)) return "none";
  if (isPartyLabel(c.text)) return "none";
  // An adjective capitalized only by the sentence's start, before the lower-case noun it qualifies, names nothing ("Federal aviation regulators").
  if (c.positional && !multi && isAdjectiveBeforeNoun(c, tokens)) return "none";
  // A name opening in lower case is a company's where it acts or is held ("easyJet said", "shares in eBay"); else a product's ("iPhone").
  if (!multi && isCamelName(tokens[c.first])) return actsAsBody(c, tokens, lex) ? { type: "organization", strong: true, cue: "frame" } : "none";
  // Plural acronyms name kinds of things ("UAVs", "MSPs").
  if (!multi && isPluralAcronym(firstCap)) return "none";
  // A source credit closing a paragraph ("... (Reuters)", "... (The Herald)") is the item's outlet, not a mention.
  const opening = tokens[c.first - 1]?.text === "The" ? c.first - 2 : c.first - 1;
  if (tokens[opening]?.text === "(" && tokens[c.last + 1]?.text === ")" && (!tokens[c.last + 2] || tokens[c.last + 2]!.newline)) return "none";
  // A named storm ("Storm Babet", "Hurricane Milton", "Tropical Storm Alberto") is weather, none of the three kinds;
  // a body named after storms is not ("National Hurricane Center").
  if (isStormName(c, tokens, lex)) return "none";

  // A club is named after its town; a person's full name stays a person ("Monica Seles beat ..."), not a place's ("Crystal Palace").
  // A known town beside a score and a result is framed as its club; other names may be players.
  const personal = multi && lex.givenNames.has(firstCap) && !lex.locationSuffixes.has(lastCap);
  // A side of a results line or a fixture of several words is framed as a club, also opening with a given name ("Nancy 0 Paris St Germain 0"),
  // where the other side is no person's name ("Rosa Vellamar 6 Tomas Brenner 4"); not the words after a possessive, the end of a
  // longer name ("Newell's Old Boys 0").
  const other = multi && !POSSESSIVE_CLITICS.has(tokens[c.first - 1]?.text ?? "") ? otherSideOfFixture(c, tokens) : -1;
  const side = other >= 0 && !opensPersonsName(tokens, other, lex) && !opensPersonsName(tokens, other - 1, lex);
  if (!lex.countries.has(key) && !HOME_NATIONS.has(key) && (side || (!personal && isTeam(c, tokens)))) {
    return { type: "organization", strong: true, cue: lex.places.has(key) || side ? "frame" : undefined };
  }
  // "Lyon-based": the place something is based in, also a known place.
  if (tokens[c.last + 1]?.text === "-" && !tokens[c.last + 1]!.space && tokens[c.last + 2]?.text === "based") return { type: "location", strong: true, cue: "frame" };
  // "Wrexham-based Harbour Light Supply": what is based there is a body, unless a person's name ("Leeds-based Tom Ashby");
  // a known body or one its suffix types keeps its own reading.
  const basedThere = tokens[c.first - 1]?.text === "based" && tokens[c.first - 2]?.text === "-" && !tokens[c.first - 2]!.space;
  if (basedThere && !opensPersonsName(tokens, c.first, lex) && !lex.orgSuffixes.has(lastCap) && !lex.orgs.has(key)) return { type: "organization", strong: true, cue: "frame" };
  // "Tom Hale, 29, of Brockley,": a name after a person's age and "of" or "from" is the town the person lives in, not an employer's.
  if (isHomeAfterAge(tokens, c.first) && !lex.orgs.has(key) && !lex.orgSuffixes.has(lastCap)) return { type: "location", strong: true, cue: "frame" };
  // "Burton-on-Trent", "Aix-en-Provence": a lower-case link hyphened inside a word is a place's.
  if (caps.some(hasPlaceLink)) return { type: "location", strong: true, cue: "name" };
  // "Harlan county", "Marin and Sonoma counties": a name before the kind of place it is.
  if (placeKindAfter(c, tokens, lex)) return { type: "location", strong: true, cue: "frame" };
  // A known name of several words spells its type. A known name of one word before a title is
  // where the title holder serves: a body before any role ("UN Secretary-General X"), a place
  // before a title of office or a place's role ("US President X", not "Florida manager X").
  const role = multi ? null : roleAfter(c, tokens, lex);
  const org = lex.orgs.get(key);
  if (org) return { type: "organization", strong: true, cue: multi ? "name" : role ? "frame" : undefined };
  const place = lex.places.get(key);
  const office = (!!role && (lex.personTitles.has(role[0]!.toUpperCase() + role.slice(1)) || PLACE_ROLES.has(role))) || isSeat(c, tokens);
  // A dateline's place: a line opening with a name in capitals and a comma or a dash ("AL-AIN , United Arab Emirates", "LONDON —").
  const dateline = tokens[c.first]!.newline && /^\p{Lu}[\p{Lu}\s.'’-]+$/u.test(c.text) && DATELINE_ENDS.has(tokens[pastCredit(tokens, c.last + 1)]?.text ?? "") && !lex.commonWords.has(key);
  // "the Ardrossan to Brodick route", "the Leeds to Jersey flights": both ends of a route are places, known or not.
  if (isRouteEnd(tokens, c.first, c.last)) return { type: "location", strong: true, cue: "frame" };
  // "Trains between Penrith and Kendal were cancelled": the two ends of a way travelled between them are places, not clubs.
  if (isEndBetween(c, tokens) && speaksOfTravel(c, tokens) && !speaks(c, tokens, lex)) return { type: "location", strong: true, cue: "frame" };
  if (place) return { type: "location", strong: true, cue: multi ? "name" : office || dateline ? "frame" : undefined };
  // "Reggio di Calabria", "Palma de Mallorca": a place's name with a particle before the region it is in.
  if (multi && isPlaceOfRegion(c, lex)) return { type: "location", strong: true, cue: "name" };
  // "Sesto San Giovanni", "Borgo San Lorenzo": a saint's name after a word no lexicon knows is a town's (not "Paris St Germain",
  // "Hospital San Carlo", "Zenit St Petersburg"), where it has no role and does not speak ("Coach Álvaro San Román said").
  if (!c.role && !speaks(c, tokens, lex) && isTownOfSaint(caps, lex)) return { type: "location", strong: true, cue: "name" };
  // "Manchester Piccadilly", "London Euston": a city before a name no lexicon knows, in a sentence of travel, is a station or a district.
  if (multi && isCityAndStation(c, tokens, lex)) return { type: "location", strong: true, cue: "frame" };
  // A name of words no given name opens, defined by an acronym in brackets, is a body's, also at a sentence's start ("Law and Justice (PiS)").
  if (multi && !lex.givenNames.has(firstCap) && foreignAcronymAfter(c, tokens, lex)) return { type: "organization", strong: true, cue: "frame" };
  // A common word capitalized by position that acts as a company is one ("Stagecoach has cut 12 routes"); not a plural, which
  // names people or a trade ("Analysts reported", "Airlines cancelled flights").
  if (c.positional) return !multi && !firstCap.endsWith("s") && actsAsCompany(tokens, c.last, lex) ? { type: "organization", strong: true, cue: "frame" } : null;
  if (c.words.includes("&")) return { type: "organization", strong: true, cue: "name" };
  // A suffix that is also a surname ends a body's name only after two words or more ("Marine Accident Investigation Branch", not "Michelle Branch").
  if (multi && (lex.orgSuffixes.has(lastCap) || (caps.length > 2 && lex.longOrgSuffixes.has(lastCap)))) return { type: "organization", strong: true, cue: "name" };
  // A body's head before "of", also after a nationality ("American Academy of Pediatrics").
  const head = lex.demonyms.has(firstCap) ? (caps.find((w) => !lex.demonyms.has(w)) ?? firstCap) : firstCap;
  if (multi && lex.orgHeads.has(head) && c.words.some((w) => /^(?:of|for)\b/.test(w))) return { type: "organization", strong: true, cue: "name" };
  // Also a head qualified by a word before it, right before "for" ("Independent Office for Police Conduct").
  const link = c.words.findIndex((w) => w === "for");
  if (link > 1 && lex.orgHeads.has(c.words[link - 1]!)) return { type: "organization", strong: true, cue: "name" };
  // Heads no English word spells ("Institut de Recherche", "Scuola Normale Superiore") need no "of".
  if (multi && lex.orgHeads.has(firstCap) && !lex.commonWords.has(firstCap.toLowerCase())) return { type: "organization", strong: true, cue: "name" };
  // A title of office before a given name and a surname spells a person, also where the surname is a common word
  // ("Labour MP Dawn Butler") or ends places' names ("Sen. Jo Lane").
  const titled = !!c.role && caps.length === 2 && lex.givenNames.has(firstCap) && lex.personTitles.has(c.role.split(" ").pop()!);
  // A given name and a place's suffix that speak are a person ("said Lena Park", "Grace Lane told"): places say nothing.
  if (titled || (caps.length === 2 && lex.givenNames.has(firstCap) && lex.locationSuffixes.has(lastCap) && speaks(c, tokens, lex))) return { type: "person", strong: true, cue: "name" };
  // A town's club before a player's or a manager's role, or a verb in the plural, is the club ("Harrogate Town manager X",
  // "Salford City have signed"; not "Mexico City mayor X", nor "residents of Mesa County were told").
  if (multi && isTownsClub(caps, roleAfter(c, tokens, lex), tokens[c.last + 1]?.text ?? "", wordBefore)) return { type: "organization", strong: true, cue: "frame" };
  // "Norwich City", "Luton Town": a city's name with "City" or "Town" that names no place is the club named after the city
  // (not "Mexico City", "Kansas City", "Cape Town", places of their own).
  if (caps.length === 2 && CITY_CLUB_ENDINGS.has(lastCap) && lex.cities.has(firstCap.toLowerCase()) && !lex.places.has(key) && !CITY_PARTS.has(tokens[c.last + 1]?.text ?? "")) return { type: "organization", strong: true, cue: "name" };
  if (multi && lex.locationSuffixes.has(lastCap)) return { type: "location", strong: true, cue: "name" };
  // A place's head word opens a body's name too ("the group River Action", "River Action, a charity,"): a cue noun beside it decides.
  if (multi && lex.locationHeads.has(firstCap)) return { type: nounBefore(c, tokens, lex) ?? appositiveType(c, tokens, lex) ?? "location", strong: true, cue: "name" };
  if (dateline) return { type: "location", strong: true, cue: "frame" };
  // Any other role before a name: a person, by looser evidence; a title of address or office before one word names one
  // the tagger left out ("talks with President Trump"), where the title is no word of another kind ("Miss Universe",
  // "Major League Baseball").
  const title = c.role?.split(" ").pop() ?? "";
  const addressed = !multi && lex.personTitles.has(title) && (tagsOf(title.toLowerCase())?.[0] ?? "NN").startsWith("NN");
  if (c.role) return { type: "person", strong: true, cue: addressed ? "context" : undefined };
  // A short family name before a hyphenated two-syllable given name: a Korean name ("Moon Jae-in").
  if (isKoreanName(caps)) return { type: "person", strong: true, cue: "name" };
  // A name before "party" names the party ("the centrist Les Engagés party"), however like a person's it looks.
  if (multi && PARTY_WORDS.has(tokens[c.last + 1]?.text ?? "")) return { type: "organization", strong: true, cue: "frame" };
  // A name before the noun of a kind of body that only names bodies, in lower case, is that body ("the IG Metall union",
  // "the Vantor airline"; a known place is typed before), not one opened by an adjective ("the Socialist FGTB union").
  if (BODY_KINDS.has(tokens[c.last + 1]?.text ?? "") && !isNeverEntity(firstCap, lex)) return { type: "organization", strong: true, cue: "frame" };
  // A workplace shaped like a person's name ("an analyst at Piper Sandler") is a firm named after its founders.
  if (isWorkplace(c, tokens, lex)) return { type: "organization", strong: true, cue: "frame" };
  // A given name first: a person, also when the surname is a town ("Sarah Dorset"), not when it is a country.
  if (multi && lex.givenNames.has(firstCap) && !lex.commonWords.has(lastCap.toLowerCase()) && !lex.countries.has(lastCap.toLowerCase())) return { type: "person", strong: true, cue: "name" };
  if (isCompanyFrame(c, tokens, lex)) return { type: "organization", strong: true, cue: "frame" };
  // The words around a name outweigh its look ("IG Metall, Germany's largest union,").
  const context = contextType(c, tokens, lex);
  if (context) return { type: context, strong: true, cue: "context" };
  // Two capitals no lexicon knows before one surname are a person's initials ("JK Rowling"); clubs' and
  // companies' prefixes are organization heads ("FC Linz", "PT Astra"), known bodies are in the lexicon.
  if (isInitialsAndSurname(caps, lex)) return { type: "person", strong: true, cue: "name" };
  if (multi) {
    const others = caps.filter((w) => !lex.places.has(w.toLowerCase()));
    // "Northern Ireland", "Nazi Germany" are places; "Statistics Norway", "Radio France" are bodies.
    if (others.length < caps.length) {
      // A modifier that is no compass point spells a place ("Nazi Germany"); "East Fife", "South Sydney" may be clubs.
      if (others.every((w) => lex.locationModifiers.has(w) || lex.compassWords.has(w))) {
        return { type: "location", strong: true, cue: others.some((w) => !lex.compassWords.has(w)) ? "name" : isSeat(c, tokens) ? "frame" : undefined };
      }
      // "Sydney Brown", "Florence Pugh": a place that is also a given name, before a surname; not a
      // country ("America Online"), nor a plural or a body's word after it ("Sydney Tigers", "London Newsroom").
      const surname = caps.length === 2 && others.length === 1 && others[0] === lastCap && !lex.orgNouns.has(lastCap.toLowerCase()) && !/s$/.test(lastCap);
      if (surname && lex.givenNames.has(firstCap) && !lex.countries.has(firstCap.toLowerCase())) return { type: "person", strong: true, cue: "name" };
      // "Michael Jordan", "Luis Montenegro": a given name no common word spells, before a place as its surname.
      const placeSurname = caps.length === 2 && others.length === 1 && others[0] === firstCap && lex.givenNames.has(firstCap) && !lex.commonWords.has(firstCap.toLowerCase());
      if (placeSurname) return { type: "person", strong: true, cue: "name" };
      return { type: "organization", strong: true, cue: "name" };
    }
    // "Millbrook North": a name with a compass point after it is a place.
    if (lex.compassWords.has(lastCap)) return { type: "location", strong: true };
  }
  // A long form followed by its abbreviation in brackets: "Office of Rail and Road (ORR)".
  if (multi && abbreviationAfter(c, tokens)) return { type: "organization", strong: true };

  // Weak evidence from here on.
  const employer = employerBeforeRole(c, tokens, lex);
  if (employer) return { type: employer, strong: false, cue: "context" };
  if (multi) {
    // Neither end an ordinary word ("Idris Okonkwo"), or a given name before a surname that is one ("Tom Marsh");
    // not product or place names made of words ("Oculus Rift", "Ballard Locks", "Blue House").
    const ordinary = (w: string) => lex.commonWords.has(w.toLowerCase());
    // An acronym leading ordinary or several words names a company or body ("LG Energy Solution",
    // "BP Energy"); initials before one surname stay a person ("JK Rowling").
    if (isAllCaps(firstCap) && firstCap.length <= 5 && (caps.length >= 3 || ordinary(lastCap))) return { type: "organization", strong: false };
    const nameLike = (!ordinary(firstCap) && !ordinary(lastCap)) || (lex.givenNames.has(firstCap) && !ordinary(firstCap));
    if (nameLike && !namesThing(caps, lex) && caps.length <= 4 && !caps.some((w) => lex.notEntities.has(w) || isAllCaps(w))) return { type: "person", strong: false };
    return null;
  }
  const prev = tokens[c.first - 1];
  // "in Quorndon", "from Lancashire": a single name after a place preposition.
  // Not "shares in Acme", "a stake in Acme".
  const holding = /^(?:shares|stake|stakes|investment|investments|interest)$/i.test(tokens[c.first - 2]?.text ?? "");
  if (prev?.word && lex.locationPrepositions.has(prev.text) && !lex.commonWords.has(key) && !holding) return { type: "location", strong: false };
  // "from Lisbon to Setubal".
  if (prev?.text === "to" && tokens.slice(Math.max(0, c.first - 5), c.first - 1).some((t) => t.text === "from")) return { type: "location", strong: false };
  // "a ferry to Rosslare", "walked out to Abersoch": where a way of going leads is a place (not "travel to", "move to": clubs and transfers).
  if (isWayTo(tokens, c.first, lex)) return { type: "location", strong: false, cue: "context" };
  // "to Lisbon and Setubal": coordinated with a known place.
  const before = tokens[c.first - 2];
  if ((prev?.text === "and" || prev?.text === "or" || prev?.text === ",") && before?.word && lex.places.has(before.text.toLowerCase())) return { type: "location", strong: false };
  // An acronym that is not an ordinary word in capitals ("KVX", "SNCF").
  if (isAllCaps(firstCap) && firstCap.length <= 6 && !lex.commonWords.has(key)) return { type: "organization", strong: false };
  // "Netanyahu told parliament", "Yeltsin said": a name no lexicon knows that speaks is most often a person's
  // surname; a plural ("Democrats said", "Sandinistas said") names a group.
  const verb = tokens[c.last + 1];
  if (!verb?.word || !lex.speechVerbs.has(verb.text) || lex.commonWords.has(key)) return null;
  // "Merseytravel said it would review ...": a name opening a sentence that speaks of itself as "it" doing something is a body,
  // where it is no person's surname the text gives; not "it would be", "it was": what people say of a state of things.
  if (c.initial && speaksOfItself(tokens, c.last + 2)) return { type: "organization", strong: false };
  return c.text.endsWith("s") ? null : { type: "person", strong: false };
}

// A saint's title inside a place's name.
const SAINT_WORDS = new Set(["San", "Santa", "Santo", "São", "St", "St.", "Saint", "Sainte"]);

/**
 * A word no lexicon knows (no common word, given name, place or body's head) before a saint's title and the saint's
 * name, which is no known place: a club is named after its city ("Zenit St Petersburg").
 */
function isTownOfSaint(caps: string[], lex: Lexicon): boolean {
  const first = caps[0]!;
  const known = lex.commonWords.has(first.toLowerCase()) || lex.givenNames.has(first) || lex.places.has(first.toLowerCase()) || lex.orgHeads.has(first) || lex.orgSuffixes.has(first);
  return caps.length === 3 && SAINT_WORDS.has(caps[1]!) && !known && !isAllCaps(first) && ![caps[1], "St.", "Saint"].some((title) => lex.places.has(`${title} ${caps[2]}`.toLowerCase()));
}

// Words of a sentence about travel by rail, bus or ferry (not the ways of going, which sports reports use: "drove in two runs", "top flight").
const TRAVEL_WORDS = new Set(["train", "trains", "station", "stations", "platform", "platforms", "passengers", "rail", "railway", "bus", "buses", "tram", "trams", "ferry", "ferries"]);
const STOPS = new Set([".", "!", "?"]);

/** Whether the candidate's sentence speaks of travel by rail, bus or ferry ("trains between X and Y"). */
function speaksOfTravel(c: Candidate, tokens: Token[]): boolean {
  const travel = (t: Token): boolean => t.word && TRAVEL_WORDS.has(t.text.toLowerCase());
  for (let k = c.last + 1; k < tokens.length && !tokens[k]!.newline && !STOPS.has(tokens[k]!.text); k++) if (travel(tokens[k]!)) return true;
  // Back to the sentence's first word, the first of its line too.
  for (let k = c.first - 1; k >= 0 && !STOPS.has(tokens[k]!.text); k--) {
    if (travel(tokens[k]!)) return true;
    if (tokens[k]!.newline) break;
  }
  return false;
}

/**
 * A city, no country, before words no lexicon knows (no common word, place, body's word or plural: "Piccadilly", not
 * "United", "Expos"), in a sentence of travel; not where it speaks, as people do ("London Wexcombe said").
 */
function isCityAndStation(c: Candidate, tokens: Token[], lex: Lexicon): boolean {
  if (speaks(c, tokens, lex)) return false;
  const [city, ...rest] = c.capWords;
  const unknown = (w: string): boolean => !lex.commonWords.has(w.toLowerCase()) && !lex.places.has(w.toLowerCase()) && !lex.orgSuffixes.has(w) && !lex.orgNouns.has(w.toLowerCase()) && !isAllCaps(w) && !w.endsWith("s");
  return lex.places.has(city!.toLowerCase()) && !lex.countries.has(city!.toLowerCase()) && rest.every(unknown) && speaksOfTravel(c, tokens);
}

/** Whether token k is a capitalized word on the line of the words before it. */
const isCapitalAt = (tokens: Token[], k: number): boolean => !!tokens[k]?.word && !tokens[k]!.newline && isCapitalized(tokens[k]!.text);

// Nouns of a way between two places, after its two ends ("the Glasgow to Edinburgh line"; not "transfer", "deal").
const ROUTE_NOUNS = new Set(["route", "routes", "line", "service", "services", "crossing", "crossings", "ferry", "ferries", "flight", "flights", "train", "trains", "railway", "road", "motorway"]);

/**
 * Whether the name from `first` to `last` is an end of a route: a name, "to", a name, then a route's noun ("the Leeds to
 * Jersey route", "the Holyhead to Dublin ferry"; not "from Manchester United to Chelsea", "the Smith to Jones transfer").
 */
function isRouteEnd(tokens: Token[], first: number, last: number): boolean {
  const routeAt = (k: number): boolean => !!tokens[k]?.word && !tokens[k]!.newline && ROUTE_NOUNS.has(tokens[k]!.text);
  if (tokens[last + 1]?.text === "to" && isCapitalAt(tokens, last + 2)) {
    let k = last + 2;
    while (isCapitalAt(tokens, k)) k++;
    return routeAt(k);
  }
  return tokens[first - 1]?.text === "to" && isCapitalAt(tokens, first - 2) && routeAt(last + 1);
}

/** Whether the candidate is an end of "between X and Y": right after "between" before "and" and a name, or after "and" and the name after "between". */
function isEndBetween(c: Candidate, tokens: Token[]): boolean {
  if (tokens[c.first - 1]?.text === "between") return tokens[c.last + 1]?.text === "and" && isCapitalAt(tokens, c.last + 2);
  if (tokens[c.first - 1]?.text !== "and") return false;
  let k = c.first - 2;
  while (isCapitalAt(tokens, k)) k--;
  return k < c.first - 2 && tokens[k]?.text === "between";
}

// Forms of "be" after "it": what a thing is, not what it does.
const BE = new Set(["is", "was", "be", "been", "'s", "’s"]);

/** "its" at `k`, or "it" then a verb that is no form of "be", after an auxiliary or not ("it would close", "it plans", not "it would be"). */
function speaksOfItself(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text === "its") return true;
  if (tokens[k]?.text !== "it") return false;
  const verb = tokens[AUXILIARIES.has(tokens[k + 1]?.text ?? "") ? k + 2 : k + 1];
  return !!verb?.word && !BE.has(verb.text);
}

// Adverbs of direction between a way of going and "to" ("walked out to", "drove back to").
const DIRECTIONS = new Set(["out", "back", "on", "over", "down", "up", "across", "north", "south", "east", "west"]);

/** Whether the name opening at `first` follows "to" after a way of going, with a direction between or not ("a bus to X", "walked on to X"). */
export function isWayTo(tokens: Token[], first: number, lex: Lexicon): boolean {
  if (tokens[first - 1]?.text !== "to") return false;
  const k = DIRECTIONS.has(tokens[first - 2]?.text ?? "") ? first - 3 : first - 2;
  return lex.waysOfGoing.has(tokens[k]?.text.toLowerCase() ?? "");
}

function isInitialsAndSurname(caps: string[], lex: Lexicon): boolean {
  if (caps.length !== 2 || !/^\p{Lu}{2}$/u.test(caps[0]!) || !/^\p{Lu}\p{Ll}+$/u.test(caps[1]!)) return false;
  const [initials, surname] = [caps[0]!, caps[1]!.toLowerCase()];
  const known = lex.orgs.has(initials.toLowerCase()) || lex.places.has(initials.toLowerCase()) || lex.orgHeads.has(initials) || lex.notEntities.has(initials) || lex.personTitles.has(initials);
  return !known && !lex.commonWords.has(surname) && !lex.places.has(surname);
}

/** Three words or more ending in two ordinary ones name a thing, not a person ("James Webb Space Telescope"). */
export function namesThing(caps: string[], lex: Lexicon): boolean {
  return caps.length >= 3 && lex.commonWords.has(caps[caps.length - 1]!.toLowerCase()) && lex.commonWords.has(caps[caps.length - 2]!.toLowerCase());
}

/**
 * Whether the words after the name's particle are a known place, no country, and the words before it
 * no given name nor a body's word ("Reggio di Calabria"; not "Juan de León", "F.C. La Valletta").
 */
function isPlaceOfRegion(c: Candidate, lex: Lexicon): boolean {
  const at = c.words.findIndex((w, k) => k > 0 && lex.nameParticles.has(w.toLowerCase()));
  if (at < 0 || c.words.slice(0, at).some((w) => lex.givenNames.has(w) || lex.orgSuffixes.has(w.replace(/\./g, "")) || lex.orgHeads.has(w))) return false;
  const region = c.words.slice(at + 1).join(" ").toLowerCase();
  return lex.places.has(region) && !lex.countries.has(region);
}

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "new"]);

/** Whether a name acts as a body: a verb of the past or of the third person after it ("eBay agreed", "easyJet says"), or a company's frame. */
function actsAsBody(c: Candidate, tokens: Token[], lex: Lexicon): boolean {
  // After an article or a possessive it is a thing ("the iPhone rose", "its iPad sold").
  if (DETERMINERS.has(tokens[c.first - 1]?.text.toLowerCase() ?? "")) return false;
  const next = tokens[c.last + 1];
  const verb = !!next?.word && next.space && (lex.speechVerbs.has(next.text) || !!tagsOf(next.text)?.some((tag) => tag === "VBD" || tag === "VBZ"));
  return verb || isCompanyFrame(c, tokens, lex);
}

/**
 * Where people work ("analysts at Merrill Lynch", "an economist with Halvard Capital"), what is
 * owned in shares ("Shares of Reckitt Benckiser", "a stake in Arlo Motors"), what is led by
 * someone ("X, led by Y,") or what acts as a company, also opening a text ("X has cut its guidance"): a company or a body.
 */
function isCompanyFrame(c: Candidate, tokens: Token[], lex: Lexicon): boolean {
  if (showsCompany(tokens, c.first, c.last, lex)) return true;
  if (!tokens[c.first - 2]?.word) return false;
  return afterRole(c, tokens, lex, "at") || afterRole(c, tokens, lex, "with") || isLedBy(c, tokens);
}

/** Whether a role noun and `link` stand right before the name ("analysts at", "an economist with"). */
function afterRole(c: Candidate, tokens: Token[], lex: Lexicon, link: string): boolean {
  const before = tokens[c.first - 2];
  return tokens[c.first - 1]?.text === link && !!before?.word && lex.personRoleNouns.has(before.text.toLowerCase().replace(/s$/, ""));
}

/** "an analyst at Piper Sandler": someone in a role works at a body, never at a person, whatever the name's shape. */
export const isWorkplace = (c: Candidate, tokens: Token[], lex: Lexicon): boolean => afterRole(c, tokens, lex, "at");

// Words that end a club's name after its city's ("Norwich City", "Luton Town").
const CITY_CLUB_ENDINGS = new Set(["City", "Town"]);
// Lower-case nouns after "X City" that make it the city itself ("Bristol City centre").
const CITY_PARTS = new Set(["centre", "center", "hall", "council", "limits", "boundary"]);

// Lower-case nouns after a party's name.
const PARTY_WORDS = new Set(["party", "parties", "alliance", "coalition"]);
// Nouns of kinds of body that follow a body's name ("the Unite union"), which groups, peoples and places seldom take.
const BODY_KINDS = new Set(["union", "charity", "airline", "regulator", "watchdog", "broadcaster", "lender", "insurer", "retailer", "carmaker"]);

// Verbs of leading and owning: "X, led by Y," is a party, a company or a group, never a person or a place.
const LED = new Set(["led", "headed", "chaired", "run", "founded", "owned", "co-founded"]);

/** "GroenLinks, led by Frans Timmermans,", "Veltrion, founded by ...". */
const isLedBy = (c: Candidate, tokens: Token[]): boolean =>
  tokens[c.last + 1]?.text === "," && LED.has(tokens[c.last + 2]?.text ?? "") && tokens[c.last + 3]?.text === "by";

/** The type the surrounding words give: "the regulator Ofwat", "Orlan – a ... maker", "X, who". */
function contextType(c: Candidate, tokens: Token[], lex: Lexicon): EntityType | null {
  const before = nounBefore(c, tokens, lex) ?? listedKind(c, tokens, lex);
  if (before) return before;
  const next = tokens[c.last + 1];
  const after = tokens[c.last + 2];
  // "the canton of Valais", "the town of Oberwil": a place named after the kind of place it is.
  if (tokens[c.first - 1]?.text === "of" && lex.placeKinds.has(tokens[c.first - 2]?.text ?? "")) return "location";
  // "the Rhone valley", "the Botlek terminals".
  if (tokens[c.first - 1]?.text === "the" && next?.word && lex.locationNouns.has(next.text)) return "location";
  if (next && (next.text === "," || (DASHES.has(next.text) && next.space))) {
    // "... of the Scuola Normale in Pisa, who led": after a place preposition "who" goes back to someone named earlier.
    if (after?.text === "who" && !lex.locationPrepositions.has(tokens[c.first - 1]?.text ?? "")) return "person";
    if (after?.text === "which") return "organization";
  }
  return appositiveType(c, tokens, lex);
}

/** The kind a cue noun right before the name gives it: "broadcaster KVX", "the regulator Ofwat"; or before a comma: "lender, Halvorsen,". */
function nounBefore(c: Candidate, tokens: Token[], lex: Lexicon): EntityType | null {
  const prev = tokens[c.first - 1]?.text === "," ? tokens[c.first - 2] : tokens[c.first - 1];
  // The noun may be capitalized by the sentence's start before a one-word name ("Operator Norvane said"; "Broker Anil
  // Mehta said" is a person's role and name).
  const noun = prev?.initial && c.first === c.last ? prev.text.toLowerCase() : prev?.text;
  if (!prev?.word || noun !== prev.text.toLowerCase()) return null;
  // After a comma a name shaped like a person's is someone the phrase before describes ("the head of the league's committee,
  // Anna Berg,"), where it is no body's name ("her label, Brightwater Music,").
  if (prev !== tokens[c.first - 1] && isPersonShaped(c.capWords, lex) && !lex.personRoleNouns.has(noun)) return null;
  // A noun of either kind ("rival") gives a person before a name shaped like one, two words no common word spells ("her
  // rival, Duarte Lemos,"), else a body ("its rival Kessler Foods").
  if (lex.orgNouns.has(noun) && !(lex.personRoleNouns.has(noun) && isPersonShaped(c.capWords, lex))) return "organization";
  return lex.personRoleNouns.has(noun) ? "person" : null;
}

// Words that open a list of examples after a plural kind noun ("districts such as ...", "lenders including ...").
const EXAMPLE_OPENERS = new Set(["including", "like"]);
// Tokens a list of names holds between its names.
const LIST_JOINS = new Set([",", "and", "or", "&", "of"]);
const MAX_LIST_TOKENS = 16;

/** The type of a plural kind noun of bodies or places ("airlines", "counties"), else null; people's names tell their own type. */
function pluralKindType(word: string, lex: Lexicon): EntityType | null {
  if (!/s$/.test(word)) return null;
  for (const one of [word.replace(/ies$/, "y"), word.slice(0, -1), word.replace(/es$/, "")]) {
    if (lex.orgNouns.has(one)) return "organization";
    if (lex.locationNouns.has(one) || lex.placeKinds.has(one)) return "location";
  }
  return null;
}

/**
 * The kind a name listed as an example takes from the plural noun the list follows: "rural districts such as Marnheim
 * and Oberlau", "carriers including Ryanair": the examples are of that kind.
 */
function listedKind(c: Candidate, tokens: Token[], lex: Lexicon): EntityType | null {
  let k = c.first - 1;
  // Back over the names listed before this one and what joins them.
  while (k >= 0 && c.first - k <= MAX_LIST_TOKENS && !tokens[k]!.newline && (LIST_JOINS.has(tokens[k]!.text) || (tokens[k]!.word && isCapitalized(tokens[k]!.text)))) k--;
  const opener = tokens[k];
  if (!opener) return null;
  let noun = k - 1;
  if (opener.text === "as" && tokens[k - 1]?.text === "such") noun = k - 2;
  else if (!EXAMPLE_OPENERS.has(opener.text)) return null;
  if (tokens[noun]?.text === ",") noun--;
  const t = tokens[noun];
  // The noun may be capitalized by the sentence's start ("Lenders such as ...").
  const word = t?.initial ? t.text.toLowerCase() : t?.text;
  return t?.word && word === t.text.toLowerCase() ? pluralKindType(word, lex) : null;
}

/** Whether a name's words are shaped like a person's: a given name and a surname, or two or three words no common word spells. */
const isPersonShaped = (caps: string[], lex: Lexicon): boolean =>
  caps.length >= 2 && caps.length <= 3 && (lex.givenNames.has(caps[0]!) || caps.every((w) => !lex.commonWords.has(w.toLowerCase())));

/** The kind an appositive after the name gives it by its head noun: ", a Dutch artist", ", the council's chief executive". */
function appositiveType(c: Candidate, tokens: Token[], lex: Lexicon): EntityType | null {
  const next = tokens[c.last + 1];
  const after = tokens[c.last + 2];
  if (!next || !(next.text === "," || (DASHES.has(next.text) && next.space))) return null;
  // An appositive opens with a determiner or a possessive, also a name's ("Germany's largest union").
  const possessed = !!after && /^\p{Lu}/u.test(after.text) && POSSESSIVE_CLITICS.has(tokens[c.last + 3]?.text ?? "");
  if (!after || !(APPOSITIVE_OPENERS.has(after.text) || possessed)) return null;
  // The appositive's head noun: the last cue noun before a preposition, a relative pronoun or punctuation.
  let found: EntityType | null = null;
  for (let k = c.last + 2; k < tokens.length && k <= c.last + 9; k++) {
    const t = tokens[k]!;
    if (t.newline || (!t.word && t.text !== "'s" && t.text !== "’s" && t.text !== "-")) break;
    const w = t.text.toLowerCase();
    if (APPOSITIVE_STOP.has(w)) break;
    if (t.text !== w) continue; // names inside the appositive ("a Lyon-based robot maker") are not its head
    if (lex.personRoleNouns.has(w)) found = "person";
    else if (lex.orgNouns.has(w)) found = "organization";
    else if (lex.locationNouns.has(w)) found = "location";
    // A cue noun before another noun qualifies it: "the harbour master" is no harbour.
    else if (found && t.word && (tagsOf(w)?.[0] ?? "").startsWith("NN")) found = null;
  }
  return found;
}

// National sides of nations the country list does not hold.
const HOME_NATIONS = new Set(["england", "scotland", "wales", "northern ireland"]);
// Roles held in a place rather than an organization ("Kharkiv governor Oleh Syniehubov").
const PLACE_ROLES = new Set(["mayor", "governor", "premier", "Mayor", "Governor", "Premier"]);
/** Whether a given name at `k` opens a person's name: a capitalized word follows it ("Tomas Brenner"). */
const opensPersonsName = (tokens: Token[], k: number, lex: Lexicon): boolean =>
  lex.givenNames.has(tokens[k]?.text ?? "") && !tokens[k + 1]?.newline && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]?.text ?? "");

// Verbs of holding a seat before the place it is ("who represents Leeds East").
const REPRESENTS = new Set(["represents", "represented", "representing", "represent"]);

/**
 * Whether the name is a seat in a parliament: before an elected member's title ("the Leeds MP"), after one and "for"
 * ("the MP for Leeds East") or after a verb of representing ("who represents Leeds East").
 */
export function isSeat(c: Candidate, tokens: Token[]): boolean {
  const before = tokens[c.first - 1]?.text ?? "";
  return SEAT_TITLES.has(tokens[c.last + 1]?.text ?? "") || REPRESENTS.has(before) || (before === "for" && SEAT_TITLES.has(tokens[c.first - 2]?.text ?? ""));
}

// Roles whose holder speaks for an organization.
const MOUTHPIECES = new Set(["spokesman", "spokeswoman", "spokesperson"]);
// Role phrases are short: "chief executive", "head coach", "general secretary".
const MAX_ROLE_WORDS = 3;

/**
 * "Arsenal manager Mikel Arteta", "Siemens Chief Executive Roland Busch": a name right before a
 * role or title that a person's name follows is where the person works.
 */
export function employerBeforeRole(c: Candidate, tokens: Token[], lex: Lexicon): EntityType | null {
  // "a Treasury spokesman said": a spokesman speaks for an organization, named or not.
  if (MOUTHPIECES.has(tokens[c.last + 1]?.text ?? "")) return "organization";
  const role = roleAfter(c, tokens, lex);
  if (!role) return null;
  return PLACE_ROLES.has(role) ? "location" : "organization";
}

/** The role or title between the candidate and a person's name after it ("manager" of "Arsenal manager Mikel Arteta"), or null. */
function roleAfter(c: Candidate, tokens: Token[], lex: Lexicon): string | null {
  let role: string | null = null;
  let k = c.last + 1;
  for (let words = 0; words < MAX_ROLE_WORDS; k++) {
    const t = tokens[k];
    // "Secretary-General": a hyphen joins the parts of a title.
    if (t?.text === "-" && role && !t.space && tokens[k + 1]?.word && !tokens[k + 1]!.space) continue;
    if (!t?.word || t.newline) return null;
    words++;
    const title = lex.personTitles.has(t.text);
    if (!title && !startsLowercase(t.text)) break;
    role = title || lex.personRoleNouns.has(t.text) ? t.text : null;
  }
  const name = tokens[k];
  if (!role || !name?.word || name.newline || !/^\p{Lu}\p{Ll}/u.test(name.text)) return null;
  return role;
}

/** A word whose first letter is lowercase; ASCII by its code. */
function startsLowercase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(word);
}

/** The abbreviation in brackets right after the candidate, or null. */
export function abbreviationAfter(c: Candidate, tokens: Token[]): Token | null {
  const abbr = bracketedAfter(c, tokens);
  return abbr && /^\p{Lu}/u.test(abbr.text) && abbreviates(abbr.text, c.capWords) ? abbr : null;
}

// Adverbs that may stand before "known as" in a name's apposition.
const KNOWN_AS_ADVERBS = new Set(["also", "better", "commonly", "widely", "locally", "popularly"]);

/** The one-word name given after ", known as" ("the Water Services Regulation Authority, known as Ofwat,"), or null. */
export function knownAsAfter(c: Candidate, tokens: Token[]): Token | null {
  if (tokens[c.last + 1]?.text !== ",") return null;
  let k = c.last + 2;
  if (KNOWN_AS_ADVERBS.has(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.text !== "known" || tokens[k + 1]?.text !== "as") return null;
  const alias = tokens[k + 2];
  const after = tokens[k + 3];
  // One capitalized word that ends the apposition, not the first of a longer name ("known as Greater Dunmore").
  const ends = !after?.word || !/^\p{Lu}/u.test(after.text);
  return alias?.word && /^\p{Lu}/u.test(alias.text) && ends ? alias : null;
}

/** The one word in brackets right after the name, else null. */
function bracketedAfter(c: Candidate, tokens: Token[]): Token | null {
  const abbr = tokens[c.last + 2];
  return tokens[c.last + 1]?.text === "(" && tokens[c.last + 3]?.text === ")" && abbr?.word ? abbr : null;
}

// Names of laws and treaties, whose issuer may follow in brackets.
const INSTRUMENTS = new Set(["Regulation", "Directive", "Decision", "Resolution", "Act", "Treaty", "Convention", "Protocol", "Agreement", "Accord"]);

/** Whether the name is the whole of its capitalized run: no word of it was left before ("Brazilian", "Centre for"). */
function opensRun(c: Candidate, tokens: Token[]): boolean {
  const prev = tokens[c.first - 1];
  if (!prev?.word || prev.newline) return true;
  if (isCapitalized(prev.text) && !prev.initial) return false;
  return !(CONNECTORS.has(prev.text) && isCapitalized(tokens[c.first - 2]?.text ?? ""));
}
const CONNECTORS = new Set(["of", "for", "and", "&"]);

/**
 * A body's acronym in brackets after its name in another language's letters ("Free Democrats (FDP)",
 * "Law and Justice (PiS)"), not a place, a country's code or a wire's credit closing the paragraph ("(AFP)").
 */
export function foreignAcronymAfter(c: Candidate, tokens: Token[], lex: Lexicon): Token | null {
  const abbr = acronymInBrackets(tokens, c.last);
  if (!abbr || abbreviates(abbr.text, c.capWords) || !opensRun(c, tokens)) return null;
  // "Council Regulation (EEC)": after a law's name the brackets hold its issuer, not its acronym.
  if (INSTRUMENTS.has(c.capWords[c.capWords.length - 1]!)) return null;
  const key = abbr.text.toLowerCase();
  if (lex.places.has(key) || lex.countries.has(key) || lex.orgs.has(key) || isNeverEntity(abbr.text, lex)) return null;
  const after = tokens[c.last + 4];
  return after && !after.newline ? abbr : null;
}

