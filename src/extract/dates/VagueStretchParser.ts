// "recent months", "the past few weeks", "the coming days", "the past fortnight": rolling
// stretches with no calendar value. Numeric ones ("the past five years") are lengths of time, hence figures.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { END, START } from "./components.js";
import { RELATIVE, VAGUE } from "./tags.js";

const PATTERN = new RegExp(`${START}(?:(?:(?:the\\s+)?(?:past|last|next|coming)\\s+(?:few\\s+|couple\\s+of\\s+)?|recent\\s+|the\\s+coming\\s+)(?:days|weeks|months|years|decades)|(?:the\\s+)?(?:past|last|next|coming)\\s+fortnight)${END}`, "i");

export class VagueStretchParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext): ParsingComponents {
    return context.createParsingComponents().addTag(RELATIVE).addTag(VAGUE);
  }
}
