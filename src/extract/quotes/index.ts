// Quotations (the stretches between quotation marks, found first) and the quotes with their speakers.
export { findQuotations, type Quotation } from "./marks.js";
export { extractQuotes } from "./quotes.js";
