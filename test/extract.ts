// Each extractor on a bare text, with the layers it reads made as the pipeline makes them.
import { extractEntities } from "../src/extract/entities/index.js";
import { extractQuotes, findQuotations } from "../src/extract/quotes/index.js";
import { readText } from "../src/extract/text/index.js";
import type { Entity, Quote } from "../src/types.js";

export const entitiesOf = (text: string): Entity[] => extractEntities(readText(text));

export const quotesOf = (text: string, entities: Entity[]): Quote[] => extractQuotes(text, findQuotations(text), entities);
