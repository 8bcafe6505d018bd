// People, organizations and places.
export { extractEntities } from "./entities.js";
export { isPartyLabel } from "./type.js";
export { typeAcrossArticles } from "./page.js";
