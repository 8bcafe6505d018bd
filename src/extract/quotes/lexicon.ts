// Word lists the quote extractor reads: reporting verbs and nouns, role nouns, titles, and the
// small function words that sit between a speaker and the verb.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Verbs of thought and memory, which report words after them, or right before them ("X believes the side has 'enough quality'"). */
export const THOUGHT_VERBS = words(`believes thinks remembered remembers`);

/** Finite reporting verbs: "Lecornu said", "the company insisted"; also the verbs of thought. */
export const REPORTING_VERBS = new Set([...THOUGHT_VERBS, ...words(`
  said says told tells stated states added adds insisted insists warned warns claimed claims argued argues
  noted notes explained explains announced announces confirmed confirms denied denies acknowledged
  acknowledges admitted admits asserted asserts conceded concedes declared declares emphasized emphasised
  emphasizes emphasises stressed stresses suggested suggests maintained maintains replied replies responded
  responds recalled recalls revealed reveals tweeted tweets wrote writes posted posts commented comments
  remarked remarks complained complains predicted predicts promised promises vowed vows pledged pledges
  urged urges accused accuses described describes called calls labelled labeled labels branded brands
  dubbed dubs termed terms dismissed dismisses rejected rejects condemned condemns criticised criticized
  criticises criticizes praised praises welcomed welcomes disputed disputes reported reports cautioned
  cautions observed observes answered answers asked asks concluded concludes alleged alleges contended
  contends reiterated reiterates recounted recounts hailed hails characterized characterised boasted
  lamented quipped joked shouted testified announced insisted countered counters agreed agrees objected
  signalled signaled estimated estimates forecast demanded demands retorted retorts mocked mocks jokes
  quips yelled yells exclaimed exclaims scoffed scoffs mused muses wondered wonders spoke speaks
  interjected assured assures surmised decried decries likened likens proclaimed proclaims lauded lauds
  blasted blasts slammed slams ridiculed ridicules derided derides touted touts
  echoed echoes opined opines exhorted sniped snipes emailed elaborated retweeted bemoaned bemoans implied
  implies assailed assails chided chides scolded scolds griped gripes grumbled grumbles whispered whispers
  thundered admonished speculated speculates
`)]);

/**
 * Verbs that report words only next to a quotation ("'...,' he continued", "the sign reads: '...'"),
 * as elsewhere they mostly do not ("talks continued", "he read the file").
 */
export const ADJACENT_VERBS = words(`
  continued continues read reads chanted chants shouts screamed barked boomed beamed fumed gushed snapped
  reacted lectured pressed presses charged charges interrupted interrupts advised advises
`);

/**
 * The bare forms of reporting verbs, a cue only where a subject or an auxiliary stands before them
 * ("critics say", "he will say", "went on to say"), as after a determiner they are nouns ("the claim").
 */
export const BASE_REPORTING_VERBS = words(`
  say tell argue insist warn claim note explain ask add state declare write describe call
`);

/** Auxiliaries after which a bare reporting verb is a finite cue: "he will say", "they did tell". */
export const MODALS = words(`will would could can may might should must did does do`);

/** Reporting participles, whose speaker is the subject of their clause: "..., describing it as". */
export const REPORTING_PARTICIPLES = words(`
  saying adding noting claiming describing calling warning insisting arguing stating explaining telling
  reiterating stressing urging accusing suggesting emphasizing emphasising writing branding labelling
  labeling dubbing asking complaining declaring insisting conceding acknowledging admitting promising
  vowing pledging predicting recalling replying responding citing calling terming condemning criticising
  criticizing praising welcoming dismissing rejecting continuing yelling shouting joking mocking chanting
  protesting lecturing exclaiming quipping demanding retorting wondering tweeting posting slamming
  charging decrying boasting lamenting cautioning announcing confirming denying speaking
  remarking scoffing chiding echoing bemoaning assailing scolding
`);

/** Multi-word reporting verbs, keyed by their first word: "pointed out". */
export const PHRASAL_VERBS: ReadonlyMap<string, string> = new Map([
  ["went", "on"],
  ["goes", "on"],
  ["shot", "back"],
  ["put", "it"],
  ["puts", "it"],
  ["fired", "back"],
  ["hit", "back"],
  ["pointed", "out"],
  ["points", "out"],
  ["pointing", "out"],
  ["spelled", "out"],
]);

/** Verbs that give something a name, so a title-like quotation after them is the speaker's words ("called the plan 'Project Lighthouse'"). */
export const NAMING_VERBS = words(`
  call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling labelling brand
  brands branded branding nickname nicknamed term terms termed
`);

/** Nouns that report speech after a possessive: "Putin's assertion that ...". */
export const REPORTING_NOUNS = words(`
  assertion assertions claim claims statement statements remarks remark comments comment words warning
  warnings view accusation accusations allegation allegations description pledge promise insistence
  argument report tweet post message letter speech testimony announcement response reply verdict
`);

/** Auxiliaries and adverbs that may sit between a speaker and the verb: "Moscow has repeatedly warned". */
export const VERB_FILLERS = words(`
  has have had also first previously will would could may might then again later further reportedly
  once earlier already since subsequently recently publicly privately separately both too still
  however meanwhile instead can should must did does do himself herself itself themselves
  now even just never yet not often always hadn't hasn't haven't didn't doesn't don't wouldn't won't
`);

/** Forms of "be" that make a reporting verb passive: "had been told to ...". */
export const PASSIVE_AUXILIARIES = words(`was were been being is are be`);

/** Words that make a noun phrase indefinite or generic: "a manager", "one official". */
export const INDEFINITE = words(`a an one another some any several many most other others`);

export const DETERMINERS = words(`the a an its their his her our this that these those one another some`);

/** A verb that reports words: everywhere ("said") or next to a quotation ("continued"). */
export const isReportingVerb = (w: string): boolean => REPORTING_VERBS.has(w) || ADJACENT_VERBS.has(w);

/** Pronouns that can name a speaker: he and she a person, they and it an organization. */
export const PRONOUNS = words(`he she they it`);

/** Words that join a sentence to the one before without a subject of their own: "But he ...", "Then, '...'". */
export const CONNECTIVES = words(`and but so yet still then now indeed also again later finally instead meanwhile plus or`);

export const RELATIVE_PRONOUNS = words(`who which that`);

/** Role nouns that stand for a person already named: "the minister", "the spokeswoman"; the last line, epithets campaign and business news give the person a story follows ("the nominee", "the billionaire businessman"). */
export const PERSON_ROLES = words(`
  minister spokeswoman spokesman spokesperson president secretary chair chairman chairwoman director
  mayor governor senator judge chief executive ceo founder leader boss analyst professor prof author
  lawyer prosecutor negotiator ambassador premier chancellor diplomat commander general officer economist
  expert researcher scientist doctor actor actress singer coach player manager captain owner witness
  resident traveller traveler victim woman man councillor councilor envoy host presenter lawmaker
  politician candidate head deputy person pollster strategist consultant adviser advisor aide attorney
  activist commentator columnist editor correspondent pastor organizer organiser convener convenor treasurer
  historian king queen prince princess pope monarch emperor empress sultan emir sheikh
  nominee frontrunner front-runner businessman businesswoman tycoon mogul billionaire
`);

/** Nouns for people who can speak, besides the roles: "a source said", "critics say", "protesters chanted". */
export const PEOPLE_NOUNS = words(`
  source sources official officials aide aides people person persons man men woman women voter voters critic
  critics supporter supporters protester protesters demonstrators resident residents worker workers member
  members expert experts observer observers friend friends relative relatives neighbor neighbours neighbors
  staff staffers insider insiders adviser advisers advisor advisors lawmakers leaders activists analysts
  reporter reporters student students parent parents fan fans crowd audience questioner narrator announcer
  delegate delegates
`);

/** Party members named by party, a role for a person named before: "the Ohio Republican said". */
export const PARTY_MEMBERS = words(`Republican Democrat Independent Conservative Liberal Socialist Libertarian`);

/** Nouns for a person by age ("the teenager said"), with the ages they cover: someone the text gave such an age ("Ana Ruiz, 17,"). */
export const AGE_NOUNS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["teenager", [13, 19]],
  ["teen", [13, 19]],
  ["schoolboy", [5, 18]],
  ["schoolgirl", [5, 18]],
  ["youngster", [5, 21]],
  ["pensioner", [60, 120]],
  ["octogenarian", [80, 89]],
  ["nonagenarian", [90, 99]],
  ["centenarian", [100, 120]],
]);

/** Role nouns that stand for an organization already named: "the company", "the agency", "the force" (a police force). */
export const ORGANIZATION_ROLES = words(`
  company firm group agency ministry department council union authority regulator government commission
  association bank body operator carrier broadcaster newspaper outlet charity organisation organization
  institute office party court committee board trust executive administration airline automaker carmaker
  manufacturer retailer insurer lender bloc alliance club team university school hospital army military
  network channel platform service startup maker supplier developer website paper publisher studio
  embassy watchdog consortium corporation federation league campaign coalition cabinet parliament
  inquiry panel tribunal fund utility magazine tabloid supermarket chain consultancy conglomerate subsidiary
  drugmaker chipmaker telecom railway foundation nonprofit think-tank thinktank militia movement brokerage
  provider distributor wholesaler shipper refiner exporter importer force
`);

/** Organization role nouns for a business: "the company" after a firm, never after a public body. */
export const BUSINESS_ROLES = words(`
  company firm carrier airline automaker carmaker manufacturer retailer insurer lender maker supplier startup
  supermarket chain conglomerate subsidiary drugmaker chipmaker brokerage distributor wholesaler shipper refiner
`);

/** The last word of a body's name that says it is no business ("Safety Commission", "Dockers' Union"). */
export const NON_BUSINESS_HEADS = words(`
  Ministry Department Agency Union Council Authority Authorities Association Commission Committee University
  College School Hospital Party Parliament Government Court Police Army Navy Assembly Senate Congress Cabinet
  Tribunal Inquiry Embassy Bureau Directorate Inspectorate Secretariat Federation League Organisation Organization
  Administration County
`);

/** Capitalized words that mark a name as an organization ("Environment Agency", "Dockers' Union"). */
export const ORGANIZATION_HEADS = words(`
  Ministry Department Agency Union Council Authority Authorities Association Commission Committee Executive
  Office Bank Group Company Corporation Corp Inc Ltd Plc LLC Institute University College School Hospital
  Trust Foundation Party Parliament Government Court Board Service Services Police Army Navy Force Forces
  Airlines Airways Terminals Port Alliance Federation Organisation Organization Society Network News Times
  Post Journal Press Bureau Center Centre Club League Church Assembly Senate Congress Cabinet Convention
  Coalition Confederation Secretariat Directorate Inspectorate Tribunal Inquiry Fund Holdings Partners
  Laboratories Labs Systems Industries Motors Media Broadcasting Energy Maritime Line Lines Diagnostics
  Executive Reserve Treasury Commission Chamber Guard Guards Corps Embassy Ministries Republic Kingdom
`);

/**
 * The last word of a business's name that says what it makes or sells, and that no surname is ("Harvest Meadow Nutrition",
 * "Lark Hill Creamery"): the name is the business's, also where a given name stands inside it.
 */
export const TRADE_HEADS = words(`
  Nutrition Creamery Dairy Dairies Bakery Bakeries Farms Brewing Brewery Breweries Beverages Pharmaceuticals Cosmetics
  Apparel Outfitters Supplies Products Brands Logistics Construction Realty Properties Hotels Resorts Restaurants Winery
  Wineries Vineyards Distillery Distillers Seafood Foods Textiles Furniture Pharmacy Chemicals Plastics Solutions
  Enterprises Manufacturing Robotics Biosciences Therapeutics Organics Snacks Confectionery Orchards Meats Packaging
`);

/** Titles and roles written before a person's name, stripped from it ("Defense Minister Sebastien Lecornu"). */
export const TITLES = words(`
  Minister President Secretary Chair Chairman Chairwoman Director Councillor Councilor Prof Professor Dr
  Mr Mrs Ms Miss Mx Sir Dame Lord Lady Judge Justice General Gen Governor Gov Senator Sen Rep
  Representative Mayor King Queen Prince Princess Pope Chancellor Ambassador Spokesperson Spokesman
  Spokeswoman Chief Executive Officer Commissioner Inspector Sergeant Sgt Captain Capt Colonel Col
  Lieutenant Lt Admiral Marshal Premier Prime Deputy Vice Speaker Leader Coach Detective Constable
  Superintendent Bishop Archbishop Rabbi Imam Father Sister Brother Cardinal Sheikh Emir Sultan Rev Reverend Fr Msgr
  Attorney Auditor Comptroller Envoy Ceo CEO COO CFO CTO CIO CMO Founder Chef Agent Analyst
  Prosecutor Sheriff Magistrate Coroner Trooper Warden Councilman Councilwoman Alderman Alderwoman Commander Pastor
`);

/** Dashes set off a credit or an aside ("'...' — Ana Costa"), or a dateline from its story ("PARIS — Talks"). */
export const DASHES = new Set(["\u2015", "\u2014", "\u2013", "-"]);

/** Lower-case words allowed inside a name: "Hanna de Wit", "Ludwig van Beethoven". */
export const NAME_PARTICLES = words(`de van von der den da di du la le al el bin ibn do dos das del della ter ten`);

/** Lower-case words allowed inside an organization's name: "Department for Energy Security and Net Zero". */
export const NAME_CONNECTORS = words(`of for and on the`);

/** Capitalized words that open a sentence or clause but never start a name. */
export const NOT_NAMES = words(`
  The A An In On At For Of And But Or Although Though While When Whenever After Before According This
  That These Those Its Their His Her Our My Your Some Many Most All Both Each Every Earlier Later Last
  Next Meanwhile However Yet So If As Since Until Because Despite Under Over With Without From Into By
  To It He She They We I You There Here What Who Which Where Why How Also Then Now Still Such Other
  Another No Not Only Even Just More Less Several One Two Three Four Five Six Seven Eight Nine Ten
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug
  Sep Sept Oct Nov Dec Today Yesterday Tomorrow Tonight Speaking Giving Asked Asking Tests
  Nobody Somebody Everybody Anybody Someone Everyone Anyone None Nothing Something Everything Anything
`);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = words(`
  Mr Mrs Ms Dr Prof Rev Fr Msgr St Sr Jr Gen Gov Sen Rep Col Capt Lt Sgt Mt Ft No Nos vs etc Inc Ltd Corp Co Jan Feb
  Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx est dept
`);

/** Parts of the day, which alone name no one ("Evening briefing:" opening a headline), though they open a paper's name ("Evening Standard"). */
export const PARTS_OF_DAY = words(`Morning Afternoon Evening Night`);
