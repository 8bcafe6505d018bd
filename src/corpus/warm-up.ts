// A fresh worker analyzes the warm-up pages before any file: the first run of the analyzers loads
// their lexicons, model and date parsers and compiles their code, which would otherwise fall on
// the corpus's first files.
import { analyzePage } from "./analyze-page.js";
import { WARM_UP_PAGES } from "./warm-up-pages.js";

/** Analyzes the warm-up pages once; a failure there is left to the real files to show. */
export function warmUp(): void {
  for (const page of WARM_UP_PAGES) {
    try {
      analyzePage(Buffer.from(page.text), { path: page.path, referenceDate: null });
    } catch {
      // The same fault would meet a real file, which reports it as that file's error record.
    }
  }
}
