// natural ships no types for the submodules imported one by one (its index loads every
// language's stemmer, dictionaries included, which costs tens of milliseconds of start-up).
declare module "natural/lib/natural/util/stopwords.js" {
  const stopwords: { words: string[] };
  export = stopwords;
}
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}
