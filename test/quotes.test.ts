// The quote extractor: quotation marks versus apostrophes, attribution patterns, speaker
// resolution, titles, and inputs that must yield no quote.
import { describe, expect, it } from "vitest";
import { findQuotations } from "../src/extract/quotes/index.js";
import type { Entity } from "../src/types.js";
import { entitiesOf, quotesOf } from "./extract.js";

const TITLE = "A headline\n";
const inner = (text: string): string[] => findQuotations(text).map((q) => text.slice(q.start, q.end));
const quotes = (body: string, entities: Entity[] = []) => quotesOf(TITLE + body, entities);
const said = (body: string): Array<[string, string | null]> => quotes(body).map((q) => [q.text, q.speaker]);

describe("quotation marks", () => {
  const cases: Array<[string, string, string[]]> = [
    ["straight single", "He called it 'a win' for both.", ["a win"]],
    ["straight double", 'He called it "a win" for both.', ["a win"]],
    ["curly single", "He called it \u2018a win\u2019 for both.", ["a win"]],
    ["curly double", "He called it \u201ca win\u201d for both.", ["a win"]],
    ["guillemets", "Il a dit \u00abnous n'avons pas le choix\u00bb hier.", ["nous n'avons pas le choix"]],
    ["curly open, straight close", "only \u2018agreement' can solve it", ["agreement"]],
    ["closing glyph used to open", "the \u2019tartan tax\u2019 bands", ["tartan tax"]],
    ["apostrophes inside", "'As I've mentioned, France's things change.' she said", ["As I've mentioned, France's things change."]],
    ["plural possessive inside a quotation", "'the members' pay is low,' she said", ["the members' pay is low,"]],
    ["plural possessive closing a short quotation", "a 'wave of diversions' as the strike bites. 'Next,' he said.", ["wave of diversions", "Next,"]],
    ["quotation interrupted by its attribution", "'One,' she said, noting, 'two.'", ["One,", "two."]],
    ["ellipses and brackets", "'About 3,000 [bodies] are ready… if they are willing...' he said", ["About 3,000 [bodies] are ready… if they are willing..."]],
    ["nested quotation stays inside", "\"He called it 'a mess' today,\" she said", ["He called it 'a mess' today,"]],
    ["a nested quotation closed before a spaced outer mark", "\"She called it 'a mess,' \" he said.", ["She called it 'a mess,'"]],
    ["opened right after a colon", 'The minister said:"We will act." Then she left.', ["We will act."]],
    ["two quotations back to back", "'We will.' 'We must.'", ["We will.", "We must."]],
    ["a quotation over two paragraphs", "\u201cWe will fight.\n\u201cWe shall never surrender,\u201d he said.", ["We will fight.", "We shall never surrender,"]],
    ["no run-on from a colon when the paragraph ends mid-sentence", "She said: 'It began here\n'Then it ended.'", ["Then it ended."]],
    ["a quotation over two paragraphs opened after a colon", "She said: \u201cWe are ready.\n\u201cWe will win.\u201d", ["We are ready.", "We will win."]],
    ["a quotation over two paragraphs opened after a sentence", "\u201cIt is done,\u201d she said. \u201cThe bridge is open again.\n\u201cNow we fix the roads.\u201d", ["It is done,", "The bridge is open again.", "Now we fix the roads."]],
    ["no run-on after a sentence when the next paragraph opens without a mark", "She said it was done. \u201cThe bridge is open again.\nThen the roads.", []],
    ["two apostrophes as a double mark", "''We will rebuild,'' she said. ''It's ours.''", ["We will rebuild,", "It's ours."]],
    ["spaced guillemets (French typography)", "Elle a dit \u00ab on reste ici \u00bb au maire.", ["on reste ici"]],
    ["spaced guillemets with no-break spaces", "Il a r\u00e9pondu \u00ab\u00a0pas encore\u00a0\u00bb hier.", ["pas encore"]],
    ["German low-high double marks", "\u201eWir bauen weiter\u201c, sagte die Chefin.", ["Wir bauen weiter"]],
    ["German low-high single marks", "Sie nannte es \u201aeinen Fehler\u2018 am Montag.", ["einen Fehler"]],
    ["German reversed guillemets", "Er sagte \u00bbwir warten\u00ab und ging.", ["wir warten"]],
    ["two apostrophes with a single quotation inside", "''He called it 'a farce' today,'' she said.", ["He called it 'a farce' today,"]],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(inner(text)).toEqual(expected));

  const none: Array<[string, string]> = [
    ["possessives and contractions", "France's army, I've seen Kiev's mayor's office, they don't."],
    ["plural possessives", "The Teachers' union and the General Dockers' Union met the members' reps."],
    ["rock 'n' roll", "He loves rock 'n' roll and more rock 'n' roll."],
    ["leading elisions", "'Tis the season, 'twas said, and the '90s were loud."],
    ["feet and inches", "He is 5' 11\" tall and she is 5'6\"."],
    ["a lone mark", "The mark ' stands alone and \" so does this."],
    ["a spaced double mark after a lone single one", "The marks ' \" are stray here."],
    ["marks without words", "' ' \" \" '' \"\" \u201c\u201d"],
    ["unclosed across a line break", "'It began here\nand ended there'"],
    ["two apostrophes with no words between", "The marks '' and '' stand alone."],
    ["a spaced guillemet that nothing closes", "Le tarif \u00ab reste le m\u00eame pour tous."],
    ["a low opening mark is never a closing one", "Sie sagte \u201ebald\u201e und dann \u201eja\u201e."],
    ["an opening glyph after a word with no quotation open", "The tally read 3\u201c and nothing more."],
  ];
  for (const [name, text] of none) it(`none: ${name}`, () => expect(inner(text)).toEqual([]));
});

describe("attribution patterns", () => {
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["quote then name and verb", "'We are ready,' Lecornu said.", [["We are ready", "Lecornu"]]],
    ["quote then verb and name", "'We are ready,' said Owen Pryce, the agency's manager.", [["We are ready", "Owen Pryce"]]],
    ["verb and colon before", "Dmitry Peskov said: 'We are ready.'", [["We are ready", "Dmitry Peskov"]]],
    ["told reporters that", "Dmitry Peskov told reporters that 'nothing has changed'.", [["nothing has changed", "Dmitry Peskov"]]],
    ["partial after described as", "Lecornu described the initiative as a 'win-win' for Paris.", [["win-win", "Lecornu"]]],
    ["participle takes the clause's subject", "Sebastien Lecornu revealed the plan, describing it as an 'unprecedented partnership'.", [["unprecedented partnership", "Sebastien Lecornu"]]],
    ["according to", "The backlog was 'manageable for now,' according to the Port of Rotterdam Authority.", [["manageable for now", "Port of Rotterdam Authority"]]],
    ["according to a person named after a role", "Trump wants an 'agreement', according to State Department spokesperson Tammy Bruce.", [["agreement", "Tammy Bruce"]]],
    ["outlet as speaker", "The lines would sit 'near the front line' in Ukraine, France Info reported.", [["near the front line", "France Info"]]],
    ["organization as speaker", "'We have been contacted,' Renault said in a statement.", [["We have been contacted", "Renault"]]],
    ["spokesperson for an organization", "A spokesperson for Hollis Maritime said it had 'activated contingency plans'.", [["activated contingency plans", "Hollis Maritime"]]],
    ["appositive after the name", "Shona Brodie, president of Cosla, warned it 'won't fill the gap'.", [["won't fill the gap", "Shona Brodie"]]],
    ["name inside the appositive", "Its general secretary, Ewan McCrae, said: 'Our members keep schools running.'", [["Our members keep schools running", "Ewan McCrae"]]],
    ["a union's convener named after the words", "The strike goes ahead. 'We have no choice left,' said its convener, Moira Baird.", [["We have no choice left", "Moira Baird"]]],
    ["a convener the text never names is no one", "The strike goes ahead. 'We have no choice left,' said its convener.", [["We have no choice left", null]]],
    ["an organiser in British spelling named in apposition", "The march's organiser, Tom Reyes, said: 'We expect thousands.'", [["We expect thousands", "Tom Reyes"]]],
    ["relative clause", "The deal was struck with Callum Reid, who said he had secured 'real money'.", [["real money", "Callum Reid"]]],
    ["possessive noun cue", "Asked about Putin's assertion that Russia holds a 'strategic advantage', Bruce declined to comment.", [["strategic advantage", "Putin"]]],
    ["coordinated verb", "Ofgem said the cap rose and urged customers to 'speak to their supplier early'.", [["speak to their supplier early", "Ofgem"]]],
    ["inverted, person after an organization's role words", "'We will build it,' said Tesla chief executive Elon Musk.", [["We will build it", "Elon Musk"]]],
    ["inverted, a role phrase then the name in apposition", "'It will last a century,' said the council's chief engineer, Ana Costa.", [["It will last a century", "Ana Costa"]]],
    ["inverted, a role phrase with its own of-phrase then the name", "'Every cable is new,' said the council's vice president for public works, Ana Costa.", [["Every cable is new", "Ana Costa"]]],
    ["inverted, an organization's role then its name in apposition", "'No decision has been taken,' said the company, Halden Motors.", [["No decision has been taken", "Halden Motors"]]],
    ["told an outlet, then a colon", "Prime Minister Keir Starmer told the BBC: 'We will act.'", [["We will act", "Keir Starmer"]]],
    ["appositive with a role before the name", "'We will respond,' Iran's foreign minister, Abbas Araghchi, said.", [["We will respond", "Abbas Araghchi"]]],
    ["appositive closed by a place after an organization", "Brant Robertson, an astrophysicist at the University of California, Santa Cruz, said the results \"will keep theorists busy\".", [["will keep theorists busy", "Brant Robertson"]]],
    ["the person in apposition to a role of a place", "The mayor of Paris, Anne Hidalgo, said the plan was \"a disgrace\".", [["a disgrace", "Anne Hidalgo"]]],
    ["the person in apposition to a title after an article", "The Transport Secretary, Nadia Holm, said fares were \"too high\".", [["too high", "Nadia Holm"]]],
    ["a body after an article with another body, not a person, in apposition", "The Fenwick Trust, Halden Motors and the council met. The Fenwick Trust, which owns the land, said it was \"a mistake\".", [["a mistake", "Fenwick Trust"]]],
    ["an organization's spokesman after an article", "Tammy Bruce spoke. \"The numbers are terrible,\" a Treasury spokesman said.", [["The numbers are terrible", "Treasury"]]],
    ["appositive then a relative clause", "But Gunter Kuhnle, a professor of nutrition at the University of Reading, who was not involved in the study, cautioned that it was \"too broad to be useful\".", [["too broad to be useful", "Gunter Kuhnle"]]],
    ["an age and a home town in apposition", "Leclerc, 26, of Monaco, said he was \"disappointed but proud\".", [["disappointed but proud", "Leclerc"]]],
    ["an age and a town with an abbreviated state in apposition", "Tom Reyes, 22, of Flagstaff, Ariz., said he hoped for a 'surprise' win. Ana Costa, 40, of Arlington, Va., said it was 'over'.", [["surprise", "Tom Reyes"], ["over", "Ana Costa"]]],
    ["a lawmaker's party and state, then a role, in apposition", "Rep. Dale Orwin, R-Idaho, a member of the panel, said it was \"a waste of time\".", [["a waste of time", "Dale Orwin"]]],
    ["the spokesperson goes back to the body a spokesperson was named with", "Engineer Dan Reyes found the leak. A Tarn Valley Water spokesperson said pipes had been repaired. \"We are sorry,\" the spokesperson said.", [["We are sorry", "Tarn Valley Water"]]],
    ["the spokesman of a body after 'for'", "A spokesman for the Fenwick Trust said it would appeal. \"We disagree,\" the spokesman said.", [["We disagree", "Fenwick Trust"]]],
    ["the spokeswoman named in apposition is herself", "Nadia Kerr, a spokeswoman, confirmed it. \"It is settled,\" the spokeswoman said.", [["It is settled", "Nadia Kerr"]]],
    ["a lawmaker's party and state alone in apposition", "Sen. Mae Tolliver, D-Md., said the bill was \"dead\".", [["dead", "Mae Tolliver"]]],
    ["an age and a role in apposition", "Sydney Brown, 34, a nurse from Brisbane, said it was \"terrifying\".", [["terrifying", "Sydney Brown"]]],
    ["a role holding a list in apposition", "Mira Holt, director of ports, harbours, and ferries, said the timetable \"will not fix the delays\".", [["will not fix the delays", "Mira Holt"]]],
    ["a list in apposition after a quotation", "\"It is a start,\" Mira Holt, head of roads, rail, and ferries, said on Monday.", [["It is a start", "Mira Holt"]]],
    ["a second aside about the body the first names", "Tom Reyes, chairman of the board of Harbour Partners, the city's port agency, said it would act only if \"the fares stay low\".", [["the fares stay low", "Tom Reyes"]]],
    ["a body opening the clause after a phrase naming a person keeps its words", "Asked about Tom Reyes, Harbour Partners, the city's port agency, said it was \"a private matter\".", [["a private matter", "Harbour Partners"]]],
    ["a body in apposition after a comma-set date keeps its words", "On Monday, Harbour Partners, the city's port agency, said fares were \"under review\".", [["under review", "Harbour Partners"]]],
    ["a quoted title in apposition, its comma inside the marks", "Ana Costa, the author of \"Going Under,\" said the book was \"a warning\".", [["a warning", "Ana Costa"]]],
    ["a quoted title in apposition, then more of the aside", "Tom Reyes, the co-author of \"Going Under,\" about the flood, said the town had \"a second chance\".", [["a second chance", "Tom Reyes"]]],
    ["a quoted title in apposition, its comma after the marks", "Ana Costa, the director of \"Harbour Lights\", about a port town, said the film was \"a love letter\".", [["a love letter", "Ana Costa"]]],
    ["a phrase quoted in a clause of its own before an inverted verb", "Tom Reyes called the plan the \"worst deal in years,\" said Ana Costa.", [["worst deal in years", "Ana Costa"]]],
    ["a phrase quoted in a clause after an opening phrase naming a person, before an inverted verb", "In a letter to Mira Holt, Tom Reyes called the plan the \"worst deal in years,\" said Ana Costa.", [["worst deal in years", "Ana Costa"]]],
    ["an aside ending in a relative clause without its closing comma", "\"The fair needs a plan,\" Ana Costa, the pollster who founded the survey site tweeted on Wednesday.", [["The fair needs a plan", "Ana Costa"]]],
    ["a relative clause after an unnamed subject opening the sentence", "The pollster who founded the site tweeted that the fair was \"a success\".", [["a success", null]]],
    ["a relative clause after a subject set off from an opening phrase naming a person", "After meeting Ana Costa, the pollster who founded the site tweeted that the fair was \"a success\".", [["a success", null]]],
    ["a titled person of an organization", "Detective Inspector Mark Holden of West Yorkshire Police said outside court: \"No message is worth a life.\"", [["No message is worth a life", "Mark Holden"]]],
    ["headline-style colon", "Lecornu: 'We will build drones.'", [["We will build drones", "Lecornu"]]],
    ["continuation of the previous speaker", "'It is a step,' Brodie said. 'But it won't stop the cuts.'", [["It is a step", "Brodie"], ["But it won't stop the cuts", "Brodie"]]],
    ["a bare verb after a modal", "Maria Lenz will say the reform is 'long overdue'.", [["long overdue", "Maria Lenz"]]],
    ["a bare verb after a plural subject", "Nordbank economists say growth looks 'fragile'.", [["fragile", null]]],
    ["a progressive", "Dana Whitfield is telling investors the merger is 'on track'.", [["on track", "Dana Whitfield"]]],
    ["a progressive after a contracted pronoun", "Tom Reyes arrived late. He's claiming the count was 'rigged'.", [["rigged", "Tom Reyes"]]],
    ["a verb that reports only next to its quotation", "'We will rebuild the bridge,' Ana Costa continued.", [["We will rebuild the bridge", "Ana Costa"]]],
    ["a phrasal verb next to its quotation", "'That is simply false,' Okafor shot back.", [["That is simply false", "Okafor"]]],
    ["an interviewer pressing next to the question", "'Would the fee be negotiable?' Ana Costa pressed.", [["Would the fee be negotiable?", "Ana Costa"]]],
    ["the speaker in the previous sentence", "Okafor spoke on Wednesday. 'We will not back down.'", [["We will not back down", "Okafor"]]],
    ["a colon closing the paragraph before", "In a statement, Harbor Freight Lines said:\n'We will not back down.'", [["We will not back down", "Harbor Freight Lines"]]],
    ["a quotation paragraph after an attributed one", "'The line is closed,' Ana Costa said.\n'It will reopen in June.'", [["The line is closed", "Ana Costa"], ["It will reopen in June", "Ana Costa"]]],
    ["a sentence about the speaker between", "'We are ready,' Lecornu said. He did not elaborate. 'The rest comes later.'", [["We are ready", "Lecornu"], ["The rest comes later", "Lecornu"]]],
    ["a sentence with the speaker's name as subject between", "'We are ready,' Ana Costa said. Costa is upbeat about the talks. 'The rest comes later.'", [["We are ready", "Ana Costa"], ["The rest comes later", "Ana Costa"]]],
    ["a sentence about the speaker after a connective between", "'We are ready,' Lecornu said. But he gave no date. 'The rest comes later.'", [["We are ready", "Lecornu"], ["The rest comes later", "Lecornu"]]],
    ["a quotation after only a connective goes on", "'We are ready,' Lecornu said. Then, 'The rest comes later.'", [["We are ready", "Lecornu"], ["The rest comes later", "Lecornu"]]],
    ["an inverted verb after a nested quotation's closing marks", "\"Nobody calls it 'a deal,' \" said Ana Costa, a nurse. \"It is a loss.\"", [["Nobody calls it 'a deal,'", "Ana Costa"], ["It is a loss", "Ana Costa"]]],
    ["the attribution after a question", "'Why now?' Maria Lenz asked.", [["Why now?", "Maria Lenz"]]],
    ["the attribution in the sentence after", "'The vote is lost.' Tom Reyes said on Friday.", [["The vote is lost", "Tom Reyes"]]],
    ["a phrase closing the sentence of its own named cue, before a verb that reports next to a quotation", "Early on, Tom Reyes attacked Ana Costa, calling her 'a failed candidate.' Costa fired back in March.", [["a failed candidate", "Tom Reyes"]]],
    ["a quoted sentence after its own cue's colon, before the next one's", "One reader, Ana Costa, wrote of the mayor: 'He has never once listened.' Tom Reyes posted: 'He does his best.'", [["He has never once listened", "Ana Costa"], ["He does his best", "Tom Reyes"]]],
    ["a phrase closing the sentence of a cue that names no one, before the verb after it", "Officials gave no date, saying only that the work was 'under way.' Tom Reyes said on Friday.", [["under way", "Tom Reyes"]]],
    ["a phrase closing a sentence with no cue, before the verb after it", "The plan was a 'revolution.' Tom Reyes said on Friday.", [["revolution", "Tom Reyes"]]],
    ["a quoted sentence, then a sentence reporting someone else's words", "'We are ready,' Ana Costa said. 'The rest comes later.' Tom Reyes said most of the crew worked late.", [["We are ready", "Ana Costa"], ["The rest comes later", "Ana Costa"]]],
    ["a quoted sentence, then a sentence telling someone going on past commas", "'We are ready,' Ana Costa said. 'The rest comes later.' Tom Reyes told Ian Read, 40, and Mia Holt, 38, that they had lost.", [["We are ready", "Ana Costa"], ["The rest comes later", "Ana Costa"]]],
    ["a quoted sentence, then its own attribution alone", "'We are ready,' Ana Costa said. 'The rest comes later.' Tom Reyes said.", [["We are ready", "Ana Costa"], ["The rest comes later", "Tom Reyes"]]],
    ["a question, then its attribution going on past a comma", "'Why now?' Maria Lenz asked, turning to the board.", [["Why now?", "Maria Lenz"]]],
    ["a sentence after whose verb has its own quotation", "Tom Reyes said the plan had 'failed.' Ana Costa called it a 'disgrace.'", [["failed", "Tom Reyes"], ["disgrace", "Ana Costa"]]],
    ["a multi-word verb in the sentence after a question", "'Is that a fact?' Tom Reyes went on, as if nobody had spoken. 'We carry on regardless.'", [["Is that a fact?", "Tom Reyes"], ["We carry on regardless", "Tom Reyes"]]],
    ["a person before a participle", "The video shows Maria Lenz asking, 'Where did the money go?'", [["Where did the money go?", "Maria Lenz"]]],
    ["a surname ending in -ly before the verb", "The crowd cheered Tom Kelly and Ana Bradley. 'Elections matter,' Kelly said. 'Look at the record,' Bradley said.", [["Elections matter", "Tom Kelly"], ["Look at the record", "Ana Bradley"]]],
    ["a surname that is also a month and a modal, given in full before", "Prime Minister Theresa May met the cabinet. 'We will deliver,' May said.", [["We will deliver", "Theresa May"]]],
    ["a surname that is a reporting verb's form", "The board met Ian Read on Monday. 'This deal is a great deal,' Read said.", [["This deal is a great deal", "Ian Read"]]],
    ["an adverb between the speaker and the verb", "'Elections matter,' Tom Reyes reportedly said.", [["Elections matter", "Tom Reyes"]]],
    ["a person and an adverb before a participle", "The crowd surged, with Tom Reyes reportedly shouting: 'Get out of here!'", [["Get out of here!", "Tom Reyes"]]],
    ["a time adjunct between speaker and verb", "Tom Reyes on Saturday said the plan was 'dead on arrival'.", [["dead on arrival", "Tom Reyes"]]],
    ["a weekday after the verb", "'It is over,' Harlow said Thursday.", [["It is over", "Harlow"]]],
    ["a place as the subject of a reporting verb", "Moscow has warned of 'consequences'.", [["consequences", "Moscow"]]],
    ["a reporting noun that is an object", "Ana Costa called Tom Reyes's remarks 'a wake-up call'.", [["a wake-up call", "Ana Costa"]]],
    ["a quotation running straight into a verb", "Tom Reyes said in a note that the letter 'plainly' suggests a cover-up.", [["plainly", "Tom Reyes"]]],
    ["a reporting verb inside the words of another", "Maria Lenz said anybody who complains about the delay is 'missing the point'.", [["missing the point", "Maria Lenz"]]],
    ["a colon after a verb in a relative clause", "The report was shown to Ana Costa, who said: 'We warned them.'", [["We warned them", "Ana Costa"]]],
    ["a participle after a relative clause with its own verb", "Reyes praised an engineer who said the dam was safe, calling the work 'excellent'.", [["excellent", "Reyes"]]],
    ["a dash and a name after a quotation", "'The bus never came.' \u2015 Ana Ruiz", [["The bus never came", "Ana Ruiz"]]],
    ["inverted, a role with 'of' before the name", "'The port will reopen,' said former secretary of state Ana Costa.", [["The port will reopen", "Ana Costa"]]],
    ["inverted, a role with 'of' and no name after it", "'The port will reopen,' said the head of the union.", [["The port will reopen", null]]],
    ["a coordinated verb of a clause with its own subject", "When Tom Reyes was asked whether he would resign, he smiled and said, 'Not today.'", [["Not today", "Tom Reyes"]]],
    ["a coordinated verb after a name inside the first clause", "Ana Costa said the plan, drafted by Tom Reyes, was late and called it 'a mess'.", [["a mess", "Ana Costa"]]],
    ["a relative clause closed by a quotation before the verb", "Tom Reyes, who called the fee 'far too high,' described the plan as 'reckless'.", [["far too high", "Tom Reyes"], ["reckless", "Tom Reyes"]]],
    ["a passive cue's agent after what it calls a thing", "The plan was described as 'a reckless gamble' by Ana Costa.", [["a reckless gamble", "Ana Costa"]]],
    ["a passive cue with no agent after what it calls a thing", "The plan was described as 'a reckless gamble' in the report.", [["a reckless gamble", null]]],
    ["a verb of command before a colon is no speaker", "Let's begin with the numbers: 'Sales fell by a third.'", [["Sales fell by a third", null]]],
    ["an indefinite pronoun is no speaker", "Nobody said the rebuild would be quick. 'It took us four winters.'", [["It took us four winters", null]]],
    ["a given name that is also a verb of command before a colon", "Sue: 'We will win this.'", [["We will win this", "Sue"]]],
    ["a reporting verb opening the sentence before a name and a colon", "Ana Costa spoke first.\nContinued Costa: 'The pumps were old.'\nAdded Tom Reyes: 'Nobody paid.'", [["The pumps were old", "Ana Costa"], ["Nobody paid", "Tom Reyes"]]],
    ["the title before a given name and surname is dropped", "'The claim is false,' Snopes Fact-Checker Ana Costa wrote.", [["The claim is false", "Ana Costa"]]],
    ["a place that holds a given name is not a person's title", "'The gates open at nine,' San Diego Zoo said.", [["The gates open at nine", "San Diego Zoo"]]],
    ["a dash and a title with its article, line by line", "'Storm warning' - The Evening Courier\n'Fares to rise' - Morning Star", [["Storm warning", "Evening Courier"], ["Fares to rise", "Morning Star"]]],
    ["a quotation's paragraph credited on the line after it", "The debate ran long.\n'We will not cut the pension.'\n- Ana Ruiz.\nThe claim is false.", [["We will not cut the pension", "Ana Ruiz"]]],
    ["a credit line with an aside after the name", "The debate ran long.\n'We will not cut the pension.'\n-Ana Ruiz, writing after the vote.\nThe claim is false.", [["We will not cut the pension", "Ana Ruiz"]]],
    ["a credit line whose aside holds a quotation of its own", "The debate ran long.\n'We will not cut the pension.'\n- Ana Ruiz, who called the vote 'a farce'.\nThe claim is false.", [["We will not cut the pension", null], ["a farce", "Ana Ruiz"]]],
    ["a dash and a name with a middle initial", "'The bus never came!' \u2015 Ana M. Ruiz.", [["The bus never came!", "Ana M. Ruiz"]]],
    ["an inverted verb and a title adjective", "'It failed,' said former Gov. Ana Costa.", [["It failed", "Ana Costa"]]],
    ["a name before an appositive set off by dashes", "Jason Sims \u2014 a teacher from Mount Pleasant \u2014 says the endorsement was 'a big deal'.", [["a big deal", "Jason Sims"]]],
    ["an inverted verb and an abbreviated clerical title", "'It will pass,' said the Rev. Tom Reyes, of St. Mark's Church.", [["It will pass", "Tom Reyes"]]],
    ["an inverted verb, role words and a name", "'We will win this,' added his campaign manager Tom Reyes.", [["We will win this", "Tom Reyes"]]],
    ["an inverted verb and a title whose last noun is not a listed role", "Ann Banks spoke first. 'We are concerned,' said chief inspector Tom Reyes of the county police.", [["We are concerned", "Tom Reyes"]]],
    ["an adverb of time between speaker and verb", "Tom Reyes backed the plan last year but now says it is 'dead'.", [["dead", "Tom Reyes"]]],
    ["a negated auxiliary and an adverb between speaker and verb", "Ana Costa hadn't yet called it 'a failure'.", [["a failure", "Ana Costa"]]],
    ["a reflexive between speaker and verb", "Maria Lenz herself said the plan was 'flawed'.", [["flawed", "Maria Lenz"]]],
    ["a dateline before the subject", "VIENNA \u2014 Sen. Maria Lenz weighed in, calling the ruling 'a disgrace'.", [["a disgrace", "Maria Lenz"]]],
    ["an organization's title before a person", "'We are on track,' Acme COO Dana Whitfield said.", [["We are on track", "Dana Whitfield"]]],
    ["a party member named by party", "Senator Rob Portman spoke. 'This is wrong,' the Ohio Republican said.", [["This is wrong", "Rob Portman"]]],
    ["a title-like name given by a naming verb", "Reyes called the plan 'Project Lighthouse'.", [["Project Lighthouse", "Reyes"]]],
    ["a title-like name with a lower-case preposition given by a naming verb", "Reyes called the scheme 'Homes with Gardens'.", [["Homes with Gardens", "Reyes"]]],
    ["words quoted after 'her call for', a demand that names nothing", "Ana Costa repeated her call for 'a fresh start' on Monday.", [["a fresh start", "Ana Costa"]]],
    ["an inverted verb after a clause", "'The numbers do not add up' for the plan, said Peter Hahn, a pollster.", [["The numbers do not add up", "Peter Hahn"]]],
    ["an inverted verb and a role of common words", "'It is over,' said conservative activist Ana Costa.", [["It is over", "Ana Costa"]]],
    ["a surname that is also a plural noun, capitalized elsewhere", "Sen. Ann Banks arrived. 'It is over,' Banks said.", [["It is over", "Ann Banks"]]],
    ["as X put it", "The rule is, as Nordbank put it in a note, 'a tax by another name'.", [["a tax by another name", "Nordbank"]]],
    ["less common reporting verbs", "'It is a disgrace,' Tom Reyes bemoaned. Ana Costa opined that the plan was 'reckless'.", [["It is a disgrace", "Tom Reyes"], ["reckless", "Ana Costa"]]],
    ["a participle whose clause opens with an article and a name", "The Harbor Freight Lines declined to comment further, telling reporters the plan was 'on hold'.", [["on hold", "Harbor Freight Lines"]]],
    ["a participle past a bracketed party label", "Sen. Ana Costa (D-Ohio) visited the plant on Monday, saying it was 'a new start'.", [["a new start", "Ana Costa"]]],
    ["a participle past a name in apposition", "Tom Reyes met his rival, Ana Costa, saying the talks were 'useful'.", [["useful", "Tom Reyes"]]],
    ["a clause subject after a connective opening the sentence", "Ana Costa spoke first. And she is sure of one thing: 'We will win.'", [["We will win", "Ana Costa"]]],
    ["a title with 'of' and an organization after it", "The Governor of the Bank of England said it was 'a pause'.", [["a pause", "Bank of England"]]],
    ["an inverted verb, a place and a role noun before the name", "'Turnout decides it,' said Dayton pollster Ana Costa.", [["Turnout decides it", "Ana Costa"]]],
    ["a sentence that is only a titled name before a colon", "Former minister Ana Costa: 'We will act.'\nRep. Tom Reyes (D-Ohio): 'No deal today.'", [["We will act", "Ana Costa"], ["No deal today", "Tom Reyes"]]],
    ["a capitalized opener before a verb is still a name", "Brown said the plan was 'over for good'.", [["over for good", "Brown"]]],
    ["someone's statement speaks for them", "Ana Costa's statement said the plan was 'dead'. The Halden Motors website calls it 'a triumph'.", [["dead", "Ana Costa"], ["a triumph", "Halden Motors"]]],
    ["a verb of likening", "Ana Costa likened the plan to 'burning the furniture'.", [["burning the furniture", "Ana Costa"]]],
    ["words quoted as what the subject calls something", "Tom Reyes openly admires the mayor as a 'strong leader'.", [["strong leader", "Tom Reyes"]]],
    ["as after a name that is an object", "Maria Lenz has been pounding Peter Hahn as a 'con artist'.", [["con artist", "Maria Lenz"]]],
    ["an organization named before, then by the kind of body it is", "Calder Electric Company cut supply to 9,000 homes. 'We regret the disruption,' the utility said. The Harrow Foundation agreed: the foundation called it 'a sensible step'.", [["We regret the disruption", "Calder Electric Company"], ["a sensible step", "Harrow Foundation"]]],
    ["a one-word reply after a speaker's colon", "Asked if the depot would close, Lena Park was blunt: 'No.'", [["No", "Lena Park"]]],
    ["a long title before the person whose colon introduces words", "Green party housing spokesman Tom Reyes hit back: 'The rents are a scandal.'", [["The rents are a scandal", "Tom Reyes"]]],
    ["a party and a title before the person, then a comma", "Liberal deputy leader Ana Costa, speaking in Leeds, was blunt: 'It failed.'", [["It failed", "Ana Costa"]]],
    ["an inverted verb and a role word the lexicon lacks", "The pool reopened. 'We fought for this,' said campaigner Lia Moreno, who led the petition.", [["We fought for this", "Lia Moreno"]]],
    ["an inverted verb and a hyphenated role", "The club won. 'Worth the wait,' said season-ticket holder Ken Adair, 70.", [["Worth the wait", "Ken Adair"]]],
    ["an inverted verb, a body and an unlisted role noun before a person", "'The ladder was never checked,' said Harbour Safety Board inspector Nadia Orme.", [["The ladder was never checked", "Nadia Orme"]]],
    ["an inverted verb, a person and an unlisted noun before another person", "'She listens to everyone,' said Okafor ally Dennis Lyle.", [["She listens to everyone", "Dennis Lyle"]]],
    ["advice given next to the quotation, the verb inverted", "'Look low in the west after sunset,' advised Dr Hana Brook of the Orkney Star Club.", [["Look low in the west after sunset", "Hana Brook"]]],
    ["advice given next to the quotation, the subject before it", "The coach was blunt. Ana Costa advised, 'Keep the ball and stay calm.'", [["Keep the ball and stay calm", "Ana Costa"]]],
    ["no advice where the verb's subject is in a relative clause", "The campaigners, whom Ana Costa advised, called the plan 'a mess'.", [["a mess", null]]],
    ["no advice from a relative clause after a quoted word", "The firm used 'scripts' that advised staff how to sell.", []],
    ["an inverted verb, a body and an unlisted noun before another body", "'Bookings are down,' said Harbour Safety Board research partner Eastmoor University.", [["Bookings are down", "Harbour Safety Board"]]],
    ["an inverted verb, an owner's qualified role, then the name set off", "'Sales doubled,' said Corvane's sales director, Ruth Okafor.", [["Sales doubled", "Ruth Okafor"]]],
    ["a business noun skips a public body that spoke last", "Halden Motors recalled 2,000 cars. The Road Safety Commission urged owners to 'stop driving them'. Shares fell. 'We are sorry,' the company said.", [["stop driving them", "Road Safety Commission"], ["We are sorry", "Halden Motors"]]],
    ["a police force taken up as 'the force'", "Dunmore Constabulary warned drivers about black ice. 'Slow down on rural roads,' the force said.", [["Slow down on rural roads", "Dunmore Constabulary"]]],
    ["the force of something is no speaker", "Ana Costa toured the valley. 'We will rebuild,' she said. The force of the flood surprised everyone.", [["We will rebuild", "Ana Costa"]]],
    ["'the force' is the body whose name holds the noun, not the one that spoke last", "Halden Motors said it would 'cut prices'. The Royal Air Force ordered 40 vans. 'We need them soon,' the force said.", [["cut prices", "Halden Motors"], ["We need them soon", "Royal Air Force"]]],
    ["a role noun for a body goes on with a public body that spoke", "The Road Safety Commission urged owners to 'stop driving'. 'We acted fast,' the agency said.", [["stop driving", "Road Safety Commission"], ["We acted fast", "Road Safety Commission"]]],
    ["a business noun after the story turns to a new firm as subject", "'We will grow,' Nordair said. Marlow Group will shut 40 shops. Marlow Group blamed energy bills. 'These are hard choices,' the company said.", [["We will grow", "Nordair"], ["These are hard choices", "Marlow Group"]]],
    ["a firm named only as an object does not take over from the one that spoke", "'Sales rose,' Halden Motors said. Analysts praised Corvane Group for its results. 'A good year,' the company said.", [["Sales rose", "Halden Motors"], ["A good year", "Halden Motors"]]],
    ["a name inside an opening participle's clause is not who she is", "Rosa Lind coached the side. 'We are ready,' Lind said. Asked about Kim Tanaka, she said the winger would 'have to earn' a place.", [["We are ready", "Rosa Lind"], ["have to earn", "Rosa Lind"]]],
    ["a name after an opening participle's clause is the subject she goes on with", "Rosa Lind coached the side. 'We are ready,' Lind said. Asked about the plan, Kim Tanaka said she would 'think again'.", [["We are ready", "Rosa Lind"], ["think again", "Kim Tanaka"]]],
    ["a person of an organization named with its article, past a relative clause", "Professor Lena Holm of the Nordic Institute of Marine Research, who led no part of the work, called the find 'a breakthrough'.", [["a breakthrough", "Lena Holm"]]],
    ["a role of an organization named with its article is the organization's", "The head of the Nordic Institute of Marine Research called the find 'a breakthrough'.", [["a breakthrough", "Nordic Institute of Marine Research"]]],
    ["a name qualifying a role opens the clause of the person after it", "Former Harlow midfielder Sam Okoye, now a coach, was blunt: 'They gave up.'", [["They gave up", "Sam Okoye"]]],
    ["an organization whose verb is followed by a role and a person stays the subject", "Harlow Athletic thanked striker Sam Okoye, saying he was 'a true servant'.", [["a true servant", "Harlow Athletic"]]],
    ["a quotation after a sentence whose subject is she, past an opening participle's long clause", "Mara Quist keeps her drafts. 'I nearly quit,' she says. The book took seven years. Asked what she will do with all of the prize money, she laughs. 'Pay the rent.'", [["I nearly quit", "Mara Quist"], ["Pay the rent", "Mara Quist"]]],
    ["a quotation after a sentence whose subject is she, the last to speak", "'We are late,' Mara Quist said. The hall was full. She smiled. 'We made it.'", [["We are late", "Mara Quist"], ["We made it", "Mara Quist"]]],
    ["a plural group's body still goes to a body named by that noun", "The Dockers' Union met on Monday. Members backed what their union called 'a fair fight'.", [["a fair fight", "Dockers' Union"]]],
    ["a role noun after a body's own board goes on with the body", "'We will build,' Halden Homes said. Its board met on Friday. 'We are united,' the board said.", [["We will build", "Halden Homes"], ["We are united", "Halden Homes"]]],
    ["the teenager: a person the text gave such an age, not the last to speak", "Coach Tavo Rusk praised the side. Mara Quist, 16, won the final. 'I can't believe it,' the teenager said.", [["I can't believe it", "Mara Quist"]]],
    ["the pensioner: also past a name of no such age", "Dana Pruitt, 84, was pulled from the river by Oskar Lindqvist, 31. 'I owe him my life,' the pensioner said.", [["I owe him my life", "Dana Pruitt"]]],
    ["a role phrase ends at its verb and resolves to whom it names", "Sen. Ann Banks toured the port. The senator was blunt: 'This bill is dead.'", [["This bill is dead", "Ann Banks"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(said(body)).toEqual(expected));

  const nobody: Array<[string, string, Array<[string, string | null]>]> = [
    ["a noun for an age no one named was given", "Mara Quist, 34, coached the side. 'We were lucky,' the teenager said.", [["We were lucky", null]]],
    ["a group named generically", "In their statement, the officials claimed that 'threats will remain.'", [["threats will remain", null]]],
    ["an indefinite speaker", "A manager described the alarm as 'a nuisance that can wait'.", [["a nuisance that can wait", null]]],
    ["words said to the subject", "Okafor said he had been told to 'stop making a fuss'.", [["stop making a fuss", null]]],
    ["an unnamed speaker after an inverted verb", "'Nobody knows,' said one official.", [["Nobody knows", null]]],
    ["an unnamed source", "'We are working on it,' a government source told Reuters.", [["We are working on it", null]]],
    ["a plural common noun opening the sentence, then they", "Officials said the vote would be held in May. \"We expect a high turnout,\" they said.", [["We expect a high turnout", null]]],
    ["a source close to an organization", "Microsoft is near a deal. \"The talks are advanced,\" a source close to the company told Bloomberg.", [["The talks are advanced", null]]],
    ["people familiar with a named party", "\"It could come Monday,\" said people familiar with Microsoft's plans.", [["It could come Monday", null]]],
    ["a direct quotation nobody is given", "'Nothing works here.' The trains were late.", [["Nothing works here", null]]],
    ["a sentence after that says something else", "'The vote is lost.' The union said most members would strike anyway.", [["The vote is lost", null]]],
    ["a verb that reports only next to a quotation, away from it", "Talks continued for hours. 'Nothing is agreed.'", [["Nothing is agreed", null]]],
    ["a capitalized reporting verb opening a sentence is still the verb", "The door was locked. Says the note: 'We are closed.'", [["We are closed", null]]],
    ["an unknown word after an inverted verb and before a preposition names no one", "'It is over,' said campaigners in Leeds.", [["It is over", null]]],
    ["an owner's qualified role with no name set off is the owner's", "'Sales doubled,' said Corvane's sales director.", [["Sales doubled", "Corvane"]]],
    ["a quotation after a sentence about no person", "Mara Quist arrived late. The hall was full. It rained. 'We made it.'", [["We made it", null]]],
    ["a sentence whose subject is she hands nothing on past its paragraph", "Mara Quist arrived late. The hall was full. She smiled.\n'We made it.'", [["We made it", null]]],
    ["a body owned by a plural group just named is not the last body that spoke", "'We won,' Halden Motors said.\nJunior doctors voted to strike over what their union called 'dangerous' rotas.", [["We won", "Halden Motors"], ["dangerous", null]]],
    ["a role noun for a body the text described without a name since", "'We will build,' Halden Homes said. The permit was issued without a review by the city's heritage board. A spokesperson for the board said it had 'never been consulted'.", [["We will build", "Halden Homes"], ["never been consulted", null]]],
    ["a month named nobody's surname stays a month", "Talks resume in May. 'We will deliver,' officials said.", [["We will deliver", null]]],
    ["pressed away from a quotation", "The mayor's aides pressed the board for a vote. 'Nothing is agreed.'", [["Nothing is agreed", null]]],
    ["a colon introducing nobody", "The full text follows:\n'We will not back down.'", [["We will not back down", null]]],
    ["a name of no clear kind where a described speaker is", "'Our costs doubled,' one grower in Tosca Verde said. 'It is over,' a miner from Dale Hollis told us.", [["Our costs doubled", null], ["It is over", null]]],
    ["a place closing a prepositional phrase", "The head of the agency in Vienna said it was 'a mistake'.", [["a mistake", null]]],
    ["a place after a role's verb", "'We regret it,' the ministry's spokesman told reporters in Vienna.", [["We regret it", null]]],
    ["a number after an inverted verb", "'It is over,' said 42.", [["It is over", null]]],
    ["a dashed aside with no name before it", "The plan \u2014 a draft from March \u2014 says the fee is 'a fair price'.", [["a fair price", null]]],
    ["role words with no name after them", "Tom Reyes left early. 'We regret it,' said senior county officials.", [["We regret it", null]]],
    ["a weekday split off a name", "Tom Reyes arrived. 'We lost,' the group on Saturday said.", [["We lost", null]]],
    ["they for people named generically", "Officials met on Monday. 'We expect a rebound,' they said.", [["We expect a rebound", null]]],
    ["put without it", "Ana Costa put the 'final touches' on the plan.", []],
    ["an inverted verb with a clause after it", "'It is over,' said in a statement that Peter Hahn resigned.", [["It is over", null]]],
    ["a credit line after a paragraph that only ends with a quotation", "Above the door hung a sign, 'Closed until the end of June.'\n- Ana Ruiz.", [["Closed until the end of June", null]]],
    ["a name qualifying a noun after an article is no subject", "The Halden factory closed in May, telling workers it was 'a new start'.", [["a new start", null]]],
    ["a name in apposition is not the subject of a participle after it", "Officials met the rival candidate, Ana Costa, saying the talks were 'useful'.", []],
    ["a name qualifying a noun after a title is no subject", "Ana Costa lost. And senior Costa aides were blunt: 'It failed us all.'", [["It failed us all", null]]],
    ["known as gives a name, nobody's words", "Tom Reyes grew up in the valley, a town known as 'the Orchard' for its apples.", []],
    ["a generic subject after a connective opening the sentence", "Ana Costa spoke first. And officials are sure of one thing: 'We will win.'", [["We will win", null]]],
    ["a name qualifying an indefinite speaker", "Tom Reyes spoke. 'It is over,' one Reyes aide said. 'Not yet,' a top Ana Costa adviser said.", [["It is over", null], ["Not yet", null]]],
    ["an adjective opening the sentence before a noun names no one", "Partial text of the interview:\n'We will not back down.'", [["We will not back down", null]]],
    ["a statement nobody is given", "Ana Costa left. The statement said the plan was 'dead'.", [["dead", null]]],
    ["a dash with no name after it", "'The bus never came' \u2014 and nobody called.", [["The bus never came", null]]],
    ["a sentence about someone else between", "'We are ready,' Ana Costa said. Talks resume on Monday. 'The rest comes later.'", [["We are ready", "Ana Costa"], ["The rest comes later", null]]],
    ["a quotation after a word that is no connective", "'We are ready,' Lecornu said. Outside, 'Nothing is agreed' was painted on a wall.", [["We are ready", "Lecornu"], ["Nothing is agreed", null]]],
    ["an adverb opening the sentence before a generic subject", "Now officials say the plan is 'dead'.", [["dead", null]]],
    ["no speaker from a sentence that reports no words", "Lecornu arrived on Friday. 'Nothing works here.'", [["Nothing works here", null]]],
  ];
  for (const [name, body, expected] of nobody) it(`null: ${name}`, () => expect(said(body)).toEqual(expected));

  // A sentence whose subject is a named person and that reports no words hands them the quotation after it in its paragraph.
  const about: Array<[string, string, Array<[string, string | null]>]> = [
    ["a person opening the sentence", "Ana Costa shook her head. 'Tom is better at it than I am.'", [["Tom is better at it than I am", "Ana Costa"]]],
    ["past an opening phrase with a quoted title", "On 'The Evening Hour,' Sen. Tom Reyes (D-Ohio), who lost the race, named the young as the reason. 'They are tired of waiting.'", [["They are tired of waiting", "Tom Reyes"]]],
    ["a sentence about someone after another speaker", "'We are ready,' Ana Costa said. Tom Reyes is upbeat about the talks. 'The rest comes later.'", [["We are ready", "Ana Costa"], ["The rest comes later", "Tom Reyes"]]],
    ["not across a paragraph break", "Ana Costa shook her head.\n'Tom is better at it than I am.'", [["Tom is better at it than I am", null]]],
    ["not from an organization", "The Halden Motors Company closed the plant. 'Nothing is agreed.'", [["Nothing is agreed", null]]],
    ["not from a name that is not the subject", "Late on Friday the board met Ana Costa. 'Nothing is agreed.'", [["Nothing is agreed", null]]],
    ["not from a pronoun", "Ana Costa left. Tom Reyes stayed. She shook her head. 'Nothing is agreed.'", [["Nothing is agreed", null]]],
  ];
  for (const [name, body, expected] of about) it(`subject hands on: ${name}`, () => expect(said(body)).toEqual(expected));

  // Words that say what a reporting noun just before them does are the earlier cue's, not the noun owner's.
  const predicates: Array<[string, string, Array<[string, string | null]>]> = [
    ["what someone's remarks do", "Tom Reyes told reporters that Ana Costa’s comments “shows bias.”", [["shows bias", "Tom Reyes"]]],
    ["what a body's report was", "Reyes said the Halden Agency’s report “wasn’t good.”", [["wasn’t good", "Reyes"]]],
    ["not when the words open with a noun", "Tom Reyes cited Ana Costa’s statement “taxes will fall.”", [["taxes will fall", "Ana Costa"]]],
    ["not the owner's when no cue comes before", "Ana Costa’s remarks “shows bias,” the paper noted.", [["shows bias", null]]],
  ];
  for (const [name, body, expected] of predicates) it(`predicate of a reporting noun: ${name}`, () => expect(said(body)).toEqual(expected));

  it("hands on a subject's quotation without a cue", () => {
    expect(quotes("Ana Costa pressed the board for a vote. 'Nothing is agreed.'").map((q) => [q.speaker, q.cue])).toEqual([["Ana Costa", null]]);
  });

  it("keeps the words of a source named only by description on a quotation that goes on", () => {
    expect(quotes("In a statement, the union said:\n'We will not back down.'").map((q) => [q.speaker, q.speakerMention])).toEqual([[null, "the union"]]);
  });
});

describe("speaker resolution", () => {
  const cases: Array<[string, string, string[]]> = [
    ["a quotation opened after a colon speaks on in the next paragraph", "Education Secretary Bridget Phillipson said: \"We are putting children first.\n\"Every school will get the support it needs.\"", ["Bridget Phillipson", "Bridget Phillipson"]],
    ["a quotation opening the sentence after one reporting someone's words", "Daniel Kebede said the union would consult members. \"We have not ruled anything out.\"", ["Daniel Kebede"]],
    ["a county sheriff's and coroner's too", "'The roads were closed,' said Bexley County Sheriff Tavo Rusk. 'No one was hurt,' said Bexley County Coroner Orla Venn.", ["Tavo Rusk", "Orla Venn"]],
    ["a magistrate's too", "'Bail is refused,' said District Magistrate Anil Dutt.", ["Anil Dutt"]],
    ["but a surname that is such a word stays", "'We stand by the verdict,' said Lena Sheriff, the defence lawyer.", ["Lena Sheriff"]],
    ["surname to the fullest earlier name", "French Defense Minister Sebastien Lecornu spoke. 'We are ready,' Lecornu said.", ["Sebastien Lecornu"]],
    ["a title with 'of' before the name", "Josh Reyes spoke first. Secretary of State Ana Costa said the talks were 'a start'.", ["Ana Costa"]],
    ["surname after an abbreviated title", "Eric Reeves wrote it. 'There is no reason,' Mr. Reeves said.", ["Eric Reeves"]],
    ["a capitalized title alone is its holder's role", "President Lena Moor toured the plant. 'Every job stays here,' the President said.", ["Lena Moor"]],
    ["a role of a place given in apposition", "The mayor of Eastport, Lina Haddad, spoke on Monday. Critics were loud. 'We will not retreat,' the mayor said.", ["Lina Haddad"]],
    ["a role given in apposition resolves to the name after it", "Ana Costa spoke first. Then the Prime Minister, Tomas Hale, arrived. 'It is a good day,' the Prime Minister told workers.", ["Tomas Hale"]],
    ["a surname to the full name ending in a generation's mark", "Vice President Tomas R. Halvorsen Jr. toured the plant. 'Every job stays,' Mr. Halvorsen said.", ["Tomas R. Halvorsen Jr"]],
    ["a title word before a generation's mark is a surname", "'We will walk,' said Walter Bishop III.", ["Walter Bishop III"]],
    ["a month's short form that is a given name opens a name", "'We lost,' said Harlow coach Jan Smit. 'They were better.'", ["Jan Smit", "Jan Smit"]],
    ["but not a month after an article", "At a June Kessler rally, Mara Doyle spoke. 'We need jobs,' she said.", ["Mara Doyle"]],
    ["a monarch's title alone is its holder's role", "King Haakon Ulf opened the bridge. 'It is a privilege,' the King said.", ["Haakon Ulf"]],
    ["so is a queen's, among others named", "Pope Leo Varo received Queen Ilse Marr and Tomas Berg. 'We spoke of peace,' the Queen said.", ["Ilse Marr"]],
    ["one person named by nationality is a role for someone named before", "Coach Tavo Rusk was furious. 'We were robbed,' the Spaniard said.", ["Tavo Rusk"]],
    ["the same, inverted", "Coach Tavo Rusk was furious. 'We were robbed,' said the Spaniard.", ["Tavo Rusk"]],
    ["a people is no one named", "Coach Tavo Rusk was furious. 'It was unfair,' the French said.", [null]],
    ["nor a nationality before a noun", "Coach Tavo Rusk was furious. 'It was unfair,' said the Mexican official.", [null]],
    ["whose phrase's name in apposition speaks", "Tavo Rusk met them. 'It was a good meeting,' wrote the Danish envoy at the time, Mara Lund.", ["Mara Lund"]],
    ["a title word that is a surname in full earlier stays a name", "Promoter Don King arrived late. 'I never lose,' King said.", ["Don King"]],
    ["a quotation over two paragraphs takes the speaker where it ends", "\u201cWe will fight.\n\u201cWe shall never surrender,\u201d Winston Churchill said.", ["Winston Churchill", "Winston Churchill"]],
    ["hyphenated title and a dotted abbreviation", "“We are concerned,” U.N. Secretary-General Antonio Guterres said.", ["Antonio Guterres"]],
    ["someone's office speaks for them", "Boris Johnson resigned. “He has no plans to return,” Johnson's office said.", ["Boris Johnson"]],
    ["a common noun opening a list's line is no one", "Key points\n• Patients wait longer\n• Cancer targets were missed\nLists grew.\n“We are turning a corner,” the health secretary said.", [null]],
    ["a name opening a list's line still speaks", "Key points\n• Ana Costa backs the plan\nLists grew.\n“It is right,” Costa said.", ["Ana Costa"]],
    ["a body's mission speaks for the body", "Voting was slow. The Nordic Council's observer mission said the count was “orderly and calm”.", ["Nordic Council"]],
    ["a company named with a possessive speaks", "Halvard's said in a note that the ruling removed “a serious risk” for lenders.", ["Halvard's"]],
    ["a Portuguese particle inside a speaker's name", "“We will keep talking,” said Marcos Ferreira do Vale, the summit's host.", ["Marcos Ferreira do Vale"]],
    ["the N-year-old to the person named before", "Mary Jones, a nurse, was hurt. “I was terrified,” the 66-year-old said.", ["Mary Jones"]],
    ["surname with a particle", "Infrastructure Minister Hanna de Wit spoke. De Wit said: 'Talk now.'", ["Hanna de Wit"]],
    ["a kind of body before a spokesman stands for the body named", "Brennan Motors cut jobs. 'We regret this,' a company spokesman said.", ["Brennan Motors"]],
    ["she to the nearest woman", "Tammy Bruce was asked about Vladimir Putin. 'We are clear,' she said.", ["Tammy Bruce"]],
    ["he to the nearest man", "Igor Klimenko met Fiona Laird. 'We are clear,' he said.", ["Igor Klimenko"]],
    ["he to the subject rather than the object of the sentence before", "John Smith criticized Peter Jones on Monday. 'It is wrong,' he said.", ["John Smith"]],
    ["he to the nearest man in his own sentence", "The deal was struck by Peter Jones, who said he had secured 'real money'. ", ["Peter Jones"]],
    ["role noun to the nearest person who spoke", "'One,' Tammy Bruce said. The spokeswoman added that it was 'the most powerful' force.", ["Tammy Bruce", "Tammy Bruce"]],
    ["the company to the organization that spoke", "Renault said it was contacted. The company insisted that 'no decision has been taken'.", ["Renault"]],
    ["the agency to the agency named", "According to the Environment Agency, homes flooded. The agency said the barriers had 'held up well'.", ["Environment Agency"]],
    ["the ministry to the ministry named", "Her department, the Ministry of Infrastructure and Water Management, and the ministry said work could start 'as early as Monday'.", ["Ministry of Infrastructure and Water Management"]],
    ["the organization's spokesman to the organization named", "Ryanair said it would cancel flights. \"We apologise,\" the airline's spokesman said.", ["Ryanair"]],
    ["a role noun to the one given that title", "Ambassador Gavin Gray met Defence Minister Olena Kovalenko. 'Weeks, not months,' the ambassador said.", ["Gavin Gray"]],
    ["the fund to the fund named", "The IMF declined to comment. In a statement, the fund said it \"remains committed\".", ["IMF"]],
    ["abbreviation to its name", "The Health and Safety Executive (HSE) inspected it. 'It failed,' the HSE said.", ["Health and Safety Executive"]],
    ["title stripped, organization kept whole", "The General Dockers' Union said it had 'no quarrel' with them.", ["General Dockers' Union"]],
    ["she to the speaker of her own sentence", "Maria Lenz said she admired Ana Costa's courage in what she called a 'brave stand'.", ["Maria Lenz"]],
    ["he to the last speaker rather than a man named since", "'We will appeal,' Tom Reyes said. The ruling was written by Peter Hahn. 'It is wrong,' he said.", ["Tom Reyes", "Tom Reyes"]],
    ["they to an organization that just spoke", "Halden Motors said sales fell. 'We expect a rebound,' they said.", ["Halden Motors"]],
    ["a courtesy title's gender", "Daniel Lee and Anna Lee arrived. 'We will go on,' Mr. Lee said. 'We will stay,' Mrs. Lee said.", ["Daniel Lee", "Anna Lee"]],
    ["he to a name of no known kind when no person fits", "Brafman spoke for an hour. He concluded, 'There is no case here.'", ["Brafman"]],
    ["a role noun never to a thing a nationality qualifies", "The British Bill of Rights was debated. 'We will repeal it,' the minister said.", [null]],
    ["an organization's role never to a nationality", "Palestinian officials met on Monday. 'We will not accept this,' the administration said.", [null]],
    ["an organization's role to an organization led by a nationality", "The Palestinian Authority met on Monday. 'We will not accept this,' the authority said.", ["Palestinian Authority"]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(quotes(body).map((q) => q.speaker)).toEqual(expected));
  it("a word opening the story after its dateline's dash is no name for 'she'", () => {
    expect(quotes("OSLO — Talks stalled on Friday. Asked about them, she told reporters: 'It takes time.'").map((q) => q.speaker)).toEqual([null]);
  });

  it("uses the entity extractor's name for an overlapping mention", () => {
    const body = "Russia's envoy Medinsky spoke. 'We are ready,' Medinsky said.";
    const text = TITLE + body;
    const at = text.lastIndexOf("Medinsky");
    const entity: Entity = {
      name: "Vladimir Medinsky", type: "person", aliases: ["Medinsky"], role: null,
      mentions: [{ text: "Medinsky", span: { start: at, end: at + 8 } }],
    };
    expect(quotesOf(text, [entity]).map((q) => q.speaker)).toEqual(["Vladimir Medinsky"]);
  });

  it("does not take an entity name that runs into a headline's verb", () => {
    const text = "Ana Costa Says Plan Is 'Reckless'\nTransport Minister Ana Costa criticized the plan on Monday.";
    const entity: Entity = {
      name: "Ana Costa Says", type: "person", aliases: [], role: null,
      mentions: [{ text: "Ana Costa Says", span: { start: 0, end: 14 } }],
    };
    expect(quotesOf(text, [entity]).map((q) => q.speaker)).toEqual(["Ana Costa"]);
  });

  it("does not take an entity name that holds the title before a person's name", () => {
    const text = `${TITLE}Secretary of State Ana Costa said the talks were 'a start'.`;
    const at = text.indexOf("State");
    const entity: Entity = {
      name: "State Ana Costa", type: "person", aliases: [], role: null,
      mentions: [{ text: "State Ana Costa", span: { start: at, end: at + 15 } }],
    };
    expect(quotesOf(text, [entity]).map((q) => q.speaker)).toEqual(["Ana Costa"]);
  });

  it("does not name a person by an organization named after them", () => {
    const text = `${TITLE}The Ana Costa Foundation gave money. 'We gave what we could,' Ana Costa said.`;
    const at = text.lastIndexOf("Ana Costa");
    const entity: Entity = {
      name: "Ana Costa Foundation", type: "organization", aliases: ["Ana Costa"], role: null,
      mentions: [{ text: "Ana Costa", span: { start: at, end: at + 9 } }],
    };
    expect(quotesOf(text, [entity]).map((q) => q.speaker)).toEqual(["Ana Costa"]);
  });

  it("gives a transcript's words to the capitalized speaker label opening them", () => {
    const body = "Peter Hale hosted Ana Costa on Sunday. Partial text of the interview:\n\"HALE: Why now, and why here?\n\"COSTA: Because it is time for it.\n\"It has been a long wait for all of us.\n\"VIDEO: A clip plays on the screen.\n\"BRENNAN: I have nothing to add here.\"";
    expect(quotes(body).map((q) => q.speaker)).toEqual(["Peter Hale", "Ana Costa", "Ana Costa", null, "Brennan"]);
  });

  it("reports the mention and the cue as written", () => {
    const [q] = quotes("Lecornu spoke. 'We are ready,' she told reporters.");
    expect(q).toMatchObject({ speakerMention: "she", cue: "told", kind: "direct" });
  });
});

describe("what is kept", () => {
  it("drops one trailing comma or period, keeps ellipses and other marks", () => {
    expect(said("'We moved,' she said. 'Why?' he asked. 'We wait...' she said.").map(([t]) => t)).toEqual(["We moved", "Why?", "We wait..."]);
  });

  it("keeps one capitalized word handed to a speaker by a comma", () => {
    expect(said("Ana Lopez toured the town. 'Unprecedented,' she said of the flood.")).toEqual([["Unprecedented", "Ana Lopez"]]);
  });

  it("marks partial and direct quotations", () => {
    const kinds = quotes("Lecornu described it as a 'win-win' deal. 'We are ready,' he said.").map((q) => q.kind);
    expect(kinds).toEqual(["partial", "direct"]);
  });

  it("reads a period inside the closing mark of a partial quote as punctuation (American style)", () => {
    expect(quotes("The White House called the report \"deeply flawed.\"").map((q) => [q.text, q.kind, q.speaker])).toEqual([["deeply flawed", "partial", "White House"]]);
  });

  const unquoted: Array<[string, string]> = [
    ["a scare quote no one is given", "The budget leaves the 'tartan tax' bands unchanged."],
    ["a report's title", "The regulator's report, 'Containment Failures at Calder Vale', was published."],
    ["a title that asks a question", "He wrote a post, \"Are There Any Angry Voters?\" on Monday."],
    ["a one-word name with American punctuation", "The game is like \"Thumper.\""],
    ["a one-word title in a sentence with a cue", "She said the song \"Hello\" was her favourite."],
    ["a title-like quotation nobody names", "The plan, 'Project Lighthouse', was shelved."],
    ["a scare quote after a reporting noun used as an object", "The report's 'key findings' were leaked."],
    ["words quoted as a name nobody is given", "The district is known as 'the flats' to locals."],
    ["a show's title with a lower-case preposition", "The plan has failed, Ana Costa said on Harbour FM's 'Mornings with Tom Reyes'."],
    ["a show's title after 'a call', a noun that names nothing", "Ana Costa said on a call to Harbour FM's 'Morning Report' that the plan had failed."],
  ];
  for (const [name, body] of unquoted) it(`leaves out ${name}`, () => expect(said(body)).toEqual([]));

  // Words quoted in a sentence with no cue are those of the person the sentence opens with.
  const subjects: Array<[string, string, Array<[string, string | null]>]> = [
    ["a person's name opening the sentence", "Ana Costa thanked the crews for 'working through the night'.", [["working through the night", "Ana Costa"]]],
    ["a name after an opening phrase", "On Monday, Tom Reyes blamed the delay on 'a tangle of permits'.", [["a tangle of permits", "Tom Reyes"]]],
    ["a name before a clause opened by 'that'", "Ana Costa hopes that 'the rain will hold off' on Sunday.", [["the rain will hold off", "Ana Costa"]]],
  ];
  for (const [name, body, expected] of subjects) it(`gives a partial quote with no cue to ${name}`, () => expect(said(body)).toEqual(expected));
  const subjectless: Array<[string, string]> = [
    ["a sentence opening with a common noun", "The budget leaves the 'tartan tax' bands unchanged after Ana Costa left."],
    ["a sentence opening with a place", "Calder Vale keeps its 'tartan tax' bands."],
    ["a title of a work after a person's name", "Ana Costa read 'Containment Failures at Calder Vale' on the train."],
  ];
  for (const [name, body] of subjectless) it(`gives no speaker to a partial quote in ${name}`, () => expect(said(body)).toEqual([]));

  it("keeps a short quoted sentence that ends in 'I'", () => {
    expect(said("'Does anybody know the plan?' Okafor asked. 'Nor do I.'")).toEqual([["Does anybody know the plan?", "Okafor"], ["Nor do I", "Okafor"]]);
  });

  it("reads a title-case first line with a closing period as a headline", () => {
    const text = "Lenz Calls the Reform 'Long Overdue.'\nMaria Lenz said the reform was 'long overdue'.";
    expect(quotesOf(text, []).map((q) => [q.text, q.speaker])).toEqual([["Long Overdue", "Maria Lenz"], ["long overdue", "Maria Lenz"]]);
  });

  it("ends a name in a title-case headline at its verb", () => {
    const text = "Ana Costa Slams Rail Plan As 'Reckless'\nTransport Minister Ana Costa criticized the plan on Monday.";
    expect(quotesOf(text, []).map((q) => [q.text, q.speaker])).toEqual([["Reckless", "Ana Costa"]]);
  });

  it("names a speaker with a leading initial by all of the name", () => {
    expect(quotes("'It is a worry,' said C. Eugene Holt, a fellow at the institute.").map((q) => [q.speaker, q.speakerMention])).toEqual([["C. Eugene Holt", "C. Eugene Holt"]]);
  });

  it("keeps a surname that is also a verb form the lexicon gives as a name", () => {
    expect(said("'It is over,' said Ruth Gates.")).toEqual([["It is over", "Ruth Gates"]]);
  });

  it("gives a headline's role subject to the one the story gives that role", () => {
    const speakers = (text: string) => quotesOf(text, []).map((q) => q.speaker);
    expect(speakers("Minister vows 'no retreat' on tariffs\nTrade Minister Ana Costa spoke in Lisbon on Monday. 'We will hold firm,' Costa said.")).toEqual(["Ana Costa", "Ana Costa"]);
    // The story gives the role to nobody: the headline's speaker stays unnamed.
    expect(speakers("Minister vows 'no retreat' on tariffs\nTalks with Ana Costa went on late. 'We will hold firm,' Costa said.")).toEqual([null, "Ana Costa"]);
  });

  it("gives a headline's quotation to the name before its colon", () => {
    expect(quotesOf("Lenz: Reform Is 'Long Overdue'\nThe body follows.", []).map((q) => [q.text, q.speaker])).toEqual([["Long Overdue", "Lenz"]]);
  });

  it("never takes a known place after a preposition for the speaker", () => {
    const text = `${TITLE}The head of the agency in Vienna said it was 'a mistake'.`;
    const at = text.indexOf("Vienna");
    const vienna: Entity = { name: "Vienna", type: "location", aliases: [], role: null, mentions: [{ text: "Vienna", span: { start: at, end: at + 6 } }] };
    expect(quotesOf(text, [vienna]).map((q) => q.speaker)).toEqual([null]);
  });

  it("gives a headline quotation the speaker of the body's same words", () => {
    const text = "Antwerp braces for 'wave of diversions'\nThe port expects a 'wave of diversions', its director Koen Lambrechts said.";
    expect(quotesOf(text, []).map((q) => [q.text, q.speaker])).toEqual([["wave of diversions", "Koen Lambrechts"], ["wave of diversions", "Koen Lambrechts"]]);
  });

  it("gives a pull quote opening the headline the body's speaker, not the story's subject after its colon", () => {
    const text = "'We stand firm': Dorvan recalls its envoy\nThe envoy left on Monday. 'We stand firm,' Foreign Minister Ana Ruiz said.";
    expect(quotesOf(text, []).map((q) => [q.text, q.speaker])).toEqual([["We stand firm", "Ana Ruiz"], ["We stand firm", "Ana Ruiz"]]);
  });

  it("gives an interview's pull quote the person named after its colon and before 'on', by the fullest name", () => {
    const text = "'I kept every rejection letter': poet Nadia Vance on her first collection\nNadia Vance, 41, wrote the book at night. 'It took nine years,' she said.\n'Back to basics': Vance on the new season\nThe club is rebuilding.";
    expect(quotesOf(text, entitiesOf(text)).map((q) => [q.text, q.speaker])).toEqual([["I kept every rejection letter", "Nadia Vance"], ["It took nine years", "Nadia Vance"], ["Back to basics", "Nadia Vance"]]);
  });

  it("not a body named after the colon", () => {
    const text = "'Back to basics': Halden Motors on its new range\nThe firm is rebuilding.";
    expect(quotesOf(text, entitiesOf(text)).map((q) => [q.text, q.speaker])).toEqual([["Back to basics", null]]);
  });

  it("keeps a headline quotation's own speaker when it does not open the headline", () => {
    const text = "Tom Hale calls the raid 'a disgrace'\nProtesters gathered. 'It is a disgrace,' said Lena Park, a teacher.";
    expect(quotesOf(text, []).map((q) => [q.text, q.speaker])).toEqual([["a disgrace", "Tom Hale"], ["It is a disgrace", "Lena Park"]]);
  });

  it("gives a headline quotation the speaker of the body sentence that uses its words", () => {
    const text = "Trump believes only 'agreement' can end the war\nTrump sees an agreement as the only path, according to spokesperson Tammy Bruce.";
    expect(quotesOf(text, []).map((q) => q.speaker)).toEqual(["Tammy Bruce"]);
  });

  it("slices every quote out of the text by its span", () => {
    const text = "Title 'one'\n'Two, three,' said Ann Lee. He called it \u201cfour\u201d and \u2018five\u2019.";
    for (const q of quotesOf(text, [])) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  const none: Array<[string, string]> = [
    ["no marks", "Lecornu said the plan would go ahead."],
    ["apostrophes only", "France's army and the mayor's office said they'd act; Kiev's view differs."],
    ["primes only", "The room is 12' 6\" wide, he said."],
    ["empty input", ""],
  ];
  for (const [name, body] of none) it(`none: ${name}`, () => expect(quotes(body)).toEqual([]));
});

describe("sources named by a description, and roles held by someone in apposition", () => {
  const pairs = (body: string): Array<[string | null, string | null]> => quotes(body).map((q) => [q.speaker, q.speakerMention]);
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    ["a description before the cue is the mention", "'It was chaos,' a bartender said.", [[null, "a bartender"]]],
    ["a plural description", "'We want answers,' the officials said.", [[null, "the officials"]]],
    ["a description after an inverted cue, up to its comma", "'I have been here three days,' said one driver, who gave only a first name.", [[null, "one driver"]]],
    ["a source close to someone, with the whole description", "'We will appeal,' a source close to the airline said.", [[null, "a source close to the airline"]]],
    ["a source placed at a body named before is no one, with the whole description", "'We won,' Halden Motors said. 'Sales will recover,' a senior source at the company said.", [["Halden Motors", "Halden Motors"], [null, "a senior source at the company"]]],
    ["but a spokesman at a body named before speaks for it", "'We won,' Halden Motors said. 'Sales will recover,' a spokesman at the company said.", [["Halden Motors", "Halden Motors"], ["Halden Motors", "the company"]]],
    ["no words at all: a passive without its agent", "She was told: 'Leave the building.'", [[null, null]]],
    ["the one whose spokeswoman it is does not speak through her when she is named", "Mayor Tom Okafor spoke first. Okafor's spokeswoman, Dana Pruitt, said the city was 'watching closely'.", [["Dana Pruitt", "Dana Pruitt"]]],
    ["the same, inverted", "Mayor Tom Okafor spoke first. 'We are watching closely,' said Okafor's spokeswoman, Dana Pruitt.", [["Dana Pruitt", "Dana Pruitt"]]],
    ["the same, after the quotation", "Mayor Tom Okafor spoke first. 'We are watching closely,' Okafor's spokeswoman, Dana Pruitt, said.", [["Dana Pruitt", "Dana Pruitt"]]],
    ["but the owner speaks through an unnamed spokeswoman", "Mayor Tom Okafor spoke first. 'We are watching closely,' Okafor's spokeswoman said.", [["Tom Okafor", "Okafor"]]],
    ["a definite phrase with an age is the person named before", "Emma Doyle waited months. 'I had to chase them,' the 34-year-old teacher said.", [["Emma Doyle", "the 34-year-old teacher"]]],
    ["the same, inverted", "Emma Doyle waited months. 'I had to chase them,' said the 34-year-old teacher.", [["Emma Doyle", "the 34-year-old teacher"]]],
    ["a role led by a number names the person after an inverted cue", "'They are wrong,' said 9/11 widow Terra Strand.", [["Terra Strand", "Terra Strand"]]],
    ["an age before the name", "'They are wrong,' said 24-year-old Ana Lopez.", [["Ana Lopez", "Ana Lopez"]]],
    ["a count of people names nobody", "Ana Lopez lives there. 'We left,' said 20 residents of the street.", [[null, null]]],
    ["'according to' a document filed by a person is that person", "'The evidence is thin,' according to a court document filed by state attorney Dara Lind.", [["Dara Lind", "Dara Lind"]]],
    ["'according to' a statement from a body is that body", "'We are shocked,' according to a statement from Harbor Freight Lines.", [["Harbor Freight Lines", "Harbor Freight Lines"]]],
    ["'according to' a role's report to a body is the role's", "The Halden Agency met on Monday. 'Costs rose,' according to the agency's report to Congress.", [["Halden Agency", "the agency"]]],
    ["a long appositive before the verb of a participle's clause", "Erin Brock, the veteran environmental activist and lawyer, endorsed the plan, saying she believed 'we must help'.", [["Erin Brock", "Erin Brock"]]],
    ["an indefinite one with an age is someone else", "Emma Doyle waited months. 'I had to chase them,' a 34-year-old teacher said.", [[null, "a 34-year-old teacher"]]],
    ["a role noun continuing an unnamed source stays unnamed", "Governor Tam Reyes vetoed the bill. One senior aide, who asked not to be named, called it a mistake. 'We lost the vote,' the aide said.", [[null, "the aide"]]],
    ["but a role given to someone named after the unnamed source is theirs", "One aide declined to comment. Later, aide Pia Marsh spoke. 'We lost the vote,' the aide said.", [["Pia Marsh", "the aide"]]],
    ["a role's office speaks for the one holding every word of the role", "Prime Minister Ilse Varga met the unions. Foreign Minister Paul Kerr stayed away. The prime minister's office called the talks 'constructive'.", [["Ilse Varga", "The prime minister"]]],
    ["and for no one where the text gives nobody that role", "Tam Reyes met the unions. The premier's office called the talks 'constructive'.", [[null, "The premier"]]],
    ["a role's campaign", "Senator Ana Ruiz spoke first. The senator's campaign called the poll 'meaningless'.", [["Ana Ruiz", "The senator"]]],
    ["and the unnamed one of another role does not stand in the way", "Governor Tam Reyes vetoed the bill. One aide called it a mistake. 'We will try again,' the governor said.", [["Tam Reyes", "the governor"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a pronoun after the story turns to someone new", () => {
  // Given names no name list knows, so only the sentence's structure decides.
  const cases: Array<[string, string, Array<string | null>]> = [
    ["the subject of the sentence after the last speaker", "'We will act,' Tavo Rusk told reporters. The bloc's envoy, Kaja Lindqvist, defended the plan. 'It must pay a price,' she said.", ["Tavo Rusk", "Kaja Lindqvist"]],
    ["the subject opening the sentence", "'We will act,' Tavo Rusk told reporters. Kaja Lindqvist defended the plan. 'It must pay a price,' she said.", ["Tavo Rusk", "Kaja Lindqvist"]],
    ["not a name after the sentence's verb", "'We will act,' Tavo Rusk told reporters. He met Kaja Lindqvist on Monday. 'It was useful,' he said.", ["Tavo Rusk", "Tavo Rusk"]],
    ["not a name after an opening participle", "'We will act,' Tavo Rusk told reporters. Asked about Kaja Lindqvist, he smiled. 'She is a friend,' he said.", ["Tavo Rusk", "Tavo Rusk"]],
  ];
  const speakers = (body: string) => quotes(body, entitiesOf(TITLE + body)).map((q) => q.speaker);
  for (const [name, body, expected] of cases) it(name, () => expect(speakers(body)).toEqual(expected));
});

describe("bodies speaking through someone unnamed, and role phrases opened by a capital", () => {
  const pairs = (body: string) => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.speaker, q.speakerMention]);
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    ["a bare spokesperson speaks for the body the sentence before opens with", "The Department of Health called the decision a pity. A spokesperson said: 'The offer was fair.'", [["Department of Health", "A spokesperson"]]],
    ["across a line break too", "The Department of Health called the decision a pity.\nA spokesperson said: 'The offer was fair.'", [["Department of Health", "A spokesperson"]]],
    ["not for a body named inside that sentence", "Nurses marched past the Department of Health. A spokeswoman said: 'The offer was fair.'", [[null, "A spokeswoman"]]],
    ["not for a body further back", "The Department of Health called the decision a pity. Nurses disagreed. A spokesperson said: 'The offer was fair.'", [[null, "A spokesperson"]]],
    ["past the words saying what the body is", "The chemicals group Veltrix said it would move supplies to rail. A spokesman told reporters output would not be cut 'for now'.", [["Veltrix", "A spokesman"]]],
    ["past a describing noun opening the sentence", "Budget airline Skyvale said it would cut routes. A spokeswoman said: 'Demand has fallen.'", [["Skyvale", "A spokeswoman"]]],
    ["not past a verb before the body", "Nurses criticised Veltrix on Monday. A spokesman said: 'The offer was fair.'", [[null, "A spokesman"]]],
    ["'the government' is no company named before", "Meridian Terminals raised its offer. The government said it was 'disappointed'.", [[null, "The government"]]],
    ["a club named by its town, the subject of its sentence", "Welby Town have sacked their coach. 'We wish him well,' the club said.", [["Welby Town", "the club"]]],
    ["not a town the text names only as a place", "Fans gathered in Welby on Sunday. 'We wish him well,' the club said.", [[null, "the club"]]],
    ["a role noun qualifying another after an inverted cue: the phrase is the last one's", "Dock workers' leader Pia Marsh met the port. 'We will not move,' said the union boss.", [["Pia Marsh", "the union boss"]]],
    ["but a body's spokesman after an inverted cue speaks for the body", "'We won,' Halden Motors said. 'Sales fell,' said the company spokesman.", [["Halden Motors", "Halden Motors"], ["Halden Motors", "the company"]]],
    ["a capitalized word before a role opens the role, not a name", "Health secretary: 'the door is open' to talks.", [[null, "Health secretary"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));

  it("a headline's role label is the one the story gives that role", () => {
    const text = "Health secretary: 'door is open' to talks\nHealth Secretary Wes Streeting said his 'door is open' to talks.";
    expect(quotesOf(text, entitiesOf(text)).map((q) => q.speaker)).toEqual(["Wes Streeting", "Wes Streeting"]);
  });
});

describe("a pronoun going on with a source named only by a description", () => {
  // Given names no name list knows, so only the sentence's structure decides.
  const pairs = (body: string) => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.speaker, q.speakerMention]);
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    ["he after a source introduced by 'a'", "Tavo Rusk, 52, said the ferry was late again. 'It is every week,' he said. A harbour official said repairs were planned. 'The engine is old,' he added.", [["Tavo Rusk", "he"], [null, "he"]]],
    ["he after an office's spokesman introduced by 'a'", "Tavo Rusk chaired the meeting. A council spokesman said the report would follow. 'Nothing is decided,' he said.", [[null, "he"]]],
    ["they after a plural description", "The Vestmark Institute said the trial had ended. The study's authors urged caution. 'The sample was small,' they wrote.", [[null, "they"]]],
    ["not he after a definite description, someone named before", "Tavo Rusk runs the ferry firm. The businessman said fares would rise. 'Fuel costs more,' he said.", [["Tavo Rusk", "he"]]],
    ["not he once someone is named after the description", "A harbour official said repairs were planned. Tavo Rusk, the harbour master, disagreed. 'The engine is fine,' he said.", [["Tavo Rusk", "he"]]],
    ["not across a paragraph break, where a reply is most often someone else's", "Tavo Rusk took questions. A resident said fares would rise.\n'They will not,' he said.", [["Tavo Rusk", "he"]]],
    ["a role whose name the text withholds is no one named before", "Dana Pruitt, the defence lawyer, spoke first. The shop's manager, who asked not to be named, said: 'We lost everything.'", [[null, "The shop's manager"]]],
    ["also speaking on condition of anonymity", "Dana Pruitt, the club's founder, spoke first. The club's owner, who spoke on condition of anonymity, said: 'The accounts are a mess.'", [[null, "The club's owner"]]],
    ["but a role with a clause that withholds nothing is the one named before", "Dana Pruitt runs the shop. The shop's manager, who opened it in 1990, said: 'We lost everything.'", [["Dana Pruitt", "The shop's manager"]]],
    ["not she after a description of the other gender", "Orla Venn spoke first. A spokesman said the line was closed. 'We are sorry,' she said.", [["Orla Venn", "she"]]],
    ["she after a spokeswoman for a body is the body", "Mayor Tavo Rusk closed the quay. A spokeswoman for Corvane Shipping said the route was shut. She said: 'We expect to reopen on Monday.'", [["Corvane Shipping", "She"]]],
    ["also he after a spokesman, across a paragraph break", "Mayor Dana Pruitt closed the quay. A spokesman for the Corvane Shipping Company said the route was shut.\n'We expect to reopen on Monday,' he said.", [["Corvane Shipping Company", "he"]]],
    ["not a spokeswoman named before the body", "Dana Pruitt, a lawyer and spokeswoman for Corvane Shipping, said the route was shut. 'We expect to reopen on Monday,' she said.", [["Dana Pruitt", "she"]]],
    ["not a pronoun of the other gender", "Mayor Tavo Rusk closed the quay. A spokeswoman for Corvane Shipping said the route was shut. 'It is a disgrace,' he said.", [["Tavo Rusk", "he"]]],
    ["not once a person is named since", "A spokeswoman for Corvane Shipping said the route was shut by Dana Pruitt. 'I had no choice,' she said.", [["Dana Pruitt", "she"]]],
    ["she after someone named by what they do, a phrase after the noun", "Orla Venn runs the depot. A shopper queuing outside the market hall said prices had doubled. 'I buy half as much now,' she said.", [[null, "she"]]],
    ["she after a speaking noun the description's phrase ends past", "Orla Venn runs the depot. A student waiting at the quay said the lights were out. 'It is pitch dark,' she said.", [[null, "she"]]],
    ["also he after a bare agent noun", "Tavo Rusk opened the bridge. A driver said the queue was long. 'I waited an hour,' he said.", [[null, "he"]]],
    ["not they after one agent", "Vantry Ferries said two crossings were cut. A driver said the queue was long. 'We are sorry,' they said.", [["Vantry Ferries", "they"]]],
    ["not a document's noun ending like an agent's", "Orla Venn read it aloud. A letter said the quay would close. 'It is unfair,' she said.", [["Orla Venn", "she"]]],
    ["not a phrase after a noun that is no agent", "Orla Venn runs the depot. A sign outside the market hall said prices had doubled. 'I buy half as much now,' she said.", [["Orla Venn", "she"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("the subject of a clause whose cue comes after another verb", () => {
  const pairs = (body: string) => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.speaker, q.speakerMention]);
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    ["a name set off after the role opening the sentence", "The ferry company's chief executive, Oskar Lindqvist, toured the dock and said: 'The hull is sound.'", [["Oskar Lindqvist", "Oskar Lindqvist"]]],
    ["also with a possessive pronoun and a participle", "Her lawyer, Maeve Duggan, read a note outside court, adding: 'She will appeal.'", [["Maeve Duggan", "Maeve Duggan"]]],
    ["not a name in apposition to an object", "Tavo Rusk thanked his deputy, Maeve Duggan, saying: 'She kept us afloat.'", [["Tavo Rusk", "Tavo Rusk"]]],
    ["not a name set off after a phrase that is no role", "The old harbour wall, Rusk Pier, was rebuilt, and the mayor said: 'It will last.'", [[null, "the mayor"]]],
    ["a phrase ending in a name before its verb, read as before a cue: a spokesman for a body speaks for it", "A spokeswoman for Vantry Ferries hit back, insisting the timetable was 'fair'.", [["Vantry Ferries", "Vantry Ferries"]]],
    ["but a source close to a body is no one named", "A source close to Vantry Ferries hit back, insisting the timetable was 'fair'.", [[null, "A source close to Vantry Ferries"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a place inside the phrases of a subject headed by a common noun", () => {
  const pairs = (body: string) => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.speaker, q.speakerMention]);
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    ["a place ending a chain of phrases after a common noun", "Passengers aboard a ferry to Belfast said they heard 'a grinding noise'.", [[null, "Passengers"]]],
    ["also after a number and a place preposition", "Farmers from three valleys near Inverness said the road was 'a disgrace'.", [[null, "Farmers"]]],
    ["also past a body and a place named inside the chain", "Passengers aboard a Norland Air ferry from Oban to Belfast said they heard 'a grinding noise'.", [[null, "Passengers"]]],
    ["also after a dateline, with a weekday before the verb", "DUNDEE \u2014 Union members at a depot in Glasgow on Friday said the talks were 'going nowhere'.", [[null, "members"]]],
    ["not a person heading the phrase", "Morag Dunn of Inverness said the road was 'a disgrace'.", [["Morag Dunn", "Morag Dunn"]]],
    ["not a body read as a place after a noun that speaks for it", "A statement from the Irish Farmers Forum read: 'Prices must rise.'", [["Irish Farmers Forum", "Irish Farmers Forum"]]],
    ["not a place that is the subject", "Vantry Ferries sails from Belfast. 'We are on time,' Belfast harbour staff said. Then Inverness said it was 'ready'.", [[null, "harbour staff"], ["Inverness", "Inverness"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a role the text gives no one, opening its sentence", () => {
  const pairs = (body: string) => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.speaker, q.speakerMention]);
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    ["is not the person last named with another title", "Inspector Carys Bellamy said the search had been 'exhaustive'. The judge told the jury the evidence was thin. 'Weigh it with care,' she said.", [["Carys Bellamy", "Inspector Carys Bellamy"], [null, "she"]]],
    ["nor the role's own words", "Sergeant Idris Vane said the search was over. The judge told the jury: 'Put sympathy aside.'", [[null, "The judge"]]],
    ["nor is he after a title alone, past a name of another title in its sentence", "Colonel Idris Vane led the parade. The Prince opened the new barracks beside Colonel Vane's office. 'This is a proud day,' he told the cadets.", [[null, "he"]]],
    ["but a role goes on with the person the text gave it", "Judge Carys Bellamy adjourned the case. The judge told the court: 'We resume on Monday.'", [["Carys Bellamy", "The judge"]]],
    ["and with a person given no title at all", "Oren Malick took questions for an hour. The candidate added: 'I am not going anywhere.'", [["Oren Malick", "The candidate"]]],
    ["and a pronoun of the other gender than a role does not go on with it", "Inspector Carys Bellamy said the search was over. The King arrived at noon. 'We did everything we could,' she said.", [["Carys Bellamy", "she"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("verbs of thought and memory", () => {
  const pairs = (body: string) => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["words after a verb of thought are the thinker's", "Mira Kotze believes the squad has 'enough pace' to win the league.", [["enough pace", "Mira Kotze"]]],
    ["also after a verb of memory", "Ivo Marsh remembered a teacher who 'read every essay twice'.", [["read every essay twice", "Ivo Marsh"]]],
    ["and right before it", "'It will come good,' Mira Kotze believes.", [["It will come good", "Mira Kotze"]]],
    ["not words further before it, which are someone else's", "Calder fans called the draw 'a robbery', yet Mira Kotze, their old captain, still thinks the side will go up.", [["a robbery", null]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));

  it("a headline's verb of thought holds a belief: the body says whose words they are", () => {
    const text = "Kotze believes only 'patience' can save Calder\nOnly 'patience' will keep the club up, said assistant coach Rhea Lund.";
    expect(quotesOf(text, entitiesOf(text)).map((q) => q.speaker)).toEqual(["Rhea Lund", "Rhea Lund"]);
  });

  it("and where the body does not, the words stay the thinker's", () => {
    const text = "Mira Kotze believes 'patience' can save Calder\nThe club sit bottom of the league with ten games left.";
    expect(quotesOf(text, entitiesOf(text)).map((q) => q.speaker)).toEqual(["Mira Kotze"]);
  });
});

describe("documents as the subject of a cue", () => {
  const pairs = (body: string) => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["a review by a body is that body's words", "A review by the Coastal Flood Authority has found that sea walls were neglected. The review said repairs had been 'put off for a decade'.", [["put off for a decade", "Coastal Flood Authority"]]],
    ["also a report a body published", "The Rural Transport Commission published a report on Monday. The report warned that village buses were 'close to collapse'.", [["close to collapse", "Rural Transport Commission"]]],
    ["also an audit of one body by another", "An audit of Fellbrook Council by the firm Ashby & Crane says the books were kept badly. The audit said controls were 'almost absent'.", [["almost absent", "Ashby & Crane"]]],
    ["also a report the body's name owns", "The Inland Waterways Board's report said the canal was 'unsafe for boats'.", [["unsafe for boats", "Inland Waterways Board"]]],
    ["and past mentions that only take the document up again", "A review by the Coastal Flood Authority found the sea walls neglected. The review said repairs were late. 'Nobody checked the gates,' the review concluded.", [["Nobody checked the gates", "Coastal Flood Authority"]]],
    ["also past a sentence's article before the owner", "The Inland Waterways Board's report said the canal was closed. 'Boats must keep away,' the report added.", [["Boats must keep away", "Inland Waterways Board"]]],
    ["not a letter the text gives no author", "A letter, sent to tenants last week, set out new rules. The letter said the changes would come 'within weeks'.", [["within weeks", null]]],
    ["nor where the first mention names none", "A letter reached tenants last week. The letter said rents would rise. 'Nothing can be done,' the letter added.", [["Nothing can be done", null]]],
    ["not a memo someone only saw", "A memo seen by the Harbour Gazette set out the cuts. The memo said staff faced 'a hard year'.", [["a hard year", null]]],
    ["also a report published at a time by a body", "A report published in June by the Lowland Housing Trust found rents had doubled. The report said tenants were 'paying more for less'.", [["paying more for less", "Lowland Housing Trust"]]],
    ["also past a longer phrase of time", "A review issued earlier this spring by the Coastal Flood Authority was blunt. The review said the gates were 'rusted shut'.", [["rusted shut", "Coastal Flood Authority"]]],
    ["not the one who obtained a letter, but its author, as the subject of a cue", "A letter from the Harbour Veterans League obtained by the Daily Courier warns that 'the emblem is ours'.", [["the emblem is ours", "Harbour Veterans League"]]],
    ["nor a body quoting an unnamed source", "A source quoted by the Daily Courier said the deal was 'done'.", [["done", null]]],
    ["but the one who wrote it", "A letter written by Ana Costa said the deal was 'done'.", [["done", "Ana Costa"]]],
    ["not a memo someone only saw at a time", "A memo seen last week by the Harbour Gazette set out the cuts. The memo said staff faced 'a hard year'.", [["a hard year", null]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("answers after an interview's question", () => {
  const speakers = (text: string) => quotesOf(text, entitiesOf(text)).map((q) => [q.text, q.speaker]);
  it("a quotation opening the paragraph after a question is the interviewee's", () => {
    const text = "'The river taught me patience': rower Iona Pryce on her comeback\nIona Pryce missed two seasons with a back injury.\nWhat kept you going?\n'Early mornings on the water, even when I could not row.'";
    expect(speakers(text)).toEqual([["The river taught me patience", "Iona Pryce"], ["Early mornings on the water, even when I could not row", "Iona Pryce"]]);
  });
  it("not after a paragraph that asks nothing", () => {
    const text = "'The river taught me patience': rower Iona Pryce on her comeback\nIona Pryce missed two seasons with a back injury.\nHer coach kept a diary of those months.\n'Early mornings on the water, even when I could not row.'";
    expect(speakers(text)[1]).toEqual(["Early mornings on the water, even when I could not row", null]);
  });
  it("also where a name qualifies the interviewee's role in the headline", () => {
    const text = "'We can still go up': Calder Town manager Rhea Lund on the run-in\nCalder Town have won four in a row.\nCan you catch the leaders?\n'If we keep our best players fit, yes.'";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Rhea Lund", "Rhea Lund"]);
  });
  it("but not where no one is named before 'on'", () => {
    const text = "'We can still go up': Calder Town supporters on the run-in\nCalder Town have won four in a row.\nCan you catch the leaders?\n'If we keep our best players fit, yes.'";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([null, null]);
  });
  it("whoever the paragraph after the answer reports", () => {
    const text = "'The river taught me patience': rower Iona Pryce on her comeback\nIona Pryce missed two seasons with a back injury.\nWhat kept you going?\n'Early mornings on the water, even when I could not row.'\nHer coach, Tom Adair, said in May that she was 'ready to race'.";
    expect(speakers(text)[1]).toEqual(["Early mornings on the water, even when I could not row", "Iona Pryce"]);
  });
  it("nor after a question in a story that names no interviewee", () => {
    const text = "Rowing club loses its boathouse\nThe boathouse at Marlow Reach closed on Friday.\nWhere will the juniors train now?\n'Nobody has told us anything at all.'";
    expect(speakers(text)).toEqual([["Nobody has told us anything at all", null]]);
  });
});

describe("a person set off after a description tied to a place or body", () => {
  const pairs = (body: string): Array<[string | null, string | null]> => quotes(body).map((q) => [q.speaker, q.speakerMention]);
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    ["a description in a street, then the person", "One bystander in Harrow Lane, Priya Okoro, said the van was 'going far too fast'.", [["Priya Okoro", "Priya Okoro"]]],
    ["a role of a body after 'the', then the person", "The head of the Lanark Rowing Club, Tom Baird, said it was 'a sad day for the town'.", [["Tom Baird", "Tom Baird"]]],
    ["a description opening the sentence, the person set off, then a colon after another verb", "A listener in Port Ellen, Moira Grant, sent in this: 'The ferry has not come for a week.'", [["Moira Grant", "Moira Grant"]]],
    ["not a place set off after the place", "A shopkeeper in Leith, Edinburgh, said trade was 'dead'.", [[null, "A shopkeeper"]]],
    ["not a person set off after a clause", "Volunteers in Port Ellen met the harbour master, Moira Grant, and then sent in this: 'The ferry is late.'", [[null, null]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
  it("'according to' a description, then the person set off after it", () => {
    const body = "According to one ticket holder, Dev Mistry of Leicester, the show was 'worth every penny'. The delay was 'entirely avoidable', according to her agent, Milo Grant, who booked the venue.";
    expect(quotes(body, entitiesOf(TITLE + body)).map((q) => q.speaker)).toEqual(["Dev Mistry", "Milo Grant"]);
  });
  it("but not a person who is the subject of the clause after 'according to'", () => {
    const body = "According to the latest survey, Tom Reyes is 'well ahead' in the race.";
    expect(quotes(body, entitiesOf(TITLE + body)).map((q) => q.speaker)).toEqual([null]);
  });
  it("not a known place set off after a town, even where an entity reads it as a person", () => {
    const text = `${TITLE}Rosa Vance, a nurse from Macon, North Dakota, says the clinic is 'always full'.`;
    const at = text.indexOf("North Dakota");
    const entity: Entity = { name: "North Dakota", type: "person", aliases: [], role: null, mentions: [{ text: "North Dakota", span: { start: at, end: at + 12 } }] };
    expect(quotesOf(text, [entity]).map((q) => q.speaker)).toEqual(["Rosa Vance"]);
  });
});

describe("captions", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["a caption's words are the poster's, the subject of the clause", "Ana Costa shared a clip from the summit captioned 'Back on the bike'.", [["Back on the bike", "Ana Costa"]]],
    ["also after 'with the caption', a subject giving an age", "Tom Reyes scored twice. The 19-year-old shared a picture from the dressing room with the caption 'What a night'.", [["What a night", "Tom Reyes"]]],
    ["a subject named after a description and a past form before a name", "A driver named Tom Reyes shared a clip captioned 'Stuck again'.", [["Stuck again", "Tom Reyes"]]],
    ["no caption without its words right after it", "Ana Costa shared a clip with a caption about her 'comeback'.", []],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a relative clause set off by dashes after a titled name", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["who after a dash has the titled name before it", "Harbour party leader Mara Quist - who last spring promised to 'halve every fare' - opened the depot on Friday.", [["halve every fare", "Mara Quist"]]],
    ["also after an em dash", "Transport secretary Ivo Renn \u2014 who once said the line would 'pay for itself' \u2014 stayed away.", [["pay for itself", "Ivo Renn"]]],
    ["which after a dash is a thing, and the participle after it keeps the clause's subject", "Vera Lind held up the banner \u2014 which read 'Lind for mayor' \u2014 and waved it, mouthing 'thank you' to the crowd.", [["Lind for mayor", "Vera Lind"], ["thank you", "Vera Lind"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("roles a campaign or the money pages give a person", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["the nominee is the person named before", "Mara Quist won her party's nomination on Tuesday. 'We will carry every county,' the nominee told supporters.", [["We will carry every county", "Mara Quist"]]],
    ["so are the front-runner and the billionaire businessman", "Oren Malick took questions for an hour. The front-runner said rivals were 'out of ideas'. 'I build things,' the billionaire businessman added.", [["out of ideas", "Oren Malick"], ["I build things", "Oren Malick"]]],
    ["one businessman is no one named", "Oren Malick opened the store. 'Prices are too high,' one businessman said.", [["Prices are too high", null]]],
    ["the nominee opening its sentence is not a person the text gave another title", "Inspector Carys Bellamy closed the road. The nominee told the crowd: 'Nothing will stop us.'", [["Nothing will stop us", null]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a name ending in a plural common noun", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is a body even where a given name stands inside it", "The operator, Tamar Link Buses, said it would study the ruling. \"We will look at every route,\" a spokesperson for the company said.", [["We will look at every route", "Tamar Link Buses"]]],
    ["but a surname that is also a plural noun keeps its person", "Harbour chief Ana Banks said the port was \"ready for the season\".", [["ready for the season", "Ana Banks"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("an outlet credited in brackets closing a paragraph", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is the item's source, not the company that speaks after it", "A toy maker is recalling 15,000 wooden play sets after small parts came loose. (The Denver Post)\n\"Check your sets tonight,\" the company said in a statement.", [["Check your sets tonight", null]]],
    ["but an outlet named as a party in running text still speaks", "A judge ordered the council to release the emails. The Denver Post had sued for them in March. \"We are pleased,\" the company said in a statement.", [["We are pleased", "Denver Post"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("the company in a briefing's block", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is the business the block opens with as subject, not the administration that spoke", "Bellwether Dairy is recalling 8,000 wheels of soft cheese after a test found listeria, the Food and Drug Administration said Wednesday. \"Throw them away,\" the company said in a statement.", [["Throw them away", "Bellwether Dairy"]]],
    ["but an agency noun still goes to the administration", "Bellwether Dairy is recalling 8,000 wheels of soft cheese, the Food and Drug Administration said Wednesday. \"Throw them away,\" the agency said.", [["Throw them away", "Food and Drug Administration"]]],
    ["and a subject of the paragraph before is no one the company is", "Bellwether Hollow won a prize last spring.\nA cheese maker is recalling 8,000 wheels after a test found listeria. \"Throw them away,\" the company said.", [["Throw them away", null]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a speaker set off from the verb by an aside", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["a question's speaker after an appositive holding prepositions", "\"Who will pay for the roof?\" Ostrander, a retired glazier from a village near the coast, asked on Thursday.", [["Who will pay for the roof?", "Ostrander"]]],
    ["also after an age and a relative clause", "\"Is anyone listening?\" Ostrander, 71, who has lived on the quay since 1980, said.", [["Is anyone listening?", "Ostrander"]]],
    ["but not where the verb goes on to a clause of its own", "\"Who will pay for the roof?\" Ostrander, a retired glazier from the coast, asked whether the council had a plan.", [["Who will pay for the roof?", null]]],
    ["a spokesman for a body in apposition keeps the name before", "\"The plan is dead,\" Corrigan, a spokesman for the firm, said.", [["The plan is dead", "Corrigan"]]],
    ["an adverb set off before a relative clause is no one", "Ilse Voss opened the hearing. Tomas Lund, meanwhile, who chairs the finance committee, said the budget was \"a fantasy.\"", [["a fantasy", "Tomas Lund"]]],
    ["a name set off after a role before a relative clause still speaks", "Ilse Voss opened the hearing. Her deputy, Tomas Lund, who chairs the finance committee, said the budget was \"a fantasy.\"", [["a fantasy", "Tomas Lund"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a name ending in what a business trades in", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is the business, not a person after the given name inside it", "Sunny Grace Creamery said its yoghurt was \"safe to eat.\"", [["safe to eat", "Sunny Grace Creamery"]]],
    ["also after the quotation", "The recall covers 9,000 pots. \"We moved fast,\" Sunny Grace Creamery said in a statement.", [["We moved fast", "Sunny Grace Creamery"]]],
    ["but a person's surname that is no such word keeps the person", "Grace Mills said the pots were \"safe to eat.\"", [["safe to eat", "Grace Mills"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a state's abbreviation set off after a town", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is no speaker: the person before the town is", "Nils Carver, 41, of Flint, Mich., said the queue was \"a disgrace.\"", [["a disgrace", "Nils Carver"]]],
    ["also before a relative clause", "\"We waited four hours,\" Nils Carver, 41, of Pueblo, Colo., who brought his two sons, said on Tuesday.", [["We waited four hours", "Nils Carver"]]],
    ["an abbreviation closing a person's name before an appositive keeps the person", "\"We will rebuild,\" Tomas Hale Jr., the head of the agency, said on Tuesday.", [["We will rebuild", "Tomas Hale Jr"]]],
    ["a person set off after a role of a body still speaks", "The head of the co-op, Ana Ruiz, said the queue was \"a disgrace.\"", [["a disgrace", "Ana Ruiz"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a surname after two particles", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["stays in a titled name after an inverted cue", "\"The alarm was cut first,\" said Inspector Lotte van der Berg, a police spokeswoman.", [["The alarm was cut first", "Lotte van der Berg"]]],
    ["and one particle still does", "\"The alarm was cut first,\" said Sergeant Jan de Vries, a police spokesman.", [["The alarm was cut first", "Jan de Vries"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a quotation standing alone as its paragraph, its speaker named in the next", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const words = "The bridge has been shut since March.\n\"Every lane will reopen by June. You have my word.\"\n";
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is the words of whom the next paragraph opens by reporting", `${words}The county engineer, Mara Quist, told residents on Tuesday that the repairs were on schedule.`, [["Every lane will reopen by June. You have my word", "Mara Quist"]]],
    ["not where the next paragraph opens with a subordinate clause", `${words}As Mara Quist told residents on Tuesday, the repairs were on schedule.`, [["Every lane will reopen by June. You have my word", null]]],
    ["nor where the paragraph before ends in a quotation", `The bridge has been shut since March. Drivers were told to \"find another way.\"\n\"Every lane will reopen by June. You have my word.\"\nMara Quist told residents on Tuesday that the repairs were on schedule.`, [["find another way", null], ["Every lane will reopen by June. You have my word", null]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("an acronym the text spells out", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is the name it spells, past a nationality opening it", "The Welsh Chambers of Trade (WCT) warned of closures on Friday. \"Shops cannot take another rise,\" a spokesman for the WCT said.", [["Shops cannot take another rise", "Welsh Chambers of Trade"]]],
    ["but brackets whose letters spell nothing before them keep the name run", "Harbour Freight Lines (HXQ) cut its routes. \"We had no choice,\" the HXQ said.", [["We had no choice", "Harbour Freight Lines"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a part of the day names no one", () => {
  it("a headline's opening part of the day is no speaker for an unnamed role", () => {
    const got = quotesOf("Evening briefing: rates, rail and rain\nThe bank held its rate, and the governor said the path was 'gently lower'.\n", []);
    expect(got.map((q) => [q.text, q.speaker])).toEqual([["gently lower", null]]);
  });
  it("a paper whose name a part of the day opens still speaks", () => {
    const got = quotesOf("A headline\n'Fares are far too high,' the Evening Chronicle said in an editorial.\n", []);
    expect(got.map((q) => [q.text, q.speaker])).toEqual([["Fares are far too high", "Evening Chronicle"]]);
  });
});

describe("a plural noun inside a body's name before the speech verb", () => {
  it("stays in the speaker's name", () => expect(said("Supporters' group Tarnley Fans United said the owners had 'finally paid up'.")).toEqual([["finally paid up", "Tarnley Fans United"]]));
  it("but a title-case headline's verb still ends the name", () => expect(said("Mayor Addresses Harbour Crowd\n'We will rebuild,' the mayor said.").map(([, s]) => s)).not.toContain("Mayor Addresses Harbour Crowd"));
});

describe("a quotation whose sentence after it points back at its speaker", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  const before = "\"Ferries are late every week,\" said Tomas Lind, a harbour pilot.\n";
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is the words of whom \"That was ... from\" names", `${before}"Nobody in town trusts the timetable any more." That was the verdict of Ingrid Sahl, who runs the quay cafe.`, [["Ferries are late every week", "Tomas Lind"], ["Nobody in town trusts the timetable any more", "Ingrid Sahl"]]],
    ["and of whom \"Those were the words ... used\" names by surname", `Ingrid Sahl runs the quay cafe.\n${before}"Nobody in town trusts the timetable any more." Those were the words Ms Sahl used at the meeting.`, [["Ferries are late every week", "Tomas Lind"], ["Nobody in town trusts the timetable any more", "Ingrid Sahl"]]],
    ["not where the sentence after opens otherwise", `${before}"Nobody in town trusts the timetable any more." Ingrid Sahl runs the quay cafe.`, [["Ferries are late every week", "Tomas Lind"], ["Nobody in town trusts the timetable any more", "Tomas Lind"]]],
    ["nor where the quotation shares its sentence", `${before}"Nobody trusts the timetable," he added. That was the view of Ingrid Sahl too.`, [["Ferries are late every week", "Tomas Lind"], ["Nobody trusts the timetable", "Tomas Lind"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("post-nominal letters after a name", () => {
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["are no surname: a later \"Ms\" and surname is the full name", "Defence barrister Helen Marsh KC opened the appeal on Monday. \"The evidence was never tested,\" said Ms Marsh.", [["The evidence was never tested", "Helen Marsh"]]],
    ["while a surname before a generation's mark still resolves to the whole name", "Defence barrister Paul Marsh Jr opened the appeal on Monday. \"The evidence was never tested,\" said Mr Marsh.", [["The evidence was never tested", "Paul Marsh Jr"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(said(body)).toEqual(expected));
});

describe("a closed-class word opening a sentence", () => {
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is no speaker's name, and the counted group it opens is an unnamed source", "Around 300 nurses marched to the town hall, chanting \"safe staffing now\".", [["safe staffing now", null]]],
    ["while a given name opening a sentence still speaks", "Will spoke to the crowd first. \"We are not going home,\" Will said.", [["We are not going home", "Will"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(said(body)).toEqual(expected));
});

describe("a body named by its team's noun after a preposition", () => {
  const pairs = (body: string): Array<[string, string | null]> => quotes(body, entitiesOf(TITLE + body)).map((q) => [q.text, q.speaker]);
  it("is still the club named before", () => expect(pairs("Rovers Athletic fans gathered at the ground on Saturday to protest against club chairman Piet Horn. The club said the sale was 'the best deal on offer'.")).toEqual([["the best deal on offer", "Rovers Athletic"]]));
  it("while a body described without a name is nobody named", () => expect(pairs("Rovers Athletic lost on Saturday. The town's supporters club met on Monday. The club said the sale was 'the best deal on offer'.")).toEqual([["the best deal on offer", null]]));
});

describe("a body's name before a person's role, right after an inverted cue", () => {
  const pairs = (text: string): Array<[string, string | null]> => quotesOf(text, entitiesOf(text)).map((q) => [q.text, q.speaker]);
  const story = "Veltrix Mining chief executive Joan Pask spoke to shareholders on Monday. \"We will keep every mine open this year,\" Pask said.";
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is the role's holder, whom the body's echo of the headline gives", `'We will keep every mine open,' says Veltrix Mining boss\n${story}`, [["We will keep every mine open", "Joan Pask"], ["We will keep every mine open this year", "Joan Pask"]]],
    ["not the body where a spokesperson's noun follows", `'Every mine stays open,' says Veltrix Mining spokesman\n${story}`, [["Every mine stays open", "Veltrix Mining"], ["We will keep every mine open this year", "Joan Pask"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a delegate as the subject of a reported clause", () => {
  it("speaks for no one named, not for whoever reports it", () => expect(said("Lena Ostrova said one delegate had told her, \"You will see the money next year.\"")).toEqual([["You will see the money next year", null]]));
  it("while a named one still speaks", () => expect(said("Lena Ostrova said Piet Horn had told her, \"You will see the money next year.\"")).toEqual([["You will see the money next year", "Piet Horn"]]));
});

describe("a name set off after an owner's role of several qualifiers, after an inverted cue", () => {
  const pairs = (text: string): Array<[string, string | null]> => quotesOf(text, entitiesOf(text)).map((q) => [q.text, q.speaker]);
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ["is the person after a place's role of three words", "\"The river is still rising,\" said Manitoba's flood forecast officer, Leo Brandt.", [["The river is still rising", "Leo Brandt"]]],
    ["is the person after a firm's role led by a region's adjective", "\"We will reopen the depot next week,\" said Northwind's European director, Ana Ruiz.", [["We will reopen the depot next week", "Ana Ruiz"]]],
    ["is the person after a role of two qualifiers", "\"We will reopen the depot next week,\" said Northwind's regional sales director, Ana Ruiz.", [["We will reopen the depot next week", "Ana Ruiz"]]],
    ["but the owner where no name is set off", "\"The river is still rising,\" said Manitoba's flood forecast officer.", [["The river is still rising", "Manitoba"]]],
    ["nor where the comma opens another clause", "\"Prices will rise,\" said Northwind's chief, and the shares fell.", [["Prices will rise", "Northwind"]]],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(pairs(body)).toEqual(expected));
});

describe("a body's short form, its name without the word for its kind", () => {
  const pairs = (text: string): Array<[string, string | null]> => quotesOf(text, entitiesOf(text)).map((q) => [q.text, q.speaker]);
  it("is the body named in full", () => expect(pairs("Brenmoor & Platt Foods cut 300 jobs on Monday. Brenmoor & Platt said the cuts were \"painful but needed\".")).toEqual([["painful but needed", "Brenmoor & Platt Foods"]]));
  it("and the full name stays itself", () => expect(pairs("Brenmoor & Platt Foods cut 300 jobs on Monday. Brenmoor & Platt Foods said the cuts were \"painful but needed\".")).toEqual([["painful but needed", "Brenmoor & Platt Foods"]]));
  it("but not where the last word says no kind of body", () => expect(pairs("Brenmoor & Platt Riverside opened on Monday. Brenmoor & Platt said the site was \"ready at last\".")).toEqual([["ready at last", "Brenmoor & Platt"]]));
});
