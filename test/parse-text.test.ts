// Parser rules for plain-text scrapes, each with pages that must and must not trigger it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsSentence, isKnownFurniture, isOutletLike, isProse, isRelatedSeam, isShortSentence, isTitleLine, splitGluedFurniture } from "../src/parse/boilerplate.js";
import { datelineValue, isDeskName, parseDateline, wireDatelineDay } from "../src/parse/dateline.js";
import { analyze } from "../src/analyze.js";
import { bylineAuthors, parseText } from "../src/parse/text.js";
import { FIXTURES } from "./helpers.js";

const page = (...lines: string[]): string => lines.join("\n");
const BODY = "The council voted on Monday to approve the plan, which will cost about £2m over three years.";
const BODY2 = "Opposition members said the plan had been rushed through without a proper consultation.";

describe("datelines", () => {
  it.each([
    ["2 hours ago", "2 hours ago", null],
    ["an hour ago", "an hour ago", null],
    ["a day ago", "a day ago", null],
    ["time45 minutes ago", "45 minutes ago", null],
    ["Sky News2 days ago", "2 days ago", "Sky News"],
    ["News2419-07-2025", "19-07-2025", "News24"],
    ["Sky News12-03-2025", "12-03-2025", "Sky News"],
    ["2 days ago News desk", "2 days ago", null],
    ["Updated: 3 hours ago", "3 hours ago", null],
    ["Mar 12", "Mar 12", null],
    ["12 March", "12 March", null],
    ["2w", "2w", null],
    ["Al JazeeraMar 12", "Mar 12", "Al Jazeera"],
    ["Le Monde · 2w", "2w", "Le Monde"],
    ["Sky News · 5h", "5h", "Sky News"],
    ["2 hours ago · Reuters", "2 hours ago", "Reuters"],
    ["Published 3 hours ago | The Guardian", "3 hours ago", "The Guardian"],
    ["2h · Reuters", "2h", "Reuters"],
    ["Reuters · 2h ago", "2h ago", "Reuters"],
    ["Reuters, 2 hours ago", "2 hours ago", "Reuters"],
    ["Reuters — 3 hours ago", "3 hours ago", "Reuters"],
    ["3 hours ago — Reuters", "3 hours ago", "Reuters"],
    ["3d ago", "3d ago", null],
    ["euronews2 hours ago", "2 hours ago", "euronews"],
    ["Wed 12 Mar 2025 10.32 GMT", "Wed 12 Mar 2025 10.32 GMT", null],
    ["March 11, 2025 at 9:15 AM", "March 11, 2025 at 9:15 AM", null],
    ["Sky News · 12 March 2025, 10:32", "12 March 2025, 10:32", "Sky News"],
    ["dpa12-03-2025", "12-03-2025", "dpa"],
    ["14:20 BST", "14:20 BST", null],
    ["Updated 09:05 GMT", "09:05 GMT", null],
    ["7.15pm", "7.15pm", null],
    ["Today", "Today", null],
    ["Today at 8:05 am", "Today at 8:05 am", null],
    ["Yesterday 23:40", "Yesterday 23:40", null],
    ["The Herald · 16:10", "16:10", "The Herald"],
    ["Daily Planet | Today", "Today", "Daily Planet"],
    ["Posted 4 hours ago by Agence Presse", "4 hours ago", "Agence Presse"],
    ["3h by The Herald", "3h", "The Herald"],
    [" • 3h • ", "3h", null],
    ["Le Monde · il y a 2 heures", "il y a 2 heures", "Le Monde"],
    ["hace una hora", "hace una hora", null],
    ["Die Zeit | vor 3 Tagen", "vor 3 Tagen", "Die Zeit"],
    ["The Herald 16:10", "16:10", "The Herald"],
    ["Daily Planet 9:05 pm", "9:05 pm", "Daily Planet"],
  ])("%s", (line, time, outlet) => {
    expect(parseDateline(line)).toMatchObject({ time, outlet });
  });

  it("keeps the aggregator's desk after a time apart from an outlet", () => {
    expect(parseDateline("5 hours ago Newsroom")).toEqual({ time: "5 hours ago", outlet: null, desk: "Newsroom" });
    expect(parseDateline("2 hours ago · Reuters")).toEqual({ time: "2 hours ago", outlet: "Reuters" });
    expect(parseDateline("5 hours ago · Newsroom")).toEqual({ time: "5 hours ago", outlet: null, desk: "Newsroom" });
    expect(parseDateline("Published 6 hours ago by Money desk")).toEqual({ time: "6 hours ago", outlet: null, desk: "Money desk" });
  });

  it.each([
    "The talks ended 2 hours ago without a deal.",
    "Russia Today",
    "Ministers met on Friday",
    "Talks Resume On May 12",
    "Formula 1",
    "Two days ago the minister resigned.",
    "3d printing takes off",
    "Storm damage bill tops £10m",
    "Sales Top 10m",
    "talks ended 2 hours ago",
    "Talks collapse, 2 hours ago",
    "the vote was held on 12-03-2025",
    "4.75",
    "Score 3:1",
    "Doors open 19:30",
    "Today Programme",
    "Unions strike today",
    "Today the court ruled against the mayor.",
    "25:10 GMT",
    "Final score 2:1",
    "Gates open at 18:30",
    "Arsenal v Chelsea 15:00",
    "6. Lindqvist 1:25",
    "4. Tom Berg ( Norway ) Velotec 1:16",
    "Il y a 2 heures, le ministre a démissionné.",
    "Vor 3 Tagen kam es zu Protesten.",
    "",
  ])("is not a dateline: %s", (line) => {
    expect(parseDateline(line)).toBeNull();
  });

  it("resolves relative times against the reference instant and dates day first", () => {
    const ref = new Date("2025-06-21T12:00:00Z");
    expect(datelineValue("2 hours ago", ref)).toBe("2025-06-21T10:00:00Z");
    expect(datelineValue("an hour ago", ref)).toBe("2025-06-21T11:00:00Z");
    expect(datelineValue("a day ago", ref)).toBe("2025-06-20");
    expect(datelineValue("2 hours ago", null)).toBeNull();
    expect(datelineValue("12-03-2025", null)).toBe("2025-03-12");
    expect(datelineValue("03-25-2025", null)).toBe("2025-03-25");
    expect(datelineValue("31-02-2025", null)).toBeNull();
    // A day without its year is the latest one up to the reference date; none without one.
    expect(datelineValue("Mar 12", ref)).toBe("2025-03-12");
    expect(datelineValue("30 June", ref)).toBe("2024-06-30");
    expect(datelineValue("Mar 12", null)).toBeNull();
    expect(datelineValue("5h", ref)).toBe("2025-06-21T07:00:00Z");
    expect(datelineValue("3d", ref)).toBe("2025-06-18");
    expect(datelineValue("2w", null)).toBeNull();
    expect(datelineValue("Wed 12 Mar 2025 10.32 GMT", null)).toBe("2025-03-12");
    expect(datelineValue("March 11, 2025 at 9:15 AM", null)).toBe("2025-03-11");
    // A clock time is on the reference day ("Yesterday" the day before): an instant in UTC's zone,
    // a local time where no zone is printed, the day under another zone.
    expect(datelineValue("09:05 GMT", ref)).toBe("2025-06-21T09:05:00Z");
    expect(datelineValue("7.15pm", ref)).toBe("2025-06-21T19:15");
    expect(datelineValue("Yesterday 23:40", ref)).toBe("2025-06-20T23:40");
    expect(datelineValue("14:20 BST", ref)).toBe("2025-06-21");
    expect(datelineValue("Today", ref)).toBe("2025-06-21");
    expect(datelineValue("Yesterday", ref)).toBe("2025-06-20");
    expect(datelineValue("09:05 GMT", null)).toBeNull();
    expect(datelineValue("il y a 2 heures", ref)).toBe("2025-06-21T10:00:00Z");
    expect(datelineValue("hace una hora", ref)).toBe("2025-06-21T11:00:00Z");
    expect(datelineValue("vor 3 Tagen", ref)).toBe("2025-06-18");
  });
});

describe("furniture rules", () => {
  it.each(["Hashtags", "Try Our AI Features", "Explore what Daily8 AI can do for you:", "Comments", "No comments yet...", "Related Articles", "Advertisement", "share", "Copy the Story Link", "Orange background", "Subscribe to continue reading", "Most read", "Sign up for our newsletter", "Subscribe to our daily newsletter", "Read more: Reservoir levels fall to record low", "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.", "Accept all cookies", "© 2025 Daily8. All rights reserved.", "Copyright 2025 Daily8", "5 min read", "3-minute read", "2 min listen", "4-minute listen", "Listen to this article", "Print this article", "Advertisement - Scroll to continue", "Story continues below advertisement", "Comments (12)", "Share:", "Skip to main content", "Menu", "Home | News | Sport | Business", "Back to top", "Be the first to comment.", "Log in to comment", "Join the conversation", "Read more.", "Read more »", "Share this article.", "Search the web", "Like  Comment  Share", "Save | Share", "More for you", "Up next", "Editors' picks", "Top news stories", "Page 2 of 5", "Next page", "Load more stories", "Enter your email address", "Partager", "Publicité", "Lire la suite", "Weiterlesen"])(
    "%s is furniture",
    (line) => expect(isKnownFurniture(line)).toBe(true),
  );
  it.each(["Comments from the minister angered unions.", "2 min listen to the debate", "Share prices fell 3% on Friday.", "Related parties were not named.", "The newsletter reached 3,000 readers.", "Read more books, the minister urged parents.", "Cookies sold at the fair raised £300.", "Copyright lawyers welcomed the ruling.", "Print media lost 5 million readers.", "Save the Children said 40 were hurt.", "The story continues below the fold, editors said.", "Reuters | 2 hours ago", "Search teams found 12 survivors.", "Home secretary resigns", "Budget 2025 | What it means for you | BBC", "Join the conversation about the plan, the council urged residents.", "He resigned.", "Search for survivors continues", "Share and share alike", "Like a rolling stone", "Page 3 of the report was redacted.", "Load more coal, the minister said."])(
    "%s is not furniture",
    (line) => expect(isKnownFurniture(line)).toBe(false),
  );
  it.each(["More for you", "Related headlines", "Up next", "Top stories", "Editor's picks", "In other news", "Lire aussi", "Mehr zum Thema", "Noticias relacionadas"])("%s opens related items", (line) => expect(isRelatedSeam(line)).toBe(true));
  it.each(["Top stories of the year revealed", "Up next for the council: a vote on rents", "Other news outlets reported the fire."])("%s opens no related items", (line) => expect(isRelatedSeam(line)).toBe(false));
  it("splits furniture glued to a sentence", () => {
    expect(splitGluedFurniture("Tests came back negative, the agency said.DETAILS TO FOLLOW")).toEqual(["Tests came back negative, the agency said.", "DETAILS TO FOLLOW"]);
    expect(splitGluedFurniture("The fine was paid, the regulator said.Advertisement")).toEqual(["The fine was paid, the regulator said.", "Advertisement"]);
    expect(splitGluedFurniture("He joined NATO in 2004.")).toEqual(["He joined NATO in 2004.", null]);
    expect(splitGluedFurniture('He told "ABC NEWS" so.')).toEqual(['He told "ABC NEWS" so.', null]);
  });
  it("tells outlets, headlines and prose apart", () => {
    expect(isOutletLike("Russia Today")).toBe(true);
    expect(isOutletLike("The Times of India")).toBe(true);
    expect(isOutletLike("Morning briefing: heat alert")).toBe(false);
    expect(isOutletLike("ABC News (Australia)")).toBe(true);
    expect(isOutletLike("Ministers (reluctantly) agree")).toBe(false);
    expect(isProse("Wakefield lab leak inquiry hears of 'missed warnings'")).toBe(false);
    expect(isProse(BODY)).toBe(true);
  });
  it.each(["The ferry sailed at dawn.", "Was it worth it?", "The crowd cheered 'encore!'", "He called it “a gift.”", "The hall was sold. (AP)", "The pier reopened on Monday.  (Harbour Gazette photo desk)", "Rents rose again…", "It rained (again).)"])("%s ends a sentence", (line) => expect(endsSentence(line)).toBe(true));
  it.each(["Ferry timetable approved", "Council hears of 'late payments'", "The hall was sold (AP)", "The pier reopened. (a credit far too long to be one printed after a closing stop)", "It rained. (a (b))", "Done. ()", ""])("%s ends no sentence", (line) => expect(endsSentence(line)).toBe(false));
  it("reads a sentence's end as its pattern does", () => {
    // The reading by character stands for /[.!?…]['"”’)\]]*(?:\s*\([^()]{1,40}\))?$/ on the trimmed line.
    const pattern = /[.!?…]['"”’)\]]*(?:\s*\([^()]{1,40}\))?$/;
    const chars = fc.constantFrom(".", "!", "?", "…", "'", '"', "”", "’", ")", "]", "(", "a", "B", " ", "\u00a0", "\t", "x".repeat(12));
    fc.assert(fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
      const line = parts.join("");
      expect(endsSentence(line)).toBe(pattern.test(line.trim()));
    }), { numRuns: 3000 });
  });
});

describe("parseText layouts", () => {
  it("joins words that soft hyphens and word joiners mark", () => {
    const p = parseText(page("Council approves plan", `Ber\u00adlin voted on Monday.\u2060 ${BODY}`));
    expect(p.articles[0]!.paragraphs).toEqual([`Berlin voted on Monday. ${BODY}`]);
  });

  it("lead first, furniture, then related items with outlet, time and bullet", () => {
    const p = parseText(page("", "Council approves plan", BODY, BODY2, "Hashtags", "", "Try Our AI Features", "Explore what Daily8 AI can do for you:", "Comments", "No comments yet...", "Related Articles", "", "", "Russia Today", "2 hours ago", "- Russia Today", "Plan criticised by unions", BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published])).toEqual([
      ["lead", "Council approves plan", null, null],
      ["related", "Plan criticised by unions", "Russia Today", "2 hours ago"],
    ]);
    expect(p.articles[0]!.paragraphs).toEqual([BODY, BODY2]);
    expect(p.articles[1]!.line).toBe(14);
  });

  it("top of a page: title twice, outlet glued to its date, items with time label and bullets", () => {
    const p = parseText(page("logo", "Council approves plan", "Council approves plan", "Sky News12-03-2025", BODY, "Orange background", "", "Comments", "", "Related Articles", "", "Unions react", "Unions react", "The Herald", "time45 minutes ago", "  • The Herald", "Unions react", BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published])).toEqual([
      ["lead", "Council approves plan", "Sky News", "12-03-2025"],
      ["related", "Unions react", "The Herald", "45 minutes ago"],
    ]);
    expect(p.articles[0]!.paragraphs).toEqual([BODY]);
  });

  it("hashtag listing: every item related, category bullet skipped, story-link widget removed", () => {
    const p = parseText(page("logo", "#", "Latest news with #Energy", "", "Gas prices climb", "Gas prices climb", "Reuters", "time3 hours ago", "  • Business", "  • Reuters", "Gas prices climb", BODY, "Copy the Story Link", "", "Bills to rise", "Bills to rise", "Euronews", "time1 day ago", "  • Business", "  • Euronews", "Bills to rise", BODY2, "Copy the Story Link"));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published, a.paragraphs])).toEqual([
      ["related", "Gas prices climb", "Reuters", "3 hours ago", [BODY]],
      ["related", "Bills to rise", "Euronews", "1 day ago", [BODY2]],
    ]);
  });

  it("a page with no furniture and no related section is one lead", () => {
    const p = parseText(page("Council approves plan", BODY, BODY2));
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]).toMatchObject({ role: "lead", title: "Council approves plan", paragraphs: [BODY, BODY2] });
    expect(p.messages).toEqual([]);
  });

  it("CRLF, CR line ends and a BOM give the same articles as LF", () => {
    const lf = parseText(page("Council approves plan", BODY, BODY2));
    expect(parseText("\uFEFF" + page("Council approves plan", BODY, BODY2).replace(/\n/g, "\r\n"))).toEqual(lf);
    expect(parseText(page("Council approves plan", BODY, BODY2).replace(/\n/g, "\r"))).toEqual(lf);
  });

  it("splits glued furniture off and flags a truncated last article", () => {
    const p = parseText(page("Council approves plan", "The council voted on Monday to approve it, the mayor said.DETAILS TO FOLLOW", "Related Articles", "", "BBC", "3 hours ago", "- BBC", "Unions react", "Unions said the plan had been rushed through and that members were not consu"));
    expect(p.articles[0]!.paragraphs).toEqual(["The council voted on Monday to approve it, the mayor said."]);
    expect(p.messages.map((m) => [m.code, m.line])).toEqual([
      ["glued-furniture", 2],
      ["truncated-article", 9],
    ]);
  });

  it("an aggregator briefing of headline blocks credited in parentheses is one lead", () => {
    const p = parseText(page("We've updated our browser support", "Top Stories", "Morning briefing: heat, strikes and an auction", "2 days ago News desk", "Heat alert extended for London", BODY + " (BBC)", "Strike grounds flights across France", BODY2 + " (Reuters)"));
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]).toMatchObject({ role: "lead", title: "Morning briefing: heat, strikes and an auction", outlet: null, published: "2 days ago" });
    expect(p.articles[0]!.paragraphs).toHaveLength(4);
  });

  it("a page without a title line is read as one lead with a warning", () => {
    const p = parseText(page(BODY, BODY2));
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]).toMatchObject({ role: "lead", title: null, paragraphs: [BODY, BODY2] });
    expect(p.messages.map((m) => m.code)).toContain("layout-unrecognized");
  });
});

describe("parseText items without datelines, bylines, teasers", () => {
  it("items after a related-section seam without datelines are still split off the lead", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "Russia Today", "- Russia Today", "Plan criticised by unions", BODY2, "", "Unions react", BODY));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.paragraphs.length])).toEqual([
      ["lead", "Council approves plan", null, 1],
      ["related", "Plan criticised by unions", "Russia Today", 1],
      ["related", "Unions react", null, 1],
    ]);
  });

  it("headline-only entries and paywall teasers are furniture, not articles", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "BBC", "2 hours ago", "- BBC", "Headline with no body", "", "The Times", "3 hours ago", "- The Times", "Teaser behind a paywall", "Subscribe to continue reading", "", "Reuters", "4 hours ago", "- Reuters", "Unions react", BODY2));
    expect(p.articles.map((a) => a.title)).toEqual(["Council approves plan", "Unions react"]);
  });

  it("readers' comments under the comments heading are no items, before or after the related section", () => {
    const item = (outlet: string, time: string, title: string, body: string) => ["", outlet, time, `- ${outlet}`, title, body];
    const comment = (name: string, time: string, words: string) => [name, time, words];
    const before = parseText(page("Council approves plan", BODY, "Comments", ...comment("Mark Ellis", "3 hours ago", "About time. Nobody cycles there now because it is far too dangerous."), ...comment("Jo White", "2 hours ago", "What about the shops? Nobody asked them at all."), "Related Articles", ...item("BBC", "5 hours ago", "Unions react", BODY2)));
    expect(before.articles.map((a) => [a.role, a.title, a.outlet])).toEqual([["lead", "Council approves plan", null], ["related", "Unions react", "BBC"]]);
    const after = parseText(page("Council approves plan", BODY, "Related Articles", ...item("BBC", "5 hours ago", "Unions react", BODY2), "Comments (1)", ...comment("Dan Oak", "1 hour ago", "Brilliant news for everyone who has waited so long for it."), ...comment("Ann Lee", "40 minutes ago", "Will the café be open too?")));
    expect(after.articles.map((a) => a.title)).toEqual(["Council approves plan", "Unions react"]);
    // Must not: items after a comments heading with no comments keep their headlines.
    const none = parseText(page("Council approves plan", BODY, "Comments", ...item("BBC", "5 hours ago", "Unions react", BODY2), ...item("Reuters", "6 hours ago", "Plan criticised", BODY)));
    expect(none.articles.map((a) => [a.role, a.title, a.outlet])).toEqual([["lead", "Council approves plan", null], ["related", "Unions react", "BBC"], ["related", "Plan criticised", "Reuters"]]);
  });

  it("a section's label above an item's headline is no title; a short headline above prose stays one", () => {
    const labelled = parseText(page("Council approves plan", BODY, "Related Articles", "", "The Guardian", "3 hours ago", "- The Guardian", "Opinion", "Cycle lanes will not fix our roads", BODY2, "", "Sky News", "4 hours ago", "Analysis", "", "What the vote means for drivers", BODY));
    expect(labelled.articles.map((a) => [a.title, a.outlet])).toEqual([["Council approves plan", null], ["Cycle lanes will not fix our roads", "The Guardian"], ["What the vote means for drivers", "Sky News"]]);
    // Must not: a headline of two words is the title where prose, not another headline, follows it.
    const short = parseText(page("Council approves plan", BODY, "Related Articles", "", "The Guardian", "3 hours ago", "- The Guardian", "Heatwave warning", BODY2));
    expect(short.articles.map((a) => a.title)).toEqual(["Council approves plan", "Heatwave warning"]);
  });

  it("a byline line names the authors and leaves the body", () => {
    const p = parseText(page("Council approves plan", "By Jane Doe and John Roe", BODY, BODY2));
    expect(p.articles[0]).toMatchObject({ authors: ["Jane Doe", "John Roe"], paragraphs: [BODY, BODY2] });
    expect(bylineAuthors("by the way the council voted")).toBeNull();
    expect(bylineAuthors("By 2030 the plan will be finished.")).toBeNull();
  });
});

describe("parseText outlets", () => {
  it("an outlet with its edition in parentheses, glued or above the time", () => {
    const p = parseText(page("logo", "Council approves plan", "Council approves plan", "ABC News (Australia)3 days ago", BODY, "Related Articles", "", "Unions react", "Unions react", "ABC News (Australia)", "time45 minutes ago", "  • ABC News (Australia)", "Unions react", BODY2));
    expect(p.articles.map((a) => [a.title, a.outlet])).toEqual([
      ["Council approves plan", "ABC News (Australia)"],
      ["Unions react", "ABC News (Australia)"],
    ]);
  });

  it("a header line the bullet below repeats is the outlet however it is spelled", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "news.com.au", "2 hours ago", "- news.com.au", "Unions react", BODY2));
    expect(p.articles[1]).toMatchObject({ title: "Unions react", outlet: "news.com.au" });
    // Without a bullet, a name above the time is still the outlet and the headline below the title.
    const r = parseText(page("Council approves plan", BODY, "Related Articles", "", "Reuters", "2 hours ago", "Nurses vote to accept pay offer", BODY2));
    expect(r.articles[1]).toMatchObject({ title: "Nurses vote to accept pay offer", outlet: "Reuters", paragraphs: [BODY2] });
    // Without a bullet repeating it, a lowercase line above the time is the title.
    const q = parseText(page("Council approves plan", BODY, "Related Articles", "", "unions react to the plan", "2 hours ago", BODY2));
    expect(q.articles[1]).toMatchObject({ title: "unions react to the plan", outlet: null });
  });
});

describe("parseText question titles", () => {
  it("a short question is a title, for the lead and for a related item", () => {
    const p = parseText(page("", "Will the new tax on sugar work?", BODY, BODY2, "Comments", "Related Articles", "", "The Telegraph", "a day ago", "- The Telegraph", "Will drinks makers pass the cost on?", BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.paragraphs.length])).toEqual([
      ["lead", "Will the new tax on sugar work?", null, 2],
      ["related", "Will drinks makers pass the cost on?", "The Telegraph", 1],
    ]);
    expect(p.messages).toEqual([]);
  });

  it("a long question or a statement is no title", () => {
    expect(isTitleLine("Is a tram worth £400m?")).toBe(true);
    expect(isTitleLine("Why would anyone vote for a plan that costs twice as much as the council first said it would?")).toBe(false);
    expect(isTitleLine("Ministers agreed the plan on Monday.")).toBe(false);
    const p = parseText(page("Why would anyone vote for a plan that costs twice as much as the council first said it would?", BODY));
    expect(p.articles[0]!.title).toBeNull();
  });
});

describe("parseText blank lines inside an item's header", () => {
  it("blank lines between outlet, time, bullet and title", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "The Independent", "", "5 hours ago", "", "- The Independent", "", "Unions react", BODY2));
    expect(p.articles[1]).toMatchObject({ role: "related", title: "Unions react", outlet: "The Independent", published: "5 hours ago", paragraphs: [BODY2] });
  });

  it("a headline-only entry above a blank line does not join the next item's header", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "BBC", "2 hours ago", "- BBC", "Headline with no body", "", "The Times", "", "3 hours ago", "- The Times", "Unions react", BODY2));
    expect(p.articles.map((a) => [a.title, a.outlet])).toEqual([
      ["Council approves plan", null],
      ["Unions react", "The Times"],
    ]);
  });
});

describe("parseText bylines above a dateline", () => {
  it("a wire dateline opening the lead dates the page when no line does", () => {
    const opening = "Vienna, 4 March 2026 — Ministers met again on Wednesday to settle the budget.";
    expect(parseText(page("Budget talks resume", opening, BODY2)).statedDate).toBe("2026-03-04");
    expect(parseText(page("Budget talks resume", "Published 5 March 2026", opening, BODY2)).statedDate).toBeNull();
    // A place and a comma before words that are no full date is no dateline.
    expect(parseText(page("Budget talks resume", "Vienna, the capital — where ministers met in 2026 — was calm.", BODY2)).statedDate).toBeNull();
  });

  it("a byline between the title and the date names the authors, not the outlet", () => {
    const p = parseText(page("Bridge closure to last six months", "By Jane Smith", "", "12 March 2025", BODY, BODY2));
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]).toMatchObject({ role: "lead", title: "Bridge closure to last six months", outlet: null, published: "12 March 2025", authors: ["Jane Smith"], paragraphs: [BODY, BODY2] });
  });

  it("a byline with a name's particles and the writer's role after a comma names the author, not the title", () => {
    const p = parseText(page("Bridge closure to last six months", "By Anna van der Berg, transport correspondent", "Published 12 March 2025, 09:15 CET", BODY, BODY2));
    expect(p.articles[0]).toMatchObject({ title: "Bridge closure to last six months", authors: ["Anna van der Berg"], paragraphs: [BODY, BODY2] });
    expect(bylineAuthors("By Jane Doe, Reuters")).toEqual(["Jane Doe", "Reuters"]);
    // A role printed in capitals is no second author.
    expect(bylineAuthors("By Lena Hart, Health Correspondent")).toEqual(["Lena Hart"]);
    expect(bylineAuthors("By Lena Hart and Omar Said, Political Editors")).toEqual(["Lena Hart", "Omar Said"]);
    expect(bylineAuthors("By the end of March, prices had risen")).toBeNull();
    expect(bylineAuthors("Story by Jane Doe")).toEqual(["Jane Doe"]);
    expect(bylineAuthors("Story by the river, a photo essay")).toBeNull();
  });

  it("an outlet line above the date is still the outlet", () => {
    const p = parseText(page("Bridge closure to last six months", "Byline Times", "12 March 2025", BODY));
    expect(p.articles[0]).toMatchObject({ title: "Bridge closure to last six months", outlet: "Byline Times", authors: [] });
  });
});

describe("parseText widgets inside the lead", () => {
  it("a related-section heading between two lead paragraphs does not end the lead", () => {
    const p = parseText(page("Council approves plan", BODY, "Most Read", "Recommended for you", "Advertisement", BODY2, "Related Articles", "", "BBC", "2 hours ago", "- BBC", "Unions react", BODY));
    expect(p.articles.map((a) => [a.role, a.title, a.paragraphs])).toEqual([
      ["lead", "Council approves plan", [BODY, BODY2]],
      ["related", "Unions react", [BODY]],
    ]);
  });

  it("a heading followed by a headline and prose still starts the related items", () => {
    const p = parseText(page("Council approves plan", BODY, "Most Read", "Unions react", BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.paragraphs])).toEqual([
      ["lead", "Council approves plan", [BODY]],
      ["related", "Unions react", [BODY2]],
    ]);
  });
});

describe("parseText short last paragraphs", () => {
  it("a short last sentence stays in the body; a trailing widget does not", () => {
    const p = parseText(page("Council approves plan", BODY, "He denied wrongdoing.", BODY2, "Police are investigating.", "Explore what Daily8 AI can do for you:", "Loading..."));
    expect(p.articles[0]!.paragraphs).toEqual([BODY, "He denied wrongdoing.", BODY2, "Police are investigating."]);
    expect(isShortSentence("Police are investigating.")).toBe(true);
    expect(isShortSentence('"No," he said.')).toBe(true);
    expect(isShortSentence("DETAILS TO FOLLOW.")).toBe(false);
    expect(isShortSentence("No comments yet...")).toBe(false);
    expect(isShortSentence("Unions react")).toBe(false);
  });
});

describe("parseText items dated without a year or by a compact age", () => {
  it("\"Mar 12\" and \"2w\" under an outlet make items", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "The Wall Street Journal", "Mar 12", "- The Wall Street Journal", "Unions react", BODY2, "", "Le Monde", "2w", "- Le Monde", "Plan delayed", BODY));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published, a.paragraphs.length])).toEqual([
      ["lead", "Council approves plan", null, null, 1],
      ["related", "Unions react", "The Wall Street Journal", "Mar 12", 1],
      ["related", "Plan delayed", "Le Monde", "2w", 1],
    ]);
  });
});

describe("parseText time before the outlet", () => {
  it("title / time · outlet / body items", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "Unions react", "2 hours ago · Reuters", BODY2, "", "Plan delayed", "Published 3 hours ago | The Guardian", BODY));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published, a.paragraphs.length])).toEqual([
      ["lead", "Council approves plan", null, null, 1],
      ["related", "Unions react", "Reuters", "2 hours ago", 1],
      ["related", "Plan delayed", "The Guardian", "3 hours ago", 1],
    ]);
  });

  it("an outlet on its own line below the time, above or below the title", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "Unions react", "2 hours ago", "Reuters", BODY2, "", "5 hours ago", "The Guardian", "Plan delayed", BODY));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published, a.paragraphs.length])).toEqual([
      ["lead", "Council approves plan", null, null, 1],
      ["related", "Unions react", "Reuters", "2 hours ago", 1],
      ["related", "Plan delayed", "The Guardian", "5 hours ago", 1],
    ]);
  });

  it("a line below the time with no prose after it is not an outlet", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "Unions react", "2 hours ago", "Reuters"));
    expect(p.articles.some((a) => a.outlet === "Reuters" && a.paragraphs.length > 0)).toBe(false);
  });
});

describe("parseText titles ending in a stop", () => {
  it("the line under an outlet bullet is the title even with a stop, when body text follows", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "Reuters", "2 hours ago", "- Reuters", "Cyclists say lanes are not enough.", BODY2));
    expect(p.articles[1]).toMatchObject({ title: "Cyclists say lanes are not enough.", outlet: "Reuters", paragraphs: [BODY2] });
  });

  it("without a bullet, or with nothing after it, a sentence is body text", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "Reuters", "2 hours ago", "Cyclists say lanes are not enough.", BODY2));
    expect(p.articles[1]).toMatchObject({ title: null, paragraphs: ["Cyclists say lanes are not enough.", BODY2] });
    const q = parseText(page("Council approves plan", BODY, "Related Articles", "", "Reuters", "2 hours ago", "- Reuters", BODY2));
    expect(q.articles[1]).toMatchObject({ title: null, paragraphs: [BODY2] });
  });
});

describe("parseText lead dated under its title", () => {
  it("a dated first item followed by its comments widget is the lead", () => {
    const p = parseText(page("Ferry services resume", "Updated 2 hours ago", BODY, "Comments", "", "Reuters", "3 hours ago", "- Reuters", "Storm damage tops £10m", BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.published])).toEqual([
      ["lead", "Ferry services resume", "2 hours ago"],
      ["related", "Storm damage tops £10m", "3 hours ago"],
    ]);
  });

  it("a widget under every item of a listing does not make the first one a lead", () => {
    const p = parseText(page("Ferry services resume", "Reuters · 2h", BODY, "Comments", "", "Storm damage tops £10m", "Bloomberg · 3h", BODY2, "Comments"));
    expect(p.articles.map((a) => a.role)).toEqual(["related", "related"]);
  });

  it("a comment count under every item, whatever the count, does not make the first one a lead either", () => {
    const p = parseText(page("Ferry services resume", "Reuters · 2h", BODY, "34 comments", "", "Storm damage tops £10m", "Bloomberg · 3h", BODY2, "8 comments"));
    expect(p.articles.map((a) => a.role)).toEqual(["related", "related"]);
    const lead = parseText(page("Ferry services resume", "Reuters · 2h", BODY, "34 comments", "", "Storm damage tops £10m", "Bloomberg · 3h", BODY2));
    expect(lead.articles.map((a) => a.role)).toEqual(["lead", "related"]);
  });
});

describe("parseText dash bullets", () => {
  it("an outlet bullet marked by an en or em dash", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "Reuters", "2 hours ago", "– Reuters", "Unions react", BODY2, "", "Al Jazeera", "3 hours ago", "— Al Jazeera", "Plan delayed", BODY));
    expect(p.articles.slice(1).map((a) => [a.title, a.outlet, a.paragraphs])).toEqual([
      ["Unions react", "Reuters", [BODY2]],
      ["Plan delayed", "Al Jazeera", [BODY]],
    ]);
  });

  it("a dash inside a body line is no bullet", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "Reuters", "2 hours ago", "Unions react", "– and then the vote was delayed again, officials said on Monday.", BODY2));
    expect(p.articles[1]).toMatchObject({ title: "Unions react", outlet: "Reuters" });
    expect(p.articles[1]!.paragraphs).toHaveLength(2);
  });
});

describe("parseText site navigation", () => {
  it("navigation lines above the title are not the title", () => {
    const p = parseText(page("Skip to main content", "Menu", "Home | News | Sport | Business", "Search", "Council approves plan", BODY, "Back to top"));
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]).toMatchObject({ title: "Council approves plan", paragraphs: [BODY] });
  });
});

describe("parseText headline-like lines above an item with bullets", () => {
  it("a short unpunctuated line above the outlet ends the text before; the title is below the bullet", () => {
    const p = parseText(page("Council approves plan", BODY, "What happens next", BODY2, "Reuters", "2 hours ago", "- Reuters", "Unions react", BODY));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.paragraphs.length])).toEqual([
      ["lead", "Council approves plan", null, 3],
      ["related", "Unions react", "Reuters", 1],
    ]);
  });

  it("a title printed above the outlet and again below the bullet stays the item's", () => {
    const p = parseText(page("Council approves plan", BODY, "Related Articles", "", "Unions react to the plan", "The Herald", "time45 minutes ago", "  • The Herald", "Unions react to the plan", BODY2));
    expect(p.articles[1]).toMatchObject({ title: "Unions react to the plan", outlet: "The Herald", paragraphs: [BODY2], line: 5 });
    expect(p.articles[0]!.paragraphs).toEqual([BODY]);
  });
});

describe("wire copy", () => {
  it("reads a capitalized place and an ISO date as the story's dateline, not an outlet", () => {
    expect(parseDateline("BRUSSELS 1996-08-22")).toEqual({ time: "1996-08-22", outlet: null, place: "BRUSSELS" });
    expect(parseDateline("RIO DE JANEIRO 1996-08-22")).toEqual({ time: "1996-08-22", outlet: null, place: "RIO DE JANEIRO" });
    expect(parseDateline("N'DJAMENA 1996-08-30")).toEqual({ time: "1996-08-30", outlet: null, place: "N'DJAMENA" });
    // An aggregator's outlet glued to a day-first date stays an outlet.
    expect(parseDateline("Sky News12-03-2025")).toEqual({ time: "12-03-2025", outlet: "Sky News" });
  });

  it("takes the headline above the dateline, the byline between them, and the dateline whole", () => {
    const { articles, messages } = parseText(page("Port strike ends after pay deal", "Anna de Vries", "ROTTERDAM 1998-03-14", BODY, BODY2));
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ role: "lead", title: "Port strike ends after pay deal", outlet: null, published: "ROTTERDAM 1998-03-14", publishedValue: "1998-03-14", authors: ["Anna de Vries"], paragraphs: [BODY, BODY2] });
    expect(messages).toEqual([]);
  });

  it("keeps a headline ending in a stop and a table of results, with no truncation warning", () => {
    const rows = ["Ajax Amsterdam 3 Feyenoord 1", "PSV Eindhoven 2 Vitesse Arnhem 2"];
    const { articles, messages } = parseText(page("SOCCER - DUTCH FIRST DIVISION RESULTS .", "AMSTERDAM 1998-03-15", "Results of Dutch first division matches played on Sunday :", ...rows));
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ role: "lead", title: "SOCCER - DUTCH FIRST DIVISION RESULTS .", paragraphs: ["Results of Dutch first division matches played on Sunday :", ...rows] });
    expect(messages.map((m) => m.code)).toEqual([]);
  });

  it("still drops a short widget tail without numbers", () => {
    const { articles } = parseText(page("Port strike ends after pay deal", BODY, BODY2, "Explore what Daily8 AI can do for you:"));
    expect(articles[0]!.paragraphs).toEqual([BODY, BODY2]);
  });
});

describe("a headline ending in a stop", () => {
  it("is the title when a paragraph twice its length follows", () => {
    const { articles, messages } = parseText(page("Ukraine says it downed 40 drones.", BODY, BODY2));
    expect(articles[0]).toMatchObject({ title: "Ukraine says it downed 40 drones.", paragraphs: [BODY, BODY2] });
    expect(messages).toEqual([]);
  });

  it("is the title above a shorter paragraph where the article's end is printed", () => {
    const short = "The council approved the plan on Monday, ending a year of talks.";
    const { articles, messages } = parseText(page("Ukraine says it downed 40 drones overnight.", short, "Comments", "Related Articles", "", "Reuters", "2 hours ago", "- Reuters", "Unions react", BODY2));
    expect(articles[0]).toMatchObject({ title: "Ukraine says it downed 40 drones overnight.", paragraphs: [short] });
    expect(messages).toEqual([]);
    // Two sentences stay body, article end or not.
    expect(parseText(page("The council met. It voted.", short, "Comments")).articles[0]!.title).toBeNull();
  });

  it("a long line ending no sentence is the title above a paragraph, however long", () => {
    const long = "Councillors from every party backed a plan to freeze ferry fares for island residents until the end of next year in a late vote on Tuesday night";
    expect(parseText(page(long, BODY, BODY2)).articles[0]).toMatchObject({ title: long, paragraphs: [BODY, BODY2] });
    // Above a line that is no paragraph, it is none.
    expect(parseText(page(long, "Photo: Getty Images", BODY)).articles[0]!.title).toBeNull();
  });

  it.each([
    ["two sentences", "The council met. It voted."],
    ["a sentence as long as the paragraph after it", "The council voted on Monday to approve the plan after a long debate."],
    ["an ellipsis", "The council voted on Monday..."],
  ])("is not: %s", (_, first) => {
    const { articles } = parseText(page(first, "Opposition members said it was rushed."));
    expect(articles[0]!.title).toBeNull();
  });
});

describe("fixture pages of each layout class split as a reader splits them", () => {
  const read = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");
  it.each<[string, Array<[string, string | null, string | null, string | null]>, string[]]>([
    // A lead printed as its title alone, or with credits, a picture credit or a paywall prompt: an empty body.
    ["lead-title-only.txt", [["lead", "Wildfire forces evacuation of three hillside villages near Marseille", null, null], ["related", "Firefighters battle blaze in hills above Marseille", "France 24", "3 hours ago"], ["related", "Mistral winds complicate fight against Provence fires", "Le Monde", "7 hours ago"]], []],
    ["lead-title-credits.txt", [["lead", "The Week in Westminster: budget fallout and a leadership wobble", null, null], ["related", "Chancellor faces backbench anger over fuel duty rise", "The Spectator", "5 hours ago"], ["related", "Labour frontbench split over response to the budget", "The New Statesman", "a day ago"]], []],
    ["lead-title-paywall.txt", [["lead", "Pension funds pile into infrastructure as gilt yields slide.", null, null], ["related", "Insurers cut exposure to commercial property", "Financial Times", "Mar 3"], ["related", "Dutch pension giant shifts billions into wind farms", "Bloomberg", "Feb 27"]], []],
    ["lead-title-caption.txt", [["lead", "Ukraine says its air defences shot down 112 drones overnight in one of the largest attacks of the war so far, as sirens sounded across Kyiv and the west.", null, null], ["related", "Power cuts hit Lviv after strikes on substations", "Kyiv Independent", "2 hours ago"]], []],
    // A one-paragraph lead with no tags line, the seam followed by no blank line or by one.
    ["lead-one-paragraph.txt", [["lead", "Tram drivers in Manchester vote to strike over new rosters", null, null], ["related", "Metrolink operator says trams will still run on strike days", "Manchester Evening News", "4 hours ago"], ["related", "Bus fares in Greater Manchester to stay capped at £2", "BBC", "9 hours ago"]], []],
    ["lead-one-paragraph-question.txt", [["lead", "Can Spain's grid cope with another record heatwave?", null, null], ["related", "Andalusia closes schools early as heat alert is extended", "El País", "6 hours ago"], ["related", "Olive harvest at risk as Spanish drought deepens", "Reuters", "9 hours ago"]], []],
    // The top of a page: the lead's outlet glued to its age, its items printed another way.
    ["top-of-page-age.txt", [["lead", "Dutch cabinet survives confidence vote over asylum law", "Sky News", "3 days ago"], ["related", "Farmers block motorways in protest at nitrogen rules", "NOS", "5 hours ago"], ["related", "Schiphol to cut night flights from next year", "DutchNews", "1 day ago"]], []],
    ["top-of-page-age-lowercase.txt", [["lead", "Storm Kathleen brings 80mph gusts to western Ireland", "euronews", "2 hours ago"], ["related", "Ferries cancelled as storm sweeps in from the Atlantic", "RTÉ", "3 hours ago"]], []],
    // An item a truncated scrape cut off after its header.
    ["truncated-title-twice.txt", [["lead", "Council tax to rise by 4.9 percent in Leeds", "Yorkshire Post", "2 days ago"], ["related", "Bradford warns of cuts to library services", "Telegraph & Argus", "3 hours ago"], ["related", "Sheffield freezes parking charges for a second year", null, null]], ["truncated-article"]],
    ["truncated-item-header.txt", [["lead", "Hamburg dockers extend walkout into a second week", null, null], ["related", "Shipping lines divert vessels to Rotterdam as Hamburg strike drags on", "Deutsche Welle", "2 hours ago"], ["related", "German exporters count the cost of port stoppage", "Handelsblatt", "5 hours ago"]], ["truncated-article"]],
    ["truncated-item-title.txt", [["lead", "Storm Kathleen closes schools across the west of Ireland", null, null], ["related", "Power restored to most homes after storm", "RTÉ", "2 hours ago"], ["related", "Met Éireann issues orange wind warning for four counties", "The Irish Times", "5 hours ago"]], ["truncated-article"]],
    // A lead that lists the papers' headlines keeps its own title.
    ["papers-review.txt", [["lead", "Newspaper headlines: 'Rail chaos' and PM's 'winter reset'", null, null], ["related", "Network Rail apologises for Euston signal failure", "BBC", "2 hours ago"]], []],
    ["papers-review-top.txt", [["lead", "What the papers say: 'Freeze warning' and a royal visit", "Sky News", "4 hours ago"], ["related", "Cold weather alert issued for much of England", "The Independent", "2 hours ago"]], []],
    // Another aggregator's briefing, dated and signed by its desk: one lead article.
    ["briefing-desk.txt", [["lead", "Evening Briefing", null, "5 hours ago"]], []],
    ["briefing-desk-spaced.txt", [["lead", "Your Tuesday briefing: a rate cut, a recall and a record", null, "3 hours ago"]], []],
    // Held-out aggregator layouts: cards with the outlet above the title; a provider, a writer and a
    // calendar date above the lead; items footed below their bodies under a dated lead; a standfirst
    // and a "More from" section of undated items.
    ["cards-outlet-above.txt", [["related", "Glaciers in the Alps lost a record share of their ice last summer", "Reuters", null], ["related", "Farmers turn to drought-tolerant wheat as rainfall patterns shift", "Inside Climate News", null], ["related", "How city trees can cut summer heat by several degrees", "The Conversation", null]], []],
    ["writer-above-date.txt", [["lead", "Airline to add 40 routes from regional airports this summer", "Associated Press", "Mon, January 5, 2026 at 11:20 AM UTC"], ["related", "Jet fuel prices fall to lowest level in two years", "Bloomberg", "3h ago"], ["related", "Aircraft maker delays delivery of new long-range jets", "Reuters", "5h ago"]], []],
    ["footer-under-dated-lead.txt", [["lead", "School meals price rise paused after parents' petition", null, "6 January 2026"], ["related", "Library opening hours cut in three towns", "The Valley Record", "2 days ago"], ["related", "New bus route links villages to hospital", "The Valley Record", "4 days ago"]], []],
    ["standfirst-more-from.txt", [["lead", "Coral reefs show signs of recovery after years of bleaching", "The Guardian", "Jan 6, 2026"], ["related", "Ocean heat hits new record for third year running", "The Guardian", null], ["related", "Fishing fleets move north as waters warm", "The Guardian", null]], []],
  ])("%s", (name, articles, codes) => {
    const p = parseText(read(name));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published])).toEqual(articles);
    expect(p.messages.map((m) => m.code)).toEqual(codes);
  });

  it("keeps what each lead prints besides its title where it belongs", () => {
    expect(parseText(read("lead-title-credits.txt")).articles[0]).toMatchObject({ authors: ["Priya Natarajan", "Tom Ellery"], paragraphs: [] });
    expect(parseText(read("lead-title-caption.txt")).articles[0]!.paragraphs).toEqual([]);
    expect(parseText(read("papers-review.txt")).articles[0]!.paragraphs).toEqual(["The Times", "Rail chaos as signal failure strands thousands", "The Guardian", "PM plans winter reset after poll slump", "Daily Mail", "Fury as rail fares rise again", "Passengers face 'winter of misery'"]);
    expect(parseText(read("truncated-item-header.txt")).articles[2]!.paragraphs).toEqual(["Exporters of machinery and cars warned"]);
    expect(parseText(read("briefing-desk.txt")).articles[0]!.paragraphs).toHaveLength(6);
    expect(parseText(read("writer-above-date.txt")).articles[0]!.authors).toEqual(["Priya Raman"]);
    expect(parseText(read("standfirst-more-from.txt")).articles[0]!.paragraphs[0]).toBe("A survey of the reef's northern stretch found coral cover at its highest level in a decade.");
  });
});

describe("parseText seams that need their evidence", () => {
  it("a first paragraph with furniture after it and prose again is no title", () => {
    const p = parseText(page(BODY, "Advertisement", BODY2, "Comments"));
    expect(p.articles[0]).toMatchObject({ title: null, paragraphs: [BODY, BODY2] });
    expect(p.messages.map((m) => m.code)).toEqual(["layout-unrecognized"]);
  });

  it("a page of headlines with no article end stays unrecognized", () => {
    const p = parseText(page("Council approves plan", "Unions react to the vote", "Mayor defends the budget"));
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]!.title).toBeNull();
    expect(p.messages.map((m) => m.code)).toContain("layout-unrecognized");
  });

  it("a banner above the first item is no lead, and a title with no article end after it is none either", () => {
    const banner = parseText(page("We've updated our browser support. Learn more", "Evening Briefing", "5 hours ago Newsroom", "Rail strike called off", BODY + " (Reuters)"));
    expect(banner.articles.map((a) => [a.role, a.title, a.outlet])).toEqual([["lead", "Evening Briefing", null]]);
    const bare = parseText(page("Council approves plan", "", "Reuters", "2 hours ago", "- Reuters", "Unions react", BODY2, "", "BBC", "3 hours ago", "- BBC", "Plan delayed", BODY));
    expect(bare.articles.map((a) => [a.role, a.title])).toEqual([["related", "Unions react"], ["related", "Plan delayed"]]);
  });

  it("a header cut off is an item only where the page ends, and only if nothing follows it", () => {
    const related = ["Related Articles", "", "Reuters", "2 hours ago", "- Reuters", "Unions react", BODY2, "", "BBC", "3 hours ago", "- BBC", "Plan delayed"];
    const cut = parseText(page("Council approves plan", BODY, ...related, ""));
    expect(cut.articles.map((a) => a.title)).toEqual(["Council approves plan", "Unions react", "Plan delayed"]);
    expect(cut.messages.map((m) => [m.code, m.line])).toEqual([["truncated-article", 14]]);
    // A paywall prompt after the last header: a teaser, which is furniture.
    const teaser = parseText(page("Council approves plan", BODY, ...related, "Subscribe to continue reading"));
    expect(teaser.articles.map((a) => a.title)).toEqual(["Council approves plan", "Unions react"]);
    expect(teaser.messages).toEqual([]);
    // A headline printed once after the last body is a widget tail, not a cut-off item.
    const once = parseText(page("Council approves plan", BODY, "Related Articles", "", "Reuters", "2 hours ago", "- Reuters", "Unions react", BODY2, "", "More on this story"));
    expect(once.articles.map((a) => [a.title, a.paragraphs])).toEqual([["Council approves plan", [BODY]], ["Unions react", [BODY2]]]);
    expect(once.messages).toEqual([]);
  });

  it("a few words after the last header are its cut-off body; a widget after a body stays out", () => {
    const cut = parseText(page("Council approves plan", BODY, "Related Articles", "", "Reuters", "2 hours ago", "- Reuters", "Unions react", "Union leaders said the vote"));
    expect(cut.articles[1]).toMatchObject({ title: "Unions react", paragraphs: ["Union leaders said the vote"] });
    expect(cut.messages.map((m) => m.code)).toEqual(["truncated-article"]);
    const widget = parseText(page("Council approves plan", BODY, "Related Articles", "", "Reuters", "2 hours ago", "- Reuters", "Unions react", BODY2, "Sign up for breaking news alerts"));
    expect(widget.articles[1]!.paragraphs).toEqual([BODY2]);
    expect(widget.messages).toEqual([]);
  });

  it("credit lines name the authors; a picture credit is no author", () => {
    const p = parseText(page("Council approves plan", "Presented by Jane Doe and John Roe", "Editor: Ann Lee", BODY, "Photograph: Jane Smith/Reuters", BODY2));
    expect(p.articles[0]).toMatchObject({ authors: ["Jane Doe", "John Roe", "Ann Lee"], paragraphs: [BODY, "Photograph: Jane Smith/Reuters", BODY2] });
    expect(parseText(page("Council approves plan", "Host: the council's own radio", BODY)).articles[0]!.authors).toEqual([]);
  });

  it("short lines after prose are a widget tail even when they are many; a list needs an article with no prose", () => {
    const p = parseText(page("Council approves plan", BODY, "Most popular", "Unions react to the vote", "Mayor defends the budget", "Bridge opening delayed", "Comments"));
    expect(p.articles[0]!.paragraphs).toEqual([BODY]);
  });

  it("a clock time or 'Today' under an outlet heads an item; a time in a sentence or a price does not", () => {
    const p = parseText(page("Council approves plan", BODY, "", "Top stories", "", "The Herald", "14:20 BST", "Unions react to the vote", BODY2, "", "Daily Planet", "Today", "Mayor defends the budget", BODY));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published])).toEqual([
      ["lead", "Council approves plan", null, null],
      ["related", "Unions react to the vote", "The Herald", "14:20 BST"],
      ["related", "Mayor defends the budget", "Daily Planet", "Today"],
    ]);
    const prices = parseText(page("Council approves plan", BODY, "Ticket prices", "4.45", "Doors open 19:30", BODY2));
    expect(prices.articles.map((a) => a.title)).toEqual(["Council approves plan"]);
  });

  it("an outlet named by 'by' after the time is the item's outlet; a desk is none", () => {
    const p = parseText(page("Council approves plan", BODY, "", "More stories", "", "Unions react to the vote", "Published 3 hours ago by The Herald", BODY2, "", "Mayor defends the budget", "Published 5 hours ago by News desk", BODY));
    expect(p.articles.map((a) => [a.title, a.outlet])).toEqual([
      ["Council approves plan", null],
      ["Unions react to the vote", "The Herald"],
      ["Mayor defends the budget", null],
    ]);
  });

  it("an outlet and time printed below each item's body close that item (a footer), not the next", () => {
    const split = (p: ReturnType<typeof parseText>): unknown[] => p.articles.map((a) => [a.role, a.title, a.outlet, a.published, a.paragraphs]);
    const footers = parseText(page("Council approves plan", BODY, "", "Related", "", "Unions react to the vote", BODY2, "The Herald | 2 hours ago", "", "Mayor defends the budget", BODY, "4 min read", "Daily Planet | Yesterday", "", "© 2026 Daily Planet"));
    expect(split(footers)).toEqual([
      ["lead", "Council approves plan", null, null, [BODY]],
      ["related", "Unions react to the vote", "The Herald", "2 hours ago", [BODY2]],
      ["related", "Mayor defends the budget", "Daily Planet", "Yesterday", [BODY]],
    ]);
    // The outlet may stand above the title and the time alone below the body, no blank lines between.
    const above = parseText(page("Council approves plan", BODY, "THE HERALD", "Unions react to the vote", BODY2, "2h ago", "DAILY PLANET", "Mayor defends the budget", BODY, "6h ago"));
    expect(split(above)).toEqual([
      ["lead", "Council approves plan", null, null, [BODY]],
      ["related", "Unions react to the vote", "THE HERALD", "2h ago", [BODY2]],
      ["related", "Mayor defends the budget", "DAILY PLANET", "6h ago", [BODY]],
    ]);
  });

  it("times that head their items stay headers: the last is followed by its title, or by its body", () => {
    const cut = parseText(page("Council approves plan", BODY, "", "2 hours ago", "Unions react to the vote", BODY2, "", "Yesterday", "Mayor defends the budget"));
    expect(cut.articles.map((a) => [a.title, a.published, a.paragraphs])).toEqual([
      ["Council approves plan", null, [BODY]],
      ["Unions react to the vote", "2 hours ago", [BODY2]],
      ["Mayor defends the budget", "Yesterday", []],
    ]);
    const whole = parseText(page("Council approves plan", BODY, "", "The Herald | 2 hours ago", "Unions react to the vote", BODY2, "", "Daily Planet | Yesterday", "Mayor defends the budget", BODY));
    expect(whole.articles.map((a) => [a.title, a.outlet, a.paragraphs])).toEqual([
      ["Council approves plan", null, [BODY]],
      ["Unions react to the vote", "The Herald", [BODY2]],
      ["Mayor defends the budget", "Daily Planet", [BODY]],
    ]);
  });

  it("names and link bars above the lead's title are chrome; a name a byline or body follows is the title", () => {
    expect(parseText(page("Daily Planet", "World News", "Home  For You  Local", "Council approves plan", BODY)).articles[0]!.title).toBe("Council approves plan");
    expect(parseText(page("Search the web", "", "Council approves plan", BODY)).articles[0]!.title).toBe("Council approves plan");
    expect(parseText(page("Budget Day Live", "By Jane Doe", BODY)).articles[0]).toMatchObject({ title: "Budget Day Live", authors: ["Jane Doe"], paragraphs: [BODY] });
    expect(parseText(page("Council Approves Plan", BODY)).articles[0]!.title).toBe("Council Approves Plan");
  });

  it("an outlet printed above the title, both above the time, is the item's outlet; a title printed twice is no outlet", () => {
    const p = parseText(page("Council approves plan", BODY, "", "More for you", "", "The Herald", "Unions react to the vote", "4h", BODY2, "", "Daily Planet", "Mayor defends the budget", "1d", BODY));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published])).toEqual([
      ["lead", "Council approves plan", null, null],
      ["related", "Unions react to the vote", "The Herald", "4h"],
      ["related", "Mayor defends the budget", "Daily Planet", "1d"],
    ]);
    const twice = parseText(page("Council approves plan", BODY, "", "Related", "", "Unions React", "Unions React", "4h", BODY2));
    expect(twice.articles[1]).toMatchObject({ title: "Unions React", outlet: null });
  });

  it("a live page's entries stamped with times of today and no outlet stay in its article", () => {
    const live = parseText(page("Election night as it happened", BODY, "", "21:40", "First seat declared", BODY2, "", "21:10 GMT", "Turnout up on last time", BODY));
    expect(live.articles.map((a) => [a.role, a.title])).toEqual([["lead", "Election night as it happened"]]);
    expect(live.articles[0]!.paragraphs).toContain(BODY2);
    const dated = parseText(page("Election night as it happened", BODY, "", "Yesterday", "First seat declared", BODY2));
    expect(dated.articles.map((a) => a.title)).toEqual(["Election night as it happened", "First seat declared"]);
  });

  it("an entry of one sentence between two times of today stays in the live page's article: no header reaches over a dateline", () => {
    const entry = 'The mayor wrote on X: "Polls are closed, thank you to every volunteer."';
    const live = parseText(page("Election night live: first results due", "22:05 GMT", BODY, "21:50 GMT", entry, "21:30 GMT", BODY2));
    expect(live.articles.map((a) => [a.role, a.title, a.outlet])).toEqual([["lead", "Election night live: first results due", null]]);
    expect(live.articles[0]!.paragraphs).toContain(entry);
  });

  it("a live page's entries stamped with ages of minutes or hours stay in its article, under its own title", () => {
    const live = parseText(page("Live", "Council budget live: plan approved", "Show key events only", "2m ago", "Vote passes", BODY, "", "1h ago", "Opposition objects", BODY2, "", "Related", "", "Sky News", "3 hours ago", "Unions react", BODY));
    expect(live.articles.map((a) => [a.role, a.title, a.outlet])).toEqual([["lead", "Council budget live: plan approved", null], ["related", "Unions react", "Sky News"]]);
    expect(live.articles[0]!.paragraphs).toContain(BODY2);
    expect(live.articles[0]!.paragraphs.join(" ")).not.toMatch(/key events|^Live/);
    // A page whose title does not say it is live keeps items stamped so apart.
    const list = parseText(page("Council approves plan", BODY, "", "2m ago", "Vote passes", BODY2, "", "1h ago", "Opposition objects", BODY));
    expect(list.articles.map((a) => a.title)).toEqual(["Council approves plan", "Vote passes", "Opposition objects"]);
  });

  it("a timeline's days printed inside the lead are its text, no items", () => {
    const SEAM = ["Hashtags", "", "Comments", "No comments yet...", "Related Articles", "", "Reuters", "3 hours ago", "- Reuters", "Unions react", BODY2];
    const TITLE = "Island ferry service to resume next week";
    const entry1 = "The ferry was taken out of service after a fault was found in its steering.";
    const entry2 = "Engineers said the repair would take longer than first thought.";
    const splits = (...lines: string[]) => parseText(page("", TITLE, ...lines, ...SEAM)).articles.map((a) => [a.role, a.title, a.outlet]);
    const split = [["lead", TITLE, null], ["related", "Unions react", "Reuters"]];
    const p = parseText(page("", TITLE, BODY, "How the week unfolded", "2 March", entry1, "4 March", entry2, BODY2, ...SEAM));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet])).toEqual(split);
    expect(p.articles[0]!.paragraphs).toEqual([BODY, "How the week unfolded", "2 March", entry1, "4 March", entry2, BODY2]);
    // Days in figures with their year, blank lines around them, one day alone, a lead dated under its title.
    expect(splits(BODY, "", "02-03-2026", "", entry1, "", "04-03-2026", "", entry2)).toEqual(split);
    expect(splits(BODY, "", "2 March", entry1, BODY2)).toEqual(split);
    const dated = parseText(page("", TITLE, "2 March 2026", BODY, "Key dates", "2 March", entry1, "4 March", entry2, ...SEAM));
    expect(dated.articles.map((a) => [a.role, a.title, a.published])).toEqual([["lead", TITLE, "2 March 2026"], ["related", "Unions react", "3 hours ago"]]);
    // A diary's weekdays head its entries too; a stub that names no day is still dropped.
    const diary = parseText(page("", TITLE, BODY, "Monday", entry1, "Share", "Tuesday", entry2, ...SEAM));
    expect(diary.articles[0]!.paragraphs).toEqual([BODY, "Monday", entry1, "Tuesday", entry2]);
  });

  it("dated items without an outlet under or over their headlines stay items", () => {
    const split = [
      ["lead", "Island ferry service to resume next week", null],
      ["related", "Repair bill rises", "2 March"],
      ["related", "Operator apologises", "4 March"],
    ];
    const above = parseText(page("Island ferry service to resume next week", BODY, "", "Repair bill rises", "2 March", BODY2, "", "Operator apologises", "4 March", BODY));
    expect(above.articles.map((a) => [a.role, a.title, a.published])).toEqual(split);
    const below = parseText(page("Island ferry service to resume next week", BODY, "", "2 March", "Repair bill rises", BODY2, "4 March", "Operator apologises", BODY));
    expect(below.articles.map((a) => [a.role, a.title, a.published])).toEqual(split);
  });

  it("items printed the same way as the first one make it related, without a seam", () => {
    const item = (title: string, outlet: string, body: string): string[] => [title, title, outlet, "time2 hours ago", `  • ${outlet}`, title, body];
    const p = parseText(page("logo", ...item("Council approves plan", "BBC", BODY), ...item("Unions react", "ITV", BODY2)));
    expect(p.articles.map((a) => a.role)).toEqual(["related", "related"]);
  });
});

// Pages built from parts, every way the layouts combine them (lead forms, the furniture after the
// lead, blank lines at each seam, item headers, truncation): each page's split is known by
// construction, so the rules are checked on the family of layouts, not on a few pages.
describe("parseText on generated variants of the layouts", () => {
  const HEADLINES = ["Ferry fares frozen for island residents", "Bridge repairs to close the coast road until May", "Why are rents rising fastest in small towns?", "Teachers accept 5% pay offer after ballot", "Flood defences to be raised along the estuary", "Airport expansion approved despite objections", "Hospital waiting lists fall for a third month", "Rail freight grows as lorry costs climb"];
  const PARAS = [
    "The council voted on Tuesday to freeze ferry fares for island residents until the end of next year, at a cost of about £1.2m to be met from reserves.",
    "Engineers said the repairs would take longer than planned because the old supports had to be replaced, and the road will stay closed to all traffic until May.",
    "Rents outside the big cities rose by 9% in the year to March, twice the national rate, according to figures from the statistics office published on Wednesday.",
    "Members of the largest teaching union voted by a clear majority to accept the offer, ending a dispute that had closed schools on four days this term.",
  ];
  const OUTLETS = ["Reuters", "The Irish Times", "Deutsche Welle", "ABC News (Australia)", "France 24"];
  const TIMES = ["2 hours ago", "a day ago", "Mar 12", "45 minutes ago"];
  const CUT_WORDS = "Officials said the work would";
  // Ages glued to the outlets above, one each ("France 24" glued to a number would be ambiguous even to a reader).
  const AGES = ["3 days ago", "an hour ago", "12-03-2025", "5 hours ago", "a day ago"];

  interface Want { role: string; title: string; outlet: string | null; published: string | null }
  const blank = (n: number): string[] => Array.from({ length: n }, () => "");

  // Leads of layout A: the lines printed, the first of them the title.
  const LEADS: Array<[string, (t: string) => string[]]> = [
    ["two paragraphs", (t) => [t, PARAS[0]!, PARAS[1]!]],
    ["one paragraph", (t) => [t, PARAS[2]!]],
    ["title only", (t) => [t]],
    ["title and credits", (t) => [t, "Host: Mary Okafor", "Producer: Luis Ortega"]],
    ["title and paywall", (t) => [t, "Subscribe to read the full story"]],
    ["title and picture credit", (t) => [t, "Photo: Getty Images"]],
    ["list of the papers", (t) => [t, "The Times", "Ministers split over fares", "Daily Mail", "Islanders' fury", "The Guardian", "A fair deal at last?"]],
    ["title ending in a stop, short paragraph", (t) => [`${t}.`, "The plan was approved on Monday after a long debate in the chamber."]],
    ["long title, no stop", () => [LONG_HEADLINES[0]!, PARAS[1]!, PARAS[3]!]],
  ];
  const LONG_TITLE = "Ferry fares will be frozen for island residents until the end of next year after the harbour council voted by a large majority on Tuesday.";
  const LEAD_ENDS = [["Hashtags", "", "Try Our AI Features", "Explore what Daily8 AI can do for you:", "Comments", "No comments yet..."], ["Comments"], []];
  // Related items: header and body as printed, with what a reader reads from them.
  const ITEMS: Array<[string, (t: string, o: string, time: string, body: string[]) => string[]]> = [
    ["outlet, time, bullet", (t, o, time, body) => [o, time, `- ${o}`, t, ...body]],
    ["outlet, time", (t, o, time, body) => [o, time, t, ...body]],
    ["dash bullet, blank lines", (t, o, time, body) => [o, "", time, "", `– ${o}`, "", t, ...body]],
    ["time after the title", (t, o, time, body) => [t, `${time} · ${o}`, ...body]],
  ];
  const CUTS = ["none", "header only", "a few words"] as const;

  function layoutA(lead: number, longTitle: boolean, end: number, seamBlanks: number, form: number, gap: number, cut: (typeof CUTS)[number]): [string, Want[], boolean] {
    const title = longTitle ? LONG_TITLE : HEADLINES[lead]!;
    const printed = LEADS[lead]![1](title);
    const lines = ["", ...printed, ...LEAD_ENDS[end]!, "Related Articles", ...blank(seamBlanks)];
    const want: Want[] = [{ role: "lead", title: printed[0]!, outlet: null, published: null }];
    for (let k = 0; k < 3; k++) {
      const [t, o, time] = [HEADLINES[(lead + k + 1) % HEADLINES.length]!, OUTLETS[(form + k) % OUTLETS.length]!, TIMES[(gap + k) % TIMES.length]!];
      const last = k === 2;
      const body = last && cut === "header only" ? [] : last && cut === "a few words" ? [CUT_WORDS] : [PARAS[(k + end) % PARAS.length]!];
      if (k > 0) lines.push(...blank(gap));
      lines.push(...ITEMS[form]![1](t, o, time, body));
      want.push({ role: "related", title: t, outlet: o, published: time });
    }
    return [lines.join("\n"), want, cut !== "none"];
  }

  // The top of a page (layout B): the lead's outlet glued to its age, items with title printed twice.
  // Titles printed twice may run past a headline's length, or end in a stop.
  const LONG_HEADLINES = [
    "Ferry fares for island residents will stay frozen until the end of next year after councillors from every party backed the plan in a late vote on Tuesday night",
    "Engineers say the coast road bridge will need new supports before it can reopen to traffic, putting back the date by at least three months and adding millions to the bill.",
    "Rents in small towns are now rising twice as fast as in the big cities as more workers move out in search of cheaper homes and gardens",
  ];

  function layoutB(paras: number, seam: boolean, gap: number, cut: (typeof CUTS)[number] | "title twice" | "title twice, outlet", outlet: number, long: boolean): [string, Want[], boolean] {
    const titles = long ? LONG_HEADLINES : HEADLINES;
    const [title, o, age] = [titles[(paras + gap) % titles.length]!, OUTLETS[outlet]!, AGES[outlet]!];
    const lines = ["logo", ...blank(gap), title, title, `${o}${age}`, ...PARAS.slice(0, paras), "Orange background", ...(seam ? ["", "Try Our AI Features", "", "Comments", "", "Related Articles", ""] : [])];
    const want: Want[] = [{ role: "lead", title, outlet: o, published: age }];
    for (let k = 0; k < 2; k++) {
      const [t, io] = [titles[(paras + gap + k + 1) % titles.length]!, OUTLETS[(outlet + k + 1) % OUTLETS.length]!];
      const last = k === 1;
      if (k > 0) lines.push(...blank(gap));
      if (last && (cut === "title twice" || cut === "title twice, outlet")) {
        lines.push(t, t, ...(cut === "title twice" ? [] : [io]));
        want.push({ role: "related", title: t, outlet: cut === "title twice" ? null : io, published: null });
        continue;
      }
      const body = last && cut === "header only" ? [] : last && cut === "a few words" ? [CUT_WORDS] : [PARAS[(k + 2) % PARAS.length]!];
      lines.push(t, t, io, "time3 hours ago", `  • ${io}`, t, ...body);
      want.push({ role: "related", title: t, outlet: io, published: "3 hours ago" });
    }
    return [lines.join("\n"), want, cut !== "none"];
  }

  function misses(pages: Array<[string, [string, Want[], boolean]]>): string[] {
    return pages.flatMap(([name, [text, want, truncated]]) => {
      const p = parseText(text);
      const got = p.articles.map((a) => ({ role: a.role, title: a.title, outlet: a.outlet, published: a.published }));
      const codes = p.messages.map((m) => m.code);
      const wrong = JSON.stringify(got) !== JSON.stringify(want) || codes.includes("layout-unrecognized") || codes.includes("truncated-article") !== truncated;
      return wrong ? [`${name}: ${JSON.stringify(got)} ${codes.join(",")}`] : [];
    });
  }

  it("layout A: every lead form, lead end, seam, item header, gap and cut", () => {
    const pages: Array<[string, [string, Want[], boolean]]> = [];
    LEADS.forEach(([leadName], lead) =>
      [false, true].forEach((longTitle) =>
        LEAD_ENDS.forEach((_, end) =>
          [0, 1, 2].forEach((seamBlanks) =>
            ITEMS.forEach(([formName], form) =>
              [0, 1, 2].forEach((gap) =>
                CUTS.forEach((cut) => {
                  if (longTitle && lead !== 2) return; // a long sentence is a title only where the article's end follows it
                  pages.push([`${leadName}${longTitle ? " (long)" : ""} / end ${end} / seam+${seamBlanks} / ${formName} / gap ${gap} / cut ${cut}`, layoutA(lead, longTitle, end, seamBlanks, form, gap, cut)]);
                }),
              ),
            ),
          ),
        ),
      ),
    );
    expect(pages.length).toBeGreaterThan(1500);
    expect(misses(pages)).toEqual([]);
  });

  it("briefings of another aggregator: banner, section heading, title, desk and gaps", () => {
    const pages: Array<[string, [string, Want[], boolean]]> = [];
    const titles = ["Evening Briefing", "Morning Briefing: Fares, Floods And A Rate Cut", "Your Friday briefing: strikes, storms and a surprise"];
    for (const banner of [[], ["We've updated our browser support"], ["Skip to main content", "Menu"]])
      for (const heading of [[], ["Top Stories"]])
        for (const title of titles)
          for (const dateline of ["5 hours ago Newsroom", "2 days ago News desk", "an hour ago · Money desk", "3 hours ago\nNewsroom"])
            for (const gap of [0, 1]) {
              const blocks = [0, 1, 2].flatMap((k) => [...blank(gap), HEADLINES[k]!, `${PARAS[k]!} (${OUTLETS[k]})`]);
              const want: Want[] = [{ role: "lead", title, outlet: null, published: dateline.split(/ (?=[A-Z·])|\n/)[0]! }];
              pages.push([`${banner.join("/")} / ${heading.join("")} / ${title} / ${dateline} / gap ${gap}`, [[...banner, ...heading, title, dateline, ...blocks].join("\n"), want, false]]);
            }
    expect(misses(pages)).toEqual([]);
  });

  it("layout B: paragraphs, seam or none, gaps, outlets, title lengths and cuts", () => {
    const pages: Array<[string, [string, Want[], boolean]]> = [];
    for (const paras of [1, 2, 3])
      for (const seam of [true, false])
        for (const gap of [0, 1])
          for (const cut of [...CUTS, "title twice", "title twice, outlet"] as const)
            for (const long of [false, true])
              OUTLETS.forEach((_, outlet) => pages.push([`${paras}p / seam ${seam} / gap ${gap} / cut ${cut} / outlet ${outlet}${long ? " / long titles" : ""}`, layoutB(paras, seam, gap, cut, outlet, long)]));
    expect(misses(pages)).toEqual([]);
  });
});

// Each article's role, title, outlet, time, authors and number of paragraphs.
const rows = (text: string): unknown[][] => parseText(text).articles.map((a) => [a.role, a.title, a.outlet, a.published, a.authors, a.paragraphs.length]);

describe("parseText bylines, widgets and credits inside items", () => {
  it("a byline before a compact age names the writer, not the outlet", () => {
    const p = page("Most read", "", "Ferry fares rise again", "By Ana Ruiz · 2h", BODY, "", "Lanes close for a week", "By Tom Birch and Ida Holm · 6h", BODY2);
    expect(rows(p)).toEqual([
      ["related", "Ferry fares rise again", null, "2h", ["Ana Ruiz"], 1],
      ["related", "Lanes close for a week", null, "6h", ["Tom Birch", "Ida Holm"], 1],
    ]);
    expect(parseDateline("By Ana Ruiz · 2h")).toEqual({ time: "2h", outlet: null, authors: ["Ana Ruiz"] });
    // "Bytes" and a sentence about a byline are no bylines.
    expect(parseDateline("Bytes Weekly · 2h")).toEqual({ time: "2h", outlet: "Bytes Weekly" });
    expect(parseDateline("By the river · 2h")).toBeNull();
  });

  it("coverage widgets between an item's title and its time, or in its body, stay out of both", () => {
    const p = page("Council approves plan", BODY, "", "More from Our Desk", "", "Left 30% · Center 40% · Right 30%", "Unions react", "9 sources", "The Herald · 3 hours ago", BODY2, "Coverage: 20% Left, 60% Center, 20% Right");
    expect(rows(p)).toEqual([
      ["lead", "Council approves plan", null, null, [], 1],
      ["related", "Unions react", "The Herald", "3 hours ago", [], 1],
    ]);
    for (const w of ["9 sources", "1 source", "Left 30% · Center 40% · Right 30%", "Lean Left 10% | Center 80% | Lean Right 10%", "Coverage: 20% Left, 60% Center, 20% Right"]) expect(isKnownFurniture(w), w).toBe(true);
    for (const w of ["9 sources say the deal is close", "Left 30%", "Turnout was 30% on the left bank"]) expect(isKnownFurniture(w), w).toBe(false);
  });

  it("a picture's credit is never an item's title or header; it stays body text", () => {
    const p = page("Council approves plan", BODY, "", "Related", "", "The Herald · 3 hours ago", "Unions react", BODY2, "Photo: Jane Roe/Reuters", "", "Metro Times · 4 hours ago", "Plan delayed", BODY);
    expect(rows(p)).toEqual([
      ["lead", "Council approves plan", null, null, [], 1],
      ["related", "Unions react", "The Herald", "3 hours ago", [], 1],
      ["related", "Plan delayed", "Metro Times", "4 hours ago", [], 1],
    ]);
    const caption = "Workers clear the square on Monday. (AP Photo/Jane Roe)";
    expect(parseText(page("Council approves plan", BODY, caption, BODY2)).articles[0]!.paragraphs).toEqual([BODY, caption, BODY2]);
    for (const c of ["Photo: Reuters", "Image: Getty", "Credit: Jane Roe/The Herald", "(AP Photo/Jane Roe)", caption]) expect(isTitleLine(c), c).toBe(false);
    expect(isTitleLine("Photographers win prize for flood pictures")).toBe(true);
  });
});

describe("parseText lines no rule may drop", () => {
  it("an item's one-line body without a stop is its body, and the item stays", () => {
    const p = page("Council approves plan", BODY, "", "Related", "", "The Herald", "3 hours ago", "Unions react", "Union leaders said they would study the plan before the vote", "", "Metro Times", "4 hours ago", "Plan delayed", "The vote was moved to next week");
    expect(parseText(p).articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ["Council approves plan", [BODY]],
      ["Unions react", ["Union leaders said they would study the plan before the vote"]],
      ["Plan delayed", ["The vote was moved to next week"]],
    ]);
  });

  it("a widget after a body, or a few words alone, are still no body", () => {
    const p = parseText(page("Council approves plan", BODY, "", "Related", "", "The Herald", "3 hours ago", "Unions react", BODY2, "Get the app", "", "Metro Times", "4 hours ago", "Plan delayed", "Try Our New Features", "", "Daily Post", "5 hours ago", "Fares frozen", BODY));
    expect(p.articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ["Council approves plan", [BODY]],
      ["Unions react", [BODY2]],
      ["Fares frozen", [BODY]],
    ]);
  });

  it("the lead's own time above the related section is the lead's, not the first item's", () => {
    const p = page("Council approves plan", BODY, BODY2, "Updated 3 hours ago", "", "Related", "", "The Herald", "Unions react", BODY2, "", "Metro Times", "Plan delayed", BODY);
    expect(rows(p)).toEqual([
      ["lead", "Council approves plan", null, null, [], 2],
      ["related", "Unions react", "The Herald", null, [], 1],
      ["related", "Plan delayed", "Metro Times", null, [], 1],
    ]);
    // A clock stamp there is no body text either.
    const q = parseText(page("Council approves plan", BODY, "Updated 10:42 GMT", "", "Related", "", "The Herald · 3 hours ago", "Unions react", BODY2));
    expect(q.articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ["Council approves plan", [BODY]],
      ["Unions react", [BODY2]],
    ]);
    // An item printed as a time below a seam is still an item.
    expect(rows(page("Council approves plan", BODY, "", "Related", "", "3 hours ago", "The Herald", "Unions react", BODY2))).toEqual([
      ["lead", "Council approves plan", null, null, [], 1],
      ["related", "Unions react", "The Herald", "3 hours ago", [], 1],
    ]);
  });
});

describe("parseText rows of card metadata", () => {
  it("a row opened by a bullet holds the outlet and the time", () => {
    const p = page("Council approves plan", BODY, "", "You may also like", "", "• The Herald • 3 hours ago", "Unions react", BODY2, "", "• Metro Times • Yesterday", "Plan delayed", BODY);
    expect(rows(p)).toEqual([
      ["lead", "Council approves plan", null, null, [], 1],
      ["related", "Unions react", "The Herald", "3 hours ago", [], 1],
      ["related", "Plan delayed", "Metro Times", "Yesterday", [], 1],
    ]);
    // A bullet before words with no time is no dateline.
    expect(parseDateline("• The Herald • Opinion")).toBeNull();
  });

  it("a separator on its own line between the outlet and the time", () => {
    const p = page("Council approves plan", BODY, "", "More for you", "", "The Herald", "·", "1d", "Unions react", BODY2, "", "Metro Times", "·", "2d", "Plan delayed", BODY);
    expect(rows(p)).toEqual([
      ["lead", "Council approves plan", null, null, [], 1],
      ["related", "Unions react", "The Herald", "1d", [], 1],
      ["related", "Plan delayed", "Metro Times", "2d", [], 1],
    ]);
  });

  it("a byline followed by the time and the read time names the authors and leaves the body", () => {
    const p = parseText(page("Council approves plan", "Story by Ana Ruiz • 3h • 4 min read", BODY, BODY2));
    expect(p.articles[0]).toMatchObject({ title: "Council approves plan", authors: ["Ana Ruiz"], paragraphs: [BODY, BODY2] });
    expect(bylineAuthors("By Ana Ruiz | Updated 10:42 GMT")).toEqual(["Ana Ruiz"]);
    // Words after the separator that are neither a time nor furniture keep the line out of bylines.
    expect(bylineAuthors("By Ana Ruiz • Rising fares hit commuters")).toBeNull();
  });
});

describe("parseText undated cards", () => {
  it("a page of cards printed title, outlet, text is a listing of items", () => {
    const p = page("Magazine", "World Affairs", "", "Unions react to the council's plan", "The Herald", BODY2, "", "Plan delayed until the spring", "Metro Times", BODY, "Opposition members welcomed the delay.");
    expect(rows(p)).toEqual([
      ["related", "Unions react to the council's plan", "The Herald", null, [], 1],
      ["related", "Plan delayed until the spring", "Metro Times", null, [], 2],
    ]);
  });

  it("one card alone, or cards among sections of an article, leave the page one lead", () => {
    expect(rows(page("Unions react to the council's plan", "The Herald", BODY2, BODY))).toEqual([["lead", "Unions react to the council's plan", null, null, [], 2]]);
    const article = page("Unions react to the council's plan", "The Herald", BODY2, "", "What comes next", BODY, "", "Plan delayed until the spring", "Metro Times", BODY);
    expect(rows(article).map((r) => r[0])).toEqual(["lead"]);
  });
});

// Aggregator pages built from parts (lead forms, the lead's own time stamp, seams, card headers,
// widgets between and below the header, bodies of one or more lines): each page's split is known
// by construction, and so is every line's place. No body line may be dropped or land in another
// article, and no furniture line may land in any.
describe("parseText on generated aggregator cards: every line in its place", () => {
  const TITLES = ["Ferry fares frozen for island residents", "Bridge repairs to close the coast road", "Teachers accept pay offer after ballot", "Flood defences to be raised along the estuary"];
  const PARAS = [
    "The council voted on Tuesday to freeze ferry fares for island residents until the end of next year.",
    "Engineers said the repairs would take longer than planned because the old supports had to be replaced.",
    "Members of the largest union voted by a clear majority to accept the offer, ending the dispute.",
    "The agency said the new walls would protect about 4,000 homes from the highest tides.",
  ];
  const BARE = "Officials said work would start on the first section next spring";
  const OUTLETS = ["The Herald", "Metro Times", "Coast Weekly"];
  const AUTHORS = ["Ana Ruiz", "Tom Birch", "Ida Holm"];
  const TIMES = ["3 hours ago", "5h", "Yesterday"];
  const SEAMS = ["Related", "More for you", "You may also like"];
  const WIDGETS = ["Share", "Left 30% · Center 40% · Right 30%", "Coverage: 20% Left, 60% Center, 20% Right", "·", "Advertisement"];

  interface Card { title: string; outlet: string | null; authors: string[]; published: string | null; paragraphs: string[] }
  // Card headers as printed: title t, outlet o, author a, time; the widget w stands where such pages print one.
  const HEADERS: Array<[string, (t: string, o: string, a: string, time: string, w: string) => [string[], Partial<Card>]]> = [
    ["outlet, time, title", (t, o, _a, time) => [[o, time, t], {}]],
    ["title, time · outlet", (t, o, _a, time) => [[t, `${time} · ${o}`], {}]],
    ["bullet row, title", (t, o, _a, time) => [[`• ${o} • ${time}`, t], {}]],
    ["outlet, separator, time, title", (t, o, _a, time) => [[o, "·", time, t], {}]],
    ["title, byline · time", (t, _o, a, time) => [[t, `By ${a} · ${time}`], { outlet: null, authors: [a] }]],
    ["widget, title, widget, outlet · time", (t, o, _a, time, w) => [[w, t, "9 sources", `${o} · ${time}`], {}]],
  ];
  const BODIES: Array<[string, (k: number, w: string) => [string[], string[]]]> = [
    ["one paragraph", (k) => [[PARAS[k]!], [PARAS[k]!]]],
    ["two paragraphs, a widget between", (k, w) => [[PARAS[k]!, w, PARAS[(k + 1) % PARAS.length]!], [PARAS[k]!, PARAS[(k + 1) % PARAS.length]!]]],
    ["one line without a stop", () => [[BARE], [BARE]]],
    ["paragraph, widget below", (k, w) => [[PARAS[k]!, w], [PARAS[k]!]]],
  ];

  function build(stamp: boolean, seam: number, header: number, body: number, gap: number, widget: number): [string, Card[]] {
    const w = WIDGETS[widget]!;
    const lead: Card = { title: "Harbour council approves new budget", outlet: null, authors: [], published: null, paragraphs: [PARAS[3]!, PARAS[0]!] };
    const lines = [lead.title, ...lead.paragraphs, ...(stamp ? ["Updated 2 hours ago"] : []), "", SEAMS[seam]!, ""];
    const cards: Card[] = [lead];
    for (let k = 0; k < 3; k++) {
      const [t, o, a, time] = [TITLES[k]!, OUTLETS[k]!, AUTHORS[k]!, TIMES[k]!];
      const [head, fields] = HEADERS[header]![1](t, o, a, time, w);
      const [printed, paragraphs] = BODIES[body]![1](k, w);
      lines.push(...head, ...printed, ...Array.from({ length: gap }, () => ""));
      cards.push({ title: t, outlet: o, authors: [], published: time, paragraphs, ...fields });
    }
    return [lines.join("\n"), cards];
  }

  it("splits every variant and keeps each line in its place", () => {
    const wrong: string[] = [];
    let pages = 0;
    for (const stamp of [false, true])
      for (const seam of SEAMS.keys())
        for (const header of HEADERS.keys())
          for (const body of BODIES.keys())
            for (const gap of [1, 2])
              for (const widget of WIDGETS.keys()) {
                const [text, want] = build(stamp, seam, header, body, gap, widget);
                const got = parseText(text).articles.map((a): Card => ({ title: a.title ?? "", outlet: a.outlet, authors: a.authors, published: a.published, paragraphs: a.paragraphs }));
                pages++;
                if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${stamp} / ${SEAMS[seam]} / ${HEADERS[header]![0]} / ${BODIES[body]![0]} / gap ${gap} / ${WIDGETS[widget]}: ${JSON.stringify(got)}`);
              }
    expect(pages).toBeGreaterThan(1000);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe("held-out aggregator layouts", () => {
  it("a writer's name alone between the title and a calendar date is the author, not the outlet", () => {
    const p = parseText(page("Quarry expansion approved despite protests", "Nadia Ferrante", "Tue, March 3, 2026 at 9:10 AM UTC", BODY, BODY2));
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]).toMatchObject({ title: "Quarry expansion approved despite protests", outlet: null, authors: ["Nadia Ferrante"], paragraphs: [BODY, BODY2] });
    // An outlet named like a person still names the outlet ("Sky News", "Fox Business"): its last word is an organization's.
    expect(parseText(page("Quarry expansion approved despite protests", "Fox Business", "Tue, March 3, 2026 at 9:10 AM UTC", BODY)).articles[0]).toMatchObject({ outlet: "Fox Business", authors: [] });
  });

  it("a clock printed before the day is part of the dateline, no outlet", () => {
    expect(parseDateline("Published 10:15 GMT, 6 Jan 2026")).toEqual({ time: "10:15 GMT, 6 Jan 2026", outlet: null });
    expect(datelineValue("4.05pm, 6 January 2026", null)).toBe("2026-01-06");
    expect(parseText(page("Bakery chain to shut 30 shops", "Published 08:40 GMT, 3 Mar 2026", BODY, BODY2)).articles[0]).toMatchObject({ outlet: null, published: "08:40 GMT, 3 Mar 2026" });
    // A name before the day is still the outlet.
    expect(parseDateline("The Courier, 6 Jan 2026")).toEqual({ time: "6 Jan 2026", outlet: "The Courier" });
  });

  it("a bare stamp right below an item's dateline is its update time, no item", () => {
    const p = parseText(page("Zinc price jumps as smelter shuts", "March 3, 2026 4:05 PM GMT", "Updated 2 hours ago", BODY, BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.paragraphs.length])).toEqual([["lead", "Zinc price jumps as smelter shuts", 2]]);
    // A stamp after the item's body is the next item's.
    const q = parseText(page("Zinc price jumps as smelter shuts", "March 3, 2026", BODY, "Related", "Reuters", "2 hours ago", "- Reuters", "Tin follows zinc higher", BODY2));
    expect(q.articles.map((a) => [a.role, a.title, a.outlet])).toEqual([["lead", "Zinc price jumps as smelter shuts", null], ["related", "Tin follows zinc higher", "Reuters"]]);
  });

  it("a web address is an outlet's name in any case; a word with a stop is none", () => {
    expect(["tagesschau.de", "news.com.au", "www.lemonde.fr"].map(isOutletLike)).toEqual([true, true, true]);
    expect(["e.g.", "a.m", "wait...what", "fig.2"].map(isOutletLike)).toEqual([false, false, false, false]);
    const p = parseText(page("Ferry timetable cut for winter", BODY, "Related", "", "nos.nl", "vor 3 Stunden", "Dutch ferries add night sailings", BODY2));
    expect(p.articles[1]).toMatchObject({ title: "Dutch ferries add night sailings", outlet: "nos.nl" });
  });

  it("cards printed outlet, title, text with no section heading are a listing", () => {
    const cards = page("Reuters", "Sea ice reaches record low for January", BODY, "Curated by Lena Hart", "", "The Conversation", "Why river deltas are sinking faster than seas rise", BODY2, "Curated by Lena Hart");
    const p = parseText(cards);
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.paragraphs.length])).toEqual([
      ["related", "Sea ice reaches record low for January", "Reuters", 1],
      ["related", "Why river deltas are sinking faster than seas rise", "The Conversation", 1],
    ]);
    // One such card alone is an article with its outlet above the title.
    expect(parseText(page("Reuters", "Sea ice reaches record low for January", BODY, BODY2)).articles.map((a) => [a.role, a.title])).toEqual([["lead", "Sea ice reaches record low for January"]]);
  });

  it("items dated in a footer below their bodies stay apart from a lead dated under its title", () => {
    const p = parseText(page("Reservoir levels fall for a third month", "By Helen Marsh", "6 March 2026", BODY, BODY2, "", "Hosepipe ban considered for summer", BODY2, "The Valley Record · 2 days ago", "", "Farmers asked to share water", BODY, "The Valley Record · 4 days ago"));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published, a.paragraphs.length])).toEqual([
      ["lead", "Reservoir levels fall for a third month", null, "6 March 2026", 2],
      ["related", "Hosepipe ban considered for summer", "The Valley Record", "2 days ago", 1],
      ["related", "Farmers asked to share water", "The Valley Record", "4 days ago", 1],
    ]);
    // A dated line under the lead's prose with no headline above its text is no footer: the lead keeps its text.
    const q = parseText(page("Reservoir levels fall for a third month", "6 March 2026", BODY, BODY2, "The Valley Record · 2 days ago"));
    expect(q.articles.map((a) => [a.role, a.title, a.paragraphs.length])).toEqual([["lead", "Reservoir levels fall for a third month", 2]]);
  });

  it("a standfirst between the title and the byline opens the body; a related section after the dated lead lists undated items", () => {
    const deck = "Empty shop fronts tell only part of the story.";
    const p = parseText(page("The Atlantic", "The slow return of the corner shop", deck, "By Clara Nunes", "March 2, 2026", BODY, BODY2, "", "More from The Atlantic", "The Atlantic", "Why towns are buying their pubs", BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.authors])).toEqual([
      ["lead", "The slow return of the corner shop", "The Atlantic", ["Clara Nunes"]],
      ["related", "Why towns are buying their pubs", "The Atlantic", []],
    ]);
    expect(p.articles[0]!.paragraphs).toEqual([deck, BODY, BODY2]);
    // Without a byline below it, a sentence above a time is no standfirst: a footed item's one-line body.
    const q = parseText(page("Council approves plan", BODY, BODY2, "", "Unions react to the vote", "Members will meet on Friday.", "Reuters | 3 hours ago", "", "Mayor defends the budget", "The mayor spoke to reporters.", "BBC | 5 hours ago"));
    expect(q.articles.map((a) => [a.title, a.outlet, a.paragraphs])).toEqual([
      ["Council approves plan", null, [BODY, BODY2]],
      ["Unions react to the vote", "Reuters", ["Members will meet on Friday."]],
      ["Mayor defends the budget", "BBC", ["The mayor spoke to reporters."]],
    ]);
  });

  it("a third header line unlike the title and the outlet is a heading above the item, not its header", () => {
    const p = parseText(page("Full coverage: Rail fares freeze", "", "Top news", "BBC News", "Rail fares frozen for a year", "2 hours ago", BODY, "The Guardian", "What the freeze means for commuters", "3 hours ago", BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet])).toEqual([
      ["related", "Rail fares frozen for a year", "BBC News"],
      ["related", "What the freeze means for commuters", "The Guardian"],
    ]);
    // A title printed twice above its outlet is still the item's header.
    const twice = parseText(page("Council approves plan", BODY, "", "Related", "", "Unions react to the vote", "Unions react to the vote", "The Herald", "4 hours ago", BODY2));
    expect(twice.articles[1]).toMatchObject({ title: "Unions react to the vote", outlet: "The Herald" });
  });

  it("a day word between two menu links is a tab, no dateline; under an outlet above a title it dates the item", () => {
    const p = parseText(page("News+", "Today", "Following", "", "Tram line opens to the airport", BODY, BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.published])).toEqual([["lead", "Tram line opens to the airport", null, null]]);
    const q = parseText(page("Tram line opens to the airport", BODY, "", "Related", "The Herald", "Today", "Bus fares to be capped in March", BODY2));
    expect(q.articles[1]).toMatchObject({ title: "Bus fares to be capped in March", outlet: "The Herald", published: "Today" });
    // Between a one-word outlet and the bullet repeating it, a day word is the item's time, no tab.
    const dashed = parseText(page("Tram line opens to the airport", BODY, "", "Hashtags", "Comments", "Related Articles", "", "Reuters", "Yesterday", "- Reuters", "Bus fares to be capped in March", BODY2));
    expect(dashed.articles.map((a) => [a.role, a.title, a.outlet, a.published])).toEqual([
      ["lead", "Tram line opens to the airport", null, null],
      ["related", "Bus fares to be capped in March", "Reuters", "Yesterday"],
    ]);
  });

  it("bylines, relative times and outlets' connectors in other European languages", () => {
    expect(["Par Camille Renaud", "Por Lucía Morales", "Von Anna Schmidt", "di Marco Bellini"].map(bylineAuthors)).toEqual([["Camille Renaud"], ["Lucía Morales"], ["Anna Schmidt"], ["Marco Bellini"]]);
    expect(["Par ici la sortie", "Por favor, no", "Di Maio resigns as minister", "Von der Leyen visits Kyiv"].map(bylineAuthors)).toEqual([null, null, null, null]);
    expect(["3 ore fa", "2 uur geleden", "há 2 dias", "ANSA · 5 ore fa"].map((l) => parseDateline(l)?.time)).toEqual(["3 ore fa", "2 uur geleden", "há 2 dias", "5 ore fa"]);
    expect(datelineValue("3 ore fa", new Date("2026-01-06T18:00:00Z"))).toBe("2026-01-06T15:00:00Z");
    expect(["La squadra ha vinto fa", "Het duurde 2 jaar"].map(parseDateline)).toEqual([null, null]);
    expect(["Corriere del Veneto", "Il Fatto della Sera"].map(isOutletLike)).toEqual([true, true]);
    expect(["Corriere del veneto", "Giornale di bordo"].map(isOutletLike)).toEqual([false, false]);
    const p = parseText(page("Venezia estende il ticket d'ingresso", "di Marco Bellini", "6 gennaio 2026", BODY, "", "Leggi anche", "Corriere del Veneto", "3 ore fa", "Affitti brevi, nuove regole in centro", BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.authors])).toEqual([
      ["lead", "Venezia estende il ticket d'ingresso", null, ["Marco Bellini"]],
      ["related", "Affitti brevi, nuove regole in centro", "Corriere del Veneto", []],
    ]);
  });

  it("a provider above the title and a writer below it: the provider is the outlet, the writer the author", () => {
    const p = parseText(page("Associated Press", "Ferry operator adds winter sailings", "Priya Raman", "Mon, January 5, 2026 at 11:20 AM UTC", BODY, BODY2));
    expect(p.articles[0]).toMatchObject({ title: "Ferry operator adds winter sailings", outlet: "Associated Press", authors: ["Priya Raman"] });
    // With no writer line, three distinct lines above the date keep only outlet and title.
    const q = parseText(page("Travel and Leisure", "Associated Press", "Ferry operator adds winter sailings", "Mon, January 5, 2026 at 11:20 AM UTC", BODY, BODY2));
    expect(q.articles[0]).toMatchObject({ title: "Ferry operator adds winter sailings", outlet: "Associated Press", authors: [] });
  });

  it("a heading above an item's outlet and time is no title where a title and prose follow the time", () => {
    const p = parseText(page("Utrecht bans new hotels in the centre", BODY, "", "Elsewhere in the region", "NOS", "2 hours ago", "Amsterdam caps cruise ships", BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet])).toEqual([["lead", "Utrecht bans new hotels in the centre", null], ["related", "Amsterdam caps cruise ships", "NOS"]]);
    // Prose right below the time: the title is the line above the outlet.
    const q = parseText(page("Utrecht bans new hotels in the centre", BODY, "", "Related", "", "Amsterdam caps cruise ships", "NOS", "2 hours ago", BODY2));
    expect(q.articles[1]).toMatchObject({ title: "Amsterdam caps cruise ships", outlet: "NOS", paragraphs: [BODY2] });
    expect(["Meer over dit onderwerp", "Lees ook", "Leia também"].map(isRelatedSeam)).toEqual([true, true, true]);
  });

  it("a name right above the lead's title is its outlet where every related item's outlet is printed above its title", () => {
    const lead = ["MSN", "The Telegraph", "Hospitals told to end corridor care", "Story by Ana Ruiz • 3h • 4 min read", BODY, BODY2, "", "More for you"];
    const p = parseText(page(...lead, "Sky News", "Ambulance delays hit a record", BODY2, "The Independent", "GPs to refer patients for scans", BODY));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet])).toEqual([
      ["lead", "Hospitals told to end corridor care", "The Telegraph"],
      ["related", "Ambulance delays hit a record", "Sky News"],
      ["related", "GPs to refer patients for scans", "The Independent"],
    ]);
    // Items credited another way (outlet, then time), or none credited: the name above the title is the site's.
    const q = parseText(page(...lead, "Sky News", "2 hours ago", "Ambulance delays hit a record", BODY2));
    expect(q.articles[0]).toMatchObject({ title: "Hospitals told to end corridor care", outlet: null });
    const own = parseText(page(...lead, "Ambulance delays hit a record", "2 hours ago", BODY2));
    expect(own.articles[0]).toMatchObject({ title: "Hospitals told to end corridor care", outlet: null });
  });

  it("a writer printed with their job, a standfirst without a stop, and a headline list after a seam stay out of the title and body", () => {
    const stand = "Union says members have been working overtime for years to cover shortages";
    const p = parseText(page("Rail", "Drivers to strike on five weekends", stand, "Bryn Aldous Transport correspondent", "Tue 6 Jan 2026 11.25 GMT", BODY, BODY2, "", "Most viewed", "Ministers to cap bus fares until 2027", "Airport expansion goes before inspectors"));
    expect(p.articles.map((a) => [a.role, a.title, a.authors, a.paragraphs])).toEqual([["lead", "Drivers to strike on five weekends", ["Bryn Aldous"], [stand, BODY, BODY2]]]);
    // A kicker is no standfirst: it is shorter than the title, and without a writer or byline below there is none.
    const q = parseText(page("Rail strikes", "Drivers to strike on five weekends", "Tue 6 Jan 2026 11.25 GMT", BODY));
    expect(q.articles[0]).toMatchObject({ title: "Drivers to strike on five weekends", paragraphs: [BODY] });
    // A name with a common word in it is no writer, job or not.
    const r = parseText(page("Drivers to strike on five weekends", "Sky News political correspondent", "Tue 6 Jan 2026 11.25 GMT", BODY));
    expect(r.articles[0]!.authors).toEqual([]);
  });

  it("a writer's job on a line of its own under the name is neither title nor outlet", () => {
    const p = parseText(page("Site", "", "Clinics to open on Sundays", "Mira Castell", "Health Editor", "Thu, 3 December 2026 at 7:12 am GMT", BODY, BODY2));
    expect(p.articles.map((a) => [a.role, a.title, a.outlet, a.authors])).toEqual([["lead", "Clinics to open on Sundays", null, ["Mira Castell"]]]);
    // Without a writer's name above it, a line ending in such a word is a title's.
    const q = parseText(page("Site", "", "Clinics to open on Sundays", "Meet the Editor", "Thu, 3 December 2026 at 7:12 am GMT", BODY));
    expect(q.articles[0]!.authors).toEqual([]);
  });

  it("a one-word outlet in lower case above the time, where a title and prose follow it", () => {
    const p = parseText(page("Energy bills to fall for poorer homes", BODY, "", "Leia também", "g1", "há 4 horas", "Power bills to rise in the second half", BODY2));
    expect(p.articles[1]).toMatchObject({ title: "Power bills to rise in the second half", outlet: "g1" });
    // Prose right below the time: the lower-case line above it is no outlet.
    const q = parseText(page("Energy bills to fall for poorer homes", BODY, "", "Leia também", "g1", "há 4 horas", BODY2));
    expect(q.articles[1]?.outlet ?? null).toBeNull();
  });

  it("curators' credits, coverage headings and links in other languages are furniture; sentences with those words are not", () => {
    expect(["Flipped by Anna Lind", "Curated by Jane Doe", "Se connecter", "Startseite", "Accueil", "Iniciar sesión", "Search for topics, locations & sources"].map(isKnownFurniture)).toEqual([true, true, true, true, true, true, true]);
    expect(["Flipped by the wind, the boat capsized.", "Accueil des réfugiés: la mairie ouvre un centre", "All sources agree the plan failed.", "Search for survivors continues"].map(isKnownFurniture)).toEqual([false, false, false, false]);
    expect(["All sources", "Full coverage", "More coverage"].map(isRelatedSeam)).toEqual([true, true, true]);
  });
});

describe("parseText links and banners printed like headings", () => {
  it("a \"Read more\" link under every block of a briefing is no related-section seam; one heading is", () => {
    const briefing = page("Top Stories", "Weekend briefing: tolls, tides and a tram line", "4 hours ago News desk", "Bridge tolls frozen for another year", BODY + " (PA)", "Read more", "Spring tides flood harbour car park", BODY2 + " (BBC)", "Read more");
    expect(parseText(briefing).articles.map((a) => [a.role, a.title])).toEqual([["lead", "Weekend briefing: tolls, tides and a tram line"]]);
    const seamed = page("Bridge tolls frozen for another year", BODY, "Read more", "Spring tides flood harbour car park", BODY2);
    expect(parseText(seamed).articles.map((a) => [a.role, a.title])).toEqual([["lead", "Bridge tolls frozen for another year"], ["related", "Spring tides flood harbour car park"]]);
  });

  it("an aggregator's desk named in lower case on the line below the time signs a briefing, however long its title", () => {
    expect(["News desk", "Money team", "Newsroom"].map(isDeskName)).toEqual([true, true, true]);
    expect(["Clear your desk", "the news desk", "Sky News"].map(isDeskName)).toEqual([false, false, false]);
    const long = "Sunday briefing: why the tram line is late again, what the new tolls will cost drivers and the other stories from the week you might have missed";
    const rows = (desk: string[]) => parseText(page("Top Stories", long, "2 hours ago", ...desk, "Bridge tolls frozen for another year", BODY + " (PA)", "Spring tides flood harbour car park", BODY2 + " (BBC)")).articles.map((a) => [a.role, a.title]);
    expect(rows(["News desk"])).toEqual([["lead", long]]);
    // No desk below the time: the long line heads no item, the headline below the time titles it.
    expect(rows([]).find(([role]) => role === "related")?.[1]).toBe("Bridge tolls frozen for another year");
  });

  it("share bars naming the ways to share, an audio player's label and a newsletter's pitch are furniture; headlines with those words are not", () => {
    expect(["Share  Tweet  Email", "Facebook | WhatsApp | Email", "Listen · 4 min", "Listen (3 mins)", "Get the latest science stories in your inbox every Friday."].map(isKnownFurniture)).toEqual([true, true, true, true, true]);
    expect(["Email scams rise again", "Share prices fall on Facebook news", "Listen to the people, says mayor", "Get the latest on the inbox scam: police warn users"].map(isKnownFurniture)).toEqual([false, false, false, false]);
    const p = parseText(page("Bridge tolls frozen for another year", BODY, "Share  Tweet  Email", "Listen · 3 min", "Get the latest transport news in your inbox every morning.", BODY2));
    expect(p.articles[0]!.paragraphs).toEqual([BODY, BODY2]);
  });

  it("an age rounded in words dates an item; a sentence with such an age does not", () => {
    const ref = new Date("2026-11-20T12:00:00Z");
    expect(parseDateline("about 3 hours ago")).toMatchObject({ time: "about 3 hours ago", outlet: null });
    expect(datelineValue(parseDateline("nearly an hour ago")!.time, ref)).toBe("2026-11-20T11:00:00Z");
    expect(parseDateline("Reuters · about 2 hours ago")).toMatchObject({ time: "about 2 hours ago", outlet: "Reuters" });
    // A headline that ends in such an age is no dateline, nor is the rounding word an outlet.
    expect(parseDateline("Talks ended more than a year ago")).toBeNull();
    expect(parseDateline("Over 3 days ago")?.outlet ?? null).toBeNull();
    const p = parseText(page("Bridge tolls frozen for another year", BODY, "Related Articles", "", "Harbour Gazette", "about 5 hours ago", "- Harbour Gazette", "Spring tides flood harbour car park", BODY2));
    expect(p.articles[1]).toMatchObject({ title: "Spring tides flood harbour car park", outlet: "Harbour Gazette", published: "about 5 hours ago" });
  });

  it("a byline with the writer's job after a bar or dash, over a published and updated stamp, names the writer and dates the lead", () => {
    expect(bylineAuthors("By Rhiannon Pike | Transport Editor")).toEqual(["Rhiannon Pike"]);
    expect(bylineAuthors("By Rhiannon Pike – Chief Reporter")).toEqual(["Rhiannon Pike"]);
    expect(bylineAuthors("By Rhiannon Pike | Tolls frozen again")).toBeNull();
    expect(parseDateline("Published: 3 Nov 2026 | Updated: 4 Nov 2026")).toEqual({ time: "3 Nov 2026", outlet: null });
    expect(parseDateline("3 hours ago | Harbour Gazette")).toEqual({ time: "3 hours ago", outlet: "Harbour Gazette" });
    const p = parseText(page("", "Bridge tolls frozen for another year", "By Rhiannon Pike | Transport Editor", "Published: 3 Nov 2026 | Updated: 4 Nov 2026", BODY, BODY2, "Related Articles", "", "Harbour Gazette", "2 hours ago", "- Harbour Gazette", "Spring tides flood harbour car park", BODY2));
    expect(p.articles[0]).toMatchObject({ role: "lead", title: "Bridge tolls frozen for another year", outlet: null, authors: ["Rhiannon Pike"], published: "3 Nov 2026" });
  });

  it("a long question on the page's first line above a longer paragraph is the headline; above a shorter one it is body", () => {
    const question = "Why do so many harbour towns still charge drivers for bridges that were paid off decades ago by the people who cross them?";
    const p = parseText(page("", question, BODY + " " + BODY2, BODY2));
    expect(p.articles[0]).toMatchObject({ title: question, paragraphs: [BODY + " " + BODY2, BODY2] });
    const q = parseText(page("", question, "Nobody could say.", BODY2));
    expect(q.articles[0]!.title).not.toBe(question);
  });

  it("a byline naming the aggregator's desk with the time signs its briefing; a writer's byline does not", () => {
    expect(parseDateline("Story by News desk • 6h")).toEqual({ time: "6h", outlet: null, desk: "News desk" });
    expect(parseDateline("By Clara Nunes · 2h")).toEqual({ time: "2h", outlet: null, authors: ["Clara Nunes"] });
    const p = parseText(page("Top Stories", "Your Monday briefing: tolls, tides and trams", "Story by News desk • 5h", "Bridge tolls frozen for another year", BODY + " (PA)", "Spring tides flood harbour car park", BODY2 + " (BBC)"));
    expect(p.articles.map((a) => [a.role, a.title])).toEqual([["lead", "Your Monday briefing: tolls, tides and trams"]]);
  });

  it("a consent banner's privacy heading is furniture, a headline about privacy is not", () => {
    expect(["We value your privacy", "Your privacy choices", "Privacy settings"].map(isKnownFurniture)).toEqual([true, true, true]);
    expect(["Your privacy is worth less than a coffee, survey finds", "We value your privacy, says bank after data leak"].map(isKnownFurniture)).toEqual([false, false]);
    const p = parseText(page("", "We value your privacy", "We use cookies to improve your experience. Accept all  Manage preferences", "Bridge tolls frozen for another year", BODY, BODY2));
    expect(p.articles[0]!.title).toBe("Bridge tolls frozen for another year");
  });

  it("a stamp's label with \"last\" or \"first\" and \"at\" or \"on\" dates an item and names no outlet", () => {
    const p = page("Harbour wall to be rebuilt", BODY, "", "Hashtags", "Comments", "Related Articles", "", "The Herald", "Last updated 2 hours ago", "- The Herald", "Traders fear months of roadworks", BODY2, "", "Metro Times", "Updated at 10:42 GMT", "- Metro Times", "Wall repairs to cost more than planned", BODY);
    expect(rows(p)).toEqual([
      ["lead", "Harbour wall to be rebuilt", null, null, [], 1],
      ["related", "Traders fear months of roadworks", "The Herald", "2 hours ago", [], 1],
      ["related", "Wall repairs to cost more than planned", "Metro Times", "10:42 GMT", [], 1],
    ]);
    expect(parseDateline("First published on March 3, 2026")).toEqual({ time: "March 3, 2026", outlet: null });
    // The label alone, or with words that hold no time, is no dateline; a sentence with such a stamp neither.
    expect(["Last updated", "Updated at the weekend", "Posted at the door 2 hours ago, the notice was gone by noon."].map(parseDateline)).toEqual([null, null, null]);
  });

  it("a day without its year may carry its weekday and a clock, and a weekday may stand before a clock: the item's time, no outlet", () => {
    const p = page("Harbour wall to be rebuilt", BODY, "", "Hashtags", "Comments", "Related Articles", "", "The Herald", "Sat, 14 Mar", "- The Herald", "Traders fear months of roadworks", BODY2, "", "Metro Times", "Monday 16:05", "- Metro Times", "Wall repairs to cost more than planned", BODY, "", "Coast FM", "14 Mar, 09:15", "- Coast FM", "Harbour car park to close for a month", BODY2);
    expect(rows(p)).toEqual([
      ["lead", "Harbour wall to be rebuilt", null, null, [], 1],
      ["related", "Traders fear months of roadworks", "The Herald", "Sat, 14 Mar", [], 1],
      ["related", "Wall repairs to cost more than planned", "Metro Times", "Monday 16:05", [], 1],
      ["related", "Harbour car park to close for a month", "Coast FM", "14 Mar, 09:15", [], 1],
    ]);
    // The day's digits stay the day's after an outlet; a weekday names the latest such day up to the reference.
    expect(parseDateline("Reuters · Sat, 14 Mar")).toEqual({ time: "Sat, 14 Mar", outlet: "Reuters" });
    const ref = new Date("2026-03-17T12:00:00Z");
    expect(["Sat, 14 Mar", "14 Mar, 09:15", "Monday 16:05", "Tue 9:15am"].map((t) => datelineValue(t, ref))).toEqual(["2026-03-14", "2026-03-14", "2026-03-16T16:05", "2026-03-17T09:15"]);
    // A weekday alone, or a fixture's kick-off after the teams, is no dateline.
    expect(["Tuesday", "Arsenal v Chelsea, Sunday 16:30", "Kick-off Sunday 16:30 at the Riverside"].map(parseDateline)).toEqual([null, null, null]);
  });

  it("the bullet repeating an outlet names it past an edition or a button above the time, or where two lines above spell it", () => {
    const p = page("Harbour wall to be rebuilt", BODY, "", "Hashtags", "Comments", "Related Articles", "", "Coast News", "North Devon", "3 hours ago", "- Coast News", "Traders fear months of roadworks", BODY2, "", "The Western", "Follow", "5 hours ago", "- The Western", "Wall repairs to cost more than planned", BODY, "", "North Devon Evening", "Gazette", "a day ago", "- North Devon Evening Gazette", "Harbour car park to close for a month", BODY2);
    expect(rows(p)).toEqual([
      ["lead", "Harbour wall to be rebuilt", null, null, [], 1],
      ["related", "Traders fear months of roadworks", "Coast News", "3 hours ago", [], 1],
      ["related", "Wall repairs to cost more than planned", "The Western", "5 hours ago", [], 1],
      ["related", "Harbour car park to close for a month", "North Devon Evening Gazette", "a day ago", [], 1],
    ]);
    // A bullet naming a section, no line above, leaves the outlet above the time as it is.
    const q = page("Harbour wall to be rebuilt", BODY, "", "Related Articles", "", "Coast News", "3 hours ago", "• Business", "Traders fear months of roadworks", BODY2);
    expect(rows(q)[1]).toEqual(["related", "Traders fear months of roadworks", "Coast News", "3 hours ago", [], 1]);
  });

  it("a read time printed after the time is no part of the dateline: no desk, and a briefing's desk line still dates it", () => {
    expect(parseDateline("Coast News · 2h · 3 min read")).toEqual({ time: "2h", outlet: "Coast News" });
    expect(parseDateline("2 hours ago · 4 min read")).toEqual({ time: "2 hours ago", outlet: null });
    const p = parseText(page("Top Stories", "Your Monday briefing: tolls, tides and trams", "Story by News desk • 5h • 2 min read", "Bridge tolls frozen for another year", BODY + " (PA)", "Spring tides flood harbour car park", BODY2 + " (BBC)"));
    expect(p.articles.map((a) => [a.role, a.title, a.published, a.paragraphs.length])).toEqual([["lead", "Your Monday briefing: tolls, tides and trams", "5h", 4]]);
    // The read time alone stays furniture, and a sentence with one no dateline.
    expect(["3 min read", "The report is a 20 min read, published 2 hours ago."].map(parseDateline)).toEqual([null, null]);
    expect(isKnownFurniture("3 min read")).toBe(true);
  });

  it("a credit's label before the outlet above the time is no part of its name", () => {
    const p = page("Harbour wall to be rebuilt", BODY, "", "Related Articles", "", "Source: Coast News", "3 hours ago", "Traders fear months of roadworks", BODY2, "", "via The Western", "5 hours ago", "Wall repairs to cost more than planned", BODY);
    expect(rows(p)).toEqual([
      ["lead", "Harbour wall to be rebuilt", null, null, [], 1],
      ["related", "Traders fear months of roadworks", "Coast News", "3 hours ago", [], 1],
      ["related", "Wall repairs to cost more than planned", "The Western", "5 hours ago", [], 1],
    ]);
    // A headline opening with the word is still the item's title.
    const q = page("Harbour wall to be rebuilt", BODY, "", "Related Articles", "", "Via Appia reopens to walkers after repairs", "3 hours ago", BODY2);
    expect(rows(q)[1]).toEqual(["related", "Via Appia reopens to walkers after repairs", null, "3 hours ago", [], 1]);
  });
});

describe("wire datelines with a month and day", () => {
  const ref = new Date("2026-11-20T12:00:00Z");
  it.each([
    ["OSLO, Nov 17 (Reuters) - Prices rose.", "2026-11-17"],
    ["LIMA, Peru, Dec. 2 (AP) - Rain fell.", "2025-12-02"],
    ["ROME, Nov. 3, 2026 (AFP) - Talks ended.", "2026-11-03"],
  ])("%s is filed on %s", (paragraph, value) => {
    expect(wireDatelineDay(paragraph, ref)?.value).toBe(value);
  });
  it.each([["OSLO (Reuters) - Prices rose."], ["Oslo, Nov 17 - Prices rose."], ["The NATO summit, Nov 17 (Reuters) - no."]])("%s names no day", (paragraph) => {
    expect(wireDatelineDay(paragraph, ref)).toBeNull();
  });

  it("places a story's weekdays from its own day, not the page's", () => {
    const page = "Rain returns to Oslo\n\nOSLO, Nov 2 (Reuters) - Snow fell on Sunday and more is due on Thursday, forecasters said.\n";
    const report = analyze(new TextEncoder().encode(page), { path: "wire.txt", referenceDate: ref });
    const dates = report.articles[0]!.dates.map((d) => [d.text, d.value]);
    expect(dates).toEqual(expect.arrayContaining([["Sunday", "2026-11-01"], ["Thursday", "2026-11-05"]]));
  });
});
