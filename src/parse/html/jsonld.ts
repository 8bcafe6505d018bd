// Reads the page's JSON-LD (schema.org) blocks and finds the node that describes the article.
export type JsonObject = { [key: string]: unknown };

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every object node of the page's JSON-LD scripts, flattened out of arrays and @graph, in page order. */
export function jsonLdNodes(scripts: string[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of scripts) {
    // CMSs wrap the JSON in CDATA markers or HTML comments.
    const raw = script.replace(/^\s*(?:<!\[CDATA\[|<!--)/, "").replace(/(?:\]\]>|-->)\s*$/, "");
    const data = parseLenient(raw);
    if (data === undefined) continue; // a malformed block says nothing reliable
    const queue: unknown[] = [data];
    while (queue.length) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v);
      else if (isObject(v)) {
        nodes.push(v);
        if (Array.isArray(v["@graph"])) queue.push(...v["@graph"]);
        // A page node may hold its article as its main entity ({"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}}).
        if (typeof v.mainEntity === "object" && v.mainEntity !== null) queue.push(v.mainEntity);
      }
    }
  }
  return nodes;
}

// Slips CMSs make in JSON-LD: line breaks and tabs left raw in strings (a description pasted in),
// and a comma before a closing bracket.
const RAW_CONTROL = /[\u0000-\u001f]+/g;
const TRAILING_COMMA = /,(\s*[}\]])/g;

/** The JSON value of a block, repaired of raw control characters and trailing commas where it fails as written; undefined where it still fails. */
export function parseLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    try {
      return JSON.parse(raw.replace(RAW_CONTROL, " ").replace(TRAILING_COMMA, "$1"));
    } catch {
      return undefined;
    }
  }
}

export const typesOf = (node: JsonObject): string[] => [node["@type"]].flat().filter((t): t is string => typeof t === "string");

// Article types first (NewsArticle, BlogPosting, ReportageNewsArticle...), then reviews and
// reports, which also carry a headline and dates.
const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting)$/;
const CREATIVE_TYPE = /^(?:Review|Report|WebPage|ItemPage|CreativeWork)$/;

/** The node that describes the page's article, or null. */
export function articleNode(nodes: JsonObject[]): JsonObject | null {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)))
    ?? nodes.find((n) => typesOf(n).some((t) => CREATIVE_TYPE.test(t)) && (typeof n.headline === "string" || typeof n.datePublished === "string"))
    ?? null;
}

/** The nodes that have an @id, by it: graphs name an author once and point to it ("author": {"@id": "#jane"}). */
export function nodesById(nodes: JsonObject[]): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n["@id"] === "string" && !byId.has(n["@id"])) byId.set(n["@id"], n);
  return byId;
}

/** A string property, or the `name` of an object property (or of the node it points to). */
export function nameOf(v: unknown, byId?: Map<string, JsonObject>): string | null {
  if (typeof v === "string") return v;
  if (!isObject(v)) return null;
  const target = typeof v["@id"] === "string" ? byId?.get(v["@id"]) : undefined;
  return personalName(v) ?? (target ? personalName(target) : null);
}

/** A node's `name`, or a person's given and family names where it states no `name` ("givenName": "Jane"). */
function personalName(node: JsonObject): string | null {
  if (typeof node.name === "string") return node.name;
  const parts = [node.givenName, node.familyName].filter((p): p is string => typeof p === "string" && p.trim() !== "");
  return parts.length ? parts.join(" ") : null;
}

/** The article's authors as JSON-LD states them: `author`, else `creator`, which some CMSs fill instead. */
export const authorsOf = (article: JsonObject | null): unknown => article?.author ?? article?.creator;

/** The names of a property that may be a string, an object or an array of either. */
export function namesOf(v: unknown, byId?: Map<string, JsonObject>): string[] {
  return [v].flat().map((x) => nameOf(x, byId)).filter((s): s is string => !!s);
}
