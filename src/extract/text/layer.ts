// The text layer of a document: the article's text and its word tokens, read once.
import { type Token, tokenize } from "./tokens.js";

export interface TextLayer {
  readonly text: string;
  /** Word tokens with their offsets and capitalization flags (tokens.ts). */
  readonly tokens: Token[];
}

export function readText(text: string): TextLayer {
  return { text, tokens: tokenize(text) };
}
