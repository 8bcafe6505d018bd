// One sense per page: a name the page's articles type differently ("Evia" a place in the lead, a
// body in a related item's short text) takes the type most of its mentions on the page give. A
// related item is a few lines, where the tagger has little to go on; the lead names the same
// things at length. A name the lexicons know keeps their type where some article gives it.
import type { Entity, EntityType } from "../../types.js";
import { lexicon as lex } from "./lexicon.js";

type Votes = Record<EntityType, number>;

/** Each article's entities, retyped where the page's other articles name the same words as another type more often. */
export function typeAcrossArticles(articles: Entity[][]): Entity[][] {
  if (articles.length < 2) return articles;
  // Mentions of each name, alias or full name, by type, over the whole page.
  const page = new Map<string, Votes>();
  for (const entities of articles) {
    for (const e of entities) {
      for (const key of new Set([e.name, ...e.aliases].map((n) => n.toLowerCase()))) {
        const votes = page.get(key) ?? { person: 0, organization: 0, location: 0 };
        votes[e.type] += e.mentions.length;
        page.set(key, votes);
      }
    }
  }
  return articles.map((entities) => {
    // Within one article a name's types are already settled ("Washington" the man and the city stay two).
    const own = new Map<string, Set<EntityType>>();
    for (const e of entities) for (const key of [e.name, ...e.aliases]) own.set(key.toLowerCase(), (own.get(key.toLowerCase()) ?? new Set()).add(e.type));
    return entities.map((e) => {
      const key = e.name.toLowerCase();
      const votes = page.get(key)!;
      const known: EntityType | null = lex.places.has(key) ? "location" : lex.orgs.has(key) ? "organization" : null;
      const best = known && votes[known] > 0 ? known : (Object.keys(votes) as EntityType[]).reduce((a, b) => (votes[b] > votes[a] ? b : a), e.type);
      return best !== e.type && !own.get(key)!.has(best) ? { ...e, type: best } : e;
    });
  });
}
