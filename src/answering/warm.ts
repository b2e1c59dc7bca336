// What the engine would otherwise load or build on the first question that needs it, done at once:
// the general-English resources (word frequencies, part-of-speech model, word vectors, WordNet's
// table, the Chinese segmenter and dictionary), loaded once per process, and the tables each index
// derives from its knowledge (the question reader's lexicon, initialisms, the near-word and
// clipping vocabularies, the respeller's word forms), built once per index. Loaded lazily, each
// landed on one unlucky question: 0.3-0.5 s for the tagger, 0.1 s for the vectors, 0.3-0.6 s for
// the lexicon and initialisms at 100,000 entries. A long-running bot calls this once it is
// connected (surfaces/app.ts); a terminal question, which must answer fast once, never does.
import { warmBackground } from "./background.js";
import { clippedFrom } from "./clippings.js";
import { type Engine, lexiconOf } from "./engine.js";
import { initialismsFor } from "./initialisms.js";
import { warmTitleTerms } from "./other-section.js";
import { nearTerms, writtenWithParticle } from "./rank.js";
import { surfaceForms } from "./respell.js";
import { reportAlone } from "./across-reports.js";
import type { SearchIndex } from "./search-index.js";
import { relatedTo } from "./word-relations.js";
import { glossChinese } from "./zh-gloss.js";

/**
 * Reports whose own index (across-reports.ts, a question one report answers) is built in advance
 * when no more are loaded: the bot's handful, not a corpus of hundreds, whose indexes would take
 * a megabyte and 20 ms each and are built for the reports questions actually name.
 */
export const WARM_ALONE_MAX = 16;

/** The per-index tables, built now. */
function warmIndex(index: SearchIndex): void {
  lexiconOf(index);
  initialismsFor(index.kb);
  surfaceForms(index.vocabulary);
  // A common English word builds the near-word vocabulary; a non-word the clippings' sorted words.
  nearTerms("money", index);
  clippedFrom("qqq", index);
  // The report's own phrasal verbs, read from every section's text (a question's "put up" asks).
  writtenWithParticle(index);
  // Each report's programme title words (a question naming another section's programme).
  warmTitleTerms(index);
}

/**
 * Loads the process-wide resources and builds the engine's per-index tables (see the file's
 * comment); says which reports' own indexes it built. `chinese: false` leaves out the Chinese segmenter and dictionary (about 0.6 s and
 * 70 MB resident), for a process that is never asked in Chinese (the bench's synthetic questions).
 */
export function warmEngine(engine: Pick<Engine, "index">, { chinese = true } = {}): { reports: string[] } {
  warmBackground();
  relatedTo("money");
  // An empty glossary leaves the word to jieba and CC-CEDICT, so both load.
  if (chinese) glossChinese("资金", { terms: [] });
  warmIndex(engine.index);
  // The reports whose own index was built (none when one report is loaded: its index is the whole).
  const reports: string[] = [];
  if (engine.index.reportsById.size <= WARM_ALONE_MAX)
    for (const id of engine.index.reportsById.keys()) {
      const alone = reportAlone(engine.index, id);
      if (alone === engine.index) continue;
      warmIndex(alone);
      reports.push(id);
    }
  return { reports };
}
