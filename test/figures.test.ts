// The figure extractor: every form of number with what it counts, and the numbers that are not figures.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/extract/figures/index.js";
import type { DateMention, Figure } from "../src/types.js";

type Expected = Partial<Omit<Figure, "span">>;

const figures = (text: string, dates: DateMention[] = []): Figure[] => extractFigures(text, dates);

const FORMS: Array<[string, string, Expected[]]> = [
  ["separators", "The peak came when 2,300 UAVs were shot down.", [{ value: 2300, high: null, unit: "UAVs", qualifier: null, text: "2,300 UAVs" }]],
  ["of phrase after a partitive", "Moscow has repatriated 6,060 sets of remains, while Kiev returned 79 slain Russian soldiers.", [
    { value: 6060, unit: "sets of remains", text: "6,060 sets of remains" },
    { value: 79, unit: "slain Russian soldiers", text: "79 slain Russian soldiers" },
  ]],
  ["comparative between number and noun", "Russia will hand over 3,000 more bodies.", [{ value: 3000, unit: "bodies", qualifier: null, text: "3,000 more bodies" }]],
  ["editorial brackets", "'About 3,000 [bodies] are ready,' he said.", [{ value: 3000, unit: "bodies", qualifier: "about", text: "About 3,000 [bodies]" }]],
  ["decimal with scale word", "Withdrawals reached 3.8 billion cubic meters.", [{ value: 3800000000, unit: "cubic meters", text: "3.8 billion cubic meters" }]],
  ["glued scale after currency", "an extra £120m for councils and £14.2bn in total", [
    { value: 120000000, unit: "GBP", text: "£120m" },
    { value: 14200000000, unit: "GBP", text: "£14.2bn" },
  ]],
  ["glued m before a counted noun", "5m people were affected", [{ value: 5000000, unit: "people" }]],
  ["glued m as metres", "the river rose 5.6m overnight", [{ value: 5.6, unit: "m", text: "5.6m" }]],
  ["glued m compared with a figure scaled by it", "Nearly 2.3m drivers took a test in the six months to March, up from 2.1m. The club has 4m members compared with 3.5m in 2020.", [
    { value: 2300000, unit: "drivers", qualifier: "nearly", text: "Nearly 2.3m drivers" }, { value: 6, unit: "months" },
    { value: 2100000, unit: "drivers", text: "2.1m" }, { value: 4000000, unit: "members" }, { value: 3500000, unit: "members", text: "3.5m" },
  ]],
  ["a bare glued m restating a count in millions of about its size", "Ferries carried 41.2 million people, and the line hopes to reach 45m by 2030.", [
    { value: 41200000, unit: "people" }, { value: 45000000, text: "45m" },
  ]],
  ["a bare glued m after money, far from the count, or past a semicolon stays metres", "The £30m jetty runs 400m. Some 1.8 million fans walked 5m; the queue of 1.2 million stretched 900m.", [
    { value: 30000000, unit: "GBP" }, { value: 400, unit: "m" }, { value: 1800000, unit: "fans" }, { value: 5, unit: "m" }, { value: 1200000 }, { value: 900, unit: "m" },
  ]],
  ["a share after a change in percentage points takes no points; after a count it counts the same", "Turnout rose 4 percentage points, and two-thirds of the £5m grant went to schools. The club has 900 members, two-thirds of them women.", [
    { value: 4, unit: "percentage points" }, { value: 2 / 3, unit: null, text: "two-thirds" }, { value: 5000000, unit: "GBP" },
    { value: 900, unit: "members" }, { value: 2 / 3, unit: "members" },
  ]],
  ["a share restating a percentage takes no percent", "Police cleared 8.5% of thefts, or roughly one in 12, and 40% of assaults, or two-fifths.", [
    { value: 8.5, unit: "%" }, { value: 1 / 12, unit: null }, { value: 40, unit: "%" }, { value: 0.4, unit: null },
  ]],
  ["a rate per a divisor with its own glued unit", "Spot rates fell to $2,150 per 40ft box, and oats cost 90p per 500g bag.", [
    { value: 2150, unit: "USD", text: "$2,150 per 40ft box" }, { value: 90, unit: "p", text: "90p per 500g bag" },
  ]],
  ["a share after a sum of money takes no currency", "Savers lost £52,000 each, and one in four has had nothing back; the loans average $31,000, and about two-thirds are unpaid.", [
    { value: 52000, unit: "GBP" }, { value: 0.25, unit: null }, { value: 31000, unit: "USD" }, { value: 2 / 3, unit: null },
  ]],
  ["a scaled sum named as money after a sum in the same sentence is in its currency", "Borrowing hit €7.4 billion in June, above the 6.9 billion shortfall of March. The club made £12m, after a 9 million loss.", [
    { value: 7400000000, unit: "EUR" }, { value: 6900000000, unit: "EUR", text: "6.9 billion shortfall" },
    { value: 12000000, unit: "GBP" }, { value: 9000000, unit: "GBP", text: "9 million loss" },
  ]],
  ["a scaled count, or a money noun with no sum before it in its sentence, keeps its noun", "The state paid $3bn to 2 million farmers. Officials expect a 4 billion deficit.", [
    { value: 3000000000, unit: "USD" }, { value: 2000000, unit: "farmers" }, { value: 4000000000, unit: "deficit" },
  ]],
  ["a bare sum compared with a sum before it keeps the currency", "The fund raised £4m, up from 3 million, and $2m against 1.5 million.", [
    { value: 4000000, unit: "GBP" }, { value: 3000000, unit: "GBP" }, { value: 2000000, unit: "USD" }, { value: 1500000, unit: "USD" },
  ]],
  ["weights in stone", "The jockey weighs 8st 6lb and the heaviest rider 12st.", [
    { value: 8 + 6 / 14, unit: "st", text: "8st 6lb" }, { value: 12, unit: "st" },
  ]],
  ["a height or weight in two units is one figure in the larger unit", "The new keeper stands 6ft 2in and weighs 13 stone 5 pounds; his twin is 5 feet 11 inches.", [
    { value: 6 + 2 / 12, unit: "ft", text: "6ft 2in" }, { value: 13 + 5 / 14, unit: "stone", text: "13 stone 5 pounds" },
    { value: 5 + 11 / 12, unit: "feet", text: "5 feet 11 inches" },
  ]],
  ["pounds and ounces, metres and centimetres", "The baby arrived at 7lb 8oz, and her brother is now 1m 20cm tall.", [
    { value: 7.5, unit: "lb", text: "7lb 8oz" }, { value: 1.2, unit: "m", text: "1m 20cm" },
  ]],
  ["a height whose inches go unsaid", "A 6 foot 4 lock joined the squad as Rovers won 4-1, and his captain stands six feet two.", [
    { value: 6 + 4 / 12, unit: "foot", text: "6 foot 4" }, { value: 6 + 2 / 12, unit: "feet", text: "six feet two" },
  ]],
  ["two units in a list, apart, or past what makes one of the larger stay two", "Planks came 6ft, 2in or 3ft wide; a 6ft fence stood and 2in of rain fell; the beam was 4m 120cm long.", [
    { value: 6, unit: "ft", text: "6ft" }, { value: 2, unit: "in", text: "2in" }, { value: 3, unit: "ft", text: "3ft" },
    { value: 6, unit: "ft", text: "6ft" }, { value: 2, unit: "in" }, { value: 4, unit: "m", text: "4m" }, { value: 120, unit: "cm", text: "120cm" },
  ]],
  ["a number word inside the phrase a figure counts is part of its unit", "The yard moved 18,400 forty-foot containers, up from 17,900, and sold 3,100 two-bedroom flats.", [
    { value: 18400, unit: "forty-foot containers", text: "18,400 forty-foot containers" }, { value: 17900, unit: "forty-foot containers", text: "17,900" },
    { value: 3100, unit: "two-bedroom flats" },
  ]],
  ["a length of time hyphened inside a count's unit is a figure too", "Crews worked four 12-hour shifts and signed two five-year deals for 30 ten-tonne trucks.", [
    { value: 4, unit: "12-hour shifts" }, { value: 12, unit: "hour", text: "12-hour" },
    { value: 2, unit: "five-year deals" }, { value: 5, unit: "year", text: "five-year" }, { value: 30, unit: "ten-tonne trucks" },
  ]],
  ["a part of the count before it, \"N of them\", counts the same", "Crews rescued 14 residents, four of them children, and found 9 dogs, 2 of which were hurt.", [
    { value: 14, unit: "residents" }, { value: 4, unit: "residents", text: "four" }, { value: 9, unit: "dogs" }, { value: 2, unit: "dogs", text: "2" },
  ]],
  ["\"one of them\", a part of no count, or one across a sentence is no part", "Crews met 30 people, one of them a mayor. Sales rose 5%, two of them abroad. Nine men left. Two of them came back.", [
    { value: 30, unit: "people" }, { value: 5, unit: "%" }, { value: 9, unit: "men" },
  ]],
  ["a digit hyphened to a word after a count is part of its unit, not a digit run", "The firm sold 2,400 3-bedroom homes and leased 90 12-metre berths; call 0800 555 0199.", [
    { value: 2400, unit: "3-bedroom homes", text: "2,400 3-bedroom homes" }, { value: 90, unit: "12-metre berths", text: "90 12-metre berths" },
  ]],
  ["a number after the phrase a figure counts is a figure of its own", "The yard moved 18,400 containers and two cranes, and 40 staff left 3 sites; four of the two-man crews quit.", [
    { value: 18400, unit: "containers" }, { value: 2, unit: "cranes" }, { value: 40, unit: "staff" }, { value: 3, unit: "sites" },
    { value: 4, unit: "two-man crews" }, { value: 2, unit: "man" },
  ]],
  ["a compass word opening a name before a plural is no plural itself", "Some 40 West Coast growers sued, joined by 9 East and Gulf Coast packers.", [
    { value: 40, unit: "West Coast growers", qualifier: "some" }, { value: 9, unit: "East and Gulf Coast packers", text: "9 East and Gulf Coast packers" },
  ]],
  ["a plural name and a plural capitalized word stay plurals", "He met 12 New Zealanders and 30 West Indians.\nBus Crash Leaves 14 Women Hurt", [
    { value: 12, unit: "New Zealanders" }, { value: 30, unit: "West Indians" }, { value: 14, unit: "Women" },
  ]],
  ["a participle after a proportion's whole opens a clause and counts nothing", "Of the tenants polled, one in three said so, with one in four reporting mould. In the survey, about one in five waiting longer than a month had complained.", [
    { value: 1 / 3, unit: null }, { value: 0.25, unit: null, text: "one in four" }, { value: 0.2, unit: null, text: "about one in five" },
  ]],
  ["a participle before a plural after a proportion's whole is part of what is counted", "One in five working adults and one in ten living donors agreed.", [
    { value: 0.2, unit: "working adults" }, { value: 0.1, unit: "living donors" },
  ]],
  ["a bare number after feet that opens a phrase of its own is no inches", "Swells of 20ft 3 miles out grew, and the bar stood at 6ft 4 in the final.", [
    { value: 20, unit: "ft", text: "20ft" }, { value: 3, unit: "miles", text: "3 miles" }, { value: 6, unit: "ft", text: "6ft" }, { value: 4, unit: null, text: "4" },
  ]],
  ["a percentage after a noun of age changes", "Sales by age rose to 40% and the age group grew to 12 percent.", [
    { value: 40, unit: "%" }, { value: 12, unit: "percent" },
  ]],
  ["glued m compared with a height, or across a sentence, stays metres", "The dam is 40m high, up from 35m. It sold 2m tickets. The waves reached 3m.", [
    { value: 40, unit: "m", text: "40m" }, { value: 35, unit: "m", text: "35m" }, { value: 2000000, unit: "tickets" }, { value: 3, unit: "m", text: "3m" },
  ]],
  ["glued m before a comparative and a counted plural, not before \"more than\"", "The line carried 2.4m extra passengers, and the new mast stands 30m more than the old one.", [
    { value: 2400000, unit: "passengers", text: "2.4m extra passengers" }, { value: 30, unit: "m", text: "30m" },
  ]],
  ["a number opening a sentence after a month's name in full is a count; after a short form with a stop, a day", "Output fell in October. Nine mills closed, and a mill opened on Oct. 9 with 40 staff.", [
    { value: 9, unit: "mills", text: "Nine mills" }, { value: 40, unit: "staff" },
  ]],
  ["money after \"by\" and a second sum is a change and its level; percentages after \"by\" stay a range", "The gym raised its monthly fee by £3 to £12.99, and fares may rise by 5% to 8%.", [
    { value: 3, high: null, unit: "GBP", text: "£3" }, { value: 12.99, high: null, unit: "GBP", text: "£12.99" }, { value: 5, high: 8, unit: "%" },
  ]],
  ["a tally of two bare numbers takes no unit from a figure before it; one of votes keeps its noun", "The levy raised £12m; members backed it 52 to 30, and the bill passed by 61 votes to 47.", [
    { value: 12000000, unit: "GBP" }, { value: 52, unit: null }, { value: 30, unit: null }, { value: 61, unit: "votes" }, { value: 47, unit: "votes" },
  ]],
  ["a level past a length of time of another size counts no time; one of like size does", "Membership grew in six years to 4,120, while nurses worked 10 hours a shift, up from 8.", [
    { value: 6, unit: "years" }, { value: 4120, unit: null, text: "4,120" }, { value: 10, unit: "hours" }, { value: 8, unit: "hours", text: "8" },
  ]],
  ["a pressure's unit of two symbols", "the drug cut pressure by 6 mm Hg, to 118mmHg", [{ value: 6, unit: "mm Hg", text: "6 mm Hg" }, { value: 118, unit: "mmHg", text: "118mmHg" }]],
  ["symbols of engines, batteries, chips and power glued on", "a 1,600cc engine of 150hp, a 4,500mAh cell, a 3nm chip and a 40W charger", [
    { value: 1600, unit: "cc", text: "1,600cc" },
    { value: 150, unit: "hp", text: "150hp" },
    { value: 4500, unit: "mAh", text: "4,500mAh" },
    { value: 3, unit: "nm", text: "3nm" },
    { value: 40, unit: "W", text: "40W" },
  ]],
  ["a unit divided by another", "soot at 35µg/m3, cars at 110g/km and lead at 2 mg/L; a 7 km/Lyon stage", [
    { value: 35, unit: "µg/m3", text: "35µg/m3" },
    { value: 110, unit: "g/km", text: "110g/km" },
    { value: 2, unit: "mg/L", text: "2 mg/L" },
    { value: 7, unit: "km", text: "7 km" },
  ]],
  ["two sides of one measure", "a canvas of 30 x 40 cm and a 3 × 4 metre banner, but 3 x 20 points and the 4x100m relay", [
    { value: 30, unit: "cm", text: "30" },
    { value: 40, unit: "cm", text: "40 cm" },
    { value: 3, unit: "metre", text: "3" },
    { value: 4, unit: "metre", text: "4 metre" },
    { value: 3, unit: "x", text: "3 x" },
    { value: 20, unit: "points" },
  ]],
  ["a rate written with a slash", "gold at $1,950/oz, power at €48/MWh, prices up 4%/year, but $5/Tom and $20/$30", [
    { value: 1950, unit: "USD", text: "$1,950/oz" },
    { value: 48, unit: "EUR", text: "€48/MWh" },
    { value: 4, unit: "%", text: "4%/year" },
    { value: 5, unit: "USD", text: "$5" },
    { value: 20, unit: "USD", text: "$20" },
    { value: 30, unit: "USD", text: "$30" },
  ]],
  ["two currencies", "the €3.8 billion ($4.2 billion) investment", [
    { value: 3800000000, unit: "EUR", text: "€3.8 billion" },
    { value: 4200000000, unit: "USD", text: "$4.2 billion" },
  ]],
  ["currency words and codes", "fined 50 euros, 3 million Swiss francs, 20,000 USD and 5 million pounds ($6.5 million)", [
    { value: 50, unit: "EUR" },
    { value: 3000000, unit: "CHF" },
    { value: 20000, unit: "USD" },
    { value: 5000000, unit: "GBP", text: "5 million pounds" },
    { value: 6500000, unit: "USD" },
  ]],
  ["a country's crowns and pesos are its currency; crowns alone are counted things", "booked 4.2 billion Danish crowns, earned 1.25 trillion Chilean pesos and fitted three crowns", [
    { value: 4200000000, unit: "DKK" },
    { value: 1250000000000, unit: "CLP" },
    { value: 3, unit: "crowns" },
  ]],
  ["currency symbols after the amount", "a ticket costs 15 € and a meal 30 $, with 100元 for the taxi", [
    { value: 15, unit: "EUR", text: "15 €" },
    { value: 30, unit: "USD", text: "30 $" },
    { value: 100, unit: "CNY", text: "100元" },
  ]],
  ["a symbol before the next amount is that amount's", "he handed over 5 $20 bills", [
    { value: 5, unit: null, text: "5" },
    { value: 20, unit: "USD", text: "$20" },
  ]],
  ["codes glued to the amount, codes in lower case, singular and slang words", "fees of USD250 and 99EUR, paid 20 usd, worth 10 US dollar or 5 bucks", [
    { value: 250, unit: "USD", text: "USD250" },
    { value: 99, unit: "EUR", text: "99EUR" },
    { value: 20, unit: "USD", text: "20 usd" },
    { value: 10, unit: "USD", text: "10 US dollar" },
    { value: 5, unit: "USD", text: "5 bucks" },
  ]],
  ["money and its cents are one sum", "it cost 3 dollars 50 cents, twelve euros and twenty cents, $4 and 5 cents; the fare was 15 dollars 50.", [
    { value: 3.5, unit: "USD", text: "3 dollars 50 cents" },
    { value: 12.2, unit: "EUR", text: "twelve euros and twenty cents" },
    { value: 4.05, unit: "USD", text: "$4 and 5 cents" },
    { value: 15.5, unit: "USD", text: "15 dollars 50" },
  ]],
  ["cents need the coin's name after a symbol", "he paid $3 and 50 people came", [
    { value: 3, unit: "USD", text: "$3" },
    { value: 50, unit: "people" },
  ]],
  ["one before a unit of measure or money", "he found one penny, a one-yen coin and walked one mile; one official said", [
    { value: 1, unit: "penny", text: "one penny" },
    { value: 1, unit: "JPY", text: "one-yen" },
    { value: 1, unit: "mile", text: "one mile" },
  ]],
  ["codes that carry a scale", "revenue of MSEK 120, a loss of 30 MUSD, costs of 5 kEUR and 75 USD million", [
    { value: 120000000, unit: "SEK", text: "MSEK 120" },
    { value: 30000000, unit: "USD", text: "30 MUSD" },
    { value: 5000, unit: "EUR", text: "5 kEUR" },
    { value: 75000000, unit: "USD", text: "75 USD million" },
  ]],
  ["a thousands separator with a stray blank, not in a list (whose numbers count what the last counts)", "around 80, 000 spectators; scores of 50, 100, 150 points", [
    { value: 80000, unit: "spectators", text: "around 80, 000 spectators" },
    { value: 50, unit: "points" },
    { value: 100, unit: "points" },
    { value: 150, unit: "points" },
  ]],
  ["pounds of weight", "the parcel weighed 20 pounds; the catch is capped at 29.4 million pounds", [
    { value: 20, unit: "pounds" },
    { value: 29400000, unit: "pounds" },
  ]],
  ["currency prefixes", "spent US$4.5bn, A$300m and Rs 500 crore", [
    { value: 4500000000, unit: "USD" },
    { value: 300000000, unit: "AUD" },
    { value: 5000000000, unit: "INR" },
  ]],
  ["a larger scale after a scale multiplies it", "a package of Rs 2.4 lakh crore, a ₹3 thousand crore loan and 5 thousand million people, but 2 lakh people and a crore", [
    { value: 2400000000000, unit: "INR", text: "Rs 2.4 lakh crore" },
    { value: 30000000000, unit: "INR", text: "₹3 thousand crore" },
    { value: 5000000000, unit: "people", text: "5 thousand million people" },
    { value: 200000, unit: "people", text: "2 lakh people" },
  ]],
  ["abbreviations glued to the amount", "fares rose to Rs450 from Rs.300, a Sh2.5 billion tender and KSh 40, but Mrs5 and the HRs12 form are codes", [
    { value: 450, unit: "INR", text: "Rs450" },
    { value: 300, unit: "INR", text: "Rs.300" },
    { value: 2500000000, unit: "KES", text: "Sh2.5 billion" },
    { value: 40, unit: "KES", text: "KSh 40" },
  ]],
  ["a code before a dollar sign names the dollar", "raised AUD$12 million, spent cad$ 40 and Mex$ 9 million, paid XYZ$5 and US$6", [
    { value: 12000000, unit: "AUD", text: "AUD$12 million" },
    { value: 40, unit: "CAD", text: "cad$ 40" },
    { value: 9000000, unit: "MXN", text: "Mex$ 9 million" },
    { value: 5, unit: "USD", text: "$5" },
    { value: 6, unit: "USD", text: "US$6" },
  ]],
  ["rate after a price", "climbed 6% to €38.40 per megawatt hour", [
    { value: 6, unit: "%", text: "6%" },
    { value: 38.4, unit: "EUR", text: "€38.40 per megawatt hour" },
  ]],
  ["percent and sterling in wire style", "exports rose 12.5pct and imports 3 pct to 1.1 billion stg; the pcts", [
    { value: 12.5, unit: "percent", text: "12.5pct" },
    { value: 3, unit: "percent", text: "3 pct" },
    { value: 1100000000, unit: "GBP", text: "1.1 billion stg" },
  ]],
  ["a percent joined by a hyphen to the noun it modifies", "The pension fund took a 12.5-per-cent stake after a 3-percent rise in the shares.", [
    { value: 12.5, unit: "percent", text: "12.5-per-cent" }, { value: 3, unit: "percent", text: "3-percent" },
  ]],
  ["a hyphened word that only starts like a percent is no percent", "The 4-percenters club hired a 5-person crew.", [{ value: 4, unit: "percenters" }, { value: 5, unit: "person" }]],
  ["percent forms", "87 percent backed it, 3 per cent did not, shares rose 14pc, and rates rose 0.3 percentage points to 4.2%", [
    { value: 87, unit: "percent" },
    { value: 3, unit: "percent", text: "3 per cent" },
    { value: 14, unit: "percent", text: "14pc" },
    { value: 0.3, unit: "percentage points" },
    { value: 4.2, unit: "%" },
  ]],
  ["numbers in words", "Six people were detained and the two parties met with a hundred officers and two dozen police.", [
    { value: 6, unit: "people", text: "Six people" },
    { value: 2, unit: "parties", text: "two parties" },
    { value: 100, unit: "officers", text: "a hundred officers" },
    { value: 24, unit: "police", text: "two dozen police" },
  ]],
  ["compound number words", "twenty-five journalists, one hundred and twenty guests and half a million people", [
    { value: 25, unit: "journalists" },
    { value: 120, unit: "guests" },
    { value: 500000, unit: "people", text: "half a million people" },
  ]],
  ["a length a verb takes stays a length before a time of its own with earlier or later", "The same drive had taken 25 minutes earlier in the week, and crews spent about 10 hours later that night on the line.", [
    { value: 25, unit: "minutes", text: "25 minutes" }, { value: 10, unit: "hours", qualifier: "about" },
  ]],
  ["lengths of time", "a 72-hour strike, a six-month extension, closed for 11 days, lived there for 40 years, opened two years later than planned", [
    { value: 72, unit: "hour", text: "72-hour" },
    { value: 6, unit: "month", text: "six-month" },
    { value: 11, unit: "days", text: "11 days" },
    { value: 40, unit: "years", text: "40 years" },
    { value: 2, unit: "years", text: "two years" },
  ]],
  ["qualifiers", "up to 400 jobs, more than 20 ships, at least six staff members, nearly 5,000 homes, about 12%", [
    { value: 400, qualifier: "up to", text: "up to 400 jobs" },
    { value: 20, qualifier: "more than", text: "more than 20 ships" },
    { value: 6, qualifier: "at least", unit: "staff members" },
    { value: 5000, qualifier: "nearly", unit: "homes" },
    { value: 12, qualifier: "about", unit: "%" },
  ]],
  ["qualifiers after", "1,000-plus members, 100 or more seats and 20+ candidates", [
    { value: 1000, qualifier: "plus", unit: "members" },
    { value: 100, qualifier: "or more", unit: "seats" },
    { value: 20, qualifier: "plus", unit: "candidates" },
  ]],
  ["range with to", "agents expected 20 to 30 vessels to divert", [{ value: 20, high: 30, unit: "vessels", text: "20 to 30 vessels" }]],
  ["range with a dash and a shared percent", "a 20-30% rise", [{ value: 20, high: 30, unit: "%", text: "20-30%" }]],
  ["range with the percent sign on both ends", "a rise of 10%-15% and 5% to 8%", [
    { value: 10, high: 15, unit: "%", text: "10%-15%" },
    { value: 5, high: 8, unit: "%", text: "5% to 8%" },
  ]],
  ["range with between", "between 20 and 30 people died", [{ value: 20, high: 30, unit: "people" }]],
  ["range with a unit glued to both ends", "Seas were between 1.5C and 2C warmer, and the swell ran 3ft-5ft.", [
    { value: 1.5, high: 2, unit: "C", text: "1.5C and 2C" },
    { value: 3, high: 5, unit: "ft", text: "3ft-5ft" },
  ]],
  ["two measures with a unit, joined by and without between, stay two", "The river rose 2m and 3m downstream, as the 6ft by 8ft canvas dried.", [
    { value: 2, high: null, unit: "m" }, { value: 3, high: null, unit: "m" }, { value: 6, unit: "ft" }, { value: 8, unit: "ft" },
  ]],
  ["range sharing a scale", "5 to 10 million households", [{ value: 5000000, high: 10000000, unit: "households" }]],
  ["range in words", "for two or three days", [{ value: 2, high: 3, unit: "days" }]],
  ["currency range", "raised £5m-£10m", [{ value: 5000000, high: 10000000, unit: "GBP" }]],
  ["from ... to is two figures", "prices rose from 5% to 8%, from 140 to 210 inspections and from £5m to £8m", [
    { value: 5, high: null, unit: "%", text: "5%" },
    { value: 8, high: null, unit: "%", text: "8%" },
    { value: 140, high: null, unit: "inspections", text: "140" },
    { value: 210, high: null, unit: "inspections", text: "210 inspections" },
    { value: 5000000, high: null, unit: "GBP", text: "£5m" },
    { value: 8000000, high: null, unit: "GBP", text: "£8m" },
  ]],
  ["a change and the level it reached are two figures", "Brent rose $2.41 to $78.90 and inflation rose 0.3% to 3.4%, while prices rose 5 to 10 percent", [
    { value: 2.41, high: null, unit: "USD", text: "$2.41" },
    { value: 78.9, high: null, unit: "USD", text: "$78.90" },
    { value: 0.3, high: null, unit: "%", text: "0.3%" },
    { value: 3.4, high: null, unit: "%", text: "3.4%" },
    { value: 5, high: 10, unit: "percent", text: "5 to 10 percent" },
  ]],
  ["unit of the figure compared", "backed the bill by 65 votes to 63 on Wednesday", [
    { value: 65, unit: "votes" },
    { value: 63, unit: "votes", text: "63" },
  ]],
  ["a named rival standing on a bare number counts what the figure before counts", "The Independents kept the seat on 2,318 votes, with Reform on 1,974 and the Lib Dems on 612. The Tories polled 22 percent, behind Plaid on 27.", [
    { value: 2318, unit: "votes" }, { value: 1974, unit: "votes", text: "1,974" }, { value: 612, unit: "votes", text: "612" },
    { value: 22, unit: "percent" }, { value: 27, unit: "percent", text: "27" },
  ]],
  ["the whole a count is part of counts the same things", "Clerks had checked 640 ballots out of 9,000 by noon, and the motion won 212 votes out of nearly 400 returned.", [
    { value: 640, unit: "ballots" }, { value: 9000, unit: "ballots", text: "9,000" },
    { value: 212, unit: "votes" }, { value: 400, unit: "votes", qualifier: "nearly" },
  ]],
  ["a participle that can be a noun ends the whole's clause: the whole counts what the part does; before a noun it stays one", "She won by 88 votes out of 5,210 cast, and the theatre hired 12 cast members.", [
    { value: 88, unit: "votes" }, { value: 5210, unit: "votes", text: "5,210" }, { value: 12, unit: "cast members" },
  ]],
  ["no carried count after a lower-case word, a label, a sentence's end or a percentage's whole", "The Greens took 1,406 votes in Ward 318, polling 41% out of 3,150 asked. Reform took 1,112 votes. Turnout on 518 streets fell.", [
    { value: 1406, unit: "votes" }, { value: 41, unit: "%" }, { value: 3150, unit: null }, { value: 1112, unit: "votes" }, { value: 518, unit: "streets" },
  ]],
  ["a year after a named rival's on is no count", "The Greens took 1,406 votes, ahead of Labour on 2019 levels.", [
    { value: 1406, unit: "votes" },
  ]],
  ["more of the same after another or further", "police held 300 protesters and detained another 20; 500 jobs went and a further 200 will go. Another 40 came", [
    { value: 300, unit: "protesters" },
    { value: 20, unit: "protesters", text: "20" },
    { value: 500, unit: "jobs" },
    { value: 200, unit: "jobs", text: "200" },
    { value: 40, unit: null },
  ]],
  ["unit across a year", "140 inspections in 2024, down from 210 in 2019", [
    { value: 140, unit: "inspections" },
    { value: 210, unit: "inspections", text: "210" },
  ]],
  ["counted part of a whole", "170 of its flights; four of the five participants; nine of the 12 victims", [
    { value: 170, unit: "flights" },
    { value: 4, unit: "participants" },
    { value: 5, unit: "participants" },
    { value: 9, unit: "victims" },
    { value: 12, unit: "victims" },
  ]],
  ["proportions are one figure, the share", "7 out of 10 people and four in 10 Americans", [
    { value: 0.7, unit: "people", text: "7 out of 10 people" },
    { value: 0.4, unit: "Americans", text: "four in 10 Americans" },
  ]],
  ["proportions with one, words and a qualifier", "One in two people, one in five children and fewer than one in three voters", [
    { value: 0.5, unit: "people", text: "One in two people" },
    { value: 0.2, unit: "children", text: "one in five children" },
    { value: 1 / 3, unit: "voters", qualifier: "fewer than", text: "fewer than one in three voters" },
  ]],
  ["a proportion joined by hyphens", "a one-in-five chance", [{ value: 0.2, unit: "chance", text: "one-in-five chance" }]],
  ["no proportion across a year or a length of time", "sales rose 5 in 2024 as he scored 2 in 3 minutes", [
    { value: 5, unit: null },
    { value: 2, unit: null },
    { value: 3, unit: "minutes" },
  ]],
  ["fractions in words", "two-thirds of the members, almost a third of the staff and one third of landlords; Two-thirds agreed", [
    { value: 2 / 3, unit: "members", text: "two-thirds of the members" },
    { value: 1 / 3, unit: "staff", qualifier: "almost", text: "almost a third of the staff" },
    { value: 1 / 3, unit: "landlords", text: "one third of landlords" },
    { value: 2 / 3, unit: null, text: "Two-thirds" },
  ]],
  ["a change by a share", "Fares fell by a third, rents rose by half in a year and fees by a quarter from May", [
    { value: 1 / 3, unit: null, text: "a third" },
    { value: 0.5, unit: null, text: "half" },
    { value: 0.25, unit: null, text: "a quarter" },
  ]],
  ["a change by a share with a qualifier between", "Rents rose by more than a third since 2020 and fares by almost half", [
    { value: 1 / 3, unit: null, qualifier: "more than", text: "more than a third" },
    { value: 0.5, unit: null, qualifier: "almost", text: "almost half" },
  ]],
  ["a share after a noun of change with of, or before a comparative that ends its phrase", "Rents saw a rise of about a quarter in May; fares are a fifth higher than in 2019, and the tariff fell 2p, a cut of roughly a tenth.", [
    { value: 0.25, unit: null, qualifier: "about", text: "about a quarter" },
    { value: 0.2, unit: null, text: "a fifth" },
    { value: 2, unit: "p" },
    { value: 0.1, unit: null, qualifier: "roughly", text: "roughly a tenth" },
  ]],
  ["half of one unit of measure", "Rates rose by half a percentage point, the index was up by half a point, and the path runs half a mile; half the pupils walked.", [
    { value: 0.5, unit: "percentage point", text: "half a percentage point" },
    { value: 0.5, unit: "point", text: "half a point" },
    { value: 0.5, unit: "mile", text: "half a mile" },
  ]],
  ["a share of a whole named by its owner and its number counts what the whole counts", "About a third of the chain's 31,000 staff joined the union.", [
    { value: 1 / 3, unit: "staff", qualifier: "about", text: "About a third of the chain's 31,000 staff" },
    { value: 31000, unit: "staff" },
  ]],
  ["printed fractions", "a pipe 10 1/2 miles long, a 3/4 mile track, ½ cup of rice and 6 3/8% notes", [
    { value: 10.5, unit: "miles", text: "10 1/2 miles" },
    { value: 0.75, unit: "mile", text: "3/4 mile" },
    { value: 0.5, unit: "cup", text: "½ cup" },
    { value: 6.375, unit: "%", text: "6 3/8%" },
  ]],
  ["fractions of a scale", "a quarter of a million homes, half million dollars and three quarters billion euros", [
    { value: 250000, unit: "homes", text: "a quarter of a million homes" },
    { value: 500000, unit: "USD", text: "half million dollars" },
    { value: 750000000, unit: "EUR", text: "three quarters billion euros" },
  ]],
  ["a part of a large whole that is no round number", "he swept seven out of 11 states and hit 55 in 60 balls, as did one in 45 players", [
    { value: 7, unit: "states", text: "seven out of 11 states" },
    { value: 11, unit: "states" },
    { value: 55, unit: null },
    { value: 60, unit: "balls" },
    { value: 1 / 45, unit: "players", text: "one in 45 players" },
  ]],
  ["a verb right after a proportion", "Nearly three in four say so", [{ value: 0.75, unit: null, qualifier: "nearly", text: "Nearly three in four" }]],
  ["what the subject's verb says of a number", "More than 30 were injured and at least 12 are feared dead; 40 died and about 300 were laid off", [
    { value: 30, unit: "injured", qualifier: "more than", text: "More than 30 were injured" },
    { value: 12, unit: "dead", qualifier: "at least", text: "at least 12 are feared dead" },
    { value: 40, unit: "died", text: "40 died" },
    { value: 300, unit: "laid off", qualifier: "about" },
  ]],
  ["a state word after the number is the state, which the next number does not take", "the blast left 30 dead and 120 wounded; 14 people dead and 20 wounded", [
    { value: 30, unit: "dead", text: "30 dead" },
    { value: 120, unit: "wounded", text: "120 wounded" },
    { value: 14, unit: "people" },
    { value: 20, unit: "people", text: "20 wounded" },
  ]],
  ["a capitalized collective before a capitalized plural is one title-case unit; a plural in -s is not", "The county sent 25 Police Constables and 6 Staff Nurses; 7 Reasons Voters Stay Home", [
    { value: 25, unit: "Police Constables" }, { value: 6, unit: "Staff Nurses" }, { value: 7, unit: "Reasons" },
  ]],
  ["a plural naming what the next plural is for", "three police officers, 20 arms dealers and 300 police; gave 20 children books; 12 sales rose; 8 Questions Members Ask", [
    { value: 3, unit: "police officers" },
    { value: 20, unit: "arms dealers" },
    { value: 300, unit: "police" },
    { value: 20, unit: "children" },
    { value: 12, unit: "sales" },
    { value: 8, unit: "Questions" },
  ]],
  ["a limit after people that is no age", "villagers over 100 km away, drivers over 300 fined and patients over 50 kg", [
    { value: 100, unit: "km", qualifier: "over" },
    { value: 300, qualifier: "over" },
    { value: 50, unit: "kg", qualifier: "over" },
  ]],
  ["a limit after people with a percentage or a unit, or after a noun for no person, is no age", "customers under 30% of the total, residents over 40 miles away and members over 40 said so", [
    { value: 30, unit: "%", qualifier: "under" },
    { value: 40, unit: "miles", qualifier: "over" },
    { value: 40, qualifier: "over" },
  ]],
  ["a perfect or a modal before the verb of the subject", "officials said 14 had died, as many as 40 may have drowned and 30 have fled, but the two may have met", [
    { value: 14, unit: "died", text: "14 had died" },
    { value: 40, unit: "drowned", qualifier: "as many as" },
    { value: 30, unit: "fled", text: "30 have fled" },
  ]],
  ["a superlative and an owner inside the counted phrase", "the 20 most expensive flats held two-thirds of the city's wealth", [
    { value: 20, unit: "most expensive flats" },
    { value: 2 / 3, unit: "wealth", text: "two-thirds of the city's wealth" },
  ]],
  ["a percentage after a year", "in 2006 95% of them were young", [{ value: 95, unit: "%", text: "95%" }]],
  ["a range from a number in words to one in digits", "walls eight to 10 feet tall", [{ value: 8, high: 10, unit: "feet", text: "eight to 10 feet" }]],
  ["lower-case codes before the amount", "rmb 10 and usd 20", [
    { value: 10, unit: "CNY", text: "rmb 10" },
    { value: 20, unit: "USD", text: "usd 20" },
  ]],
  ["a code between two amounts is the first one's unless that one has a code before it", "fees of 10 EUR 20 USD; rmb 10 usd 20", [
    { value: 10, unit: "EUR", text: "10 EUR" },
    { value: 20, unit: "USD", text: "20 USD" },
    { value: 10, unit: "CNY", text: "rmb 10" },
    { value: 20, unit: "USD", text: "usd 20" },
  ]],
  ["the age of a thing said of it is a length of time", "the law is 40 years old and the aircraft are more than 20 years old", [
    { value: 40, unit: "years", text: "40 years" },
    { value: 20, unit: "years", qualifier: "more than", text: "more than 20 years" },
  ]],
  ["numbers in words in a title-case headline", "Storm Kills Three People As Mayor Signs Three-Page Order", [
    { value: 3, unit: "People", text: "Three People" },
    { value: 3, unit: "Page", text: "Three-Page" },
  ]],
  ["a headline's state without its verb", "3 dead, 12 injured in blast. Police Say Ten Arrested After Protest", [
    { value: 3, unit: "dead", text: "3 dead" },
    { value: 12, unit: "injured", text: "12 injured" },
    { value: 10, unit: "Arrested", text: "Ten Arrested" },
  ]],
  ["a state after a count of people takes their noun", "the blast left 14 people dead and more than 20 wounded; 84 were killed and roughly 200 wounded", [
    { value: 14, unit: "people" },
    { value: 20, unit: "people", text: "more than 20 wounded" },
    { value: 84, unit: "killed" },
    { value: 200, unit: "wounded", text: "roughly 200 wounded" },
  ]],
  ["a past-tense verb's change and the level reached", "the stock skidded 1.74 to 123.5 while raids killed 5 to 10 people", [
    { value: 1.74, high: null },
    { value: 123.5, high: null },
    { value: 5, high: 10, unit: "people" },
  ]],
  ["dollars as wire copy abbreviates them", "a ransom of dlrs 1 million and 50 million dlrs", [
    { value: 1000000, unit: "USD", text: "dlrs 1 million" },
    { value: 50000000, unit: "USD", text: "50 million dlrs" },
  ]],
  ["an adjective after a name used as an adjective", "the two Democratic presidential candidates met 1,042 Ohio registered voters", [
    { value: 2, unit: "Democratic presidential candidates" },
    { value: 1042, unit: "Ohio registered voters" },
  ]],
  ["a capitalized currency word before a name is a name", "7 John Kasich. 8 Rand Paul. A 50 Euros Fine", [
    { value: 7, unit: "John Kasich" },
    { value: 8, unit: "Rand Paul" },
    { value: 50, unit: "EUR", text: "50 Euros" },
  ]],
  ["hyphenated scale", "a $3.5-billion deal", [{ value: 3500000000, unit: "USD", text: "$3.5-billion" }]],
  ["a comparing word other than to, from, than, and, or, but a part told by its place", "900 flights were cancelled, with 170 at one airline, and 40 trains, with 12 late", [
    { value: 900, unit: "flights" },
    { value: 170, unit: "flights" },
    { value: 40, unit: "trains" },
    { value: 12, unit: null },
  ]],
  ["times", "rebooked three times, more than three times its estimate", [
    { value: 3, unit: "times" },
    { value: 3, unit: "times", qualifier: "more than" },
  ]],
  ["temperatures and signs", "temperatures could reach 34C and fell to -12C, or minus 5 degrees", [
    { value: 34, unit: "C", text: "34C" },
    { value: -12, unit: "C", text: "-12C" },
    { value: -5, unit: "degrees", text: "minus 5 degrees" },
  ]],
  ["poll results are not scores", "the vote split 52%-48%", [
    { value: 52, unit: "%" },
    { value: 48, unit: "%" },
  ]],
  ["a hyphen after a price", "a £10-a-month fee and halibut at $16.99 a pound", [
    { value: 10, unit: "GBP", text: "£10" },
    { value: 16.99, unit: "USD", text: "$16.99 a pound" },
  ]],
  ["letter scales after a currency", "a $1.5T budget, a $10K prize and £25 m for roads, not $5 T-shirts", [
    { value: 1500000000000, unit: "USD" },
    { value: 10000, unit: "USD" },
    { value: 25000000, unit: "GBP", text: "£25 m" },
    { value: 5, unit: "USD", text: "$5" },
  ]],
  ["title case headline", "Dockers Walk Out For 72 Hours As 3,000 Jobs Face Axe; Sales Fall 5%", [
    { value: 72, unit: "Hours" },
    { value: 3000, unit: "Jobs" },
    { value: 5, unit: "%" },
  ]],
  ["four digits counting a plural", "about 2000 people attended and 1500 troops were sent", [
    { value: 2000, unit: "people", qualifier: "about" },
    { value: 1500, unit: "troops" },
  ]],
  ["four digits with a unit", "paid 2000 euros to drive 1500 km", [
    { value: 2000, unit: "EUR" },
    { value: 1500, unit: "km" },
  ]],
  ["a number with nothing counted", "bringing the death toll to 57.", [{ value: 57, unit: null, text: "57" }]],
  ["adjective that can be a plural noun", "among 10 wealthy countries", [{ value: 10, unit: "wealthy countries" }]],
  ["a headline's bare number", "Death Toll In Nepal Rises To 3,600", [{ value: 3600, unit: null }]],
  ["adverbs and determiners inside the phrase", "splits into 2 dramatically different pieces; more than 300 such promotions", [
    { value: 2, unit: "dramatically different pieces" },
    { value: 300, unit: "promotions", qualifier: "more than" },
  ]],
  ["over as a particle", "ready to hand over 3,000 bodies", [{ value: 3000, qualifier: null }]],
  ["over a length of time", "cut $1.5 trillion over 10 years after working for over 40 years", [
    { value: 1500000000000, unit: "USD" },
    { value: 10, unit: "years", qualifier: null, text: "10 years" },
    { value: 40, unit: "years", qualifier: "over", text: "over 40 years" },
  ]],
  ["a relative time after a figure is no rate", "85% a year ago, $5 a year earlier and £1,755 a year", [
    { value: 85, unit: "%", text: "85%" },
    { value: 5, unit: "USD", text: "$5" },
    { value: 1755, unit: "GBP", text: "£1,755 a year" },
  ]],
  ["a length of time ending a clause after before or after is no rate, one before a noun is", "sales of 2.4m units, versus 2.0m a year before, and pay of £30,000 a year before tax", [
    { value: 2400000, unit: "units", text: "2.4m units" },
    { value: 2000000, unit: "units", text: "2.0m" },
    { value: 30000, unit: "GBP", text: "£30,000 a year" },
  ]],
  ["a glued lowercase k is thousands with nothing counted, not after an article", "Around 45k were stranded and rents hit 12.5k, while she ran a 5k and the 10k", [
    { value: 45000, unit: "stranded", qualifier: "around", text: "Around 45k were stranded" },
    { value: 12500, unit: null, text: "12.5k" },
  ]],
  ["a part told by its place counts what the whole counts", "The bank employs 5,000 staff worldwide, with 1,200 in the UK, and has 300 branches, including 40 across Wales; it sold 90 cars, with 20 under warranty", [
    { value: 5000, unit: "staff" }, { value: 1200, unit: "staff", text: "1,200" },
    { value: 300, unit: "branches" }, { value: 40, unit: "branches", text: "40" },
    { value: 90, unit: "cars" }, { value: 20, unit: null, text: "20" },
  ]],
  ["a count the sentence's subject names ('the number of X') is of X, and what it is compared with", "The number of families waiting for homes rose to 4.2 million, up from 3.9 million. The total number of complaints fell to 860.", [
    { value: 4200000, unit: "families" }, { value: 3900000, unit: "families" }, { value: 860, unit: "complaints" },
  ]],
  ["a half in words hyphened into a compound modifier", "He signed a five-and-a-half-year contract after a two-and-a-half-hour meeting.", [
    { value: 5.5, unit: "year", text: "five-and-a-half-year" }, { value: 2.5, unit: "hour", text: "two-and-a-half-hour" },
  ]],
  ["but a price for whom between a change and its numbers stays figures", "The fare for women went from 64 to 65 pence.", [
    { value: 64 }, { value: 65, unit: "pence" },
  ]],
  ["a plural subject of a verb of level counts the bare number after it, and what it is compared with", "Job openings across the region stood at 9,400 in May, down from 11,200. Pupils at the school numbered 620.", [
    { value: 9400, unit: "openings" }, { value: 11200, unit: "openings" }, { value: 620, unit: "Pupils" },
  ]],
  ["the antecedent of a relative clause of level counts the bare number in it, its verb in the present too", "Research posts in Wales, which number about 5,200, are at risk. Branches that totalled 310 closed.", [
    { value: 5200, unit: "posts" }, { value: 310, unit: "Branches" },
  ]],
  ["but not an amount's, nor a singular antecedent's", "Its shares, which reached 540, fell. The index, which stood at 7,800, rose.", [
    { value: 540, unit: null }, { value: 7800, unit: null },
  ]],
  ["but not a noun of an amount, a subject with a unit after the number, nor a singular subject", "Rents in the city rose to 1,450. Tickets reached 3,000 seats. The index stood at 7,800.", [
    { value: 1450, unit: null }, { value: 3000, unit: "seats" }, { value: 7800, unit: null },
  ]],
  ["but not past the sentence's end, nor a figure with its own unit", "The number of families grew. It rose to 12 in May. The number of voters rose by 3% to 40,000 adults.", [
    { value: 12, unit: null }, { value: 3, unit: "%" }, { value: 40000, unit: "adults" },
  ]],
  ["a bare 'the number' rising or falling takes up the count of the sentence before", "About 52,000 homes lost power on Friday. By the evening the number had fallen to 9,400.", [
    { value: 52000, unit: "homes" }, { value: 9400, unit: "homes", text: "9,400" },
  ]],
  ["a bare number with 'more' after it adds to the count before it in its sentence", "The clinic hired 240 nurses last year and plans to add up to 90 more by June; the ferry carries 1,200 cars a day and the port wants 300 more.", [
    { value: 240, unit: "nurses" }, { value: 90, unit: "nurses", qualifier: "up to" }, { value: 1200, unit: "cars" }, { value: 300, unit: "cars", text: "300" },
  ]],
  ["but not after a percentage or a length of time, nor past the sentence's end or a semicolon", "Turnout reached 61% in the north, and officials expect 5 more. The drought lasted 3 weeks and may run 2 more. Crews fixed 80 pipes on Monday. Officials said 12 more. Police made 37 arrests; 9 more were hurt.", [
    { value: 61, unit: "%" }, { value: 5, unit: null }, { value: 3, unit: "weeks" }, { value: 2, unit: null }, { value: 80, unit: "pipes" }, { value: 12, unit: null }, { value: 37, unit: "arrests" }, { value: 9, unit: null },
  ]],
  ["not a count two sentences back, a percentage, nor 'the total' of a noun of its own", "Police made 37 arrests. Roads were shut. The total rose to 52. Sales rose 5%. The number fell to 4. Crews fixed 80 pipes. The total cost was 400.", [
    { value: 37, unit: "arrests" }, { value: 52, unit: null }, { value: 5, unit: "%" }, { value: 4, unit: null }, { value: 80, unit: "pipes" }, { value: 400, unit: null },
  ]],
  ["a length of time or a percentage has no part told by its place", "Jobs fell 2% in the six months to May, with 900 in Wales, and rose 3%, with 40 in Kent", [
    { value: 2, unit: "%" }, { value: 6, unit: "months" }, { value: 900, unit: null, text: "900" }, { value: 3, unit: "%" }, { value: 40, unit: null, text: "40" },
  ]],
  ["a level compared past a length of time is of the figure of its size", "About 9,000 riders waited over 40 minutes, down from 11,000, and 300 staff worked 10 hours, up from 8", [
    { value: 9000, unit: "riders" }, { value: 40, unit: "minutes" }, { value: 11000, unit: "riders", text: "11,000" },
    { value: 300, unit: "staff" }, { value: 10, unit: "hours" }, { value: 8, unit: "hours", text: "8" },
  ]],
  ["a margin either way is no negative amount, a minus is", "sales of $65 billion, plus or minus 2%, and lows of minus 5C", [
    { value: 65000000000, unit: "USD" }, { value: 2, unit: "%", text: "2%" }, { value: -5, unit: "C", text: "minus 5C" },
  ]],
  ["a hyphen set off by spaces is a minus after a preposition or a verb before a temperature, a dash after another word", "Overnight lows sank to - 18 degrees in the glen. The thermometer read - 7C. By noon it felt warm - 24 degrees.", [
    { value: -18, unit: "degrees", text: "- 18 degrees" }, { value: -7, unit: "C", text: "- 7C" }, { value: 24, unit: "degrees", text: "24 degrees" },
  ]],
  ["a number in words after \"to\" and a count is the other side's count", "The council backed the plan by seven votes to two, and the trust sent 30 books to one school.", [
    { value: 7, unit: "votes", text: "seven votes" }, { value: 2, unit: "votes", text: "two" }, { value: 30, unit: "books" },
  ]],
  ["a count before an ordinal hyphened to its noun counts that noun", "The gallery bought three 18th-century clocks and 12 2-door cabinets.", [
    { value: 3, unit: "18th-century clocks", text: "three 18th-century clocks" }, { value: 12, unit: "2-door cabinets" },
  ]],
  ["a number dialled is no figure, a number of calls is", "Callers should dial 999 only in an emergency; the line took 999 calls and rang 12 times.", [
    { value: 999, unit: "calls" }, { value: 12, unit: "times" },
  ]],
  ["a limit of age after people and a verb of being is an age, a thing's age is a figure", "Most of the patients were over 80, and 40 beds were over 10 years old.", [
    { value: 40, unit: "beds" }, { value: 10, unit: "years" },
  ]],
  ["a word of time between a count and its noun orders the things counted", "The rover made two earlier landing attempts, and the flat had three previous owners; it rose 5% earlier this week.", [
    { value: 2, unit: "landing attempts", text: "two earlier landing attempts" }, { value: 3, unit: "owners", text: "three previous owners" }, { value: 5, unit: "%", text: "5%" },
  ]],
  ["a list of ages is no figure, a count after the list is", "Three men, aged 31, 38 and 46, were charged; a woman aged 40, 12 officers and 3 dogs were hurt", [
    { value: 3, unit: "men" }, { value: 12, unit: "officers" }, { value: 3, unit: "dogs" },
  ]],
  ["a minor currency's code glued to two digits is a name, a major one's or a scaled one is money", "Leaders met at the COP31 summit and COP30. Gift cards of USD25 and a COP50 million loan", [
    { value: 25, unit: "USD", text: "USD25" }, { value: 50000000, unit: "COP", text: "COP50 million" },
  ]],
  ["a change and the level it reached", "the population fell by 2.08 million to 1.41 billion; prices rise by 5 to 10 per cent", [
    { value: 2080000, high: null, text: "2.08 million" },
    { value: 1410000000, high: null, text: "1.41 billion" },
    { value: 5, high: 10, unit: "percent" },
  ]],
  ["a fraction changing a level is a share, not in the level's unit; from a fraction to another it is", "It lifted the payout by a fifth to 80 cents and output from 1/4 to 3/8 tonnes", [
    { value: 0.2, unit: null, text: "a fifth" },
    { value: 80, unit: "cents" },
    { value: 0.25, unit: "tonnes", text: "1/4" },
    { value: 0.375, unit: "tonnes" },
  ]],
  ["modifiers joined by and", "some 3,500 search and rescue workers, 400 oil and gas firms and a 6.8 earthquake and aftershock", [
    { value: 3500, unit: "search and rescue workers", qualifier: "some" },
    { value: 400, unit: "oil and gas firms" },
    { value: 6.8, unit: "earthquake", text: "6.8 earthquake" },
  ]],
  ["a difference counts what the figure before it counts; a bare number after it does not", "about 4.3 million people voted, 310,000 more than in 2021; 14 arrived late", [
    { value: 4300000, unit: "people" },
    { value: 310000, unit: "people", text: "310,000" },
    { value: 14, unit: null },
  ]],
  ["a bare number after the same word as the figure before counts the same; after another word it does not", "Okoro has 41 delegates and Vance has 12, while Hale won 9 delegates after 3", [
    { value: 41, unit: "delegates" },
    { value: 12, unit: "delegates", text: "12" },
    { value: 9, unit: "delegates" },
    { value: 3, unit: null },
  ]],
  ["numbers after a place and a comma, or after 'then' and a comma, are no ages", "In Harrow, 22 and 19 people were hurt; by then, 40 had left", [
    { value: 22 },
    { value: 19, unit: "people" },
    { value: 40 },
  ]],
  ["a list's bare numbers count what its last counts; a fraction restated as a percentage does not", "it may admit 5,000, 9,000 and 12,000 migrants; two-thirds, 67 percent, agreed; compared with 40 percent", [
    { value: 5000, unit: "migrants" },
    { value: 9000, unit: "migrants" },
    { value: 12000, unit: "migrants" },
    { value: 2 / 3, unit: null },
    { value: 67, unit: "percent" },
    { value: 40, unit: "percent" },
  ]],
  ["a bare number with a time after it counts nothing by it", "the backlog must fall by about 40,000 a month and hiring reach 250 a week", [
    { value: 40000, unit: null, text: "about 40,000 a month" },
    { value: 250, unit: null, text: "250 a week" },
  ]],
  ["a rate with a number to divide by", "admissions fell to 3.1 per 100,000 people, up 2 per cent to 12 per 1,000 births", [
    { value: 3.1, unit: "per 100,000 people", text: "3.1 per 100,000 people" },
    { value: 2, unit: "percent" },
    { value: 12, unit: "per 1,000 births", text: "12 per 1,000 births" },
  ]],
  ["a sentence after a designator", "output rose to 7.2 million barrels a day. 3 million people were hit", [
    { value: 7200000, unit: "barrels" },
    { value: 3000000, unit: "people", text: "3 million people" },
  ]],
  ["the level after a percentage change", "the index rose 1.5 points, or 0.4 per cent, to 401.2; the FTSE 100 rose 0.8% to 8,312", [
    { value: 1.5, unit: "points" },
    { value: 0.4, unit: "percent" },
    { value: 401.2, unit: null },
    { value: 0.8, unit: "%" },
    { value: 8312, unit: null },
  ]],
  ["the level a percentage change is from", "Sales slipped 2% from 640,000 last year; the rate rose to 5% from 4% and fell by 10 per cent to 900 in May", [
    { value: 2, unit: "%" }, { value: 640000, unit: null }, { value: 5, unit: "%" }, { value: 4, unit: "%" }, { value: 10, unit: "percent" }, { value: 900, unit: null },
  ]],
  ["and a half", "jailed for seven and a half years; one and a half million jobs", [
    { value: 7.5, unit: "years", text: "seven and a half years" },
    { value: 1500000, unit: "jobs", text: "one and a half million jobs" },
  ]],
  ["part of a run", "won 17 of the last 20 races and lost four of their last five games; that week two people died", [
    { value: 17, unit: "races", text: "17 of the last 20 races" },
    { value: 20, unit: "races" },
    { value: 4, unit: "games", text: "four of their last five games" },
    { value: 5, unit: "games" },
    { value: 2, unit: "people" },
  ]],
  ["up to after a verb of movement", "core inflation edged up to 3.3%, and the firm will cut up to 400 jobs", [
    { value: 3.3, unit: "%", qualifier: null, text: "3.3%" },
    { value: 400, unit: "jobs", qualifier: "up to" },
  ]],
  ["ranges of decimals with a hyphen", "worth $1.2-1.5bn, 2.5-3.5 million people and rates of 4.5-5.0%", [
    { value: 1200000000, high: 1500000000, unit: "USD", text: "$1.2-1.5bn" },
    { value: 2500000, high: 3500000, unit: "people" },
    { value: 4.5, high: 5, unit: "%" },
  ]],
  ["a change in money and the level", "oil fell $2 to $80 a barrel; prices rose 5 to 10%; employment rose by 230,000 in the three months to May", [
    { value: 2, high: null, unit: "USD", text: "$2" },
    { value: 80, high: null, unit: "USD", text: "$80 a barrel" },
    { value: 5, high: 10, unit: "%" },
    { value: 230000, unit: null, text: "230,000" },
    { value: 3, unit: "months" },
  ]],
  ["basis points", "a 25bp cut", [{ value: 25, unit: "bp", text: "25bp" }]],
  ["pence", "Shares rose 3.5p, or 0.1%, to 4,010p", [
    { value: 3.5, unit: "p", text: "3.5p" },
    { value: 0.1, unit: "%" },
    { value: 4010, unit: "p", text: "4,010p" },
  ]],
  ["a measure named before the number", "A magnitude 6.8 earthquake struck eastern Turkey; a magnitude-7 quake and a 5.2-magnitude tremor", [
    { value: 6.8, unit: "magnitude", text: "magnitude 6.8" },
    { value: 7, unit: "magnitude", text: "magnitude-7" },
    { value: 5.2, unit: "magnitude", text: "5.2-magnitude" },
  ]],
  ["the counted phrase ends where the verb starts", "a 6.8 earthquake struck eastern Turkey and the 7.1 magnitude quake hit Peru", [
    { value: 6.8, unit: "earthquake", text: "6.8 earthquake" },
    { value: 7.1, unit: "magnitude quake", text: "7.1 magnitude quake" },
  ]],
  ["a count after a name: grouped, scaled, a percent, a currency or times after it", "The storm cost Florida 40,000 jobs, the club paid Benfica 120 million euros, the deal gives Nvidia 20 percent and he phoned Ms Reyes 12 times.", [
    { value: 40000, unit: "jobs", text: "40,000 jobs" }, { value: 120000000, unit: "EUR" }, { value: 20, unit: "percent" }, { value: 12, unit: "times" },
  ]],
  ["a count after a name that is a verb's first object", "A spokesman told Reuters 40 people had been hurt; ministers sent Ukraine 31 tanks and handed Mr Patel 12 weeks to reply.", [
    { value: 40, unit: "people" }, { value: 31, unit: "tanks" }, { value: 12, unit: "weeks" },
  ]],
  ["a count after a place opening a sentence, the subject of its clause", "At Gatwick 140 flights were cancelled. In Gdansk 40 buses stood idle.", [
    { value: 140, unit: "flights" }, { value: 40, unit: "buses" },
  ]],
  ["a name's count compared with the one before counts the same", "Ana Ruiz has 412 delegates to Tom Berg’s 380, and Mayor Ida Holm's 75. Lisbon had 58 strikes, compared with Porto's 41; the Rangers’ 3 goals came late.", [
    { value: 412, unit: "delegates" }, { value: 380, unit: "delegates", text: "380" }, { value: 75, unit: "delegates", text: "75" },
    { value: 58, unit: "strikes" }, { value: 41, unit: "strikes", text: "41" }, { value: 3, unit: "goals" },
  ]],
  ["a unit symbol alone in brackets", "The crane lifts 500 (kg) over a span of 12 {m}.", [
    { value: 500, unit: "kg", text: "500 (kg)" }, { value: 12, unit: "m", text: "12 {m}" },
  ]],
  ["a unit symbol alone in angle brackets, not a word", "Each pallet holds 40 <kg> of grain. The form lists 8 <crates>.", [
    { value: 40, unit: "kg", text: "40 <kg>" }, { value: 8, unit: null, text: "8" },
  ]],
  ["a currency's name before the amount", "The fund starts at dollar 12.5 million; the state set aside Naira 4 billion.", [
    { value: 12500000, unit: "USD", text: "dollar 12.5 million" }, { value: 4000000000, unit: "NGN", text: "Naira 4 billion" },
  ]],
  ["a currency's name before a move, after a determiner or ending the figure before names no amount", "Traders sent the dollar 1.5% higher and sterling 2 cents lower; he paid 50 dollars 20 times.", [
    { value: 1.5, unit: "%" }, { value: 2, unit: "cents" }, { value: 50, unit: "USD" }, { value: 20, unit: "times" },
  ]],
  ["a bare currency word takes the country an earlier amount gave it", "The carrier lost 2.4 billion Norwegian crowns, against 800 million crowns a year before.", [
    { value: 2400000000, unit: "NOK", text: "2.4 billion Norwegian crowns" }, { value: 800000000, unit: "NOK", text: "800 million crowns" },
  ]],
  ["a bare dollar after a country's dollar is that country's", "The miner earned 310 million Australian dollars, up from 270 million dollars.", [
    { value: 310000000, unit: "AUD" }, { value: 270000000, unit: "AUD" },
  ]],
  ["a bare currency word with no country before it keeps its own reading", "The fund paid 40 million dollars, then 12 million Canadian dollars.", [
    { value: 40000000, unit: "USD" }, { value: 12000000, unit: "CAD" },
  ]],
  ["another currency word does not take the country", "It lost 5 million Swiss francs and 3 million dollars.", [
    { value: 5000000, unit: "CHF" }, { value: 3000000, unit: "USD" },
  ]],
  ["pounds after a country's pounds may be a weight and keep their reading", "Exports of 2 million Egyptian pounds covered 900 pounds of cotton.", [
    { value: 2000000, unit: "EGP" }, { value: 900, unit: "pounds" },
  ]],
  ["brackets holding more than a unit symbol give no unit", "She marked 20 (C grade) papers and 30 (US) firms.", [
    { value: 20, unit: null, text: "20" }, { value: 30, unit: null, text: "30" },
  ]],
];

describe("extractFigures: forms", () => {
  for (const [name, text, expected] of FORMS) {
    it(name, () => {
      const got = figures(text);
      expect(got.map((f, i) => pick(f, expected[i] ?? {}))).toEqual(expected);
    });
  }
});

// The fields of `f` that `like` names, so a table row states only what it cares about.
function pick(f: Expected, like: Expected): Expected {
  return Object.fromEntries(Object.keys(like).map((k) => [k, f[k as keyof Expected]]));
}

const NOT_FIGURES: Array<[string, string]> = [
  ["years", "a 2023 report found that Kiev abandoned the talks in 2022; prices have risen since February 2022 and by 2028 the 2024 Olympics will be over."],
  ["years in a span and seasons", "the 2019-2024 period and the 2024-25 season"],
  ["day numbers", "the inquiry opened on June 7 and the inspection ran May 7-8; the ballot closes on March 28 or 7 June; drivers strike on 3 and 4 July."],
  ["numeric dates", "Sky News12-03-2025 and 12/03/2025 and 2025-03-12"],
  ["clock times", "at 3pm, at 9.30 a.m., at 10:30, at 0900 GMT, at ten o'clock"],
  ["relative times", "2 hours ago, time45 minutes ago, two weeks ago, five years earlier, two days later"],
  ["a relative time after a verb that does not take a length", "The ferry left 25 minutes earlier, and the crew came back two hours later in the day."],
  ["ordinals and decades", "the first transfer, the 21st month, the 3rd round, in the 1990s, in his 60s"],
  ["ages", "a 45-year-old man, an 80-year-old woman, John Smith, 45, said; aged 52; she turned 30; Maria Lopez (37); voters aged over 65; teenagers aged 16 and 17; people aged 18 to 24; between the ages of 25 and 54; a man, 34, was jailed and his wife, 29, hurt; Mr. Okafor, then 41, left; the twins Ada and Ben Ruiz, 22 and 19, voted"],
  ["an age limit after over or under and a noun for people", "Most voters under 30 backed neither party; people over 65 and children under 5 get the jab first."],
  ["parts of names", "the Boeing 737 and Airbus A320, COVID-19, G7 economies, the FTSE 100, Apollo 11, an iPhone 15, 4G and 3D"],
  ["number words in names within running text", "viewers of Channel Four news queued at a 7-Eleven store on the corner"],
  ["ages of months, weeks and days, and terms of a state", "he is 40 to 50 years old, the baby is ten months old, six weeks of age, eight months pregnant, a 90 day old bill, a 87 yo man, the victim was 19 years old, a 60-year-old firm; 'It hurts,' said Ana Lopez, 71. She left when she was 4 and I'm 29"],
  ["ordinals in st", "the 1st, 21st and 101st runners finished"],
  ["ages a rule's age changes to, with whom it is for between", "Voters agreed to raise the retirement age for women from 64 to 65."],
  ["ages a rule's age changes to, and ages with or older", "The voting age will fall to 16 and ministers may raise the pension age from 67 to 68; residents 75 or older and children 4 and younger ride free"],
  ["ages at death, vague ages and limits of people's age", "He died at 82 and she dies at 90; a 70-something actor and his thirty-something son; children under five, people over 65 and women older than 40 years"],
  ["years cut to two digits", "in ‘08 and the class of '99"],
  ["recent years before a plural", "any 2016 presidential candidates and Obama's 2012 bundlers, turnout since at least 1980"],
  ["a month glued to the word before it", "ModeratorFeaturedFebruary 6, 2016"],
  ["points numbered inside a sentence and codes with a bracket", "it 1) explains and 2) predicts; (3) follows; your 401(k) plan"],
  ["labels", "containment level 3 suite, Article 5, No. 10 Downing Street, Section 230, category 4 storm, crashed on lap 12, on day two of the second Test, phase two of the plan"],
  ["names with a common word in running text", "the update reaches Windows 10 users next week; listeners of Radio 4 heard it first, the firm joined the Fortune 500 list and voters backed Proposition 8 by a wide margin"],
  ["a name's number after a verb that takes one object, or before a name", "Airlines ordered Boeing 737 jets, regulators told Boeing 737 MAX operators to wait and funds tracking the Nasdaq 100 index gained."],
  ["a name's number after a preposition inside a sentence, or after a word the lexicon knows", "Traders in Nasdaq 100 stocks were wary. In Windows 10 users can pin apps."],
  ["a number after a possessive name with no figure before it to compare", "The revue moved to New York’s 54 Below, and fans went to Nintendo's Halo 3 launch."],
  ["a currency's name before a year", "Fans of Euro 2028 queued."],
  ["reading times", "3 min read"],
  ["street numbers", "He lives at 10 Downing Street, not 5 Main St."],
  ["scores and tallies", "Arsenal won 3-0, the match ended 2-1, a 1-1 draw, a 6-3 ruling"],
  ["a vote's tally that climbs", "The measure failed 49-50 and the bill passed 48-52."],
  ["a wire slug's version", "WRAPUP 2-Ukraine says talks go on\nUPDATE 1-Stocks slip"],
  ["a results line", "Results: Barcelona 1 Valencia 1, Real Madrid 2 Deportivo Coruna 0."],
  ["vague amounts", "Hundreds of thousands fled, tens of thousands stayed, a few dozen remained, several hundred returned, dozens were hurt"],
  ["one as article or pronoun", "one of the richest countries; one traveller said; one big one"],
  ["ratios, ordinals and dates with a slash", "a 1-in-100-year flood, a 3-to-1 vote, 24/7, 9/11, on 3/4, the third quarter, a third-party bid, the twenty-third floor, half the country"],
  ["ordinals after by, of and an article", "signed by a third party, hit by a fifth straight loss, and the fall of a third party ended the talks"],
  ["an ordinal before a comparative and a noun", "The case went on to a third higher court."],
  ["an ordinal after by and a qualifier", "backed by nearly a third party of donors"],
  ["number words with nothing counted", "the two met; two of them left; the two were arrested"],
  ["phone numbers and list markers", "Call 020 7946 0000.\n1. First point\n2) Second point"],
  ["hashtags and codes", "#G20 and v2 and F-16s and Su-34, 3-D printing, the 4x100m relay, the reference 2000MarGR..21..489W"],
  ["number words in place names", "on Ninety Mile Beach near the Three Gorges Dam"],
  ["numbered titles", "I play Gears of War 4, Halo 3 and Fallout 3 in 4K."],
  ["compound adjectives", "a four-legged friend, a two-pronged approach and a six-figure salary"],
];

describe("extractFigures: not figures", () => {
  for (const [name, text] of NOT_FIGURES) {
    it(`${name} yield nothing`, () => {
      expect(figures(text)).toEqual([]);
    });
  }
});

describe("extractFigures: date spans", () => {
  it("skips a number inside a date the date extractor found", () => {
    const text = "The vote was held 20 days before the deadline and 300 people came.";
    const start = text.indexOf("20 days");
    const dates: DateMention[] = [{ text: "20 days before the deadline", value: null, kind: "relative", span: { start, end: start + 27 } }];
    expect(figures(text, dates).map((f) => f.value)).toEqual([300]);
    expect(figures(text, []).map((f) => f.value)).toEqual([20, 300]);
  });
});

describe("extractFigures: spans", () => {
  it("slice the text of every figure out of the input", () => {
    const text = FORMS.map(([, t]) => t).join("\n");
    const got = figures(text);
    expect(got.length).toBeGreaterThan(50);
    for (const f of got) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it("hold on arbitrary text with numbers, currencies and punctuation", () => {
    const piece = fc.constantFrom("2,300", "3.8", " billion", "£", "$", "€", "%", "-", " to ", "six", " people", "a hundred", "m", " ", ",", ".", "\n", "'", "[", "]", "2022", "June", " 7", "about ", "up to ", "+", "(", ")", ":", "/");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        for (const f of figures(text)) {
          expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
          expect(Number.isFinite(f.value)).toBe(true);
        }
      }),
    );
  });
});
