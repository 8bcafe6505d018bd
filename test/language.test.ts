// Languages: each article's language detected (and null where the text is too short to tell), the
// unsupported-language warning where the extractors cannot read an article and only there, dates
// read in chrono-node's languages, the check rule and its configuration, the summary's count.
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { resolveRules } from "../src/check/config.js";
import { ArticleLedger, checkDocument } from "../src/check/run.js";
import { extractDates } from "../src/extract/dates/index.js";
import { extractFigures } from "../src/extract/figures/index.js";
import { detectLanguage } from "../src/language/detect.js";
import { formatSummaryText } from "../src/report/summary-text.js";
import { formatText } from "../src/report/text.js";
import { reportSchema } from "../src/schema.js";
import { CorpusSummary } from "../src/summary/aggregate.js";
import type { Report } from "../src/types.js";
import { validate } from "./json-schema.js";
import { entitiesOf, quotesOf } from "./extract.js";

// A Saturday: "Friday" in a past-tense sentence is the day before.
const REF = new Date("2025-06-21T12:00:00Z");

// Short pages of our own, a title and two paragraphs each.
const PAGES: Record<string, string> = {
  en: "Harbour council approves new ferry timetable\n\nThe harbour council approved a new ferry timetable on Friday after months of talks with operators and island residents.\n\nCouncillors said the change would add two sailings a day from March 12, 2025.",
  fr: "Le conseil municipal adopte le nouveau plan de transport\n\nLe conseil municipal a adopté vendredi un plan de transport qui prévoit trois nouvelles lignes de bus pour les quartiers du nord.\n\nLes travaux commenceront le 12 mars 2025, selon la mairie, et dureront deux ans.",
  de: "Stadtrat beschließt neuen Fahrplan für die Fähren\n\nDer Stadtrat hat am Freitag nach langen Verhandlungen einen neuen Fahrplan für die Fähren zwischen den Inseln beschlossen.\n\nDie ersten Verbindungen sollen am 12. März 2025 fahren, teilte die Verwaltung mit.",
  es: "El ayuntamiento aprueba el nuevo calendario de obras\n\nEl pleno del ayuntamiento aprobó el viernes el calendario de obras para renovar las calles del casco antiguo.\n\nLas obras comenzarán el 12 de marzo de 2025 y durarán dos años, según el alcalde.",
  ru: "Городской совет утвердил новое расписание паромов\n\nГородской совет в пятницу утвердил новое расписание паромов, которое добавит два рейса в день.\n\nПо словам мэрии, новое расписание начнёт действовать 12 марта 2025 года.",
  zh: "市议会批准新的渡轮时刻表\n\n市议会周五批准了新的渡轮时刻表，每天将增加两个班次，方便岛上居民出行。\n\n市政府表示，新时刻表将于2025年3月12日起实行。",
  pl: "Rada miasta przyjęła nowy rozkład promów\n\nRada miasta przyjęła w piątek nowy rozkład promów, który doda dwa kursy dziennie między wyspami.\n\nNowy rozkład zacznie obowiązywać w marcu przyszłego roku, poinformował urząd miasta.",
};

const run = (text: string, ref: Date | null = REF): Report => analyze(Buffer.from(text), { path: "page.txt", referenceDate: ref });
const languageWarnings = (r: Report) => r.messages.filter((m) => m.code === "unsupported-language");

describe("detectLanguage", () => {
  it.each<[string, string]>([
    ["en", "Council approves new bus lanes after heated debate"],
    ["en", "Meet the new coach: a former goalkeeper takes charge of the national team"],
    ["fr", "Le gouvernement annonce un plan pour les hôpitaux ruraux"],
    ["de", "Regierung beschließt neues Gesetz zum Mieterschutz"],
    ["es", "El Gobierno aprueba una subida del salario mínimo para el próximo año"],
    ["pt", "O ministro dos Transportes anunciou um pacote de investimentos para as ferrovias"],
    ["it", "Il Consiglio dei ministri ha approvato la riforma delle pensioni dopo settimane di trattative"],
    ["nl", "Het kabinet trekt extra geld uit voor de bouw van betaalbare woningen"],
    ["ru", "Правительство утвердило новый план строительства дорог"],
    ["uk", "Уряд ухвалив нову програму підтримки фермерів"],
    ["pl", "Rząd przyjął projekt ustawy o ochronie lasów"],
    ["zh", "政府宣布新的城市交通计划"],
    ["ja", "政府は火曜日、新たな経済対策を発表しました。"],
    ["ko", "정부는 화요일 새로운 주택 공급 대책을 발표했다."],
    ["ar", "أعلن وزير المالية يوم الثلاثاء عن حزمة جديدة لدعم الأسر"],
  ])("%s: %s", (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it("says null where the text is too short to tell", () => {
    for (const text of ["", "Sign in", "BBC News", "12:30 GMT", "2025-06-21", "— • —", "Vendredi", "Kozlovskis in | Umerov Portal", "Olaf Scholz und Emmanuel Macron"]) expect(detectLanguage(text)).toBeNull();
  });

  it("keeps English with foreign names, places and quotations English", () => {
    for (const text of [
      "Moon Jae-in met Xi Jinping and Shinzo Abe in Busan on Sunday to discuss trade.",
      "Jean-Luc Mélenchon told supporters in Marseille: « Nous ne lâcherons rien », before the vote on Thursday.",
      "Angela Merkel and Olaf Scholz attended the ceremony at the Brandenburger Tor, where the crowd chanted \"Wir sind das Volk\" as the bells rang.",
      "Real Madrid beat Atlético de Madrid 2-1 at the Estadio Santiago Bernabéu, with goals from Vinícius Júnior and Jude Bellingham.",
      "Vladimir Putin and Sergei Lavrov received Recep Tayyip Erdoğan in Sochi, where they discussed grain exports.",
    ]) expect(detectLanguage(text)).toBe("en");
  });
});

describe("the report", () => {
  it.each(Object.keys(PAGES))("gives the language of a page in %s", (code) => {
    const report = run(PAGES[code]!);
    expect(report.articles.map((a) => a.language)).toEqual([code]);
    expect(validate(reportSchema, JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  it("warns where the extractors cannot read an article, with the language and the line, and only there", () => {
    expect(languageWarnings(run(PAGES.en!))).toEqual([]);
    expect(languageWarnings(run(PAGES.fr!))).toEqual([
      {
        severity: "warning",
        code: "unsupported-language",
        message: '"Le conseil municipal adopte le nouveau plan de transport" is in French (fr): quotes, entities, figures and keywords are read in English only; dates are read in French',
        line: 1,
      },
    ]);
    expect(languageWarnings(run(PAGES.pl!)).map((m) => m.message)).toEqual([
      '"Rada miasta przyjęła nowy rozkład promów" is in Polish (pl): quotes, entities, figures, dates and keywords are read in English only',
    ]);
    for (const code of ["de", "es", "ru", "zh"]) expect(languageWarnings(run(PAGES[code]!)).map((m) => [m.line, m.message.includes(`(${code})`)])).toEqual([[1, true]]);
  });

  it("warns at the line of the related item that is in another language", () => {
    const page = [
      "Harbour council approves new ferry timetable",
      "The harbour council approved a new ferry timetable on Friday after months of talks with operators and island residents about the winter service.",
      "Related Articles",
      "",
      "Coastal Herald",
      "3 hours ago",
      "- Coastal Herald",
      "New bridge opening delayed again",
      "Engineers found cracks in two of the support beams during a final inspection, and the opening has been put back by six weeks.",
      "",
      "Le Courrier du Port",
      "5 hours ago",
      "- Le Courrier du Port",
      "Le pont du port restera fermé tout l'été",
      "Les ingénieurs ont découvert des fissures dans deux poutres lors de la dernière inspection, et la réouverture a été repoussée de six semaines.",
    ].join("\n");
    const report = run(page);
    expect(report.articles.map((a) => [a.role, a.language])).toEqual([["lead", "en"], ["related", "en"], ["related", "fr"]]);
    expect(languageWarnings(report).map((m) => m.line)).toEqual([report.articles[2]!.line]);
  });

  it("leaves the extractors' results of a page in another language as they are", () => {
    const article = run(PAGES.de!).articles[0]!;
    expect(article.entities).toEqual(entitiesOf(article.text));
    expect(article.quotes).toEqual(quotesOf(article.text, article.entities));
    expect(article.figures).toEqual(extractFigures(article.text, article.dates));
  });

  it("shows the language beside the title in the text summary", () => {
    const lines = formatText(run(PAGES.fr!), { color: false }).split("\n");
    expect(lines).toContain("1. LEAD Le conseil municipal adopte le nouveau plan de transport [fr]");
    expect(formatText(run("Sign in"), { color: false })).not.toMatch(/\[\w*\]/);
  });
});

describe("dates in chrono-node's languages", () => {
  it.each<[string, string, string[]]>([
    ["fr", "Le ministre a parlé vendredi. La réunion du 12 mars 2025 est reportée.", ["vendredi=2025-06-20", "12 mars 2025=2025-03-12"]],
    ["de", "Der Minister sprach am Freitag. Die Sitzung vom 12. März 2025 wurde verschoben.", ["am Freitag=2025-06-20", "12. März 2025=2025-03-12"]],
    ["es", "El ministro habló el viernes. La reunión del 12 de marzo de 2025 se aplazó.", ["viernes=2025-06-20", "12 de marzo de 2025=2025-03-12"]],
    ["pt", "O ministro falou na sexta-feira. A reunião de 12 de março de 2025 foi adiada.", ["sexta-feira=2025-06-20", "12 de março de 2025=2025-03-12"]],
    ["nl", "De minister sprak vrijdag. De vergadering van 12 maart 2025 is uitgesteld.", ["vrijdag=2025-06-20", "12 maart 2025=2025-03-12"]],
    ["it", "Il ministro ha parlato venerdì. La riunione del 12 marzo 2025 è stata rinviata.", ["venerdì=2025-06-20", "12 marzo 2025=2025-03-12"]],
    ["ru", "Министр выступил в пятницу. Встреча 12 марта 2025 года перенесена.", ["в пятницу=2025-06-20", "12 марта 2025 года=2025-03-12"]],
    ["ja", "大臣は金曜日に発言した。2025年3月12日の会議は延期された。", ["金曜日=2025-06-20", "2025年3月12日=2025-03-12"]],
    ["zh", "部长周五发表讲话。2025年3月12日的会议推迟了。", ["周五=2025-06-20", "2025年3月12日=2025-03-12"]],
  ])("%s", (code, text, expected) => {
    expect(extractDates(text, REF, code).map((d) => `${d.text}=${d.value}`)).toEqual(expected);
  });

  it("reads them in an analyzed page, with relative values null without a reference date", () => {
    const dates = run(PAGES.fr!).articles[0]!.dates;
    expect(dates.map((d) => [d.text, d.value, d.kind])).toEqual([["vendredi", "2025-06-20", "relative"], ["12 mars 2025", "2025-03-12", "absolute"]]);
    expect(run(PAGES.fr!, null).articles[0]!.dates.map((d) => d.value)).toEqual([null, "2025-03-12"]);
    for (const d of dates) expect(run(PAGES.fr!).articles[0]!.text.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it("finds no date in text without one, and never across a line break", () => {
    expect(extractDates("Le conseil a adopté le plan de transport pour les quartiers du nord.", REF, "fr")).toEqual([]);
    expect(extractDates("Die Sitzung vom 12.\nMärz wurde verschoben.", REF, "de").map((d) => d.text)).not.toContain("12.\nMärz");
  });

  it("leaves English and languages chrono does not read to the English parsers", () => {
    const text = "The council met on Friday and will meet again on March 12, 2025.";
    expect(extractDates(text, REF, "en")).toEqual(extractDates(text, REF));
    expect(extractDates(text, REF, "pl")).toEqual(extractDates(text, REF));
    expect(extractDates(text, REF, null)).toEqual(extractDates(text, REF));
  });
});

describe("corpus check: unsupported-language", () => {
  function findings(text: string, settings: unknown = {}): string[] {
    const report = run(text);
    const result = checkDocument({ source: { path: "page.txt" }, report }, text.split("\n"), resolveRules(settings, "test"), new ArticleLedger());
    return result.findings.filter((f) => f.ruleId === "unsupported-language").map((f) => `${f.severity}@${f.line}`);
  }

  it("warns by default on an article in another language, and not on English", () => {
    expect(findings(PAGES.fr!)).toEqual(["warning@1"]);
    expect(findings(PAGES.zh!)).toEqual(["warning@1"]);
    expect(findings(PAGES.en!)).toEqual([]);
  });

  it("is configured like the other rules: off, error, and languages allowed", () => {
    expect(findings(PAGES.fr!, { rules: { "unsupported-language": "off" } })).toEqual([]);
    expect(findings(PAGES.fr!, { rules: { "unsupported-language": "error" } })).toEqual(["error@1"]);
    const allowFrench = { rules: { "unsupported-language": { allow: ["fr"] } } };
    expect(findings(PAGES.fr!, allowFrench)).toEqual([]);
    expect(findings(PAGES.de!, allowFrench)).toEqual(["warning@1"]);
    expect(() => resolveRules({ rules: { "unsupported-language": { allow: "fr" } } }, "test")).toThrow(/must be a list/);
  });
});

describe("corpus summary: articles per language", () => {
  it("counts articles per language, most first, null for too short to tell, nothing for reports without languages", () => {
    const s = new CorpusSummary();
    for (const [i, text] of [PAGES.en!, PAGES.en!, PAGES.fr!, PAGES.de!, PAGES.fr!, "Sign in"].entries()) s.add({ source: { path: `${i}.txt` }, report: run(text) });
    const old = run(PAGES.es!);
    for (const a of old.articles) delete (a as { language?: string | null }).language;
    s.add({ source: { path: "old.txt" }, report: old });
    const json = s.toJSON();
    expect(json.languages).toEqual([{ language: "en", articles: 2 }, { language: "fr", articles: 2 }, { language: "de", articles: 1 }, { language: null, articles: 1 }]);
    const text = formatSummaryText(json, { color: false });
    expect(text).toMatch(/Languages \(articles\)\n {2}en +2 █+\n {2}fr +2 █+\n {2}de +1 █+\n {2}\(too short to tell\) +1 █+/);
  });
});
