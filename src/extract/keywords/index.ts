// Each article's keywords and summary sentences, weighted against the page's other articles.
export { type ArticleDigest, digestArticles, sentences, terms } from "./keywords.js";
