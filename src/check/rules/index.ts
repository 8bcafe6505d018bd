// Every rule of `corpus check`, in the order their findings are listed.
import type { Rule } from "../types.js";
import { duplicateArticle } from "./duplicate-article.js";
import { encoding } from "./encoding.js";
import { furnitureLeak } from "./furniture-leak.js";
import { incompleteArticle } from "./incomplete-article.js";
import { layoutUnrecognized } from "./layout-unrecognized.js";
import { noArticle } from "./no-article.js";
import { relatedMetadata } from "./related-metadata.js";
import { shortBody } from "./short-body.js";
import { truncatedArticle } from "./truncated-article.js";
import { unreadable } from "./unreadable.js";
import { unsupportedLanguage } from "./unsupported-language.js";

export const RULES: readonly Rule[] = [
  unreadable,
  noArticle,
  incompleteArticle,
  relatedMetadata,
  furnitureLeak,
  encoding,
  truncatedArticle,
  duplicateArticle,
  shortBody,
  layoutUnrecognized,
  unsupportedLanguage,
];
