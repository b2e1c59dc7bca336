// Shows how the engine reads a question and ranks entries: the tool for understanding a miss.
import { loadEngine } from "../src/answering/load-engine.js";
import { matchedTerms, queryTerms, rankEntries, rankSentences, scoreEntries } from "../src/answering/rank.js";
import { understand } from "../src/answering/understand.js";
import { loadGlossary } from "../src/answering/glossary.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";

const dir = parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR;
const engine = loadEngine(dir);
const glossary = loadGlossary(dir);
for (const text of process.argv.slice(2)) {
  const q = understand(text, glossary);
  const terms = queryTerms(q, engine.index);
  console.log(`Q: ${text}\n  english: ${q.english}\n  kinds: ${q.kinds.join(",")} unit: ${q.countUnit ?? "-"} derivation: ${JSON.stringify(q.derivation)} passage: ${q.passage}`);
  console.log(`  terms: ${terms.map((t) => `${t.term}(${t.weight.toFixed(2)}×${t.idf.toFixed(2)})`).join(" ")}`);
  const scoring = scoreEntries(engine.index, terms);
  for (const r of rankEntries(q, engine.index, scoring).slice(0, 6)) {
    console.log(`  ${r.rank.toFixed(1).padStart(6)} cov ${r.coverage.toFixed(2)} local ${r.local.toFixed(2)} prec ${r.precision.toFixed(2)} ${r.entry.written} | ${r.entry.label} [${[...matchedTerms(scoring, r.slot)].join(",")}]`);
  }
  for (const s of rankSentences(q, engine.index, terms).slice(0, 2)) console.log(`  S ${s.score.toFixed(1)} cov ${s.coverage.toFixed(2)} ${s.section}: ${s.sentence.slice(0, 90)}`);
  const a = engine.answer(text);
  console.log(`  => ${a.type} ${a.figure ?? ""} ${a.section ?? ""}`);
}
