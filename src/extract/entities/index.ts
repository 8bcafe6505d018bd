// People, organizations and places.
export { extractEntities } from "./entities.js";
