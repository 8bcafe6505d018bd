// Numbers with what they count or measure.
export { extractFigures } from "./figures.js";
