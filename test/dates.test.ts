// The date extractor: every form of time expression with its TIMEX3 value, and text that must
// yield no date. The reference is a Saturday, 2025-06-21 12:00 UTC, unless a case says otherwise.
import { describe, expect, it } from "vitest";
import { extractDates, extractItemDates } from "../src/extract/dates/index.js";
import { addDays, seasonOf, utcDay } from "../src/timex.js";

const REF = new Date("2025-06-21T12:00:00Z");

type Case = [sentence: string, text: string, value: string | null, ref?: string];

const CASES: Case[] = [
  // weekdays: past tense looks back, future tense ahead, the same day included both ways
  ["Renault said in a statement on Sunday that it was contacted.", "Sunday", "2025-06-15"],
  ["Lecornu first revealed the plan on Friday, describing it as new.", "Friday", "2025-06-20"],
  ["The minister spoke on Saturday.", "Saturday", "2025-06-21"],
  ["The ballot would open on Monday and close on March 28.", "Monday", "2025-06-23"],
  ["The meeting will be held on Tuesday.", "Tuesday", "2025-06-24"],
  ["The minister lands in Nairobi later on Saturday.", "Saturday", "2025-06-21"],
  ["The envoy will announce the plan on Saturday, before the talks.", "Saturday", "2025-06-21"],
  ["Agents expected 20 to 30 vessels to divert to Antwerp by Monday.", "Monday", "2025-06-23"],
  ["The alert was extended until Sunday.", "Sunday", "2025-06-22"],
  ["The Met Office said Saturday was likely to be the hottest day.", "Saturday", "2025-06-21", "2025-06-20T07:00:00Z"],
  // a clock on a line of its own is a post's time stamp, on the reference day; one in a sentence is on the day told last
  ["Live coverage\n09:15 GMT\nLeaders met on Thursday.\n08:30 GMT\nMinisters arrived.", "08:30 GMT", "2025-06-21T08:30"],
  ["The march began on Tuesday.\nAt 3pm police moved in.", "3pm", "2025-06-17T15:00"],
  // a clock in a future sentence is on no day behind: the latest day told ahead, else today
  ["The gala is next Saturday, organisers said on Monday. It starts at 7 p.m. in the hall.", "7 p.m.", "2025-06-28T19:00"],
  ["Crowds marched on Monday. Another march will start at 3 p.m.", "3 p.m.", "2025-06-21T15:00"],
  ["Crowds marched on Monday. They dispersed at 3 p.m.", "3 p.m.", "2025-06-16T15:00"],
  // a warning's or closure's stretch in the present lies ahead; a past verb nearer the day decides
  ["A yellow warning covers the coast between 6pm on Sunday and noon on Monday.", "6pm on Sunday", "2025-06-22T18:00"],
  ["The road closure runs from Wednesday.", "Wednesday", "2025-06-25"],
  ["She runs the shop, which she reopened on Wednesday.", "Wednesday", "2025-06-18"],
  // a start or end of what a past verb offered, or of a warning it posted, lies ahead; of what was paid or ran, behind
  ["The council offered bus drivers a 3% pay rise from October, the union said.", "October", "2025-10"],
  ["Forecasters issued flood alerts for the valley through Tuesday.", "Tuesday", "2025-06-24"],
  ["The 3% rise was paid from October.", "October", "2024-10"],
  ["The flood alert ran through Tuesday.", "Tuesday", "2025-06-17"],
  ["The firm posted a loss from September to November.", "September", "2024-09"],
  // a forecast in the passive looks ahead, whatever the reporting verb; one in the active is told of the past
  ["More snow is forecast for Wednesday, the agency said.", "Wednesday", "2025-06-25"],
  ["Forecasters forecast heavy snow on Wednesday.", "Wednesday", "2025-06-18"],
  // a forecast's "possible" after a present copula or in a "with" clause looks ahead; after a past verb or a pronoun it does not
  ["Crews are on standby, with heavy rain possible by Tuesday.", "Tuesday", "2025-06-24"],
  ["Sleet is possible on Monday.", "Monday", "2025-06-23"],
  ["It became possible on Monday to vote online.", "Monday", "2025-06-16"],
  ["They did everything possible on Monday to save it.", "Monday", "2025-06-16"],
  // a plural verb's form after an article and a singular word is a noun ("a record close")
  ["Shares rose to a record close on Thursday, lifted by miners.", "Thursday", "2025-06-19"],
  ["Shares fell, but the markets open on Monday.", "Monday", "2025-06-23"],
  // a fixture away in the plural present lies ahead; its infinitive takes the tense before it, and the noun none
  ["Rovers travel to Leeds on Sunday.", "Sunday", "2025-06-22"],
  ["Fans who had to travel to Leeds on Sunday were delayed.", "Sunday", "2025-06-15"],
  ["Rail staff warned of weekend travel chaos on Sunday.", "Sunday", "2025-06-15"],
  // a participle clause after a comma tells of another event: its "will" does not put the day ahead; a "will" in the main clause does
  ["Banks cut rates on Tuesday, wagering that the regulator will ease again soon.", "Tuesday", "2025-06-17"],
  ["The vote on Tuesday, according to aides, will settle the matter.", "Tuesday", "2025-06-24"],
  ["Dockers walk out on Tuesday, and the port will close.", "Tuesday", "2025-06-24"],
  // a past form after "as soon as" and a main clause looking ahead is a future in the past; after a past main clause it is past
  ["Dealers said funds were likely to sell the shares as soon as trading resumed on Monday.", "Monday", "2025-06-23"],
  ["Funds sold the shares as soon as trading resumed on Monday.", "Monday", "2025-06-16"],
  // what was called off "for" a day was planned for it, ahead; called off "on" a day, it was done then
  ["Organisers cancelled the gala's programme for Sunday after a storm warning.", "Sunday", "2025-06-22", "2025-06-20T12:00:00Z"],
  ["Organisers cancelled the gala's programme on Sunday after a storm warning.", "Sunday", "2025-06-15", "2025-06-20T12:00:00Z"],
  // the level a change starts from was reached before it; a month without one is the nearest
  ["The typical account yields 3.1%, down from 3.4% in October.", "October", "2025-10", "2026-04-15T12:00:00Z"],
  ["The typical account yields 3.1% in October.", "October", "2026-10", "2026-04-15T12:00:00Z"],
  // reopenings and home fixtures in the present lie ahead; the noun does not
  ["The library reopens on Monday after repairs, and Rovers play Town on Wednesday.", "Monday", "2025-06-23"],
  ["The library reopens on Monday after repairs, and Rovers play Town on Wednesday.", "Wednesday", "2025-06-25"],
  ["Critics praised the play on Wednesday.", "Wednesday", "2025-06-18"],
  ["The ball was still in play on Wednesday.", "Wednesday", "2025-06-18"],
  // "close to" is nearness ("came close to", "flown close to"), not a closing ahead; the verb still is
  ["Crews had flown close to their monthly limits in April.", "April", "2025-04"],
  ["The two depots close on Monday for repairs.", "Monday", "2025-06-23"],
  // a stretch's first month comes before its last, whatever the tense placed it at
  ["Visits rose between January and October.", "January", "2025-01", "2025-12-04T12:00:00Z"],
  ["Visits will rise between October and January.", "January", "2026-01", "2025-12-04T12:00:00Z"],
  // a stretch's first weekday comes before its last: the week before in the past, the last the week after ahead
  ["Crowds packed the fair between Friday and Sunday.", "Friday", "2025-06-13", "2025-06-20T09:00:00Z"],
  ["The fair will run from Friday to Monday.", "Monday", "2025-06-30"],
  ["Crowds packed the fair between Tuesday and Thursday.", "Tuesday", "2025-06-17"],
  // the same month a year back is one expression, the month told last a year before; alone, that month
  ["Exports in April were 6% above the same month last year.", "the same month last year", "2024-04"],
  ["Exports peaked in April and slid in the same month, last year's low.", "the same month", "2025-04"],
  // the same week or month "of" a year is one expression, the week or month told last in that year; a year apart is not
  ["Footfall in the week to Sunday beat the same week of 2023.", "the same week of 2023", "2023-W24"],
  ["Car sales in March topped the same month in 2019.", "the same month in 2019", "2019-03"],
  ["Footfall in the week to Sunday fell; in the same week, 2023 shops shut.", "the same week", "2025-W24"],
  // a holiday's weekend is the weekend nearest the holiday; a weekend of no holiday stays the tense's
  ["Ferries were full over the Easter weekend.", "Easter weekend", "2025-W16-WE"],
  ["Traffic will peak on Labor Day weekend.", "Labor Day weekend", "2025-W35-WE"],
  ["Ferries were full over the bank holiday weekend.", "weekend", "2025-W25-WE"],
  // a fiscal year by its label is the calendar year it names
  ["Margins widened in FY2024 and should hold in FY25.", "FY2024", "2024"],
  ["Margins widened in FY2024 and should hold in FY25.", "FY25", "2025"],
  // a recent year before a plural noun qualifies it
  ["The firm expects 2026 sales to top five million units.", "2026", "2026"],
  // the weekend of a day named is that week's weekend, one expression; a weekend apart from a day stays two
  ["Residents will march on the weekend of July 12-13.", "the weekend of July 12-13", "2025-W28-WE"],
  ["The weekend was quiet, and the fair of July 12 drew crowds.", "July 12", "2025-07-12"],
  // a bare season after a time preposition, ending its phrase, is a season
  ["Sales were strong in summer, the firm said.", "summer", "2025-SU"],
  ["Ferries will run more often in winter.", "winter", "2025-WI"],
  // "for" places a season too, bare or with "the"
  ["The resort will hire 40 guides for the summer.", "the summer", "2025-SU"],
  ["The mountain pass closes for winter, the agency said.", "winter", "2025-WI"],
  // "overnight on" a weekday is that weekday's night; "overnight" apart from it the night before the reference
  ["Snow fell overnight on Tuesday.", "overnight on Tuesday", "2025-06-17TNI"],
  ["Snow fell overnight, and on Tuesday roads shut.", "overnight", "2025-06-20TNI"],
  // a month and "last year" across a sentence's end are two dates
  ["Prices have risen since August. Last year, they fell.", "Last year", "2024"],
  ["Prices rose in Aug. last year.", "Aug. last year", "2024-08"],
  // a quotation's own words give its tense, not the reporting verb outside it
  ["'We race again on Thursday and need points,' the driver said.", "Thursday", "2025-06-26"],
  ["“I'm back in Rome on Monday,” she told reporters.", "Monday", "2025-06-23"],
  ["'That was dreadful. They travel to Leeds on Tuesday,' he said.", "Tuesday", "2025-06-24"],
  ["'We lost badly on Thursday,' the driver said.", "Thursday", "2025-06-19"],
  // a day naming a thing's day is that day, after "a" too
  ["He spoke at a Sunday rally in Ohio.", "Sunday", "2025-06-15"],
  ["'I have nothing to add. Call me on Tuesday,' the minister said.", "Tuesday", "2025-06-24"],
  ["'Election results came on Tuesday,' the minister said.", "Tuesday", "2025-06-17"],
  ["'It is a tough place to visit,' he said of Thursday's trip.", "Thursday", "2025-06-19"],
  ["Giving evidence on Monday, the officer said he had reported it.", "Monday", "2025-06-16"],
  ["It has been closed since Monday.", "Monday", "2025-06-16"],
  ["They met last Friday.", "last Friday", "2025-06-20"],
  // "next Saturday" is the coming one, as "last Friday" is the latest one before; on its own weekday, a week on
  ["The fair opens next Saturday.", "next Saturday", "2025-06-21", "2025-06-18T12:00:00Z"],
  ["The fair opens next Saturday.", "next Saturday", "2025-06-28"],
  ["The team plays next Monday.", "next Monday", "2025-06-23"],
  ["The fund had raised £85,000 by Thursday.", "Thursday", "2025-06-19"],
  ["Liverpool, who host Brighton on Sunday, have won 24 games.", "Sunday", "2025-06-22"],
  ["The committee meets on Tuesday to decide.", "Tuesday", "2025-06-24"],
  // the verb right after a weekday governs it; possessives tell of reported events
  ["A federal court Thursday refused to hear the case, which will go on.", "Thursday", "2025-06-19"],
  ["Shares rose after Tuesday's ruling, which the firm will appeal.", "Tuesday", "2025-06-17"],
  ["Fans gathered ahead of Sunday's final.", "Sunday", "2025-06-22"],
  ["It was not until Tuesday that the plan emerged.", "Tuesday", "2025-06-17"],
  ["Until Thursday, police had not named a suspect.", "Thursday", "2025-06-19"],
  ["The group could leave as soon as Monday.", "Monday", "2025-06-23"],
  ["Protesters planned a march on Sunday.", "Sunday", "2025-06-22"],
  // a noun of a settled intent before "to" puts its act ahead, unless a nearer verb tells of the past
  ["The bank announced an agreement to buy the lender in January.", "January", "2026-01"],
  ["An agreement to buy the lender was signed in January.", "January", "2025-01"],
  // "the previous Friday", "the following Tuesday": the weekday before or after the day told last; with none told, the tense places it
  ["Stocks closed lower on Friday, 3% below the previous Friday.", "the previous Friday", "2025-06-13"],
  ["The trial opened on Wednesday, June 4, and the jury returned the following Tuesday.", "the following Tuesday", "2025-06-10"],
  ["They met the previous Friday to settle the terms.", "the previous Friday", "2025-06-20"],
  // a plural verb's form right after a past tense is its complement ("flung open"), not a scheduled event
  ["The mayor flung open the town hall for a Memorial Day picnic, a custom of the town.", "Memorial Day", "2025-05-26"],
  ["The gardens flung open last year open on Wednesday.", "Wednesday", "2025-06-25"],
  // "recently", "previously" place the event before the time of writing; a nearer future verb still decides
  ["She has said so often, most recently in a Tuesday interview, that she wants to run.", "Tuesday", "2025-06-17"],
  ["The firm, which recently hired him, will open a plant on Tuesday.", "Tuesday", "2025-06-24"],
  // "until" opening a sentence leaves the tense to its main clause
  ["Until that week in March, the pilot had never flown a jet.", "March", "2025-03"],
  ["The bridge stays shut until March, officials said.", "March", "2026-03"],
  // chrono's weekday reading of "weekend" would push out the weekend
  ["On this weekend's programme, broadcast on Sunday, the minister spoke.", "this weekend", "2025-W25-WE"],
  ["The party was routed in the north this past weekend, officials said on Friday.", "past weekend", "2025-W24-WE"],
  // an attempt in the past was made then; one in the present looks ahead
  ["She was trying to ask the minister a question after a March 8 rally.", "March 8", "2025-03-08", "2025-04-14T12:00:00Z"],
  ["He tried to reach the envoy on Monday.", "Monday", "2025-06-16"],
  ["She is trying to close the deal on Friday.", "Friday", "2025-06-27"],
  // a scheduled event's verb after a determiner is a noun
  ["He spoke during a visit to the port on Monday.", "Monday", "2025-06-16"],
  ["The envoy visits the port on Monday.", "Monday", "2025-06-23"],
  // a headline's infinitive is read only in a sentence read whole: a long one's verb may lie out of reach
  ["The senator called for an inquiry, in a long speech that touched on the family charity, the foreign ministry and the years of her tenure as foreign minister under two prime ministers, into the cost to rebuild the old port, at a rally in the capital on Monday night.", "Monday night", "2025-06-16TNI"],
  ["Carmaker to unveil new model on Monday", "Monday", "2025-06-23"],
  // an "until" opening the sentence awaits nothing; one inside it awaits the event
  ["Until Monday's merger news, both firms' shares were sliding.", "Monday", "2025-06-16"],
  ["Shares will drift until Monday's merger news.", "Monday", "2025-06-23"],
  // "if" after a past verb asks a question; a future word there still looks ahead
  ["During a radio interview in August, the singer was asked if she had faced bias.", "August", "2024-08", "2024-12-20T12:00:00Z"],
  ["In August, the minister was likely to resign.", "August", "2025-08", "2024-12-20T12:00:00Z"],
  // a clock range after a day told ends on that day, or the next when it runs past midnight
  ["The vigil began on Tuesday.\nIt ran from 6 a.m. to 9 a.m. in the square.", "6 a.m. to 9 a.m.", "2025-06-17T06:00/2025-06-17T09:00"],
  ["The vigil began on Tuesday.\nIt ran from 10 p.m. to 2 a.m. in the square.", "10 p.m. to 2 a.m.", "2025-06-17T22:00/2025-06-18T02:00"],
  ["Police said they did not plan to move the camp on Monday.", "Monday", "2025-06-23"],
  // a scheduled event in the plural present or a forecast looks ahead; after "did" or "to" the verb is no cue
  ["The talks resume on Monday.", "Monday", "2025-06-23"],
  ["The summit ends on Tuesday.", "Tuesday", "2025-06-24"],
  ["The storm is forecast to make landfall on Tuesday.", "Tuesday", "2025-06-24"],
  ["The leaders did not meet on Monday.", "Monday", "2025-06-16"],
  ["The shop failed to open on Monday.", "Monday", "2025-06-16"],
  ["Shares were tendered by the close of business on Monday.", "Monday", "2025-06-16"],
  // a headline's "to" before a verb, with no other verb, looks ahead; a place after "to" does not
  ["Apple to unveil new phone on Tuesday", "Tuesday", "2025-06-24"],
  ["Flights to Paris on Tuesday", "Tuesday", "2025-06-17"],
  // the central bank "Fed" is no past tense
  ["Fed to hold rates in September", "September", "2025-09", "2025-06-18T12:00:00Z"],
  // a participle right before "in" or "on" tells when its thing was done, whatever the main verb; a passive's does not
  ["A bridge opened in March will close for repairs in the autumn.", "March", "2025-03"],
  ["The rover launched on Monday will reach orbit next week.", "Monday", "2025-06-16"],
  ["The final will be played in March.", "March", "2026-03"],
  ["Results expected in March will show the trend.", "March", "2026-03"],
  // a present copula right before the date names something ahead
  ["The vote is on Thursday.", "Thursday", "2025-06-26"],
  ["The deadline is in March.", "March", "2026-03"],
  ["He is accused of killing a man on Thursday.", "Thursday", "2025-06-19"],
  // the verb after a comma is not the weekday's own
  ["The strike, which began on Monday, is set to end on Friday.", "Monday", "2025-06-16"],
  // a plan in the past perfect was overtaken: its day has passed; in the simple past it may still come
  ["The offer had been due to expire on Thursday.", "Thursday", "2025-06-19"],
  ["The vote had been scheduled for Tuesday evening.", "Tuesday evening", "2025-06-17TEV"],
  ["The talks were due to end on Tuesday.", "Tuesday", "2025-06-24"],
  // an irregular past form after an article is a noun: the verb that governs lies further left
  ["The envoy is set to spend an hour on the ground in Rome, her first stop Monday.", "Monday", "2025-06-23"],
  ["Troops held the ground on Monday.", "Monday", "2025-06-16"],
  ["Her vacation plans changed on Friday.", "Friday", "2025-06-20"],
  // a weekday right after its subject, which may be a name
  ["The Senate Committee Tuesday approved the budget.", "Tuesday", "2025-06-17"],
  ["Protesters marched in Lisbon Thursday, chanting slogans.", "Thursday", "2025-06-19"],
  // months and days without a year
  ["Kiev ramped up drone strikes in May.", "May", "2025-05"],
  ["Gas prices rose to their highest level since March.", "March", "2025-03"],
  ["The defences were last inspected in December.", "December", "2024-12"],
  ["Bills will rise again in January.", "January", "2026-01"],
  ["The inquiry is expected to publish its findings in October.", "October", "2025-10"],
  ["The deal threatened to leave ministers without an agreed plan by April.", "April", "2025-04", "2025-03-14T16:00:00Z"],
  ["The inquiry opened on June 7.", "June 7", "2025-06-07"],
  ["shipments resumed on may 19 after a pause", "may 19", "2025-05-19"],
  ["The ballot will close on March 28.", "March 28", "2026-03-28"],
  // a month is compared with the reference's month, not its day: a report of the 30th on the 21st
  ["The offer was extended to June 30.", "June 30", "2025-06-30"],
  ["The board declared a dividend payable Aug. 1 to holders of record July 10.", "July 10", "2025-07-10"],
  ["The car was found at the N.J. airport in December.", "December", "2024-12", "2025-04-10T12:00:00Z"],
  ["The bomb went off next to the U.S. embassy on Friday.", "Friday", "2025-06-20"],
  ["The split would be paid on a still unspecified date in January.", "January", "2026-01", "2025-10-26T12:00:00Z"],
  ["The chairman retired, effective Feb. 1.", "Feb. 1", "2026-02-01", "2025-10-26T12:00:00Z"],
  ["The offer was extended to Jan. 16.", "Jan. 16", "2026-01-16", "2025-12-10T12:00:00Z"],
  ["Leaders met to prepare a summit set for April.", "April", "2026-04", "2025-12-10T12:00:00Z"],
  ["Rules laid down in the March accord were broken.", "March", "2025-03"],
  // with no tense, the month nearest the reference
  ["Its properties, worth $130 million in October, are worth half that now.", "October", "2025-10", "2026-01-08T12:00:00Z"],
  // an absolute clause after a comma has no verb of its own: the forecast before it is not its tense
  ["Grocers expected a slow winter, with sales in October flat on a year earlier.", "October", "2025-10", "2025-11-20T12:00:00Z"],
  ["The deal to acquire the bank in January is pending.", "January", "2026-01", "2025-11-02T12:00:00Z"],
  // the month after the reference's is the coming one, whatever the tense; "since" still looks back
  ["The agency told buyers of a cut in supplies in July.", "July", "2025-07"],
  ["The regulator said the bonds are redeemed on July 9.", "July 9", "2025-07-09"],
  ["The firm announced a deal to buy the bank in January.", "January", "2026-01", "2025-12-10T12:00:00Z"],
  ["Prices have doubled since July.", "July", "2024-07"],
  // bookings or a forecast "for" a month take the nearest one, whatever the reporting verb's tense; other nouns keep it
  ["The hotel said reservations for September were well up on last year.", "September", "2025-09", "2025-04-10T12:00:00Z"],
  ["The ferry line said bookings for August and September were slow.", "September", "2025-09", "2025-04-10T12:00:00Z"],
  ["The ferry line said bookings for February were slow.", "February", "2025-02", "2025-04-10T12:00:00Z"],
  ["The ferry line said sales for September were slow.", "September", "2024-09", "2025-04-10T12:00:00Z"],
  ["Bookings for February will open next week.", "February", "2026-02", "2025-04-10T12:00:00Z"],
  // a verb of expecting puts its object's infinitive ahead; another verb's infinitive keeps the past
  ["Traders expected the copper stockpiled last year to sell in September.", "September", "2025-09", "2025-04-10T12:00:00Z"],
  ["The miners said they predicted output at the pit to recover in the fourth quarter.", "the fourth quarter", "2025-Q4", "2025-04-10T12:00:00Z"],
  ["Traders forced the price of copper to fall in September.", "September", "2024-09", "2025-04-10T12:00:00Z"],
  ["Profit rose in the fourth quarter.", "the fourth quarter", "2024-Q4", "2025-04-10T12:00:00Z"],
  ["The defences failed in August.", "August", "2024-08"],
  // a modal perfect looks back ("could have fled"); "will have" stays ahead
  ["On Monday, officers, asking how he could have escaped, searched the house.", "Monday", "2025-06-16"],
  ["The ministers will have signed the deal by Monday.", "Monday", "2025-06-23"],
  ["The firm said it would have to repay the loan on Monday.", "Monday", "2025-06-23"],
  // "could not" tells of a failed attempt; "could" alone looks ahead
  ["The mayor could not be reached for comment on Thursday.", "Thursday", "2025-06-19"],
  ["Officials couldn't find him on Thursday.", "Thursday", "2025-06-19"],
  // a subject that negates "could" makes it a failed attempt too; a "no" that is not the subject, or another clause's subject, does not
  ["No one at the bakery could be reached for comment Thursday.", "Thursday", "2025-06-19"],
  ["Neither the driver nor his employer could be traced on Wednesday.", "Wednesday", "2025-06-18"],
  ["There is no sign the curfew could be lifted on Monday.", "Monday", "2025-06-23"],
  ["Neither club could agree a fee, but talks could resume on Monday.", "Monday", "2025-06-23"],
  ["The strike could end on Thursday.", "Thursday", "2025-06-26"],
  // an abbreviation's stop ends no sentence: the verb after it still governs
  ["In January, a week after the Smith vs. Jones ruling, a bomb killed a guard.", "January", "2025-01", "2025-10-25T12:00:00Z"],
  ["Mr. Smith said the plant would close. On Tuesday, Dr. Jones resigned.", "Tuesday", "2025-06-17"],
  // a year opening the sentence places a month named later in it; not one opened by "since", one in another sentence, or one ahead of it
  ["In 2019, takings at the pier peaked in August.", "August", "2019-08"],
  ["'Three years ago nobody booked the cottages in October,' the owner said.", "October", "2022-10"],
  ["Last year, the mill closed on March 3.", "March 3", "2024-03-03"],
  ["Since 2019, rents have risen, and in May they hit a record.", "May", "2025-05"],
  ["In 2019 the pier was sold. In August it closed.", "August", "2024-08"],
  ["In 2019, the council said it would reopen the baths in January.", "January", "2026-01"],
  // a relative clause set off by commas before the main verb tells of its own time; a comma of a list closes no such clause
  ["The ferry firm, which runs boats to the islands, cut its timetable in the autumn before it hired more crew in March.", "the autumn", "2024-FA"],
  ["The bakery, which opens at dawn, shut its doors on Wednesday.", "Wednesday", "2025-06-18"],
  ["The bakery, which opens at dawn, will shut its doors on Wednesday.", "Wednesday", "2025-06-25"],
  ["Mara Voss, who stood down as chair, treasurer and trustee in October for family reasons.", "October", "2024-10"],
  // a month that ends a stretch is the nearest one, whatever the verb's tense
  ["Lenders extended credit lines through February.", "February", "2026-02", "2025-11-02T12:00:00Z"],
  ["The talks were supposed to end by April.", "April", "2026-04", "2026-01-20T12:00:00Z"],
  ["Sales through September rose 4%.", "September", "2025-09", "2025-11-02T12:00:00Z"],
  // a month with "last", "next", "this"
  ["He was last seen in public last October.", "last October", "2024-10"],
  ["Last April, the group bid for the firm.", "Last April", "2025-04"],
  ["The tax rises next March.", "next March", "2026-03"],
  ["The rules change this January.", "this January", "2026-01", "2025-12-10T12:00:00Z"],
  // a month is on no day: written on the 31st, the month counted back is not pushed into the next by a day it lacks
  ["Sales fell last month.", "last month", "2025-02", "2025-03-31T12:00:00Z"],
  ["The plant shed 40 jobs two months ago.", "two months ago", "2024-11", "2025-01-31T12:00:00Z"],
  ["The plant shed 40 jobs two days ago.", "two days ago", "2025-01-29", "2025-01-31T12:00:00Z"],
  // a plain "last" never names the month just ended ("last month" does): a year back; "this past" and an earlier month stay
  ["The ferry ran aground off the cape last November, the inquiry heard.", "last November", "2024-11", "2025-12-03T12:00:00Z"],
  ["The mill shut its gates last December.", "last December", "2023-12", "2025-01-15T12:00:00Z"],
  ["The depot reopened this past November.", "this past November", "2025-11", "2025-12-03T12:00:00Z"],
  ["The bakery changed hands last September.", "last September", "2025-09", "2025-12-03T12:00:00Z"],
  ["An inspection on May 7-8 found faults.", "May 7-8", "2025-05-07/2025-05-08"],
  ["The summit will be held on April 24 and 25 in Washington.", "25", "2026-04-25", "2025-12-10T12:00:00Z"],
  // dates and months with a year, numeric dates day first
  ["Households have paid more since February 2022.", "February 2022", "2022-02"],
  ["She was born on Oct. 25, 1989.", "Oct. 25, 1989", "1989-10-25"],
  ["He died on 3 June 2020.", "3 June 2020", "2020-06-03"],
  ["Sky News 12-03-2025", "12-03-2025", "2025-03-12"],
  ["Filed 2025-06-20.", "2025-06-20", "2025-06-20"],
  ["He was stabbed in March last year.", "March last year", "2024-03"],
  ["The plant opens on 3 June next year.", "3 June next year", "2026-06-03"],
  ["In March, last year's profits fell.", "March", "2025-03"],
  ["A storm could arrive around Christmas Day.", "Christmas Day", "2025-12-25"],
  ["He was arrested on New Year's Eve.", "New Year's Eve", "2024-12-31"],
  ["Shops were busy before Christmas.", "Christmas", "2024-12-25"],
  ["The boy was found on Thanksgiving Day.", "Thanksgiving Day", "1999-11-25", "2000-01-07T12:00:00Z"],
  ["Voters will decide on Election Day.", "Election Day", "2024-11-05", "2024-10-20T12:00:00Z"],
  ["Shops will close on Good Friday.", "Good Friday", "2025-04-18", "2025-03-01T12:00:00Z"],
  ["He left last Labor Day.", "last Labor Day", "2024-09-02"],
  ["Sales peaked at Easter 2024.", "Easter 2024", "2024-03-31"],
  // after "the", a holiday before a capitalized word names something else; other capitals are sentences going on
  ["On Boxing Day Leeds beat Hull at home.", "Boxing Day", "2024-12-26"],
  ["Crowds gathered for the Christmas Day swim.", "Christmas Day", "2024-12-25"],
  // an event on a holiday takes the year the phrase names, before or after it
  ["The Boxing Day floods of 2015 hit towns.", "Boxing Day", "2015-12-26"],
  ["The 1999 Christmas Day storm felled trees.", "Christmas Day", "1999-12-25"],
  ["The Boxing Day sale of 2,000 sofas was busy.", "Boxing Day", "2024-12-26"],
  ["He signed 2026 shirts on Christmas Day.", "Christmas Day", "2024-12-25"],
  ["Parades marked Memorial Day.", "Memorial Day", "2025-05-26"],
  ["Claims were the highest since the winter of 2013-14.", "the winter of 2013-14", "2013-WI"],
  ["He was convicted in May of 12 counts of fraud.", "May", "2025-05"],
  // a number after a month and before a percent sign is no day of it; one before a noun is
  ["Sales fell in March, 4% below forecasts.", "March", "2025-03"],
  ["Exports rose in April 2.5 percent on the year.", "April", "2025-04"],
  ["Sales fell on March 4, below forecasts.", "March 4", "2025-03-04"],
  ["She was born in May of 1990.", "May of 1990", "1990-05"],
  ["The score was 24. On Friday it rained.", "Friday", "2025-06-20"],
  ["Profits rose in 2023/24. Q4 2024 was weak.", "Q4 2024", "2024-Q4"],
  // bare years and decades
  ["Talks that Kiev had abandoned in 2022 to focus on its campaign.", "2022", "2022"],
  ["Its highest level since 2000.", "2000", "2000"],
  ["It will reach 300,000 homes by 2028.", "2028", "2028"],
  ["The previous record, set in 2019, was $1.8 million.", "2019", "2019"],
  ["In the 1990s the firm grew.", "1990s", "199"],
  ["Talks resumed in mid-2022.", "mid-2022", "2022"],
  // a part printed before a year or month is part of the expression; a day's "early" is not
  ["Output slowed in late 2023 and picks up in early 2026.", "late 2023", "2023"],
  ["Output slowed in late 2023 and picks up in early 2026.", "early 2026", "2026"],
  ["Rents climbed late last year.", "late last year", "2024"],
  ["The envoy left early Monday for Cairo.", "Monday", "2025-06-16"],
  ["Prices rose nearly two weeks after the vote.", "two weeks after the vote", null],
  // two consecutive years as one span (a season, a financial year) are one interval, and so are years apart written in full; a short end apart is not
  ["Rainfall was well below the 1991-2020 average.", "1991-2020", "1991/2020"],
  ["They were relegated at the end of the 2018-19 campaign.", "2018-19", "2018/2019"],
  ["Fees for 2023/24 rose, as they did in the 2009-2010 season.", "2023/24", "2023/2024"],
  ["Fees for 2023/24 rose, as they did in the 2009-2010 season.", "2009-2010", "2009/2010"],
  ["The 2016-22 plan ran late.", "2016", "2016"],
  ["He lost his unsuccessful 2019 campaign.", "2019", "2019"],
  ["The firm's 2024 results were weak.", "2024", "2024"],
  ["For 2024, the firm earned $1.7 billion.", "2024", "2024"],
  ["A 1996 law tightened the embargo.", "1996", "1996"],
  ["Post-1990 politics changed.", "1990", "1990"],
  ["Sales were flat in the '80s.", "'80s", "198"],
  ["In nineteen ninety-one he was convicted.", "nineteen ninety-one", "1991"],
  ["The promise to halve unemployment by the year two thousand was dropped.", "the year two thousand", "2000"],
  ["A bomb hit the clinic in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"],
  ["Prices last fell this low in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"],
  ["They married in the summer of two thousand and two.", "the summer of two thousand and two", "2002-SU"],
  ["Numbers fell through the nineties.", "the nineties", "199"],
  // ISO weeks, weeks, months and years around the reference
  ["Output peaked in 2025-W25.", "2025-W25", "2025-W25"],
  ["A hearing is set for the week of July 7.", "the week of July 7", "2025-W28"],
  ["Earlier this week, the minister resigned.", "Earlier this week", "2025-W25"],
  ["The exchange was agreed earlier this month.", "earlier this month", "2025-06"],
  ["Talks restarted last month.", "last month", "2025-05"],
  ["Volumes fell 3% last year.", "last year", "2024"],
  ["The payments will begin next week.", "next week", "2025-W26"],
  ["It will report again next month.", "next month", "2025-07"],
  // fiscal years by the calendar year they are named for; "the last fiscal year" is no rolling stretch
  ["The firm expects profit to rise this fiscal year.", "this fiscal year", "2025"],
  ["Profit fell in the last fiscal year.", "last fiscal year", "2024"],
  // counted back from the reference
  ["2 hours ago", "2 hours ago", "2025-06-21T10:00:00Z"],
  ["45 minutes ago", "45 minutes ago", "2025-06-21T11:15:00Z"],
  ["Posted 2h ago.", "2h ago", "2025-06-21T10:00:00Z"],
  ["Posted 3d ago.", "3d ago", "2025-06-18"],
  ["a day ago", "a day ago", "2025-06-20"],
  ["The flooding began two weeks ago.", "two weeks ago", "2025-W23"],
  ["Then, a week or so ago, the general chose a date.", "a week or so ago", "2025-W24"],
  ["The vote took place yesterday.", "yesterday", "2025-06-20"],
  ["Results come tomorrow.", "tomorrow", "2025-06-22"],
  // parts of days, weekends, seasons, quarters
  ["Dockworkers walked off the job overnight.", "overnight", "2025-06-20TNI"],
  // an "overnight" before a noun of an event, or after a verb that is no change, is a night
  ["Overnight showers left the pitch waterlogged.", "Overnight", "2025-06-20TNI"],
  ["Looters emptied the shop overnight.", "overnight", "2025-06-20TNI"],
  ["The wind changed overnight, and the ferry sailed.", "overnight", "2025-06-20TNI"],
  ["He arrived this morning.", "this morning", "2025-06-21TMO"],
  ["Shots were heard last night.", "last night", "2025-06-20TNI"],
  ["Talks continued on Friday morning.", "Friday morning", "2025-06-20TMO"],
  ["The plane landed on June 7 at 4 in the morning.", "June 7 at 4 in the morning", "2025-06-07T04:00"],
  ["The plane landed on June 7. It left again at 4 in the morning.", "4 in the morning", "2025-06-07T04:00"],
  ["Polls closed at 9 in the evening.", "9 in the evening", "2025-06-21T21:00"],
  ["The market closed early on Sat. after the storm.", "Sat", "2025-06-21"],
  ["Fighting eased by late afternoon.", "late afternoon", "2025-06-21TAF"],
  ["Fighting eased mid-afternoon yesterday.", "mid-afternoon yesterday", "2025-06-20TAF"],
  ["The strike began on June 7 and the march came in the evening.", "the evening", "2025-06-07TEV"],
  ["He was freed on June 7 and spoke the next morning.", "the next morning", "2025-06-08TMO"],
  ["The talks broke off at noon on Thursday.", "noon on Thursday", "2025-06-19T12:00"],
  ["Talks continued over the weekend.", "the weekend", "2025-W25-WE"],
  ["Shops will open this weekend.", "this weekend", "2025-W25-WE"],
  ["It is the first real test of the system this winter.", "this winter", "2025-WI", "2025-11-05T09:30:00Z"],
  ["In the summer of 2022 it was hot.", "the summer of 2022", "2022-SU"],
  ["It opened in the spring.", "the spring", "2025-SP"],
  ["The stock began trading this summer at $14.", "this summer", "2025-SU", "2025-11-01T12:00:00Z"],
  ["The unit closed this past spring.", "this past spring", "2025-SP", "2025-10-30T12:00:00Z"],
  ["Orders rose from the lows of the early summer.", "the early summer", "2025-SU", "2025-10-30T12:00:00Z"],
  ["Payments are due by the end of the summer.", "the end of the summer", "2025-SU", "2025-02-06T12:00:00Z"],
  ["Talks resume at the start of next winter.", "the start of next winter", "2025-WI"],
  ["Trading slowed in late summer.", "late summer", "2025-SU", "2025-10-30T12:00:00Z"],
  ["Last quarter sales rose.", "Last quarter", "2025-Q1"],
  ["Profit rose in the third quarter.", "the third quarter", "2024-Q3"],
  ["Sales will grow in the fourth quarter.", "the fourth quarter", "2025-Q4"],
  ["The first half of 2024 was weak.", "The first half of 2024", "2024-H1"],
  ["Q3 2023 results were strong.", "Q3 2023", "2023-Q3"],
  // a quarter over for a quarter or more is next year's in future-tense copy; the one just ended is still reported on
  ["Prices could rise again in the second quarter.", "the second quarter", "2026-Q2", "2025-11-20T12:00:00Z"],
  ["The firm will report third-quarter results next week.", "third-quarter", "2025-Q3", "2025-10-20T12:00:00Z"],
  ["Profit rose in the second quarter.", "the second quarter", "2025-Q2", "2025-11-20T12:00:00Z"],
  // halves as results tables print them
  ["Sales rose 4% in H1, the company said.", "H1", "2025-H1"],
  ["H2 2026 looks weaker.", "H2 2026", "2026-H2"],

  ["Sales were flat in the last half of 2023.", "the last half of 2023", "2023-H2"],
  ["The trend should last through the first two quarters of 2026.", "the first two quarters of 2026", "2026-H1"],
  ["The firm posted a third-quarter loss.", "third-quarter", "2025-Q3", "2025-10-28T12:00:00Z"],
  ["Profit in the fiscal second quarter rose.", "the fiscal second quarter", "2025-Q2"],
  ["Sales fell from the 2023 fourth quarter.", "the 2023 fourth quarter", "2023-Q4"],
  ["It expects growth in next year's first quarter.", "next year's first quarter", "2026-Q1"],
  ["Revenue topped the year-ago second quarter.", "the year-ago second quarter", "2024-Q2"],
  // the quarter a business story reported last, and comparisons with it
  ["The firm lost $2 million in the third quarter. Sales in the quarter fell.", "the quarter", "2025-Q3", "2025-10-28T12:00:00Z"],
  ["Net fell in the second quarter to $5 from $7 a year ago.", "a year ago", "2024-Q2"],
  ["Net fell in the second quarter. A year earlier, it had risen.", "A year earlier", "2024-Q2"],
  ["Net fell in the second quarter, compared with year-earlier profit of $3.", "year-earlier", "2024-Q2"],
  ["Net fell in the second quarter from the year-ago period.", "the year-ago period", "2024-Q2"],
  ["Net fell in the second quarter. The latest period had one-time gains.", "The latest period", "2025-Q2", "2025-07-28T12:00:00Z"],
  ["Net rose in the second quarter and will fall in the fourth quarter. The latest quarter had gains.", "The latest quarter", "2025-Q2", "2025-11-02T12:00:00Z"],
  ["Profit fell in the second quarter from the 2024 period.", "the 2024 period", "2024-Q2"],
  // "the previous quarter" is the one before the quarter told; with none told, the last ended
  ["Margins grew in the first quarter, against 2.9% in the previous quarter.", "the previous quarter", "2024-Q4"],
  ["Margins grew 2.9% from the preceding quarter.", "the preceding quarter", "2025-Q1"],
  // a past sentence counts from no quarter of a stated year still ahead; a future one, or a stated quarter behind, still anchors it
  ["The patent lapses in the first quarter of 2027, and sales rose 8% in the previous quarter.", "the previous quarter", "2025-Q1"],
  ["The patent lapses in the first quarter of 2027, and sales will dip in the previous quarter.", "the previous quarter", "2026-Q4"],
  ["Sales grew in the first quarter of 2025, against 2.9% in the previous quarter.", "the previous quarter", "2024-Q4"],
  // a business quarter stays one, whatever other words of scoring it has
  ["Sales rose in the second quarter, scoring a record, and turnover rose.", "the second quarter", "2025-Q2"],
  // a quarter named by its first and last months; months of two quarters name none
  ["Profit fell in the January-March quarter.", "the January-March quarter", "2025-Q1"],
  ["Output slipped in the Oct-Dec period.", "the Oct-Dec period", "2024-Q4"],
  // comparisons are with the quarter reported (the latest one ended), not one named in passing or ahead
  ["Net rose in the third quarter after a weak second quarter. Costs were lower than in the year-earlier period.", "the year-earlier period", "2024-Q3", "2025-11-01T12:00:00Z"],
  ["Net rose in the third quarter and will rise in the first quarter of 2026. Costs fell from the year-ago period.", "the year-ago period", "2024-Q3", "2025-11-01T12:00:00Z"],
  ["Net rose in the third quarter after a weak second quarter. The 2025 period had no gains.", "The 2025 period", "2025-Q3", "2025-11-01T12:00:00Z"],
  ["Profit rose in the third quarter. The 2024 period had gains; year-ago sales fell.", "year-ago", "2024-Q3", "2025-11-01T12:00:00Z"],
  // a comparison after the months a story sums up is with those months: their year, not the quarter
  ["Net rose in the third quarter. For the nine months, net fell from $5 a year earlier.", "a year earlier", "2024", "2025-11-01T12:00:00Z"],
  ["Net rose in the third quarter. In the first nine months, it was $9, up from the 2024 period.", "the 2024 period", "2024", "2025-11-01T12:00:00Z"],
  ["Net rose in the third quarter. Nine-month profit fell from year-earlier profit of $5.", "year-earlier", "2024", "2025-11-01T12:00:00Z"],
  ["Net rose in the third quarter, its best in six months, from $5 a year earlier.", "a year earlier", "2024-Q3", "2025-11-01T12:00:00Z"],
  // three months are the quarter itself: a comparison after them stays a quarter
  ["Net rose in the third quarter. In the three months to Sept. 30, it was $9, up from the 2024 period.", "the 2024 period", "2024-Q3", "2025-11-01T12:00:00Z"],
  ["Net rose in the third quarter. In the first six months, it was $9, up from the 2024 period.", "the 2024 period", "2024", "2025-11-01T12:00:00Z"],
  // "the same period in 2024": the period reported, in the year named after it; without "same" the year alone
  ["Claims rose in the first half of the year, up 40% on the same period in 2024.", "the same period in 2024", "2024-H1", "2025-11-01T12:00:00Z"],
  ["Claims rose in the first half of the year; the period in 2024 was calm.", "2024", "2024", "2025-11-01T12:00:00Z"],
  // "the quarter" a past sentence reports has ended: not a quarter ahead a forecast named before it; one told ahead may be that one
  ["Net rose in the third quarter, and the firm expects more in the fourth quarter. A rival said its net had fallen in the quarter.", "the quarter", "2025-Q3", "2025-11-01T12:00:00Z"],
  ["Net rose in the third quarter, and the firm expects more in the fourth quarter. It will spend more in the quarter.", "the quarter", "2025-Q4", "2025-11-01T12:00:00Z"],
  // "the quarter" is the one reported, not a comparison named after it
  ["Net rose in the third quarter. In the 2024 period, it fell. Sales in the quarter rose.", "the quarter", "2025-Q3", "2025-11-01T12:00:00Z"],
  // a period and "last year" or "a year ago" after it are one comparison
  ["Net fell in the second quarter from $9 in the corresponding period last year.", "the corresponding period last year", "2024-Q2", "2025-07-28T12:00:00Z"],
  ["The bank lost $2 in the third quarter. For the quarter a year ago, it earned $5.", "the quarter a year ago", "2024-Q3", "2025-10-28T12:00:00Z"],
  ["Net fell in the second quarter; last year's quarter had gains.", "last year's quarter", "2024-Q2", "2025-07-28T12:00:00Z"],
  ["Sales rose 5% from the same period last year.", "the same period last year", "2024"],
  ["Year-earlier results included a gain.", "Year-earlier", "2024"],
  ["He left a year ago.", "a year ago", "2024"],
  // a year back after a month told in its sentence is that month a year before; across a sentence, or after a span of months, the year
  ["Rents were 2.1% higher in April than a year earlier.", "a year earlier", "2024-04"],
  ["Rents rose in April. A year earlier they fell.", "A year earlier", "2024"],
  ["Rents in the six months to April rose 3% from a year ago.", "a year ago", "2024"],
  ["Most rents were paid by mid-April, down from 90% a year earlier.", "a year earlier", "2024"],
  // a year back after a quarter and the day it closed compares quarters; after a day alone, or a span of months closed on it, the year
  ["Net income was $4 million for the third quarter ended Sept. 30, against $3 million a year earlier.", "a year earlier", "2024-Q3", "2025-11-01T12:00:00Z"],
  ["The chain earned $9 million in its fiscal second quarter ended Aug. 31. It had lost $2 million a year ago.", "a year ago", "2024-Q2", "2025-11-01T12:00:00Z"],
  ["Sales in the third quarter rose. On Sept. 30 the shares were worth more than a year earlier.", "a year earlier", "2024", "2025-11-01T12:00:00Z"],
  ["For the six months ended Aug. 31, profit was $5 million, up from $4 million a year earlier.", "a year earlier", "2024", "2025-11-01T12:00:00Z"],
  // with no quarter told before, a quarter closed by a day is the calendar quarter of most of its months (May to July: the second)
  ["In the quarter ended July 31, the retailer lost money.", "the quarter", "2025-Q2", "2025-10-30T12:00:00Z"],
  ["In the quarter ended Sept. 30, the retailer lost money.", "the quarter", "2025-Q3", "2025-10-30T12:00:00Z"],
  ["Net rose in the third quarter. In the quarter ended Aug. 31, sales fell.", "the quarter", "2025-Q3", "2025-10-30T12:00:00Z"],
  // "the quarter ended <day>" has ended: the latest quarter told that has, not one forecast ahead; without "ended", the quarter told last
  ["The grocer reported a fiscal third quarter of strong sales and forecast fourth-quarter sales of $5 billion. Profit for the quarter ended Oct. 26 rose.", "the quarter", "2026-Q3", "2026-11-20T12:00:00Z"],
  ["The grocer forecast fourth-quarter sales of $5 billion. Sales in the quarter will rise.", "the quarter", "2026-Q4", "2026-11-20T12:00:00Z"],
  ["The grocer's third-quarter sales rose, and it expects fourth-quarter sales to rise. For the quarter ending Dec. 31, it sees profit of $2 billion.", "the quarter", "2026-Q4", "2026-11-20T12:00:00Z"],
  // counted from the date the text mentioned last
  ["Kiev refused the transfer on June 7. It proceeded the following day.", "the following day", "2025-06-08"],
  ["Strikes rose in May. The peak came during the final week of the month.", "the final week of the month", "2025-W22"],
  // a part of a month without a year is placed by the tense, as the month alone is
  ["Talks are planned for the last week of August.", "the last week of August", "2025-W35"],
  ["The end of July will be hot.", "The end of July", "2025-07"],
  ["Prices fell at the end of August.", "the end of August", "2024-08"],
  ["Rain fell in the first week of May.", "the first week of May", "2025-W18"],
  ["By the end of the year, it will be done.", "the end of the year", "2025"],
  // "the year" is one told in its own paragraph; after a paragraph break it is the article's
  ["The plant opened in March 2019. Output had doubled by the end of the year.", "the end of the year", "2019"],
  ["The plant opened in March 2019.\n\nStocks had fallen to a low at the start of the year.", "the start of the year", "2025"],
  ["The probe should launch by the end of the decade.", "the end of the decade", "202"],
  ["Seas could rise by a metre by 2100.", "2100", "2100"],
  ["Prices jumped at the end of last month.", "the end of last month", "2025-05"],
  ["The firm opened on March 3. Two days later, it collapsed.", "Two days later", "2025-03-05"],
  ["The plant closed in 2019 and reopened a year later.", "a year later", "2020"],
  ["The mill shut in May 2024. Twelve months later, it reopened.", "Twelve months later", "2025-05"],
  // lists, centuries, today
  ["Sales in April, May and June rose.", "May", "2025-05"],
  ["Sales in April, May and June rose.", "April", "2025-04"],
  ["It was the worst drought of the 20th century.", "20th century", "19"],
  ["The index rose 2% today.", "today", "2025-06-21"],
  // clock times
  ["Shares closed at 3 p.m. on Friday.", "3 p.m. on Friday", "2025-06-20T15:00"],
  ["The offer runs until 5 p.m. EST July 9.", "5 p.m. EST July 9", "2025-07-09T17:00"],
  ["The blast hit on Friday. Police arrived at 10:35 a.m. and sealed the street.", "10:35 a.m.", "2025-06-20T10:35"],
  // the year of the story, and parts of it counted from the date told last
  ["Sales for the full year rose 4%.", "the full year", "2025"],
  ["The stock hit a high for the year of $42 in June.", "the year", "2025"],
  ["The index fell on Friday. For the week, it dropped 3.8%.", "the week", "2025-W25"],
  ["They want 40,000 troops there by the end of the month.", "the end of the month", "2025-06"],
  ["The deal should close by year-end.", "year-end", "2025"],
  ["The index has risen 9% since year-end.", "year-end", "2024"],
  ["Rains delayed planting earlier in the year.", "earlier in the year", "2025"],
  ["The vote took place on June 7. Later in the day, he resigned.", "Later in the day", "2025-06-07"],
  // vague or rolling stretches: dates without a value
  ["The market grew more nervous in recent months.", "recent months", null],
  ["More were carried over the past week.", "past week", null],
  ["Firms let stock levels fall in recent weeks.", "recent weeks", null],
  ["Talks will continue in the coming days.", "the coming days", null],
  ["A few days ago it rained.", "A few days ago", null],
  ["Days earlier, police had warned residents.", "Days earlier", null],
  ["Weeks later, the plant closed.", "Weeks later", null],
  ["Admissions rose over the past fortnight.", "the past fortnight", null],
  ["Prices will stay high for the foreseeable future.", "the foreseeable future", null],
  ["In the past, such deals failed.", "the past", null],
  ["Margins should improve in coming quarters.", "coming quarters", null],
  ["The plan will be put to a vote at a later date.", "a later date", null],
  // counted from an event the text does not date, or from the date told last
  ["They sailed the day after the storm.", "the day after the storm", null],
  ["Prices rose two weeks after the vote.", "two weeks after the vote", null],
  ["The plant closed on March 3. Six months on, the town is empty.", "Six months on", "2025-09"],
  ["Today is the eighth day of the strike.", "the eighth day", "2025-06-21"],
  // "today's" before a thing of the day is the day
  ["Today's vote was delayed, officials said.", "Today", "2025-06-21"],
  ["On the third day of the trial, he spoke.", "the third day", null],
  ["The talks began a fortnight ago.", "a fortnight ago", "2025-W23"],
  ["Prices have risen 5% over the last year.", "last year", null],
  ["Cases rose in the last week.", "last week", null],
  ["Emissions fell over the last decade.", "last decade", null],
  ["Sales rose in the last quarter.", "last quarter", "2025-Q1"],
  ["It was the worst drought in the last century.", "last century", "19"],
  // a day of the month by its ordinal alone: of a month the sentence named, else placed by the tense
  ["The lender cut its rate on the 9th, analysts noted.", "the 9th", "2025-06-09"],
  ["Dealers sold out on the 28th, when the rush began.", "the 28th", "2025-05-28"],
  ["The new stamps will go on sale on the 3rd.", "the 3rd", "2025-07-03"],
  ["Traders fled in April, and prices bottomed out on the 11th.", "the 11th", "2025-04-11"],
  // a clock in four digits with its zone, and a clock with a US zone, merge with the day after them
  ["Trading halted at 1430 GMT on Thursday.", "1430 GMT on Thursday", "2025-06-19T14:30"],
  ["The rocket lifted off at 8pm ET on Monday.", "8pm ET on Monday", "2025-06-16T20:00"],
  ["Polls shut at 9 p.m. local time Sunday.", "9 p.m. local time Sunday", "2025-06-15T21:00"],
  // a quarter named by its last month
  ["Miners reported lower output for the March quarter.", "the March quarter", "2025-Q1"],
  // "overnight into Monday" is Sunday's night; "overnight on Tuesday" stays Tuesday's
  ["Temperatures stayed above 16C overnight into Monday, forecasters said.", "overnight into Monday", "2025-06-15TNI"],
  ["Snow is expected overnight into Friday.", "overnight into Friday", "2025-06-26TNI"],
  // an "overnight" told ahead is the coming night; one told in the past the night before
  ["Frost is forecast to form in valleys overnight.", "overnight", "2025-06-21TNI"],
  ["Frost formed in valleys overnight.", "overnight", "2025-06-20TNI"],
  ["Forecasters warned on Tuesday that frost could form overnight.", "overnight", "2025-06-20TNI"],
  // a holiday ending a stretch is the nearest one whatever the verb's tense; a sentence told ahead keeps it ahead
  ["The farm had hired pickers through Labor Day.", "Labor Day", "2025-09-01"],
  ["Staff will be hired through Easter.", "Easter", "2026-04-05"],
  ["Shoppers had cleared the shelves by Easter.", "Easter", "2025-04-20"],
  // a possessive weekday naming a deadline after a future verb is the coming day; one missed is past
  ["The striker is expected to sign before Friday's deadline.", "Friday", "2025-06-27"],
  ["The club missed Friday's deadline.", "Friday", "2025-06-20"],
  // a headline's "to" before a word that is a noun first is that verb too, unless a verb stands before the "to"
  ["Bus fares to rise on Monday", "Monday", "2025-06-23"],
  ["Voters turn to protest on Sunday", "Sunday", "2025-06-15"],
  // midnight is the end of its day (TIMEX3's T24): of the day told, else today's ahead, yesterday's in the past
  ["The ferry strike ends at midnight on Tuesday.", "midnight on Tuesday", "2025-06-24T24:00"],
  ["Guards locked the gates at midnight, police said.", "midnight", "2025-06-20T24:00"],
  ["The new fares apply from midnight.", "midnight", "2025-06-21T24:00"],
  ["Counting went on late on Thursday and ended by midnight.", "midnight", "2025-06-19T24:00"],
  ["Dockers walked out at midnight on Wednesday, and ships queued by 7am.", "7am", "2025-06-19T07:00"],
  ["Dockers walked out at 9pm on Wednesday, and ships queued by 11pm.", "11pm", "2025-06-18T23:00"],
  // a clock in a past sentence is on no day ahead that the sentence names; in a future one it is
  ["Fares will rise from July 1, the operator said at a briefing at 10 a.m.", "10 a.m.", "2025-06-21T10:00"],
  ["Fares will rise from July 1, and the gates will open at 10 a.m.", "10 a.m.", "2025-07-01T10:00"],
  // and so what the text counts from that clock ("later in the month") counts from today
  ["Fares will rise from July 1, the operator said at 10 a.m., and talks on pay end later in the month.", "later in the month", "2025-06"],
  // the turn of the year: the one that turn opens, ahead in a future sentence, behind in a past one
  ["Landlords will raise rents at the turn of the year.", "the turn of the year", "2026"],
  ["Rents fell at the turn of the year.", "the turn of the year", "2025"],
  // "the new year" in lower case is the year that turn opens too
  ["A ruling is expected early in the new year.", "the new year", "2026"],
  ["Sales fell in the new year, the firm said.", "the new year", "2026", "2026-01-20T09:00:00Z"],
  // a weekday counted from a holiday is one date
  ["Early voting opens on the Monday after Christmas.", "the Monday after Christmas", "2025-12-29"],
  ["Queues peaked on the Sunday after Thanksgiving in 2024.", "the Sunday after Thanksgiving", "2024-12-01"],
  // Canada keeps Thanksgiving on the second Monday of October; a paragraph naming no Canada keeps the US day
  ["Canadian airports expect record crowds over Thanksgiving.", "Thanksgiving", "2025-10-13", "2025-10-04T12:00:00Z"],
  ["Airports in Canada were busy.\nUS airports expect record crowds over Thanksgiving.", "Thanksgiving", "2025-11-27", "2025-10-04T12:00:00Z"],
  ["Stores shut on the Friday before Easter.", "the Friday before Easter", "2025-04-18"],
  ["Crowds filled the malls on the Saturday before Christmas.", "the Saturday before Christmas", "2025-12-20", "2025-12-23T12:00:00Z"],
  // "over the next year" is counted from the reference; "the next year" after a year told is the year after it
  ["The trust, set up in 2019, will open 40 clinics over the next year.", "the next year", "2026"],
  ["Rates peaked in March and will fall within the next month.", "the next month", "2025-07"],
  ["She moved to Leeds in 2019 and the next year she left.", "the next year", "2020"],
  // a scheduled verb's form after a count is a noun ("million visits"), so the sentence's past tense places the month
  ["Tourists made 9.8 million visits in June.", "June", "2026-06", "2026-12-01T12:00:00Z"],
  ["The prince visits Leeds in June.", "June", "2027-06", "2026-12-01T12:00:00Z"],
  // a month before a noun of numbers reported is the nearest such month, whatever the verb
  ["November data will be released on Dec. 17.", "November", "2026-11", "2026-12-02T12:00:00Z"],
  ["February figures will follow in March.", "February", "2027-02", "2026-12-02T12:00:00Z"],
  ["The report will be released in November.", "November", "2027-11", "2026-12-02T12:00:00Z"],
  // a fixture's possessive weekday after a future verb in reported speech is the coming one; after a past or perfect one, or naming a result, the last
  ["The manager said the midfielder would be available for Saturday's game.", "Saturday", "2025-06-21", "2025-06-18T12:00:00Z"],
  ["The coach said the winger is expected to start Sunday's final.", "Sunday", "2025-06-22", "2025-06-18T12:00:00Z"],
  ["The club said the defender will miss Saturday's derby.", "Saturday", "2025-06-21", "2025-06-18T12:00:00Z"],
  ["The captain said he hopes to play in Sunday's home game.", "Sunday", "2025-06-22", "2025-06-18T12:00:00Z"],
  ["The coach said the winger had been hurt in Saturday's game.", "Saturday", "2025-06-14", "2025-06-18T12:00:00Z"],
  ["The manager said the midfielder would have played in Saturday's match.", "Saturday", "2025-06-14", "2025-06-18T12:00:00Z"],
  ["The insurer said it will appeal Tuesday's ruling.", "Tuesday", "2025-06-17", "2025-06-18T12:00:00Z"],
  // a sports season counted from now is a date without a calendar value
  ["He scored 20 goals last season and hopes to do better this season.", "last season", null],
  ["He scored 20 goals last season and hopes to do better this season.", "this season", null],
  ["The club will be promoted next season, the owner said.", "next season", null],
  // a past form that is a noun after an adjective sets no tense ("high ground"): the modal does
  ["Snow may settle on high ground overnight on Tuesday, with strong winds, forecasters warned.", "overnight on Tuesday", "2025-06-24TNI"],
];

describe("extractDates", () => {
  it.each(CASES)("%s -> %s = %s", (sentence, text, value, ref) => {
    const dates = extractDates(sentence, ref ? new Date(ref) : REF);
    const found = dates.find((d) => d.text === text);
    expect(found, JSON.stringify(dates)).toBeDefined();
    expect(found!.value).toBe(value);
    expect(sentence.slice(found!.span.start, found!.span.end)).toBe(text);
  });

  it("reads a final season, of a series or of a player, as no date", () => {
    expect(extractDates("It was the last season of the drama, and she spent her last season at the club on loan.", REF)).toEqual([]);
  });

  it("reads no day in a weekday", () => {
    expect(extractDates("The office opens on any weekday, but on Sunday it stays shut.", REF).map((d) => d.text)).toEqual(["Sunday"]);
  });

  it("reads midnight in a name or before a noun as no time, and a counted holiday only with its article", () => {
    expect(extractDates("Fans queued for the Midnight Sun tour and a midnight feast.", REF)).toEqual([]);
    expect(extractDates("Shops reopened on Monday after Christmas.", REF).map((d) => d.text)).toEqual(["Monday", "Christmas"]);
  });

  it("reads a quarter or half of a game as no date", () => {
    for (const sentence of ["The Jets fumbled twice in the third quarter.", "He hit two free throws late in the second half.", "Mendes scored twice in the first half as Rovers won."]) expect(extractDates(sentence, REF)).toEqual([]);
    // A firm that "scored" a record scores no goal: its half is the year's.
    expect(extractDates("The chain scored a record profit in the first half.", REF).map((d) => d.value)).toEqual(["2025-H1"]);
    // A side's shots on target and set pieces are play; a sales target is not.
    for (const sentence of ["United managed two shots on target in the second half.", "Town conceded from set pieces in the first half."]) expect(extractDates(sentence, REF)).toEqual([]);
    expect(extractDates("The retailer hit its sales target in the second half.", REF).map((d) => d.value)).toEqual(["2024-H2"]);
  });

  it("reads a clock in brackets after another as its conversion, not a second time", () => {
    expect(extractDates("The blast came at 10:40 a.m. (0840 GMT) and at 4 p.m. (2000 GMT).", REF).map((d) => d.text)).toEqual(["10:40 a.m.", "4 p.m."]);
    expect(extractDates("The quake hit at 5:40 a.m. local time (2040 GMT Friday).", REF).map((d) => d.text)).toEqual(["5:40 a.m. local time"]);
  });

  it("reads hydrogen, or a half in lower case, as no half", () => {
    expect(extractDates("The town will build H2 plants and h1 sites.", REF)).toEqual([]);
  });

  it("reads a number shaped like an old year, or before a count noun, as no year", () => {
    expect(extractDates("Police said 1500 troops were there, with 2000 people outside.", REF)).toEqual([]);
  });

  it("reads a clock of a set as no date, and a clock of one day as one", () => {
    expect(extractDates("The pool stays open until 8 p.m. on weekends, and buses run at 5 a.m. daily.", REF)).toEqual([]);
    expect(extractDates("The pool opens at 8 p.m. on Sunday.", REF).map((d) => d.value)).toEqual(["2025-06-22T20:00"]);
  });

  it("reads a season word that qualifies a noun as no season", () => {
    expect(extractDates("Shares fell after a slump in spring water sales and in summer clothing.", REF)).toEqual([]);
    expect(extractDates("The shop sold 300 coats for winter sports fans.", REF)).toEqual([]);
  });

  it("reads months of two quarters as no quarter", () => {
    expect(extractDates("The July-December period was weak.", REF).some((d) => /July-December/.test(d.text))).toBe(false);
  });

  it("reads years apart as no span", () => {
    expect(extractDates("The 2016-22 plan ran late.", REF).map((d) => [d.text, d.value])).toEqual([["2016", "2016"]]);
  });

  // Text that must yield no date at all.
  const NONE = [
    "You may see the difference.",
    // "overnight" of a kind of thing or a manner names no night
    "Lenders paid more as the overnight rate rose to 4.1%.",
    "The hostel offers overnight stays for walkers.",
    "Reform of the wards will not happen overnight.",
    "The ward will be rebuilt, but not overnight.",
    // any such day, none in particular
    "The plant shut down over a weekend, and the market opens every Friday.",
    "Each weekend the square fills with stalls.",
    "The bridge opened two years later than planned and three weeks earlier than feared.",
    "The line opened twelve months later than planned.",
    "May the best team win.",
    "Protesters march on the capital.",
    "Theresa May spoke to reporters.",
    "The Sunday Times reported the deal.",
    "The story first ran in Russia Today and USA Today.",
    "She told the Today programme she was sorry, then sat on a Today show panel.",
    "Friday Night Lights is a television series.",
    "Marchers remembered Bloody Sunday.",
    "She joined the March of the Mothers and the March for Life.",
    "He spoke on ABC's “This Week” program.",
    "Sun, a maker of workstations, reported a loss; Sun Microsystems fell.",
    "Analysts and Sun Microsystems agreed; the bugs left Sun reporting a loss in Sun's quarter.",
    "Trump is the most powerful leader in the world right now.",
    "The talks are currently stalled and will resume later.",
    "The strike lasted five months and the outage 11 days.",
    "A 72-hour strike began.",
    "He paid £1,755 a year.",
    "About 2000 people came to the rally.",
    "The index rose to 2150 and 2100 people marched.",
    "Police said 2000 marched and 1500 more waited 1800 feet away.",
    "About two thousand people and nineteen hundred troops waited.",
    "Future losses fell, as they had over the past 20 years.",
    "They founded Orion 1980, a space venture, for the people of tomorrow.",
    // "today's" people or world are the present age, not the day
    "Music shapes today's youth, and in today's world it is loud.",
    "It was a 1500 km trip for an 1800 mph jet.",
    "She won the marathon in 2:03:45 and ran the mile in 3:48.68.",
    "The Christmas market sold Christmas trees.",
    "The talks revived the Good Friday Agreement.",
    "England lost the Boxing Day Test by an innings.",
    "The Easter bunny ate the Thanksgiving turkey.",
    "Boeing 737 jets and 2,300 UAVs were counted; 7/10 voters agreed.",
    "The team won 3-1 at the last minute.",
    "Prices fall when summer heat eases.",
    "The fall of the house of Usher.",
    "A resolution of 1800 x 1920 per eye.",
    "The man sat down in the sun-drenched square.",
    "Ministers cut the new year's budget, and a new year of talks began.",
    "Over the last quarter-century it grew.",
    "He watched High Noon and waited for high noon.",
    "I like to run in the morning of a holiday.",
    "A flood alarm sounded on the night shift.",
    "He took 3 in the morning session and left.",
    "It was the latest period of unrest.",
    "She was named Person of the Year.",
    "Profit for the fiscal year ended in spring rose.",
    "A quarter of voters agreed.",
    "The FYI memo and the FY column were blank.",
    // an ordinal before its noun, and quarters or halves counted in a row
    "She birdied on the 14th hole and came in on the 2nd attempt.",
    "Exports fell for the third quarter running and the second half in a row.",
  ];
  it.each(NONE)("finds no date in %s", (sentence) => {
    expect(extractDates(sentence, REF)).toEqual([]);
  });

  it("reads no calendar year in a fiscal year running to a month, but still its month", () => {
    const texts = (sentence: string) => extractDates(sentence, REF).map((d) => [d.text, d.value]);
    expect(texts("Profit for the year to March rose, and sales in the year to 30 April 2025 fell.")).toEqual([
      ["March", "2025-03"],
      ["30 April 2025", "2025-04-30"],
    ]);
    expect(texts("Losses for the year to the end of February widened.")).toEqual([["the end of February", "2025-02"]]);
    expect(texts("Shares have gained 8% in the year to date.")).toEqual([["the year", "2025"]]);
    expect(texts("It was the best result of the year, to everyone's surprise.")).toEqual([["the year", "2025"]]);
  });

  it("drops the preposition and punctuation chrono keeps around an expression", () => {
    const [d] = extractDates("It was announced on Friday, officials said.", REF);
    expect(d).toMatchObject({ text: "Friday", span: { start: 20, end: 26 } });
  });

  it("reports relative expressions without a value when there is no reference date", () => {
    const dates = extractDates("Talks restarted last month, 2 hours ago, on Friday, in May and in 2022, not February 2022.", null);
    expect(dates.map((d) => [d.text, d.value, d.kind])).toEqual([
      ["last month", null, "relative"],
      ["2 hours ago", null, "relative"],
      ["Friday", null, "relative"],
      ["May", null, "relative"],
      ["2022", "2022", "absolute"],
      ["February 2022", "2022-02", "absolute"],
    ]);
  });

  it("gives the same values whatever the machine's time zone, by working in UTC", () => {
    const late = new Date("2025-06-21T23:30:00Z");
    expect(extractDates("It happened yesterday.", late)[0]!.value).toBe("2025-06-20");
    expect(extractDates("It happened on Friday.", late)[0]!.value).toBe("2025-06-20");
  });

  it("never joins an expression across a line break (a title above its dateline)", () => {
    const dates = extractDates("Ferry timetable changes from April\n13 March\nThe ferry will run.", REF);
    expect(dates.map((d) => d.text)).toEqual(["April", "13 March"]);
  });

  it("counts a related item's own words from when it was published, its header from the reference", () => {
    const text = "Minister quits\n3 days ago\nThe minister resigned today, a day after Tuesday's vote.";
    const dates = extractItemDates(text, REF, { start: 15, end: 25 }, "2025-06-18");
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["3 days ago", "2025-06-18"],
      ["today", "2025-06-18"],
      ["Tuesday", "2025-06-17"],
    ]);
    expect(extractItemDates(text, REF, { start: 15, end: 25 }, null).find((d) => d.text === "today")!.value).toBe("2025-06-21");
  });

  it("reads a compact age under the title, or as a header read alone, as its age; never in running text", () => {
    // The page parser leaves a desk byline's time ("Story by News desk • 5h") on the line under the title.
    const briefing = "Your Saturday briefing: tolls and tides\n5h\nBridge tolls frozen\nTolls stay at £2.";
    expect(extractDates(briefing, REF).map((d) => [d.text, d.value])).toEqual([["Saturday", "2025-06-21"], ["5h", "2025-06-21T07:00:00Z"]]);
    expect(extractDates("Ferry timetable changes\n3d\nThe ferry will run.", REF).map((d) => [d.text, d.value])).toEqual([["3d", "2025-06-18"]]);
    expect(extractDates("2w", REF).map((d) => [d.text, d.value])).toEqual([["2w", "2025-W23"]]);
    const item = extractItemDates("Storm damage tops £10m\n4h\nInsurers counted the claims today.", REF, { start: 23, end: 25 }, "2025-06-21T08:00:00Z");
    expect(item.map((d) => [d.text, d.value])).toEqual([["4h", "2025-06-21T08:00:00Z"], ["today", "2025-06-21"]]);
    // Elsewhere it is a length or a count: in a sentence, or on a line further down.
    expect(extractDates("Queues at the port\nDrivers waited 3h at the gates.\n45m\nvisitors a year", REF)).toEqual([]);
  });

  it("puts a bare clock an item tells in the past after its published instant on the day before", () => {
    // Published at 07:00 on the reference day: lift-off at 21:04 was the evening before; a launch ahead stays that day.
    // Nor does a span's end ("between 7am and 7pm") tell of an event at that clock.
    const text = "Rocket lifts off\n5 hours ago\nThe rocket lifted off at 21:04 local time, and crews left at 06:30. The next will lift off at 21:30. Staff said trams would run, with cars every hour between 7am and 7pm, and urged calm.";
    const dates = extractItemDates(text, REF, { start: 17, end: 28 }, "2025-06-21T07:00:00Z");
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["5 hours ago", "2025-06-21T07:00:00Z"],
      ["21:04 local time", "2025-06-20T21:04"],
      ["06:30", "2025-06-21T06:30"],
      ["21:30", "2025-06-21T21:30"],
      ["7am", "2025-06-21T07:00"],
      ["7pm", "2025-06-21T19:00"],
    ]);
  });

  it("counts an item published weeks or a month back from the day it was counted back to", () => {
    // REF is Saturday 2025-06-21: three weeks back is Saturday 2025-05-31 (week 22), a month back 2025-05-21.
    const text = "Rates held\n3 weeks ago\nFigures showed on Wednesday that prices rose.";
    const weekly = extractItemDates(text, REF, { start: 11, end: 22 }, "2025-W22");
    expect(weekly.map((d) => [d.text, d.value])).toEqual([["3 weeks ago", "2025-W22"], ["Wednesday", "2025-05-28"]]);
    const monthly = extractItemDates(text.replace("3 weeks ago", "a month ago"), REF, { start: 11, end: 22 }, "2025-05");
    expect(monthly.find((d) => d.text === "Wednesday")!.value).toBe("2025-05-21");
  });

  it("reads a day listed after a month's day, not a count", () => {
    expect(extractDates("He left on May 3 and 12 people stayed; 9 others left on May 5 and 6.", REF).map((d) => d.text)).toEqual(["May 3", "May 5", "6"]);
  });

  it("learns a day the text names and dates it each time it recurs", () => {
    const text = "November 4 will be National Unity Day. Crowds are expected on Unity Day in the capital.";
    const dates = extractDates(text, REF);
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["November 4", "2025-11-04"],
      ["Unity Day", "2025-11-04"],
    ]);
    expect(extractDates("Crowds are expected on Unity Day in the capital.", REF)).toEqual([]);
    const before = extractDates("Flag Day, June 14, was quiet. On Flag Day the mayor spoke.", REF);
    expect(before.map((d) => [d.text, d.value])).toEqual([
      ["June 14", "2025-06-14"],
      ["Flag Day", "2025-06-14"],
    ]);
  });

  it("lists every mention, each time it occurs", () => {
    expect(extractDates("On Friday, X. On Friday, Y.", REF).map((d) => d.value)).toEqual(["2025-06-20", "2025-06-20"]);
  });
});

describe("timex helpers", () => {
  it.each([
    ["2025-11-05", 2025, "FA"],
    ["2025-12-20", 2025, "WI"],
    ["2026-01-10", 2025, "WI"],
    ["2025-04-01", 2025, "SP"],
  ])("season of %s is %s-%s", (day, year, season) => {
    expect(seasonOf(new Date(`${day}T00:00:00Z`))).toEqual({ year, season });
  });

  it("adds days across month and year ends", () => {
    expect(addDays(utcDay(2024, 12, 31), 1).toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(addDays(utcDay(2025, 3, 1), -1).toISOString()).toBe("2025-02-28T00:00:00.000Z");
  });
});
