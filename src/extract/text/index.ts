// The shared text layer every extractor reads: word tokens with their offsets and capitalization
// flags, sentence spans, the word-tag lexicon, the place gazetteer, party labels, and binary search
// over lists in text order, and the names of holidays.
export { readText, type TextLayer } from "./layer.js";
export { isAllCaps, isAsciiAlnum, isCapitalized, sentenceSpans, type Token, tokenize } from "./tokens.js";
export { isCommonWord, isVerbAfterPossessive, tagsOf } from "./word-tags.js";
export { partitionPoint } from "./sorted.js";
export { gazetteer, type Gazetteer } from "./places.js";
export { givenNames, isGenerationMark, isPostNominal, NameSet, type GivenNames } from "./given-names.js";
export { isPartyLabel } from "./labels.js";
export { holidayKey, isHolidayName } from "./holidays.js";
