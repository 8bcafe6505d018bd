// People, organizations and places.
export { extractEntities } from "./entities.js";
export { typeAcrossArticles } from "./page.js";
