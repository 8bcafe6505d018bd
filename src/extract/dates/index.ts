// Dates and times with their TIMEX3 values, and the languages whose dates are read.
export { extractDates, extractItemDates } from "./dates.js";
export { CHRONO_LANGUAGES } from "./locales.js";
