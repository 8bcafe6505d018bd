// natural ships no types for its stopword list.
declare module "natural/lib/natural/util/stopwords.js" {
  const stopwords: { words: string[] };
  export = stopwords;
}
