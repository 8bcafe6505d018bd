// The entity extractor: one table per rule, with texts that must yield nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDataBytes } from "../src/data.js";
import { combineReadings } from "../src/extract/entities/combine.js";
import { MAX_FEATURES, readTokens, staticFeatures, TAG_COUNT, tagFeatures } from "../src/extract/entities/features.js";
import { groupMentions, toEntity } from "../src/extract/entities/groups.js";
import { addScores, decodeModel, encodeModel } from "../src/extract/entities/model.js";
import { lexicon } from "../src/extract/entities/lexicon.js";
import { readByRules, ruleLabels } from "../src/extract/entities/rules.js";
import { type Readings, scoreToken, type TaggedName } from "../src/extract/entities/tagger.js";
import { sentenceSpans, tokenize } from "../src/extract/text/index.js";
import type { Entity, EntityType } from "../src/types.js";
import { entitiesOf } from "./extract.js";

const brief = (es: Entity[]) => es.map((e) => `${e.type}:${e.name}`);
const find = (es: Entity[], name: string) => es.find((e) => e.name === name);
/** One test per case: the text's entities, as type and name, are the expected ones. */
const readsAs = (cases: Array<[string, string, string[]]>) => {
  for (const [what, text, expected] of cases) it(what, () => expect(brief(entitiesOf(text))).toEqual(expected));
};

describe("types", () => {
  const cases: Array<[string, string, string[]]> = [
    ["country, capital and city from the lexicons", "Officials in Warsaw said Poland would send aid to Odesa.", ["location:Warsaw", "location:Poland", "location:Odesa"]],
    ["organization suffix", "The deal was signed by Brightwater Holdings on Monday.", ["organization:Brightwater Holdings"]],
    ["organization head with of", "A report by the University of Tromso found no link.", ["organization:University of Tromso"]],
    ["name list after for", "The Department for Culture, Media and Sport said so.", ["organization:Department for Culture, Media and Sport"]],
    ["and inside a name before a suffix", "The Fire and Rescue Service attended.", ["organization:Fire and Rescue Service"]],
    ["an administration is a body's name", "The Seeds and Soil Administration said the Federal Rivers Administration agreed.", ["organization:Seeds and Soil Administration", "organization:Federal Rivers Administration"]],
    ["but a government's administration in lower case names its leader only", "The Talvik administration said Maren Talvik would stay.", ["person:Maren Talvik"]],
    ["a name no common word ends is whole before 'and'", "Shares in Orvane and Kestrel Bank rose on Monday.", ["organization:Orvane", "organization:Kestrel Bank"]],
    ["but not before a suffix alone", "Shares in Brackwell and Co fell on Monday.", ["organization:Brackwell and Co"]],
    ["nor a common word before 'and'", "The Roads and Bridges Authority said the road was shut.", ["organization:Roads and Bridges Authority"]],
    ["nor a nationality before 'and'", "Welsh and Western Water Services said supplies were safe.", ["organization:Welsh and Western Water Services"]],
    ["nor a body's word alone before 'and'", "The Securities and Futures Commission fined the firm, and the Bank and Trust Authority agreed.", ["organization:Securities and Futures Commission", "organization:Bank and Trust Authority"]],
    ["but two bodies' names stay two", "Shares of Lorne Bank and Fyfe Bank fell.", ["organization:Lorne Bank", "organization:Fyfe Bank"]],
    ["two areas sharing a police force are one body's name", "Officers from Corvale and Dunmoor Police searched the woods on Monday.", ["organization:Corvale and Dunmoor Police"]],
    ["two areas sharing a council are one body's name", "Brenholt and Lisk City Council agreed the plan.", ["organization:Brenholt and Lisk City Council"]],
    ["but a known body before 'and' stays apart from an area's council", "Shoppers at Tesco and Lisk Council staff met.", ["organization:Tesco", "organization:Lisk Council"]],
    ["an upland's plural ends a place's name", "Sheep graze on the Harwick Downs all year.", ["location:Harwick Downs"]],
    ["but a person's name ending in an upland's word stays a person", "Dana Fells said the plan was sound.", ["person:Dana Fells"]],
    ["a body's head before 'of' and a title", "The Department of Justice and the Court of Justice disagreed.", ["organization:Department of Justice", "organization:Court of Justice"]],
    ["but a title before 'of' names nobody", "The Secretary of State and the Minister of Justice disagreed.", []],
    ["ampersand", "The painting sold at Gilt & Varnish last week.", ["organization:Gilt & Varnish"]],
    ["cue noun before", "The regulator Watergate-Nord fined the broadcaster KVX twice.", ["organization:Watergate-Nord", "organization:KVX"]],
    ["cue noun capitalized by the sentence's start, before a one-word name", "Operator Norvane said its dams were full.", ["organization:Norvane"]],
    ["but not before a person's two names", "Broker Anil Mehta said prices would rise.", ["person:Anil Mehta"]],
    ["a journal is a cue noun", "The findings appeared on Monday in the journal Orvane.", ["organization:Orvane"]],
    ["cue noun before a comma", "The country's biggest lender, Halvorsen, cut its rates.", ["organization:Halvorsen"]],
    ["appositive after", "Orlan, a Lyon-based robot maker, said it would hire.", ["organization:Orlan", "location:Lyon"]],
    ["location suffix and head", "Ships crossed the Barents Sea near the River Tay.", ["location:Barents Sea", "location:River Tay"]],
    ["compass point after a name", "Homes in Millbrook North were flooded.", ["location:Millbrook North"]],
    ["place preposition", "She grew up in Quorndon and moved away.", ["location:Quorndon"]],
    ["coordination with a place", "Trucks went to Lisbon and Setubalo.", ["location:Lisbon", "location:Setubalo"]],
    ["two capitalized words read as a person", "The plan was drawn up by Idris Okonkwo-Baptiste.", ["person:Idris Okonkwo-Baptiste"]],
    ["place word with a modifier", "He fled Nazi Germany in 1938.", ["location:Nazi Germany"]],
    ["place word inside an organization", "Data from Statistics Norway showed a rise.", ["organization:Statistics Norway"]],
    ["plural possessive inside a name", "The vote was called by the General Millers' Union.", ["organization:General Millers' Union"]],
    ["an acronym leading several words", "Shares of Norvik's partner KT Battery Systems rose.", ["organization:Norvik", "organization:KT Battery Systems"]],
    ["an acronym leading an ordinary word", "The deal with BP Energy was signed.", ["organization:BP Energy"]],
    ["a hyphenated given name with a lowercase part", "The talks were led by Kim Min-jun in Seoul.", ["person:Kim Min-jun", "location:Seoul"]],
    ["a lowercase English word after a hyphen stays outside the name", "The Toulouse-based maker hired staff.", ["location:Toulouse"]],
    ["a lexicon name after a capitalized 'The'", "The United Nations says aid is short.", ["organization:United Nations"]],
    ["an organization before a title", "Vantorix Chief Executive Roland Busch spoke.", ["organization:Vantorix", "person:Roland Busch"]],
    ["an abbreviation before a hyphenated title", "UN Secretary-General Antonio Guterres spoke.", ["organization:UN", "person:Antonio Guterres"]],
    ["an employer before a lowercase role", "Then Arsenal manager Mikel Arteta and Unison general secretary Christina McAnea spoke.", ["organization:Arsenal", "person:Mikel Arteta", "organization:Unison", "person:Christina McAnea"]],
    ["a place before a governor", "Kharkovia governor Oleh Syniehubov spoke.", ["location:Kharkovia", "person:Oleh Syniehubov"]],
    ["a nationality of two words before a role names nothing", "His South Korean counterpart Cho Tae-yul spoke.", ["person:Cho Tae-yul"]],
    ["a spokesman's organization", "Sales fell, a Treasury spokesman said.", ["organization:Treasury"]],
    ["San and Santa open places", "She studied in Santa Cruz and San Mateo.", ["location:Santa Cruz", "location:San Mateo"]],
    ["a place before 'who' after a preposition stays a place", "said Stefano Carniani of the Scuola Normale Superiore in Pisa, who led the study.", ["person:Stefano Carniani", "organization:Scuola Normale Superiore", "location:Pisa"]],
    ["a foreign organization head with its particles", "It was run by the Institut de Recherche en Sciences de la Sante in Nanoro.", ["organization:Institut de Recherche en Sciences de la Sante", "location:Nanoro"]],
    ["a long name ending in ordinary words is not a person", "It was seen by the James Webb Space Telescope.", []],
    ["a company whose shares are traded", "Shares of Reckitt Benckiser fell and shares in Zentiva Rhone rose.", ["organization:Reckitt Benckiser", "organization:Zentiva Rhone"]],
    ["political parties and the Treasury from the lexicon", "Then Labour MPs rebelled, the Lib Dems backed the SNP, and the Treasury objected.", ["organization:Labour", "organization:Lib Dems", "organization:SNP", "organization:Treasury"]],
    ["a place that is also a given name, before a surname", "Then Sydney Brown met Florence Pugh in Florence.", ["person:Sydney Brown", "person:Florence Pugh", "location:Florence"]],
    ["a particle hyphened to the surname", "President Abdel Fattah al-Sisi spoke. Al-Sisi left.", ["person:Abdel Fattah al-Sisi"]],
    ["a firm of brothers is a body", "Talks between Kettering Bros and its lenders stalled.", ["organization:Kettering Bros"]],
    ["a sporting event is no entity", "She won the Harlow Open, the Davis Cup and gold at the Lisbon Games.", []],
    ["a company named like an event stays one", "Epic Games sued Apple.", ["organization:Epic Games", "organization:Apple"]],
    ["a sentence's stop before a credit in brackets is no abbreviation's", "Commuters cheered, said nurse Ann Gill. (BBC)", ["person:Ann Gill"]],
    ["a company's abbreviation before a bracket keeps its stop", "Shares of Tarvik Inc. (TRVK) rose.", ["organization:Tarvik Inc.", "organization:TRVK"]],
    ["a Portuguese particle inside a name", "Envoy Marcos Ferreira do Vale met Ana Ruiz.", ["person:Marcos Ferreira do Vale", "person:Ana Ruiz"]],
    ["a surname with a particle and no given name stays whole", "Later, Ferreira da Costa said the talks would go on.", ["person:Ferreira da Costa"]],
    ["a company named with a possessive speaks", "Halvard's said in a note that sales had slowed.", ["organization:Halvard's"]],
    ["a possessive before a past form qualifying a noun owns it", "Norvik Bank's reported profit fell.", ["organization:Norvik Bank"]],
    ["a company named with a possessive before a relative clause", "Halden & Moss's, which owns 40 stores, was sold. Shares in Brodie's, whose chief quit, fell.", ["organization:Halden & Moss's", "organization:Brodie's"]],
    ["but a possessive before a noun owns it", "Halden & Moss's board met.", ["organization:Halden & Moss"]],
    ["dotted initials before a surname", "Vice President J.D. Vance arrived in the U.S. on Monday.", ["person:J.D. Vance", "location:U.S."]],
    ["a leading initial before a given name and a surname", "'We will see,' said C. Eugene Steuerle, a fellow at the Urban Institute.", ["person:C. Eugene Steuerle", "organization:Urban Institute"]],
    ["a leading initial after a quotation", "'We will see,' J. Edgar Hollis said on Monday.", ["person:J. Edgar Hollis"]],
    ["no initial from a numeral closing a sentence", "The plan was called Plan B. Maria Lenz, the mayor, backed it on Monday.", ["person:Maria Lenz"]],
    ["a title in capitals before a person's name", "Harbor Foods co-founder and CEO Dana Whitfield said prices would fall.", ["organization:Harbor Foods", "person:Dana Whitfield"]],
    ["a Korean given name with a two-letter syllable", "North Korean leader Kim Jong-un spoke.", ["person:Kim Jong-un"]],
    ["a Korean given name whose second syllable is an English word, after a family name", "Former envoy Ban Ki-moon and coach Park Ji-sung spoke.", ["person:Ban Ki-moon", "person:Park Ji-sung"]],
    ["after a family name, a lower-case word longer than a syllable stays apart", "Fans at the Moon Pie-eating contest in Chattanooga cheered.", ["location:Chattanooga"]],
    ["Saudi before a title is a nationality", "Saudi Crown Prince Mohammed bin Salman spoke.", ["person:Mohammed bin Salman"]],
    ["letters after a name are not part of it", "Then Alan Fraser KC and Jane Smith MP spoke.", ["person:Alan Fraser", "person:Jane Smith"]],
    ["a chamber named alone", "The bill passed the Senate but Parliament balked.", ["organization:Senate", "organization:Parliament"]],
    ["a nationality noun before a name is not part of it", "Dutchman Max Verstappen beat Briton Lewis Hamilton.", ["person:Max Verstappen", "person:Lewis Hamilton"]],
    ["a town's name that speaks after a person of that surname is the person", "Briton Lewis Hamilton was fifth. Hamilton said it was hard.", ["person:Lewis Hamilton"]],
    ["a role opening the sentence before a person of an organization: two names", "Analyst Peter Lind of Brandt Securities said sales fell. Economist Maria Lenz of Halvard Bank agreed.", ["person:Peter Lind", "organization:Brandt Securities", "person:Maria Lenz", "organization:Halvard Bank"]],
    ["a role word before a word that is no given name stays in a body's name", "Analysts at Economist Intelligence Unit of Lisbon agreed.", ["organization:Economist Intelligence Unit", "location:Lisbon"]],
    ["a housebuilder's and a ferry operator's names end in their trade", "The landlord, Kelwick Homes, ignored the letters. The operator, Tarn Link Ferries, said sailings would resume.", ["organization:Kelwick Homes", "organization:Tarn Link Ferries"]],
    ["a trade's word alone names nothing", "Homes and shops flooded in Carlisle. Ferries stayed in port at Oban.", ["location:Carlisle", "location:Oban"]],
    ["the pronoun I names nobody, even where a frame would take a name", "\"This is the club I wanted,\" Kowalczyk said. Veterans of World War I marched.", ["person:Kowalczyk"]],
    ["a person of an organization is two names", "Detective Inspector Mark Holden of West Yorkshire Police and Anna Kovacs of Amnesty International spoke.", ["person:Mark Holden", "organization:West Yorkshire Police", "person:Anna Kovacs", "organization:Amnesty International"]],
    ["an unknown name that speaks is a person", "The plan was approved. Netanyahu told parliament it was needed, and Moreno said so too.", ["person:Netanyahu", "person:Moreno"]],
    ["a given name and a place's suffix that speak are a person; the same words as a place's name are not", "\"It was a good day,\" said Lena Park. Later crowds filled Victoria Park.", ["person:Lena Park", "location:Victoria Park"]],
    ["an abbreviated title before a given name and a surname that ends places' names", "On Monday Sen. Jo Lane and Dr. Ted Hill walked down Abbey Lane.", ["person:Jo Lane", "person:Ted Hill", "location:Abbey Lane"]],
    ["two bodies joined by 'and', each with its own head; one body's name with 'and' inside stays whole", "Scientists at the University of Kelso and Imperial College Dunmore agreed with the Department of Energy and Climate Change.", ["organization:University of Kelso", "organization:Imperial College Dunmore", "organization:Department of Energy and Climate Change"]],
    ["a club before a player's position and name", "On Monday, Harwick winger Tom Bell was hurt.", ["organization:Harwick", "person:Tom Bell"]],
    ["an agency's administrator is a title between the agency and the person", "Then NOAA Administrator Tomasz Wrobel spoke.", ["organization:NOAA", "person:Tomasz Wrobel"]],
    ["a portfolio before a title names nothing", "Defence Secretary John Healey and Foreign Minister Wang Yi met.", ["person:John Healey", "person:Wang Yi"]],
    ["an executive title in capitals between a company and a person", "Brightwater COO Priya Nandakumar and Orlan CFO Tomas Lindqvist met investors.", ["organization:Brightwater", "person:Priya Nandakumar", "organization:Orlan", "person:Tomas Lindqvist"]],
    ["a party's member named by a place is the place", "The measure was opposed by the Ohio Republican and two Texas Democrats.", ["location:Ohio", "location:Texas"]],
    ["a party named after a place keeps its name", "The Ohio Republican Party endorsed her.", ["organization:Ohio Republican Party"]],
    ["a company's suffix that abbreviates a title, before a given name, is the title", "On Friday, Iowa AG Dana Whitfield filed the suit.", ["location:Iowa", "person:Dana Whitfield"]],
    ["the same suffix after a company's name is the company's", "On Friday, Vellmar AG said that sales rose.", ["organization:Vellmar AG"]],
    ["\"HM\" (His Majesty's) opens a Crown body's name, not a person's initials", "On Sunday, HM Coastguard sent a lifeboat.", ["organization:HM Coastguard"]],
    ["two other capitals before a surname stay a person's initials", "On Sunday, JK Lomax sent a lifeboat.", ["person:JK Lomax"]],
    ["a Crown body's name holds its 'and'", "Letters from HM Customs and Excise reached 900 farmers.", ["organization:HM Customs and Excise"]],
    ["but a Crown body the lexicon knows ends before 'and' another body", "Officials at HM Treasury and Ofcom met on Monday.", ["organization:HM Treasury", "organization:Ofcom"]],
    ["a word that names nothing elsewhere names a company that is held", "Shares in Next fell after the retailer warned.", ["organization:Next"]],
    ["but not a calendar word there, nor the word elsewhere", "Shares in January rose. Click Next to go on.", []],
    ["a place's name with a particle before its region is a place", "The train from Reggio di Calabria takes an hour.", ["location:Reggio di Calabria"]],
    ["but not a person's nor a club's with a region after the particle", "Juan de Murcia met F.C. La Valletta.", ["person:Juan de Murcia", "organization:F.C. La Valletta"]],
    ["a name ending in a dock or a wharf is a place", "Sailings from Pembroke Dock to Rosslare resumed.", ["location:Pembroke Dock", "location:Rosslare"]],
    ["but a body named after one stays a body", "Canary Wharf Group said profits rose.", ["organization:Canary Wharf Group"]],
    ["foreign parliaments and parties from the lexicon", "Deputies in the Cortes voted with Sumar.", ["organization:Cortes", "organization:Sumar"]],
    ["stock exchanges from the lexicon", "Brenna Foods fell 4% on the Nasdaq after its rival, listed on the NYSE, cut prices.", ["organization:Brenna Foods", "organization:Nasdaq", "organization:NYSE"]],
    ["but a person whose surname spells one stays a person", "Ana Cortes said the plan would work.", ["person:Ana Cortes"]],
    ["a name opening in lower case is a company where it acts", "On Monday, zoomAir cut fares and boxFresh said it would hire.", ["organization:zoomAir", "organization:boxFresh"]],
    ["or is held", "Funds bought shares in payWise last week.", ["organization:payWise"]],
    ["but a thing after an article, and units and acronyms, name nothing", "Sales of the iPhone rose as the mRNA plant used 40 kWh.", []],
  ];
  readsAs(cases);
});

it("initials before one surname make no organization", () => {
  expect(entitiesOf("JQ Maddox wrote the report.").filter((e) => e.type === "organization")).toEqual([]);
});

describe("a title alone names nobody", () => {
  readsAs([["an Irish head of government's", "The Taoiseach spoke in Cork on Monday.", ["location:Cork"]]]);
});

describe("names, titles and roles", () => {
  const cases: Array<[string, string, string, string | null]> = [
    ["title and nationality before the name", "Danish Defence Minister Ulla Rask visited the base.", "Ulla Rask", "Danish Defence Minister"],
    ["lowercase role after an organization", "according to Treasury Department spokesperson Carl Obi.", "Carl Obi", "Treasury Department spokesperson"],
    ["honorific", "Dr Amara Singh led the study.", "Amara Singh", "Dr"],
    ["no role", "Then Peter Hallström spoke.", "Peter Hallström", null],
    ["an Irish head of government's title", "Taoiseach Eoin Brady said the cap would go.", "Eoin Brady", "Taoiseach"],
  ];
  for (const [what, text, name, role] of cases) {
    it(what, () => {
      const e = find(entitiesOf(text), name);
      expect(e?.type).toBe("person");
      expect(e?.role).toBe(role);
    });
  }
});

describe("a generation's mark after a name", () => {
  readsAs([
    ["keeps Jr and Sr in the name", "Rob Kessler Jr. and Tom Marlow Sr. watched the game.", ["person:Rob Kessler Jr", "person:Tom Marlow Sr"]],
    ["makes a name with initials a person", "P.J. Okonjo Jr., a former envoy, said the talks had stalled.", ["person:P.J. Okonjo Jr"]],
    ["makes a title word before it a surname", "Walter Bishop III led the march in Alabama.", ["person:Walter Bishop III", "location:Alabama"]],
    ["but a title before a given name stays a title", "King Harald V opened the bridge in Oslo.", ["person:Harald V", "location:Oslo"]],
  ]);
});

describe("a word capitalized by position before a given name and a surname", () => {
  readsAs([
    ["is a role no lexicon knows", "Showrunner Abe Kowal said the team was thrilled.", ["person:Abe Kowal"]],
    ["but a hyphenated given name opens the name", "Jean-Pierre Van Zyl finished third.", ["person:Jean-Pierre Van Zyl"]],
  ]);
});

describe("a title with 'of' before a person's name", () => {
  it("takes the words up to the given name as the title's", () => {
    const es = entitiesOf("US Secretary of State Mara Quint met Minister of Home Affairs Anna Lind in Oslo.");
    expect(brief(es)).toEqual(["person:Mara Quint", "person:Anna Lind", "location:Oslo"]);
    expect(es.map((e) => e.role ?? null)).toEqual(["Secretary of State", "Minister of Home Affairs", null]);
  });
});

describe("an acronym inside a sentence that the rules read as a body", () => {
  readsAs([["is one, where no place list holds it", "The UN agency for coastal refugees, KORVA, said 40 trucks had arrived.", ["organization:UN", "organization:KORVA"]]]);
});

describe("a nation's or the UN's dotted initials before a body", () => {
  readsAs([
    ["are the body's own", "The U.N. Refugee Commission met, and the U.S. Coast Guard Command said the U.S. Treasury agreed.", ["organization:U.N. Refugee Commission", "organization:U.S. Coast Guard Command", "organization:U.S. Treasury"]],
    ["but a known body after 'in the U.S.' may open the next sentence", "Orders fell sharply in the U.S. Apple said demand would recover.", ["location:U.S.", "organization:Apple"]],
  ]);
});

describe("national police forces named before a place", () => {
  readsAs([
    ["are bodies the lexicon holds, wherever the sentence starts", "It rained on Sunday afternoon and evening. Police Scotland advised drivers to stay home, and the PSNI closed two roads in Belfast.", ["organization:Police Scotland", "organization:PSNI", "location:Belfast"]],
    ["while police of a place stay a common word before it", "Rain fell through the evening. Police in Scotland told drivers to stay home.", ["location:Scotland"]],
  ]);
});

describe("a chamber named by its short form", () => {
  readsAs([
    ["'the Commons' is the House of Commons, named as printed", "Housing Secretary Jane Orme told the Commons on Monday that the plan was ready.", ["person:Jane Orme", "organization:Commons"]],
    ["and joins it where the full name is printed", "The House of Commons voted, and the Commons rose at ten.", ["organization:House of Commons"]],
    ["but the word inside another name is not the chamber", "Photos were shared under a Creative Commons licence.", []],
  ]);
});

describe("'in' inside a name", () => {
  readsAs([
    ["joins a name the lexicon holds, in any of its spellings", "Monitors from the Organisation for Security and Cooperation in Europe reached Tbilisi on Monday.", ["organization:Organisation for Security and Cooperation in Europe", "location:Tbilisi"]],
    ["but not a body the lexicon does not hold and the place after it", "The Commission for Rural Housing in Wales met on Monday.", ["organization:Commission for Rural Housing", "location:Wales"]],
  ]);
});

describe("a name after a person's age and 'of'", () => {
  readsAs([
    ["is the town the person lives in, also a town with a club", "Sian Reed, 45, of Barnsley, admitted the offence, and Gareth Pryce, 37, of Northallerton, was fined.", ["person:Sian Reed", "location:Barnsley", "person:Gareth Pryce", "location:Northallerton"]],
    ["but not a body named by its suffix", "Ruth Amos, 41, of Harlow Holdings, said sales rose.", ["person:Ruth Amos", "organization:Harlow Holdings"]],
  ]);
});

describe("an acronym in brackets spelling all of a name", () => {
  readsAs([
    ["joins the words on both sides of 'of' and keeps a nationality it takes the initial of", "The British Chambers of Shipping (BCS) said fuel costs rose. A spokesman for the BCS agreed.", ["organization:British Chambers of Shipping"]],
    ["but not a word before 'of' it does not spell", "Members of Harbour Pilots Guild (HPG) met on Monday.", ["organization:Harbour Pilots Guild"]],
  ]);
});

describe("a plural name after a place preposition and 'the'", () => {
  readsAs([
    ["is a range or an area", "Hikers were stranded across the Rockies after the storm.", ["location:Rockies"]],
    ["but not a club owning something there", "Injuries piled up in the Rockies' rotation, and the Rockies lost 5-3 to the Padres.", ["organization:Rockies", "organization:Padres"]],
  ]);
});

describe("a plural common noun opening a sentence before a verb in the plural", () => {
  readsAs([
    ["names no body: a compound of two common words", "Wildfires have scorched 900 hectares east of Tarvel.", ["location:Tarvel"]],
    ["nor a place", "Hailstorms have flattened crops near Lonmere.", ["location:Lonmere"]],
    ["nor before 'are'", "Sandstorms are closing roads near Qadir.", ["location:Qadir"]],
    ["nor before a verb in the past", "Coastguards rescued a climber from the cliffs near Lonmere. Tailbacks formed on the bypass.", ["location:Lonmere"]],
    ["but a surname that is a plural takes a verb in the singular", "Brooks said the harbour in Tarvel would reopen.", ["person:Brooks", "location:Tarvel"]],
    ["and a given name's plural is a surname or a firm", "Williams have signed a second driver for the season.", ["organization:Williams"]],
    ["and a name the text capitalizes inside a sentence stays one", "Rangers have named a new coach. Fans of Rangers cheered in Tarvel.", ["organization:Rangers", "location:Tarvel"]],
  ]);
});

describe("a chamber's party members", () => {
  readsAs([
    ["name the chamber, also opening a sentence", "House Democrats said the bill would fail, and Assembly Republicans blocked the budget.", ["organization:House", "organization:Assembly"]],
    ["but a party's members named otherwise name nothing, and a street stays a street", "Christian Democrats won seats, and Parliament Street was closed.", ["location:Parliament Street"]],
    ["and the chamber is no last word of another body's name", "The White House said it would veto the bill. House Democrats said they had the votes.", ["organization:White House", "organization:House"]],
    ["while a club's last word still joins its name", "Harwick Rovers won again. Rovers are top.", ["organization:Harwick Rovers"]],
  ]);
});

describe("an abbreviated title before a name", () => {
  readsAs([
    ["is none of the place before it", "Massachusetts Sen. Tam Rask agreed with the plan.", ["location:Massachusetts", "person:Tam Rask"]],
    ["nor is a word qualifying the office", "Former Ohio Gov. Tam Rask spoke on Monday.", ["location:Ohio", "person:Tam Rask"]],
  ]);
});

describe("a prefix hyphenated to a lower-case word", () => {
  readsAs([
    ["is inside a name mid-sentence", "Ministers of the Baltic Co-operation Council (BCC) met in Riga.", ["organization:Baltic Co-operation Council", "location:Riga"]],
    ["but opens no name at a sentence's start", "Anti-government protesters marched in Minsk.", ["location:Minsk"]],
  ]);
});

describe("lower-case links hyphened inside a place's name", () => {
  readsAs([
    ["keep the place whole", "Roads near Ashby-on-Wend and Kelbrook-upon-Lune were shut, and Mardale-en-Vaux flooded.", ["location:Ashby-on-Wend", "location:Kelbrook-upon-Lune", "location:Mardale-en-Vaux"]],
    ["a run of links", "Fog closed schools in Brindle-on-the-Marsh.", ["location:Brindle-on-the-Marsh"]],
    ["but a link before a lower-case word opens no name", "The Berlin-on-demand service and a Paris-on-foot tour began.", ["location:Berlin", "location:Paris"]],
  ]);
});

describe("an acronym in brackets after a body's name", () => {
  readsAs([
    ["joins it in another language's letters", "The Peasants' Alliance (LSA) won seats, and the LSA will join the government.", ["organization:Peasants' Alliance"]],
    ["names a body of common words at a sentence's start", "Order and Progress (OyP) won the vote.", ["organization:Order and Progress"]],
    ["with a digit in it", "The Four Winds Movement (M4V) agreed. Pietro Lanza, who leads the M4V, said so.", ["organization:Four Winds Movement", "person:Pietro Lanza"]],
    ["keeps a name joined by 'and' whole", "Members of the Bank and Insurance Union (BIU) called a strike.", ["organization:Bank and Insurance Union"]],
    ["but a person's name before a country's code stays a person's", "Winner Jana Novak (SVK) set a record.", ["person:Jana Novak", "organization:SVK"]],
    ["nor names a body by a nationality's leftover words", "The Brazilian Football Confederation (CBF) agreed.", []],
    ["nor by a law's name before its issuer", "Under Council Regulation (EEC) the duty applies.", ["organization:EEC"]],
  ]);
});

describe("a one-word name given after ', known as'", () => {
  it("joins the body it names", () => expect(find(entitiesOf("The Northern Transit Board, known as Nortra, raised fares. Nortra said costs rose."), "Northern Transit Board")?.aliases).toEqual(["Nortra"]));
  it("also after an adverb, and for a person", () => expect(find(entitiesOf("The singer Maria Kovac, better known as Kiki, sang. Kiki said she was tired."), "Maria Kovac")?.aliases).toEqual(["Kiki"]));
  readsAs([
    ["but not the first word of a longer name", "The Harbour Trust, known as Greater Dunmore Trust, met.", ["organization:Harbour Trust", "organization:Greater Dunmore Trust"]],
    ["nor a name after 'known as' without the comma", "The Harbour Trust is known as Nortra in the town.", ["organization:Harbour Trust", "organization:Nortra"]],
  ]);
});

describe("a name that is the whole of a quotation", () => {
  readsAs([
    ["is a work's title, not a place or a body", 'Shares in Vireo rose after it renewed its drama "The Long Harbour" and the quiz "Galway Nights" for another season.', ["organization:Vireo"]],
    ["but a body a noun for one introduces stays", 'The daily "Kestrel Herald" reported the deal.', ["organization:Kestrel Herald"]],
    ["and so does a person's name", 'Fans wore "Dana Okafor" shirts before Okafor spoke.', ["person:Dana Okafor"]],
    ["and a known place", 'Nobody said "Dublin" at the summit.', ["location:Dublin"]],
    ["and a possessive's apostrophe closes no quotation", "Delegates praised “Harrow Systems’ bid” and Harrow Systems’ staff.", ["organization:Harrow Systems"]],
  ]);
});

describe("a sentence's stop after a short surname", () => {
  readsAs([["is no part of the name before a closing quotation mark", '"We lost," said the club\'s coach Ola Smit. "We will be back," Smit added.', ["person:Ola Smit"]]]);
});

describe("merging", () => {
  it("joins a surname to the full name, wherever it comes", () => {
    const text = "Moreau's plan was praised. Finance Minister Claire Moreau said it would pass. Moreau added more.";
    const es = entitiesOf(text);
    expect(brief(es)).toEqual(["person:Claire Moreau"]);
    expect(es[0]!.aliases).toEqual(["Moreau"]);
    expect(es[0]!.mentions.map((m) => m.text)).toEqual(["Moreau", "Claire Moreau", "Moreau"]);
  });
  it("joins a surname with a particle", () => {
    const es = entitiesOf("Minister Anouk van Dijk spoke first. Later, Van Dijk left.");
    expect(brief(es)).toEqual(["person:Anouk van Dijk"]);
    expect(es[0]!.aliases).toEqual(["Van Dijk"]);
  });
  it("joins a surname with two particles, the first capitalized by position", () => {
    const es = entitiesOf("Judge Marit van der Kolk ruled on Friday. Van der Kolk's ruling was final.");
    expect(brief(es)).toEqual(["person:Marit van der Kolk"]);
    expect(es[0]!.aliases).toEqual(["Van der Kolk"]);
  });
  it("keeps a town after 'near' apart from the body named after it", () => {
    const es = entitiesOf("The Morvale Rowing Club trains on the lake near Morvale.");
    expect(brief(es)).toEqual(["organization:Morvale Rowing Club", "location:Morvale"]);
    expect(find(es, "Morvale Rowing Club")!.aliases).toEqual([]);
  });
  it("but a body's short form after 'in' stays the body's", () => {
    const es = entitiesOf("Corbex Communications Inc said profits rose. Corbex shares surged on the news, and trading in Corbex was heavy.");
    expect(brief(es)).toEqual(["organization:Corbex Communications Inc"]);
    expect(find(es, "Corbex Communications Inc")!.mentions.map((m) => m.text)).toEqual(["Corbex Communications Inc", "Corbex", "Corbex"]);
  });
  it("and so does a town's word that is the body's subject", () => {
    expect(find(entitiesOf("The Harwell Angling Club met on Friday. Harwell said the river was low."), "Harwell Angling Club")!.aliases).toEqual(["Harwell"]);
  });
  it("but not to a surname with other particles", () => {
    expect(brief(entitiesOf("Judge Marit van der Kolk ruled on Friday. Hendrik ter Kolk appealed."))).toEqual(["person:Marit van der Kolk", "person:Hendrik ter Kolk"]);
  });
  it("keeps a name that ends in a nationality after a prefix", () => {
    expect(brief(entitiesOf("Airline shares rise\n\nShares of Pan-American Airways rose sharply in New York on Monday, traders said."))).toContain("organization:Pan-American Airways");
  });
  it("joins a surname to a full name ending in a generation's mark", () => {
    const es = entitiesOf("Vice President Tomas R. Halvorsen Jr. spoke first. Later, Halvorsen left.");
    expect(brief(es)).toEqual(["person:Tomas R. Halvorsen Jr"]);
    expect(es[0]!.aliases).toEqual(["Halvorsen"]);
  });
  it("not an adjective capitalized by the sentence's start before a noun, to a body's name", () => {
    const es = entitiesOf("Federal mining inspectors arrived on Tuesday. The Federal Mining Safety Office said the pit would close.");
    expect(brief(es)).toEqual(["organization:Federal Mining Safety Office"]);
    expect(es[0]!.aliases).toEqual([]);
  });
  it("but a surname spelled like an adjective before a verb, to its person", () => {
    const es = entitiesOf("Green said the plan would fail. Councillor Tessa Green leads the group.");
    expect(brief(es)).toEqual(["person:Tessa Green"]);
    expect(es[0]!.aliases).toEqual(["Green"]);
  });
  it("joins a surname without its Arabic article", () => {
    const es = entitiesOf("President Omar Hassan al-Bashir spoke first. Later, Bashir left.");
    expect(brief(es)).toEqual(["person:Omar Hassan al-Bashir"]);
    expect(es[0]!.aliases).toEqual(["Bashir"]);
  });
  it("joins a family name written first to the full name", () => {
    const es = entitiesOf("Foreign Minister Wang Yi met Cho Tae-yul in Beijing. Wang said so, and Cho agreed.");
    expect(brief(es)).toEqual(["person:Wang Yi", "person:Cho Tae-yul", "location:Beijing"]);
    expect(es.map((e) => e.aliases)).toEqual([["Wang"], ["Cho"], []]);
  });
  it("leaves a first word two people share, and a place's name, alone", () => {
    const es = entitiesOf("John Carter met John Osborne and Paris Hilton. Later John said Paris was wet.");
    expect(es.map((e) => e.aliases)).toEqual([[], [], [], []]);
    expect(brief(es)).toEqual(["person:John Carter", "person:John Osborne", "person:Paris Hilton", "location:Paris"]);
  });
  it("joins a club's last word to its full name, unless it is a place or two names end with it", () => {
    const club = entitiesOf("Elmbury Villa won 2-1 at home. Villa led early, and the win leaves Villa, who play again on Tuesday, in fourth.");
    expect(brief(club)).toEqual(["organization:Elmbury Villa"]);
    expect(club[0]!.aliases).toEqual(["Villa"]);
    const palace = entitiesOf("Tanford Palace lost 3-1. Palace boss Ian Roe was angry, and Palace have now lost four in a row.");
    expect(brief(palace)).toEqual(["organization:Tanford Palace", "person:Ian Roe"]);
    const town = entitiesOf("Ruch Zelwa lost 1-0 on Sunday. Fans in Zelwa, Poland, were angry.");
    expect(brief(town)).toContain("location:Zelwa");
    const two = entitiesOf("Harwick Rovers drew with Tanford Rovers. Rovers fans sang.");
    expect(two.find((e) => e.name === "Harwick Rovers")!.aliases).toEqual([]);
  });
  it("joins a club's name to its full name after a prefix in capitals, unless the name is a place", () => {
    const club = entitiesOf("CD Alvorada have signed the striker. Alvorada paid two million euros for him.");
    expect(brief(club)).toEqual(["organization:CD Alvorada"]);
    expect(club[0]!.aliases).toEqual(["Alvorada"]);
    const town = entitiesOf("FC Porto won 2-0 on Sunday. Fans in Porto celebrated.");
    expect(brief(town)).toEqual(["organization:FC Porto", "location:Porto"]);
  });
  it("joins a town's name to the club named after it, except where it is the town or a club of its own", () => {
    const club = entitiesOf("Hull sign defender\n\nHull City have signed a defender from Brest. Hull paid a club-record fee, and supporters in Hull cheered.");
    expect(brief(club)).toEqual(["organization:Hull City", "location:Brest", "location:Hull"]);
    expect(club[0]!.aliases).toEqual(["Hull"]);
    expect(club[2]!.mentions.map((m) => m.text)).toEqual(["Hull"]);
    const results = entitiesOf("Scottish results:\nDundee United 1 Motherwell 0\nDundee 2 Falkirk 1");
    expect(brief(results)).toContain("organization:Dundee");
    const dateline = entitiesOf("AUSTIN, Texas — The Texas Rangers won again. Texas scored twice in the ninth.");
    expect(brief(dateline)).toContain("location:Texas");
  });
  it("reads both sides of a fixture as clubs", () => {
    expect(brief(entitiesOf("Postponed: Hartlepool v Exeter, Walsall vs Swindon."))).toEqual(["organization:Hartlepool", "organization:Exeter", "organization:Walsall", "organization:Swindon"]);
  });
  it("reads a one-word name on the other side of a match from a club as a club", () => {
    expect(brief(entitiesOf("Northampton lost at Exeter on Saturday."))).toEqual(["organization:Northampton", "organization:Exeter"]);
    expect(brief(entitiesOf("Celtic lost to Peterhead."))).toEqual(["organization:Celtic", "organization:Peterhead"]);
    expect(brief(entitiesOf("Rovers travel to Plymouth on Tuesday."))).toEqual(["organization:Rovers", "organization:Plymouth"]);
  });
  it("but not a town a company serves, a country a club plays, nor a name owning the club", () => {
    expect(brief(entitiesOf("Celtic lost to Serbia's champions."))).toEqual(["organization:Celtic", "location:Serbia"]);
    expect(brief(entitiesOf("Ryanair flies to Plymouth daily."))).toEqual(["organization:Ryanair", "location:Plymouth"]);
    expect(brief(entitiesOf("Celtic lost to Norway's champions."))).toEqual(["organization:Celtic", "location:Norway"]);
  });
  it("takes a possessive's name without the clitic", () => {
    const text = "Kiev's forces advanced. Officials in Kiev denied it.";
    const es = entitiesOf(text);
    expect(es[0]!.mentions.map((m) => [m.text, text.slice(m.span.start, m.span.end)])).toEqual([["Kiev", "Kiev"], ["Kiev", "Kiev"]]);
  });
  it("joins two spellings of one place", () => {
    const es = entitiesOf("Talks in Kyiv resumed. Kiev said they would go on.");
    expect(brief(es)).toEqual(["location:Kyiv"]);
    expect(es[0]!.aliases).toEqual(["Kiev"]);
  });
  it("joins an abbreviation defined in brackets and used later", () => {
    const es = entitiesOf("The Office of Rail and Road (ORR) said fares would rise. The ORR will review them.");
    expect(brief(es)).toEqual(["organization:Office of Rail and Road"]);
    expect(es[0]!.aliases).toEqual(["ORR"]);
  });
  it("joins a mixed-case abbreviation that takes a function word's letter", () => {
    const es = entitiesOf("The Department for Transport said so. A DfT spokesperson agreed.");
    expect(brief(es)).toEqual(["organization:Department for Transport"]);
    expect(es[0]!.aliases).toEqual(["DfT"]);
  });
  it("joins an abbreviation made of a named body's initials", () => {
    const es = entitiesOf("Leaders of the European Union met. EU ministers agreed.");
    expect(brief(es)).toEqual(["organization:European Union"]);
    expect(es[0]!.aliases).toEqual(["EU"]);
  });
  it("joins the first words of an organization's name to it", () => {
    const es = entitiesOf("A leak at Fenwick Road Laboratories was reported. Fenwick Road said it had acted.");
    expect(brief(es)).toEqual(["organization:Fenwick Road Laboratories"]);
  });
  it("keeps two countries' ministries apart and gives the bare one to the nearest", () => {
    const es = entitiesOf("The Italian Interior Ministry said so. The Interior Ministry added details. Later the Greek Interior Ministry disagreed.");
    expect(brief(es)).toEqual(["organization:Italian Interior Ministry", "organization:Greek Interior Ministry"]);
    expect(find(es, "Italian Interior Ministry")!.aliases).toEqual(["Interior Ministry"]);
  });
  it("gives a ministry the country of 'the country's'", () => {
    const es = entitiesOf("Officials in Madrid were angry. The country's Foreign Ministry summoned the envoy.");
    expect(brief(es)).toContain("organization:Spanish Foreign Ministry");
  });
});

describe("texts that must yield nothing", () => {
  const cases: Array<[string, string]> = [
    ["weekdays and months", "On Monday and again in March, talks resumed on Friday."],
    ["abbreviated months opening a dateline", "Ferry fares rise for the winter\nDec. 20, 2023, 6:00 AM ET\nThe ferry will run extra crossings every night, the operator said."],
    ["abbreviated months opening a dateline, again", "Rail strike called off\nSept. 2, 2024, 8:15 AM ET\nThe union called off the strike after talks, its leader said on Monday."],
    ["nationalities and adjectives", "French and Russian officials met Ukrainian, Western and Baltic envoys."],
    ["plural nationalities", "Russians and Estonians crossed the border."],
    ["a quantifier capitalized by position before a party's members", "Fuel duty row\n\nSeveral Conservative MPs said on Monday that they would vote against the rise. Few Labour members agreed."],
    ["two nations joined by a hyphen", "The deal strains U.S.-Israeli relations and Russian-Chinese ties, analysts said."],
    ["sentence-initial common words", "Giving evidence, he paused. Benchmark prices rose. Hospitals were full."],
    ["acronyms of things", "The UAVs were fitted with AI and GPS."],
    ["titles alone", "The Prime Minister met the Defense Minister."],
    ["function words opening quotations", "'We are ready,' he said. 'The plan works.'"],
    ["lowercase text", "prices rose sharply in the second quarter, traders said."],
    ["page furniture", "Advertisement\nComments\nRelated Articles"],
    ["empty text", ""],
  ];
  for (const [what, text] of cases) {
    it(what, () => expect(entitiesOf(text)).toEqual([]));
  }
});

describe("headlines", () => {
  const cases: Array<[string, string, string[]]> = [
    ["title case keeps only lexicon names", "Heat Alert Extended For London And Kent As Temperatures Soar\nThe alert ends on Sunday.", ["location:London", "location:Kent"]],
    ["capitals keep only lexicon names and take the running text's spelling", "SOCCER - JAPAN GET LUCKY WIN\nJapan won again.", ["location:Japan"]],
    ["a dateline's place in capitals", "AL-QASR , Egypt 1996-08-22\nTalks went on.", ["location:AL-QASR", "location:Egypt"]],
    ["a known place in capitals before a dash opening a line", "Budget vote delayed\nLONDON \u2014 The budget vote was delayed again on Monday.", ["location:LONDON"]],
    ["an unknown place in capitals before a dash opening a line", "Budget vote delayed\nQASR-ABAD \u2013 The budget vote was delayed again on Monday.", ["location:QASR-ABAD"]],
    ["title case joins a surname named in the body", "Moreau Wins Backing For Budget Plan\nFinance Minister Claire Moreau won the vote.", ["person:Claire Moreau"]],
  ];
  readsAs(cases);
  it("in title case, words that are not names yield nothing", () => {
    expect(entitiesOf("Prices Rise Again As Winter Begins In Earnest")).toEqual([]);
  });
});

describe("context exceptions", () => {
  it("a company after 'shares in' is not a place", () => {
    expect(brief(entitiesOf("Shares in Vantor rose."))).toEqual(["organization:Vantor"]);
  });
  it("a landmark is a place", () => {
    expect(brief(entitiesOf("Crowds gathered at the Ostrava Tower."))).toEqual(["location:Ostrava Tower"]);
  });
});

describe("newswire forms", () => {
  const cases: Array<[string, string, string[]]> = [
    ["dotted abbreviation keeps its dot and may end a sentence", "Talks in the U.S. Then officials left.", ["location:U.S."]],
    ["clitic tokenized apart", "Norway 's fund grew .", ["location:Norway"]],
    ["workplace after a role noun", "Economists at Brannock Steinholt expect a cut.", ["organization:Brannock Steinholt"]],
    ["a given name before a town's name is a person, and the town stays a place", "said its director, Sarah Dorset. Offices in London and Dorset.", ["person:Sarah Dorset", "location:London", "location:Dorset"]],
    ["a middle initial", "They briefed Donald J. Tramwell on Friday. Tramwell agreed.", ["person:Donald J. Tramwell"]],
    ["a hyphenated title", "Attorney-General Petra Lindqvist spoke.", ["person:Petra Lindqvist"]],
    ["a month in capitals", "PUBLISHED JAN 5", []],
    ["a company abbreviation without its stop", "Ford Motor Co said it would cut jobs.", ["organization:Ford Motor Co"]],
    ["a weekday after a name, without 'on', is no word of it", "Prices in Nebraska Tuesday were steady, and Corvane Holdings Thursday cut its forecast.", ["location:Nebraska", "organization:Corvane Holdings"]],
    ["and a month", "The Kessling Institute poll put the party at 30 percent, down from 32 in the Kessling Institute May survey.", ["organization:Kessling Institute"]],
    ["but not a holiday's weekday", "Crowds gathered in Dunmore on Easter Monday.", ["location:Dunmore"]],
    ["nor one ending a known body's name", "Sheffield Wednesday were beaten at home.", ["organization:Sheffield Wednesday"]],
    ["a place after the kind of place it is", "Resorts in the canton of Valais and the village of Kfar Saba closed.", ["location:Valais", "location:Kfar Saba"]],
    ["an irregular plural's possessive inside a name", "Rates were cut by the People's Bank of China. He is at Great Ormond Street Children’s Hospital.", ["organization:People's Bank of China", "organization:Great Ormond Street Children’s Hospital"]],
    ["a saint's, a monarch's or a given name's possessive before an institution's head", "She works at St Agnes's Hospital. Queen's College Galway hired him.", ["organization:St Agnes's Hospital", "organization:Queen's College Galway"]],
    ["such a possessive opening a sentence is no contraction", "Oscar's Hospital reopened on Monday.", ["organization:Oscar's Hospital"]],
    ["a country's possessive before a body stays apart", "Norway's Ministry of Finance agreed.", ["location:Norway", "organization:Ministry of Finance"]],
    ["an employer and a title before a person stay out of the name", "'It spread fast,' Cal Fire Battalion Chief Marco Delgado said.", ["person:Marco Delgado"]],
    ["a compass word before a known place opening a sentence stays in a body's name", "Northern Ohio Gasworks raised prices.", ["organization:Northern Ohio Gasworks"]],
    ["a Korean name with no title before it", "He met Moon Jae-in on Monday. Moon said talks went well.", ["person:Moon Jae-in"]],
    ["a glacier is a place", "The Rhone Glacier retreated by 35 metres.", ["location:Rhone Glacier"]],
    ["so is a waterway", "Barges used the Gowan Waterway until it silted up.", ["location:Gowan Waterway"]],
    ["and a tunnel", "The council said the Brayan Tunnel would close for repairs.", ["location:Brayan Tunnel"]],
    ["but not a body whose name opens with the word", "Volunteers from the Waterway Recovery Group cleared the lock.", ["organization:Waterway Recovery Group"]],
    ["'of' after other nouns gives no place", "The head of Siemens met a member of Congress.", ["organization:Siemens", "organization:Congress"]],
    ["a wire slug names nothing", "WRAPUP 2-Ukraine says talks go on", ["location:Ukraine"]],
    ["product names made of words are not people", "Players tried Oculus Rift and Job Simulator.", []],
    ["a name word before two ordinary words is a body's name", "Pipes burst. Tarrow Valley Water apologised to customers.", ["organization:Tarrow Valley Water"]],
    ["a contraction opens no name", "\"I’m Ready,\" she said.", []],
    ["a long name of ordinary words is not a person", "The Dow Jones Industrial Average rose.", []],
    ["head noun after the full name", "The European Commission said so. The Commission 's spokesman agreed.", ["organization:European Commission"]],
  ];
  readsAs(cases);
});

describe("sports results", () => {
  const cases: Array<[string, string, string[]]> = [
    ["clubs named after towns beside a score and a result verb", "Barcelona were held to a 1-1 draw by Valencia on Sunday.", ["organization:Barcelona", "organization:Valencia"]],
    ["a results line", "Results: Leeds 2 Sevilla 1, Braga 0 Porto 3.", ["organization:Leeds", "organization:Sevilla", "organization:Braga", "organization:Porto"]],
    ["the first of a pair of clubs that drew", "Elsewhere, Valencia and Wrexham drew 2-2.", ["organization:Valencia", "organization:Wrexham"]],
    ["a club named after a place with a given name first", "Elsewhere, Rose Park and Getafe drew 1-1.", ["organization:Rose Park", "organization:Getafe"]],
    ["a pair of people is no pair of clubs", "Anna Berg and Mia Lund met on Sunday.", ["person:Anna Berg", "person:Mia Lund"]],
    ["a club suffix", "They drew with West Ham United and Bristol Rovers.", ["organization:West Ham United", "organization:Bristol Rovers"]],
    ["national sides stay their country", "England beat Pakistan 2-1 in Lahore.", ["location:England", "location:Pakistan", "location:Lahore"]],
    ["players beside set scores stay people", "Monica Seles beat Steffi Graf 6-3 6-4 in Montreal.", ["person:Monica Seles", "person:Steffi Graf", "location:Montreal"]],
    ["a town without a score stays a place", "Fans travelled from Valencia to Barcelona.", ["location:Valencia", "location:Barcelona"]],
    ["lines holding results alone name clubs, however sure the tagger of a place or a person, the right side above the next line too",
      "Scores from Saturday:\nKelso 2 Stowe County 1\nHarwick 0 Milton Vale 0\nDunmere 3 Tyler Orient 2",
      ["organization:Kelso", "organization:Stowe County", "organization:Harwick", "organization:Milton Vale", "organization:Dunmere", "organization:Tyler Orient"]],
    ["but not two people's names on such a line", "Scores from Saturday:\nRosa Vellamar 6 Tomas Brenner 4", ["person:Rosa Vellamar", "person:Tomas Brenner"]],
  ];
  readsAs(cases);
  it("keeps a sentence-initial ordinary word of a name the text writes mid-sentence", () => {
    expect(brief(entitiesOf("It let Real Madrid close in. Real Madrid won again."))).toEqual(["organization:Real Madrid"]);
  });
});

describe("source credits", () => {
  it("drops a bracketed credit closing a paragraph but keeps an outlet named in a sentence", () => {
    expect(brief(entitiesOf("The flights were cancelled, Reuters reported.\nMore flights were cancelled. (AP)"))).toEqual(["organization:Reuters"]);
  });
  it("drops a credit printed with its article, and keeps the outlet with its article in a sentence", () => {
    expect(brief(entitiesOf("Bus fares in Leeds will rise in May. (The Herald)"))).toEqual(["location:Leeds"]);
    expect(brief(entitiesOf("Bus fares in Leeds will rise in May, The Herald reported."))).toEqual(["location:Leeds", "organization:The Herald"]);
  });
});

describe("lists of names", () => {
  readsAs([
    ["a list of places with one the tagger reads otherwise", "Amber warnings cover Devon, Somerset and Dorset until Friday.", ["location:Devon", "location:Somerset", "location:Dorset"]],
    ["a known city that is also a given name, after a place preposition", "The jets made emergency landings in Denver and Omaha.", ["location:Denver", "location:Omaha"]],
    ["two names each inside its own phrase are no list", "Leeds winger Tom Archer and Chelsea defender Ravi Shah were injured.", ["organization:Leeds", "person:Tom Archer", "organization:Chelsea", "person:Ravi Shah"]],
  ]);
});

describe("words qualifying an office", () => {
  readsAs([
    ["a qualifier opening a sentence is none of a club's name", "Calder Rovers lost again. Former Rovers striker Ian Pike said the side looked tired.", ["organization:Calder Rovers", "person:Ian Pike"]],
  ]);
});

describe("given names written with accents", () => {
  readsAs([
    ["an accented given name the lists spell without its accent", "Tomás Ferrer of the University of Leeds said the data were clear.", ["person:Tomás Ferrer", "organization:University of Leeds"]],
  ]);
});

describe("a place as a surname", () => {
  readsAs([
    ["a given name before a country is a person", "Daniel Jordan said he would sell the team.", ["person:Daniel Jordan"]],
    ["a common word before a country is a body", "Statistics Norway said inflation rose.", ["organization:Statistics Norway"]],
  ]);
});

describe("names with a number", () => {
  readsAs([
    ["a broadcaster's number is part of its name", "She told BBC Radio 4 that the plan had failed, and Channel 4 said it would air the interview.", ["organization:BBC Radio 4", "organization:Channel 4"]],
    ["a number after a club's town is its score", "Leeds 2 Chelsea 1", ["organization:Leeds", "organization:Chelsea"]],
  ]);
});

describe("named storms", () => {
  readsAs([
    ["a storm named by its head word", "Storm Ingrid closed roads across Cornwall.", ["location:Cornwall"]],
    ["a hurricane before its name", "Hurricane Tomas flattened homes in Haiti.", ["location:Haiti"]],
    ["a tropical storm", "Forecasters said Tropical Storm Lidia would reach Mexico by Friday.", ["location:Mexico"]],
    ["a person with the storm's name stays a person", "Tomas Ridley said homes in Haiti were flattened.", ["person:Tomas Ridley", "location:Haiti"]],
    ["the storm's name alone, after the storm is named", "Hurricane Odalys made landfall near Galveston on Friday. Odalys weakened overnight.", ["location:Galveston"]],
    ["but not a person's full name opening with it", "Storm Ferelith flooded fields. Ferelith Grant, a farmer, said the fields were under water.", ["person:Ferelith Grant"]],
  ]);
});

describe("holidays", () => {
  readsAs([
    ["a holiday of weekday words is a day", "Good Friday services drew crowds in Harlow, Neil Park said.", ["location:Harlow", "person:Neil Park"]],
    ["a holiday of a day and a weekday", "Remembrance Sunday parades and Election Day queues filled Dundee.", ["location:Dundee"]],
    ["a shopping day", "Stores in Leeds cut prices for Black Friday and Cyber Monday.", ["location:Leeds"]],
    ["a holiday opening the sentence", "Ash Wednesday falls early this year, the Diocese of Leeds said.", ["organization:Diocese of Leeds"]],
    ["a person whose name holds a holiday's word stays a person", "Ash Barty won in Melbourne.", ["person:Ash Barty", "location:Melbourne"]],
  ]);
});

describe("spans", () => {
  it("every mention slices its text out of the input", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Paris", "Anna Berg", "the", "Ministry", "of", "Health", "'s", " ", ", ", ". ", "\n", "NATO", "(", ")", "said", "Berg", "-", "&"), { maxLength: 40 }), (parts) => {
        const text = parts.join(" ");
        for (const e of entitiesOf(text)) {
          for (const m of e.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
        }
      }),
    );
  });
});

describe("nlp helpers", () => {
  it("marks words capitalized by position", () => {
    const toks = tokenize("Paris said: 'We go.' Then Rome.\nNew line").filter((t) => t.word);
    expect(toks.filter((t) => t.initial).map((t) => t.text)).toEqual(["Paris", "We", "Then", "New"]);
  });
  it("splits a possessive clitic off its word", () => {
    expect(tokenize("Kiev's").map((t) => t.text)).toEqual(["Kiev", "'s"]);
  });
  it("splits sentences but not after abbreviations or initials", () => {
    const text = "Dr. Ames met John F. Kennedy. He left!\nNext line";
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["Dr. Ames met John F. Kennedy.", "He left!", "Next line"]);
  });
});

describe("the tagger", () => {
  it("reads a match report: clubs named by their town, an initial with a surname, the surname alone", () => {
    const es = entitiesOf("CRICKET - DURHAM BEAT KENT\nJ. Okoro took four wickets as Durham beat Kent. Okoro said it was his best day.");
    expect(brief(es)).toContain("person:J. Okoro");
    expect(find(es, "J. Okoro")!.aliases).toEqual(["Okoro"]);
    expect(brief(es)).toEqual(expect.arrayContaining(["organization:Durham", "organization:Kent"]));
  });
  it("reads the same sentence alike as prose and spaced out as tokens", () => {
    const prose = "Shares of Quintrell fell after the broadcaster cut its forecast, Tamsin Groves of Halden Securities said.";
    const spaced = "Shares of Quintrell fell after the broadcaster cut its forecast , Tamsin Groves of Halden Securities said .";
    expect(brief(entitiesOf(prose))).toEqual(["organization:Quintrell", "person:Tamsin Groves", "organization:Halden Securities"]);
    expect(brief(entitiesOf(spaced))).toEqual(brief(entitiesOf(prose)));
  });
  it("scores a token as its features looked up one by one do, with each word's weights summed once", () => {
    const model = decodeModel(readDataBytes("entity-model.bin"));
    const text = "NEW YORK 1996-08-22\nMs Orla Quinn of Brisk Ferries Ltd said on Monday that Quinn's firm would sail to Oslo.";
    const tokens = tokenize(text);
    const rules = readByRules(tokens, text);
    const f = readTokens(tokens, text, lexicon, ruleLabels(rules, tokens.length), rules.lines);
    const features = new Int32Array(MAX_FEATURES);
    const [fast, slow] = [new Int32Array(TAG_COUNT), new Int32Array(TAG_COUNT)];
    for (let i = 0; i < tokens.length; i++) {
      for (const [prev, prev2] of [[0, 0], [1, 0], [3, 1], [6, 5]] as const) {
        scoreToken(f, i, prev, prev2, features, fast);
        slow.fill(0);
        addScores(model, features, tagFeatures(f, i, prev, prev2, features, staticFeatures(f, i, features, 0)), slow);
        expect([...fast]).toEqual([...slow]);
      }
    }
    expect(slow.some((s) => s !== 0)).toBe(true);
  });
});

describe("the rules where the tagger guesses", () => {
  const cases: Array<[string, string, string[]]> = [
    ["a '-based' compound names a place", "A Lisbon-based lender cut rates.", ["location:Lisbon"]],
    ["a plural acronym the tagger runs into a party's name counts its members", "Labour and Sinn Féin TDs walked out of the chamber.", ["organization:Labour", "organization:Sinn Féin"]],
    ["but a plural word stays in a club's name", "Fans cheered as the AFC Wolves lost.", ["organization:AFC Wolves"]],
    ["a dateline names its places", "TORVALLA , Norway 2024-03-02\nPrices rose.", ["location:TORVALLA", "location:Norway"]],
    ["a group's name with a capitalized function word, set off as a group", "A spokesman for the campaign group, Streets For People, said it would appeal.", ["organization:Streets For People"]],
    ["a title before a given name and a surname that is a common word", "Labour MP Dawn Butler said the figures were a scandal.", ["organization:Labour", "person:Dawn Butler"]],
    ["a body before a leader's title and a name", "Senate Minority Leader Ana Reyes and Assembly Majority Leader Tom Hale spoke.", ["organization:Senate", "person:Ana Reyes", "organization:Assembly", "person:Tom Hale"]],
    ["a party and state label after a lawmaker names no one", "Sen. Dana Whitfield, R-Kan., and Rep. Omar Haddad (D-Mich.) spoke.", ["person:Dana Whitfield", "person:Omar Haddad"]],
    ["a name before the kind of place it is", "Crews reached Tallow and Birchmere counties. Fires burned in Oakdene county.", ["location:Tallow", "location:Birchmere", "location:Oakdene"]],
    ["a name before a crossing, a valley or an island", "Trucks queued at the Beit Hanel crossing. Floods hit the Drava valley and the Sorvik island.", ["location:Beit Hanel", "location:Drava", "location:Sorvik"]],
    ["an adjective before a kind of place is no name", "Sicilian towns and Himalayan villages voted.", []],
    ["nor before a crossing or an island", "Aid reached the Lebanese crossing and a Greek island.", []],
    ["a dateline's place before a wire's credit in brackets", "Crews fight fires in the hills\nLOS ANGELES (AP) — Crews worked overnight.", ["location:LOS ANGELES", "organization:AP"]],
    ["a body's acronym before a hyphenated title", "NATO Secretary-General Mark Rutte arrived.", ["organization:NATO", "person:Mark Rutte"]],
    ["a country before a title of office", "US President Joe Biden arrived.", ["location:US", "person:Joe Biden"]],
    ["where analysts work is a company", "Analysts at Corbel Verity expect a cut.", ["organization:Corbel Verity"]],
    ["what is owned in shares is a company", "Shares of Tamsworth fell.", ["organization:Tamsworth"]],
    ["known towns beside a score and a result are clubs", "Leeds beat Burnley 2-1 on Saturday.", ["organization:Leeds", "organization:Burnley"]],
    ["a place with a modifier", "He grew up in Soviet Latvia.", ["location:Soviet Latvia"]],
    ["given names that are places, before surnames", "Madison Keys beat Victoria Azarenka.", ["person:Madison Keys", "person:Victoria Azarenka"]],
    ["initials before a surname", "AJ Brennan wrote the column.", ["person:AJ Brennan"]],
    ["a club's prefix is no initials", "FC Kesterberg won the cup.", ["organization:FC Kesterberg"]],
    ["a title-case headline keeps its known places", "Storm Warning Issued For Devon And Cornwall As Winds Rise\nForecasters expect gusts.", ["location:Devon", "location:Cornwall"]],
    ["a headline's surname that is a common word joins the person named below", "Baker backs new plan\nMinister Tom Baker said the plan would work.", ["person:Tom Baker"]],
    ["a first word shared by two people names neither", "Anna Berg and Anna Lund spoke. Later Anna left.", ["person:Anna Berg", "person:Anna Lund"]],
    ["a first word of one person joins that person", "Ken Tully spoke. Later Ken left.", ["person:Ken Tully"]],
    ["a common word opening a sentence before a known place names a body that speaks", "Repairs stalled in spring. Historic England said the tower was listed.", ["organization:Historic England"]],
    ["a given name before a place-named surname stays a person", "Rain fell all week. Tom Holland said he was pleased.", ["person:Tom Holland"]],
    ["known places after a place preposition in prose are places", "Kestrel Air will drop flights from Aberdeen and Inverness in May.", ["organization:Kestrel Air", "location:Aberdeen", "location:Inverness"]],
    ["a known place after a bearing is the place, whatever its club", "Crews worked north of Marseille all night.", ["location:Marseille"]],
    ["a town no lexicon knows after 'near' is a place", "Drivers near Aberystwyth were told to avoid the coast road.", ["location:Aberystwyth"]],
    ["but a known company after 'near' stays a company", "Drivers near Tesco were told to wait.", ["organization:Tesco"]],
    ["a name only shaped like a person's after 'near' is a place", "Sheep were lost near Carrow Fenwick after the river burst its banks.", ["location:Carrow Fenwick"]],
    ["but a given name and a surname after 'near' stay a person", "The children sat near Tom Marsh at the hearing.", ["person:Tom Marsh"]],
    ["a name after a place and a comma, closing the phrase, is its region", "Police were called to a house in Kilbrannan, Ayrshire, at 2am.", ["location:Kilbrannan", "location:Ayrshire"]],
    ["but not a name after a list of places", "Police were called to houses in Elgin, Kilbrannan, Ayrshire, at 2am.", ["location:Elgin", "location:Kilbrannan", "organization:Ayrshire"]],
    ["known towns in a results line stay clubs", "Aberdeen 2 Celtic 1", ["organization:Aberdeen", "organization:Celtic"]],
    ["a name with a person's appositive is a person", "Haddad, a retired nurse from Elgin, said the cuts would hurt.", ["person:Haddad", "location:Elgin"]],
    ["an appositive opened by a place's possessive", "Tarvel, Norway's largest insurer, cut its forecast.", ["organization:Tarvel", "location:Norway"]],
    ["an appositive outweighs two capitals that look like initials", "TW Halden, Norway's largest union, called a strike.", ["organization:TW Halden", "location:Norway"]],
    ["while two capitals before a surname alone stay a person", "TW Halden called a strike.", ["person:TW Halden"]],
    ["a place with a place's appositive stays a place", "Elgin, a town near Inverness, lost its last bank.", ["location:Elgin", "location:Inverness"]],
    ["a name of ordinary words that speaks is a body", "After the storm, Northmoor Water said the pipes had held.", ["organization:Northmoor Water"]],
    ["a name of ordinary words that speaks is a body, mid-sentence after a day", "On Monday, South Coast Water said the overflows worked.", ["organization:South Coast Water"]],
    ["a known place that speaks stays a place", "Late on Friday, South Africa said the talks would resume.", ["location:South Africa"]],
    ["the same name that does not speak stays doubtful", "On Monday, the South Coast Water overflows worked.", []],
    ["a role noun capitalized by the sentence start is the person's role, not part of the name", "It rained. Striker Tom Bell scored twice.", ["person:Tom Bell"]],
    ["a kind of body capitalized by the sentence start names the body's kind", "Sales fell. Chipmaker Veltrion cut its forecast.", ["organization:Veltrion"]],
    ["a kind of body alone at a headline's start is no name", "Carmaker recalls 8,000 vans\nThe recall covers vans sold in Europe.", ["location:Europe"]],
    ["a kin word opening a name stays in it", "Crowds came. Mother Teresa spoke to them.", ["person:Mother Teresa"]],
    ["a body's head opening a name stays in it", "It rained. Club Brugge won the match.", ["organization:Club Brugge"]],
    ["a name after a capital 'The' in a sentence is no person", "The trial was reported in The Lancet on Friday.", ["organization:Lancet"]],
    ["a name led by someone is a body", "Rain fell. Sentrum-Venstre, led by Ola Berg, won seats.", ["organization:Sentrum-Venstre", "person:Ola Berg"]],
    ["a place's head word opening a body named by a cue noun before it", "said Ruth Kemp of the charity River Watch UK.", ["person:Ruth Kemp", "organization:River Watch UK"]],
    ["a place's head word opening a body named by an appositive", "Lake Action Now, a campaign group, said spills rose.", ["organization:Lake Action Now"]],
    ["a place's head word with a relative clause stays a place", "Boats crossed Lake Kivu, which borders Rwanda, on Friday.", ["location:Lake Kivu", "location:Rwanda"]],
  ];
  readsAs(cases);
  it("a hyphenated name the tagger ran past is one name, not also a second one inside it", () => {
    expect(entitiesOf("Rain hit Allauch and Plan-de-Cuques overnight.").map((e) => e.name)).toEqual(["Allauch", "Plan-de-Cuques"]);
  });
  it("the headline's surname is a mention of the person", () => {
    expect(find(entitiesOf("Baker backs new plan\nMinister Tom Baker said the plan would work."), "Tom Baker")!.mentions.map((m) => m.span.start)).toEqual([0, 30]);
  });
  it("a surname labelling a headline's words is a mention of the person named below", () => {
    const text = "Starmer: 'We will fix the port'\nKeir Starmer said the plan would work.";
    expect(find(entitiesOf(text), "Keir Starmer")!.mentions.map((m) => m.span.start)).toEqual([0, 32]);
    expect(entitiesOf("Note: the port reopens\nDaria Velcourt said the plan would work.").map((e) => e.name)).toEqual(["Daria Velcourt"]);
  });
  it("names the tagger ran together across 'and' are the rules' names", () => {
    expect(entitiesOf("The deal joined Velmore and Castell Lidgate.").map((e) => e.name)).toEqual(["Velmore", "Castell Lidgate"]);
  });
  const nothing: Array<[string, string]> = [
    ["products made of ordinary words, run together by 'and'", "Visitors tried Magic Leap and Beat Saber."],
    ["a law's name ending in a given name that is a common noun", "The Finance Bill passed its second reading."],
    ["a common word opening a sentence before a nationality", "Wholesale British power prices fell."],
    ["a title-case headline of ordinary words", "Markets Slide As Investors Weigh Rate Outlook\nStocks fell."],
  ];
  for (const [what, text] of nothing) {
    it(`yields nothing: ${what}`, () => expect(entitiesOf(text)).toEqual([]));
  }
  const noPerson: Array<[string, string]> = [
    ["a given name that is a place before a plural is a team", "The Sydney Tigers won again."],
    ["a long name ending in two ordinary words is a thing", "It was seen by the Nancy Grace Roman Space Telescope."],
  ];
  for (const [what, text] of noPerson) {
    it(`names no person: ${what}`, () => expect(entitiesOf(text).filter((e) => e.type === "person")).toEqual([]));
  }
});

// The combination itself, with the tagger's readings given by hand: which reading wins at which lead.
describe("combining the readings", () => {
  type Given = { words: string; type: EntityType; behind?: Partial<Readings>; headline?: boolean; from?: number };
  /** The entities of `text` when the tagger reads the given names, each reading `behind` its type by so much (100 if not given). */
  const combined = (text: string, given: Given[]): string[] => {
    const tokens = tokenize(text);
    const names: TaggedName[] = given.map(({ words, type, behind = {}, headline = false, from = 0 }) => {
      const start = text.indexOf(words, from);
      const first = tokens.findIndex((t) => t.start === start);
      const last = tokens.findIndex((t) => t.end === start + words.length);
      const scores = { person: -100, organization: -100, location: -100, misc: -100, outside: -100, ...behind, [type]: 0 };
      return { first, last, type, scores, headline };
    });
    const groups = groupMentions(combineReadings(names, readByRules(tokens, text).typed, tokens, text), tokens);
    return brief(groups.filter((g) => g.mentions.length > 0).map(toEntity));
  };
  it("a frame around a name outweighs a tagger that is unsure", () => {
    expect(combined("A Lisbon-based lender cut rates.", [{ words: "Lisbon", type: "organization", behind: { location: -5 } }])).toEqual(["location:Lisbon"]);
  });
  it("a frame leaves a tagger that is sure alone", () => {
    expect(combined("A Lisbon-based lender cut rates.", [{ words: "Lisbon", type: "organization", behind: { location: -60 } }])).toEqual(["organization:Lisbon"]);
  });
  it("of two known places joined by 'and', the one read less surely as a club is a place", () => {
    const text = "Ferries from Inverness and Aberdeen sailed.";
    expect(combined(text, [{ words: "Inverness", type: "location", behind: { organization: -60 } }, { words: "Aberdeen", type: "organization", behind: { location: -30 } }])).toEqual(["location:Inverness", "location:Aberdeen"]);
    expect(combined(text, [{ words: "Inverness", type: "location", behind: { organization: -10 } }, { words: "Aberdeen", type: "organization", behind: { location: -30 } }])).toEqual(["location:Inverness", "organization:Aberdeen"]);
  });
  it("a name no rule types, listed after a place a place preposition opens, is a place where the tagger reads it less surely than that place", () => {
    const text = "Shelters opened in Penmorva and Caerwyn on Friday.";
    expect(combined(text, [{ words: "Penmorva", type: "location", behind: { organization: -60 } }, { words: "Caerwyn", type: "organization", behind: { location: -30 } }])).toEqual(["location:Penmorva", "location:Caerwyn"]);
    // A tagger surer of the body than of the place before it keeps the body.
    expect(combined(text, [{ words: "Penmorva", type: "location", behind: { organization: -20 } }, { words: "Caerwyn", type: "organization", behind: { location: -30 } }])).toEqual(["location:Penmorva", "organization:Caerwyn"]);
    // No place preposition opens the list.
    const praised = "Visitors praised Cardiff and Caerwyn on Friday.";
    expect(combined(praised, [{ words: "Cardiff", type: "location", behind: { organization: -60 } }, { words: "Caerwyn", type: "organization", behind: { location: -30 } }])).toEqual(["location:Cardiff", "organization:Caerwyn"]);
  });
  it("a known place after 'across' is the place where the tagger is unsure of its club, not where it is sure", () => {
    const text = "Burglaries rose across Leicester last year.";
    expect(combined(text, [{ words: "Leicester", type: "organization", behind: { location: -5 } }])).toEqual(["location:Leicester"]);
    expect(combined(text, [{ words: "Leicester", type: "organization", behind: { location: -40 } }])).toEqual(["organization:Leicester"]);
  });
  it("a name of ordinary words typed a place by its list stays, however the tagger's own reading led", () => {
    const text = "Trains stopped near Penmorva and Caerwyn Wells on Friday.";
    expect(combined(text, [{ words: "Penmorva", type: "location", behind: { organization: -60 } }, { words: "Caerwyn Wells", type: "organization", behind: { location: -15, person: -12 } }])).toEqual(["location:Caerwyn Wells", "location:Penmorva"]);
  });
  it("a name of ordinary words that the rules cannot type needs a clear lead", () => {
    expect(combined("Players tried Crystal Maze.", [{ words: "Crystal Maze", type: "organization", behind: { misc: -5 } }])).toEqual([]);
    expect(combined("Players tried Crystal Maze.", [{ words: "Crystal Maze", type: "organization", behind: { misc: -50 } }])).toEqual(["organization:Crystal Maze"]);
  });
  it("a title-case headline's name takes the type the running text gives it, else the rules'", () => {
    const headline = "Storm Hits Devon And Kent As Winds Rise\n";
    expect(combined(`${headline}Forecasters expect gusts.`, [{ words: "Kent", type: "organization", headline: true }])).toEqual(["location:Kent"]);
    const body = `${headline}Kent won by six runs.`;
    expect(combined(body, [{ words: "Kent", type: "organization", headline: true }, { words: "Kent", type: "organization", from: headline.length }])).toEqual(["organization:Kent"]);
  });
  it("the tagger's body taking in the rules' one and more stands, but not a person's name run into a title", () => {
    const body = "She chairs the Alliance of Coastal Port Authorities.";
    expect(combined(body, [{ words: "Alliance of Coastal Port Authorities", type: "organization" }])).toEqual(["organization:Alliance of Coastal Port Authorities"]);
    const person = "Comedian Dana Okafor spoke.";
    expect(combined(person, [{ words: "Comedian Dana Okafor", type: "person" }])).toEqual(["person:Dana Okafor"]);
  });
  it("a name right before a role and a person's name is the employer, whatever the tagger reads; not one before 'and'", () => {
    const text = "Earlier, Kelby chief executive Dana Moss said so.";
    expect(combined(text, [{ words: "Kelby", type: "person" }, { words: "Dana Moss", type: "person" }])).toEqual(["person:Dana Moss", "organization:Kelby"]);
    const pair = "Earlier, Dieter Kranz and businessman Tom Bell were held.";
    expect(combined(pair, [{ words: "Dieter Kranz", type: "person" }, { words: "Tom Bell", type: "person" }])).toEqual(["person:Dieter Kranz", "person:Tom Bell"]);
  });
  it("a person's name the tagger runs into the letters after it ends before them, unless they are its surname", () => {
    const text = "Her barrister, Ardal Pritchard KC, told the court she would appeal.";
    expect(combined(text, [{ words: "Ardal Pritchard KC", type: "person" }])).toEqual(["person:Ardal Pritchard"]);
    expect(combined("The prize went to Olu Ms, a painter.", [{ words: "Olu Ms", type: "person" }])).toEqual(["person:Olu Ms"]);
  });
  it("a name's type is the one most of its mentions give", () => {
    const text = "Marlow flooded. Trains left Marlow. Water reached Marlow.";
    const at = (k: number) => text.indexOf("Marlow", k);
    const given: Given[] = [{ words: "Marlow", type: "organization" }, { words: "Marlow", type: "location", from: at(1) }, { words: "Marlow", type: "location", from: at(at(1) + 1) }];
    expect(combined(text, given)).toEqual(["location:Marlow"]);
  });
});

describe("the tagger's model file", () => {
  it("gives back the weights it was written with", () => {
    const bytes = encodeModel([5, 77], Float64Array.from([1, -2, 0.5, 3, 0, -1]), 3);
    const model = decodeModel(bytes);
    const scores = new Int32Array(3);
    addScores(model, Int32Array.from([77, 9, 5]), 3, scores);
    expect([...scores].map((s) => Math.round(s * model.scale * 100) / 100)).toEqual([4, -2, -0.5]);
  });
  it("refuses bytes that are not a model", () => {
    expect(() => decodeModel(new Uint8Array(40))).toThrow(/not an ENT2 file/);
  });
});

describe("a name acting as a company is one in all its mentions", () => {
  readsAs([
    ["held in shares, also where another mention reads as a person's", "Harlan Tate flies to Denver twice daily, and shares in Harlan Tate rose 3% on Friday.", ["organization:Harlan Tate", "location:Denver"]],
    ["reporting a profit", "Morven Pryce reported a pre-tax profit of £40m on Thursday.", ["organization:Morven Pryce"]],
    ["running stores, not a person operating", "Fenwick Rudd operates three stores in Leeds, and Dana Whitfield operates on patients in Leeds.", ["organization:Fenwick Rudd", "location:Leeds", "person:Dana Whitfield"]],
    ["cancelling flights, not a place", "Veltrano cancelled four flights after the storm.", ["organization:Veltrano"]],
    ["not a verb of trading without what a company reports", "Morven Pryce reported from Kabul for ten years.", ["person:Morven Pryce", "location:Kabul"]],
    ["not a person running races", "Dana Whitfield runs two marathons a year in Denver.", ["person:Dana Whitfield", "location:Denver"]],
    ["not a known place", "Spain posted record sales of olive oil in March.", ["location:Spain"]],
    ["cancelling its sailings, not a place", "Ferries stayed in port. Norvik has cancelled its sailings to Belfast.", ["organization:Norvik", "location:Belfast"]],
    ["cancelling its timetable, not a person", "After the storm, Marrowline has cancelled its winter timetable.", ["organization:Marrowline"]],
    ["not a timetable that is nobody's own", "Ellis cut the timetable short and left.", ["person:Ellis"]],
    ["not a known place cancelling its timetable", "Shetland has cancelled its winter timetable.", ["location:Shetland"]],
  ]);
});

describe("where a way of going leads is a place", () => {
  readsAs([
    ["after a walk, with a direction between", "We caught the ferry to Dunmorran and walked out to Cregwen.", ["location:Dunmorran", "location:Cregwen"]],
    ["a name the tagger leaves out", "The ferry to Rosslare left late.", ["location:Rosslare"]],
    ["not what is sold to", "The family sold the farm to Cregwen last year.", ["organization:Cregwen"]],
    ["not a known body", "Shoppers took the bus to Tesco on Saturday.", ["organization:Tesco"]],
  ]);
});

describe("the two ends of a route are places", () => {
  readsAs([
    ["neither end known, before 'route'", "Sailings on the Kelderby to Marrowfield route were halted by gales.", ["location:Kelderby", "location:Marrowfield"]],
    ["a known town read as its club, before 'flights'", "Passengers on the Leeds to Dunmorran flights were rebooked.", ["location:Leeds", "location:Dunmorran"]],
    ["an end of two words, before 'line'", "Engineers closed the Kelderby to Fort Marrow line overnight.", ["location:Kelderby", "location:Fort Marrow"]],
    ["not two clubs, with no route's noun", "The winger moved from Kelderby Rovers to Chelsea last summer.", ["organization:Kelderby Rovers", "organization:Chelsea"]],
  ]);
  it("not people, before a noun of no route", () => {
    expect(entitiesOf("Fans welcomed the Okafor to Brannigan transfer on Friday.").filter((e) => e.type === "location")).toEqual([]);
  });
});

describe("a town's club before a club's role is the club", () => {
  readsAs([
    ["a manager's club ending in Town", "Dunmere Town manager Gavin Hollis praised his defence.", ["organization:Dunmere Town", "person:Gavin Hollis"]],
    ["a striker's club ending in City, and its other mention", "Felbridge City striker Owen Rakes scored twice, and fans at Felbridge City cheered.", ["organization:Felbridge City", "person:Owen Rakes"]],
    ["not a place's office", "Dunmere Town mayor Gavin Hollis opened the market.", ["location:Dunmere Town", "person:Gavin Hollis"]],
    ["not a town's name without a club's role", "Floods reached Dunmere Town on Monday.", ["location:Dunmere Town"]],
    ["a club's chairman", "Felbridge City chairman Owen Rakes thanked the fans.", ["organization:Felbridge City", "person:Owen Rakes"]],
    ["a verb in the plural, as British English gives a club", "Felbridge City have signed two defenders.", ["organization:Felbridge City"]],
    ["not a verb in the singular, as a town takes", "Felbridge City has a new bypass.", ["location:Felbridge City"]],
    ["not a plural verb after a preposition, whose subject comes before it", "Households in Tallowby County were told to boil their water.", ["location:Tallowby County"]],
    ["not a plural verb after 'of' either", "Farmers of Brennick County were angry about the levy.", ["location:Brennick County"]],
    ["but the club as the subject before a plural verb", "After a long unbeaten run, Brennick County were beaten at home.", ["organization:Brennick County"]],
  ]);
});

describe("a city before a name no lexicon knows, where the sentence travels, is a station or a district", () => {
  readsAs([
    ["between two stations", "Buses will replace trains between Leeds Harnby and York on Sunday.", ["location:Leeds Harnby", "location:York"]],
    ["a city that is also a given name, the travel word opening the sentence", "Passengers for London Wexcombe were told to expect delays.", ["location:London Wexcombe"]],
    ["not where it speaks", "London Wexcombe said the trains were late.", ["person:London Wexcombe"]],
    ["not without travel in the sentence", "Shares in Leeds Harnby rose after the results.", ["organization:Leeds Harnby"]],
  ]);
  it("not a club's plural name", () => {
    expect(entitiesOf("Fans took the bus to watch the Boston Kelvors beat the Denver Raskins.").filter((e) => e.type === "location")).toEqual([]);
  });
});

describe("a council's place keeps its own entry", () => {
  readsAs([
    ["the place beside the council named after it", "Flooding closed roads in Tarnwick on Monday. Tarnwick Council said crews were working overnight.", ["location:Tarnwick", "organization:Tarnwick Council"]],
    ["not a company's first word", "Harwell Bank said profits rose. Harwell also cut jobs.", ["organization:Harwell Bank"]],
    ["not the council named with its head in lower case", "Islanders pay less after Tarnwick council voted. The Tarnwick Council met on Monday.", ["organization:Tarnwick Council"]],
  ]);
});

describe("a public body's place keeps its own entry", () => {
  readsAs([
    ["the place a preposition opens, after the body named by it", "The Vestmark Ministry of Health opened 12 clinics. Waiting lists in Vestmark fell by a fifth.", ["organization:Vestmark Ministry of Health", "location:Vestmark"]],
    ["the place a preposition opens, before the body named by it", "Waiting lists in Norland Province fell. The Norland Province Department of Roads said crews were out.", ["location:Norland Province", "organization:Norland Province Department of Roads"]],
    ["not a company's first word", "Harwell Department Stores said sales rose. Harwell also cut jobs.", ["organization:Harwell Department Stores"]],
    ["not the body's short form before a common noun", "The Vestmark Ministry of Health opened 12 clinics. Vestmark officials said more would follow.", ["organization:Vestmark Ministry of Health"]],
  ]);
});

describe("a saint's name after a word no lexicon knows is a town's", () => {
  readsAs([
    ["a town named after a saint", "Buses run from Castelvio San Marco to the sea.", ["location:Castelvio San Marco"]],
    ["not a club named after a city of a saint", "Fans of Dorvik St Petersburg cheered.", ["organization:Dorvik St Petersburg"]],
    ["not a person who speaks", "Álvaro San Román said the team was ready.", ["person:Álvaro San Román"]],
  ]);
});

describe("a name opening a sentence that speaks of itself as 'it' doing something is a body", () => {
  readsAs([
    ["what it would do", "Pelvaro said it would close 40 stores.", ["organization:Pelvaro"]],
    ["what is its own", "Pelvaro says its sales rose in March.", ["organization:Pelvaro"]],
    ["not what a person says of a state of things", "Pelvaro said it would be a long season.", ["person:Pelvaro"]],
    ["not a person's surname the text gives in full", "Anna Pelvaro won the vote. Pelvaro said it would close the gap.", ["person:Anna Pelvaro"]],
  ]);
});

describe("a name acting as a company after an auxiliary", () => {
  readsAs([
    ["cutting its forecast", "Harlan Tate has cut its profit forecast again.", ["organization:Harlan Tate"]],
    ["closing stores", "Fenwick Rudd will close 30 stores in the spring.", ["organization:Fenwick Rudd"]],
    ["not a person closing her own shops", "Dana Whitfield has closed her two shops in Leeds.", ["person:Dana Whitfield", "location:Leeds"]],
  ]);
});

describe("a word that names nothing elsewhere, acting as a company, is one", () => {
  readsAs([
    ["a compass word running trains", "Northern cancelled six trains on Monday.", ["organization:Northern"]],
    ["after an auxiliary", "Southern has cut 40 services after the storm.", ["organization:Southern"]],
    ["not a compass word before what it qualifies", "Northern towns cancelled six fairs on Monday.", []],
  ]);
});

describe("a station's word ends a place's name", () => {
  readsAs([
    ["a parkway and an interchange", "Buses will run from Harnby Parkway and Colbeck Interchange on Sunday.", ["location:Harnby Parkway", "location:Colbeck Interchange"]],
    ["a junction", "Delays hit Clapworth Junction.", ["location:Clapworth Junction"]],
    ["not a given name and the word that speaks", "Grace Junction said the plan was fair.", ["person:Grace Junction"]],
  ]);
});

describe("a saint's possessive that owns no noun is inside the name", () => {
  it("before a preposition", () => expect(brief(entitiesOf("Ferries sail from Penzance to St Kenwyn's in July."))).toEqual(["location:Penzance", "location:St Kenwyn's"]));
  it("before a comma", () => expect(entitiesOf("Pupils at St Kenwyn's, a school in Truro, won.").map((e) => e.name)).toEqual(["St Kenwyn's", "Truro"]));
  it("not before the noun it owns", () => expect(entitiesOf("St Kenwyn's roof was mended.").map((e) => e.name)).toEqual(["St Kenwyn"]));
});

describe("a common word capitalized by position that acts as a company is one", () => {
  readsAs([
    ["closing stores", "Harvest has closed 30 stores in Wales.", ["organization:Harvest", "location:Wales"]],
    ["not a plural naming a trade", "Airlines cancelled six flights on Monday.", []],
  ]);
});

describe("the rule reading of a nationality before a body's name", () => {
  const ruleTypes = (text: string) => {
    const tokens = tokenize(text);
    return readByRules(tokens, text).typed.map((r) => `${typeof r.t === "object" && r.t ? r.t.type : String(r.t)}:${r.c.text}`);
  };
  it("keeps the nationality of a body's head before 'of' as part of its name", () => {
    expect(ruleTypes("The Norwegian Academy of Dentistry published its advice on Monday.")).toContain("organization:Norwegian Academy of Dentistry");
  });
  it("but leaves it out before a name with no body's head or suffix", () => {
    expect(ruleTypes("The Norwegian Brannvik Sandberg told the court on Monday that he had left.").filter((r) => r.includes("Brannvik"))).toEqual(["person:Brannvik Sandberg"]);
  });
});

describe("a place that is a seat in a parliament is the place, not the club the tagger reads", () => {
  readsAs([
    ["before an elected member's title", "The Leeds MP wrote to the minister about the depot.", ["location:Leeds"]],
    ["opening a headline, the title left off", "Bristol MP calls for talks over depot closure", ["location:Bristol"]],
    ["a place and a compass word after a verb of representing", "Jane Hill, who represents Leeds East, voted against the plan.", ["person:Jane Hill", "location:Leeds East"]],
    ["after the title and 'for'", "Jane Hill, the MP for Leeds East, voted against the plan.", ["person:Jane Hill", "location:Leeds East"]],
    ["not a party before the title", "The Labour MP wrote to the minister about the depot.", ["organization:Labour"]],
    ["not a club where no seat is named", "Leeds beat Derby 2-0 at home on Saturday.", ["organization:Leeds", "organization:Derby"]],
  ]);
});

describe("a name moving by a percentage is a company's shares", () => {
  readsAs([
    ["falling by a percentage sign", "Quillfern fell 8% in early trading on Tuesday.", ["organization:Quillfern"]],
    ["jumping by so many per cent", "Kestrelmoor jumped by 12 per cent after the results.", ["organization:Kestrelmoor"]],
    ["not a common word capitalized by position", "Inflation rose 2% in March.", []],
    ["not a person rising in the polls", "Dana Whitfield rose 3% in the polls.", ["person:Dana Whitfield"]],
    ["not a known place", "Spain rose 2% in the rankings.", ["location:Spain"]],
  ]);
});

describe("a side of a results line or a fixture, of several words, is a club", () => {
  readsAs([
    ["opening with a given name, in a results line", "Results on Saturday: Harwick 2 Rosa Vellamar 1, Dunmore 0 Kestrel Albion 0.", ["organization:Harwick", "organization:Rosa Vellamar", "organization:Dunmore", "organization:Kestrel Albion"]],
    ["opening with a given name, in a fixture", "Fixtures on Sunday: Dunmore v Carla Brennt.", ["organization:Dunmore", "organization:Carla Brennt"]],
    ["not where the other side is a person's name too", "Rosa Vellamar 6 Tomas Brenner 4 in the chess final.", ["person:Rosa Vellamar", "person:Tomas Brenner"]],
    ["not the words after a possessive, which end a longer name", "Newport 1 Marlow's Old Lads 2 on Saturday.", ["organization:Newport", "organization:Marlow's Old Lads"]],
  ]);
});

describe("a suffix that is also a surname ends a body's name of three words or more", () => {
  readsAs([
    ["a branch opened by a given name that is a common word", "Inspectors from the Marine Pollution Response Branch visited the harbour on Monday.", ["organization:Marine Pollution Response Branch"]],
    ["not a person's surname after a given name", "The singer Michelle Branch sang two songs in Leeds.", ["person:Michelle Branch", "location:Leeds"]],
  ]);
});

describe("a name of two words on the other side of a match from a club is a club", () => {
  readsAs([
    ["no given name opening it", "Rayo Vallecano drew with Osasuna on Sunday.", ["organization:Rayo Vallecano", "organization:Osasuna"]],
    ["not a person a club hosts", "Wrexham hosted Ryan Reynolds at the ground.", ["organization:Wrexham", "person:Ryan Reynolds"]],
  ]);
});

describe("the two ends of a way travelled 'between X and Y' are places", () => {
  readsAs([
    ["towns the tagger reads as clubs", "Trains between Penrith and Kendal were cancelled.", ["location:Penrith", "location:Kendal"]],
    ["a name no lexicon knows at one end", "Buses between Hexley Cross and Penrith will run every hour.", ["location:Hexley Cross", "location:Penrith"]],
    ["not in a sentence of no travel", "The match between Penrith and Kendal was called off.", ["organization:Penrith", "organization:Kendal"]],
    ["not a known body", "Talks between Eurostar and the rail unions broke down.", ["organization:Eurostar"]],
  ]);
});

describe("a seat's short title before a name", () => {
  readsAs([
    ["an Irish or a Northern Irish seat's title, after a modifier, is the person's role", "Opposition TD Niamh Corrigan said the plan was late, and MLA Owen Breslin agreed.", ["person:Niamh Corrigan", "person:Owen Breslin"]],
    ["a Welsh member's title before a given name", "Plaid Cymru AM Siân Lloyd voted against.", ["organization:Plaid Cymru", "person:Siân Lloyd"]],
    ["a place before the title is the seat's", "The Galway TD wrote to the minister.", ["location:Galway"]],
    ["but those letters before a word no given name spells open a body's name", "Rating agency AM Best upgraded the insurer.", ["organization:AM Best"]],
  ]);
});

describe("a named office's possessive before a body's head word is inside the name", () => {
  readsAs([
    ["a title's possessive after a field's word", "The Pensions Commissioner's Office said it would act.", ["organization:Pensions Commissioner's Office"]],
    ["also inside a sentence", "A letter from the Schools Inspector's Office arrived on Friday.", ["organization:Schools Inspector's Office"]],
    ["not a bare title's office", "The Mayor's Office said it would act.", []],
    ["nor an office in lower case", "The Home Secretary's office said it would act.", []],
  ]);
});

describe("a name after a place's '-based' is the body based there", () => {
  readsAs([
    ["a company whose words are all common words", "Customers of Bristol-based Harbour Light Supply were told to wait.", ["location:Bristol", "organization:Harbour Light Supply"]],
    ["not a person's name", "Bristol-based Tom Ashby won the prize.", ["location:Bristol", "person:Tom Ashby"]],
  ]);
});

describe("a name before a geographic feature's noun is a place", () => {
  readsAs([
    ["a canal, a bridge and a river; the name's last word alone later is a place of its own", "Divers searched near the Oude Rijn canal. Police closed the Harrow bridge and the Kestrel river. Later, officers returned to Rijn.", ["location:Oude Rijn", "location:Harrow", "location:Kestrel", "location:Rijn"]],
    ["a motorway and a road", "Traffic backed up on the Kenmare motorway and the Tolka road.", ["location:Kenmare", "location:Tolka"]],
    ["not a compound's first half", "Anna Reed road-tested the car.", ["person:Anna Reed"]],
    ["nor a common word capitalized by the sentence's start", "Canal bridges are costly to mend.", []],
  ]);
});

describe("lone names listed after a place that a place preposition opens are places", () => {
  readsAs([
    ["given names closing a list of towns (the tagger joins the last two)", "Volunteers drove supplies to Lufkin, Jasper and Tyler after the storm.", ["location:Lufkin", "location:Jasper", "location:Tyler"]],
    ["a pair of places after 'in'", "Power failed in Nacogdoches and Jasper overnight.", ["location:Nacogdoches", "location:Jasper"]],
    ["not people after a verb", "Nacogdoches welcomed Jasper and Tyler Reed.", ["organization:Nacogdoches", "person:Jasper", "person:Tyler Reed"]],
    ["nor a list a person's full name closes", "The bus runs from Lufkin, Jasper and Tyler Reed came along.", ["location:Lufkin", "person:Jasper", "person:Tyler Reed"]],
  ]);
});

describe("an airline's name ends before a flight's word and number", () => {
  readsAs([
    ["an airline of two words", "Medics met passengers off Kestrel Airways Flight 604 in the morning.", ["organization:Kestrel Airways"]],
    ["an airline of one word the tagger runs on", "The pilots of Ryanair Flight 5112 declared an emergency.", ["organization:Ryanair"]],
    ["not a body named so", "She trained at the Kestrel Airways Flight School for two years.", ["organization:Kestrel Airways Flight School"]],
  ]);
});

describe("partners' surnames listed up to an '&'", () => {
  readsAs([
    ["name one firm", "Brokers at Pellow, Trask & Dunmore raised their target.", ["organization:Pellow, Trask & Dunmore"]],
    ["also after a word capitalized by the sentence's start", "Then Pellow, Trask, Ormsby & Dunmore advised the buyer.", ["organization:Pellow, Trask, Ormsby & Dunmore"]],
  ]);
  const joined = (text: string) => entitiesOf(text).filter((e) => e.name.includes(","));
  it("but places listed up to an '&' stay apart", () => expect(joined("Stores in Texas, Ohio & Utah closed.")).toEqual([]));
  it("and a list closed by 'and' is no firm", () => expect(joined("Pellow, Trask and Dunmore each bid.")).toEqual([]));
  it("nor given names", () => expect(joined("Then Anna, Tom & Lucy went home.")).toEqual([]));
});

describe("a company's legal form", () => {
  readsAs([
    ["in lower case closes its name", "Shares in Corrow Foods plc rose.", ["organization:Corrow Foods plc"]],
    ["after a comma too, with its stop", "Brent Valley Holdings, Inc. agreed to the deal.", ["organization:Brent Valley Holdings, Inc."]],
  ]);
  it("but a comma before another name keeps both apart", () => expect(brief(entitiesOf("Brent Valley Holdings, Corrow Foods and Pellam Mills bid."))).not.toContain("organization:Brent Valley Holdings, Corrow Foods"));
});

describe("a common noun opening a sentence before a country's name", () => {
  readsAs([
    ["names a national body, also where the text writes the noun in lower case", "Small energy firms warned. Energy UK, which speaks for the industry, said margins fell.", ["organization:Energy UK"]],
  ]);
  readsAs([["but a word that is also an adverb stays out", "Today Canada said jobs rose.", ["location:Canada"]]]);
});

describe("a workplace shaped like a person's name", () => {
  readsAs([
    ["after a role and 'at' is a firm", "The market is open, said Lena Moor, an analyst at Tobias Renwick in Leeds.", ["person:Lena Moor", "organization:Tobias Renwick", "location:Leeds"]],
  ]);
  readsAs([["but a person met 'with' stays a person", "The minister met with Tobias Renwick on Monday.", ["person:Tobias Renwick"]]]);
});

describe("a name before 'party'", () => {
  readsAs([["is the party, however like a person's it looks", "The centrist Les Voisins party denied the claim.", ["organization:Les Voisins"]]]);
  readsAs([["but a person's name before another noun stays a person", "The centrist Les Moran denied the claim.", ["person:Les Moran"]]]);
});

describe("a name opened by a common word, whose rest an appositive makes a body", () => {
  readsAs([["is that body where the tagger barely reads a person", "Met Éireann, the Irish weather service, said the storm was strong.", ["organization:Met Éireann"]]]);
  readsAs([["but an appositive of a person keeps the person", "Will Okafor, the union's leader, said the strike was over.", ["person:Will Okafor"]]]);
});

describe("a preposition capitalized by the sentence's start", () => {
  readsAs([["opens no name", "Outside Brayford General Hospital, nurses gathered in the rain.", ["organization:Brayford General Hospital"]]]);
});

describe("a place beside a council named after it with the kind of place between", () => {
  readsAs([["is the place", "Homes in Tarnford were flooded. Tarnford Town Council met on Monday.", ["location:Tarnford", "organization:Tarnford Town Council"]]]);
  readsAs([["but the council's own short form stays the council", "Tarnford Town Council met. The Tarnford council said it would act.", ["organization:Tarnford Town Council"]]]);
});

describe("a health service trust serving two areas", () => {
  readsAs([
    ["is one body", "Nurses at the Brayford and Tarnley NHS Foundation Trust walked out.", ["organization:Brayford and Tarnley NHS Foundation Trust"]],
    ["also after 'The' opening the sentence", "The Brayford and Tarnley NHS Foundation Trust spent more.", ["organization:Brayford and Tarnley NHS Foundation Trust"]],
  ]);
  readsAs([["but a name already whole before 'and' stays apart", "Tesco and Leeds Teaching Hospitals NHS Trust signed a deal.", ["organization:Tesco", "organization:Leeds Teaching Hospitals NHS Trust"]]]);
});

describe("a city's name with 'City' or 'Town' that names no place", () => {
  readsAs([["is the club named after the city", "The trust teamed up with Norwich City, whose ground hosts a drive. Luton Town lost.", ["organization:Norwich City", "organization:Luton Town"]]]);
  readsAs([["but a place of its own stays a place", "Fans flew to Mexico City and Cape Town.", ["location:Mexico City", "location:Cape Town"]]]);
  readsAs([["and the city's centre is the city", "She lives in Bristol City centre.", ["location:Bristol City"]]]);
});

describe("a place's head word opening a sentence", () => {
  readsAs([["opens the place's name", "County Tarnow was worst hit. Loch Brayan froze.", ["location:County Tarnow", "location:Loch Brayan"]]]);
  readsAs([["but 'Port', which opens clubs' names too, leaves the name to the tagger", "Port Brayford won 2-1 on Saturday.", ["organization:Port Brayford"]]]);
});

describe("a name no rule types", () => {
  readsAs([
    ["after 'near' is a place", "Crowds gathered at the site near Builth Wells, and police asked campers to leave.", ["location:Builth Wells"]],
    ["after a way of going and 'to'", "The operator suspended sailings to Mull on Friday.", ["location:Mull"]],
  ]);
});

describe("an event's or a measure's name", () => {
  readsAs([
    ["is no entity", "Storms shut the Brayford Valley Festival, and the Harbour Regional Banking Index fell 2%.", []],
    ["but a body named after it stays one", "The Brayford Valley Festival Trust said it would refund tickets.", ["organization:Brayford Valley Festival Trust"]],
  ]);
});

describe("names listed as examples after a plural kind noun", () => {
  readsAs([
    ["take the kind's type: places", "Teachers were scarcest in rural districts such as Marnheim and Oberlau, where classes were merged.", ["location:Marnheim", "location:Oberlau"]],
    ["and bodies, also after a noun the sentence's start capitalizes", "Lenders such as Halvard, Brevik and Orsa Partners cut rates.", ["organization:Halvard", "organization:Brevik", "organization:Orsa Partners"]],
    ["and bodies shaped like a person's name", "Carriers including Kessel Lund and Orsa Air cut fares.", ["organization:Kessel Lund", "organization:Orsa Air"]],
  ]);
  readsAs([["but not after a noun of no kind", "Shoppers such as Tomas Brevik paid more.", ["person:Tomas Brevik"]]]);
});

describe("a noun of a person and of a body before a name ('rival', 'producer')", () => {
  readsAs([["gives a person before a name shaped like one", "Her rival, Duarte Lemos, said: \"We will wait.\"", ["person:Duarte Lemos"]]]);
  readsAs([["but a body before a name of common words", "Its rival Kessler Foods cut prices on Monday.", ["organization:Kessler Foods"]]]);
});

describe("a body's noun and a comma before a name the tagger all but guesses", () => {
  readsAs([["make the name that body", "In a statement, her label, Brightwater Music, said the tour would go ahead.", ["organization:Brightwater Music"]]]);
  readsAs([["nor a place's noun qualifying the appositive's head", "Repairs were planned. Tavi Varga, the harbour master, disagreed.", ["person:Tavi Varga"]]]);
  readsAs([["but a name shaped like a person's after a body's noun and a comma is the person the phrase describes", "The chair of the union's appeals committee, Vasily Dremov, said on Friday that the ban stood.", ["person:Vasily Dremov"]]]);
});

describe("a word opening a name that is none of it", () => {
  readsAs([
    ["an auxiliary opening a question", "Will Renwick's gamble pay off?\nDana Renwick bet the firm on one product.", ["person:Dana Renwick"]],
    ["a title only before a given name ('Canon')", "The service was led by Canon Ruth Okafor on Sunday.", ["person:Ruth Okafor"]],
    ["but a given name opening a statement stays in the name", "Will Carrow said the plan would work.", ["person:Will Carrow"]],
    ["and a company's name keeps its word", "Canon Europe cut its prices.", ["organization:Canon Europe"]],
  ]);
});

describe("a sea's or region's adjective after 'the'", () => {
  readsAs([["is the sea or the region before no noun", "Strong winds blew in off the Atlantic overnight, and ferries crossed the Mediterranean.", ["location:Atlantic", "location:Mediterranean"]]]);
  readsAs([["but qualifies the noun after it", "The Atlantic coast was battered, and Pacific storms grew.", []]]);
});

describe("a title of address or office before one word", () => {
  readsAs([["names a person the tagger left out", "The envoy held talks with President Trump at the White House on Monday.", ["person:Trump", "organization:White House"]]]);
  readsAs([["but not after a title that is a word of another kind", "She was crowned Miss Universe in Bangkok.", ["location:Bangkok"]]]);
});

describe("a centre's name", () => {
  readsAs([["holds its 'for' and its 'and'", "Analysts at the Centre for Coastal Policy and Planning said rents rose in Tarvel.", ["organization:Centre for Coastal Policy and Planning", "location:Tarvel"]]]);
  readsAs([["but a common noun 'centre' opens no name", "Crowds filled the centre of Tarvel.", ["location:Tarvel"]]]);
});

describe("a name before the noun of a kind of body", () => {
  readsAs([["is that body", "The carmaker signed a deal with the IG Stahlbau union on Monday.", ["organization:IG Stahlbau"]]]);
  readsAs([["but not a place's name", "Workers at the Leeds union office walked out.", ["location:Leeds"]]]);
});

describe("a place named after a body ('Celtic Park')", () => {
  readsAs([["is no other form of the body", "Brayford Rovers manager Tom Ellery praised the crowd at Brayford Rovers Park.", ["organization:Brayford Rovers", "person:Tom Ellery", "location:Brayford Rovers Park"]]]);
  readsAs([["but a place's short form still joins it", "Flights from Tarnby Airport were delayed. Passengers at Tarnby waited.", ["location:Tarnby Airport"]]]);
});

describe("a name whose shares move or trade", () => {
  readsAs([["is a company", "Ocado shares fell 10% after the grocer cut its forecast.", ["organization:Ocado"]]]);
  readsAs([["but 'shares' before an object is the verb", "Asked about the plan, Tom Marsh shares his doubts.", ["person:Tom Marsh"]]]);
});

describe("a body's head qualified by a word before 'for'", () => {
  readsAs([["names the body", "The Independent Office for Harbour Safety has launched an inquiry.", ["organization:Independent Office for Harbour Safety"]]]);
});

describe("a street's name opening with a town's", () => {
  readsAs([["is the street, not a club named after the town", "The Metropolitan Police said officers were called to Oxford Street at 3pm.", ["organization:Metropolitan Police", "location:Oxford Street"]]]);
  readsAs([["while a town's club stays the club", "Bristol City won 2-1 at Ashton Gate.", ["organization:Bristol City", "location:Ashton Gate"]]]);
});
