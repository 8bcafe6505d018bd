import { articleBody } from "../../summary/article-key.js";
import type { Article } from "../../types.js";

/**
 * A related link with a headline and no text (an HTML page's "more stories" list): a pointer to
 * another page, not a scraped item, so item rules do not ask it for a body, outlet or time.
 */
export const isTeaser = (a: Article): boolean => a.role === "related" && a.url !== null && articleBody(a).trim() === "";
