// `npx tsx scripts/explain.ts "question" ["question" …]`: how the engine reads a question and ranks
// entries, the tool for understanding a miss.
import { readQuestion } from "../src/answering/engine.js";
import { loadEngine } from "../src/answering/load-engine.js";
import { matchedTerms, queryTerms, rankEntries, rankSentences, scoreEntries } from "../src/answering/rank.js";
import { loadGlossary } from "../src/knowledge/glossary.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { parseCommandLine, runCommand, UsageError } from "../src/surfaces/cli/command-line.js";

const USAGE = 'usage: npx tsx scripts/explain.ts "question" ["question" …]';

await runCommand("explain", USAGE, () => {
  const { values, positionals } = parseCommandLine({
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" } },
  });
  if (values.help) return console.log(USAGE);
  if (positionals.length === 0) throw new UsageError("no question given");
  const dir = parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR;
  const engine = loadEngine(dir);
  const glossary = loadGlossary(dir);
  for (const text of positionals) {
    const q = readQuestion(text, engine.index, glossary);
    const terms = queryTerms(q, engine.index);
    console.log(
      `Q: ${text}\n  english: ${q.english}\n  kinds: ${q.kinds.join(",")} unit: ${q.countUnit ?? "-"} derivation: ${JSON.stringify(q.derivation)} form: ${JSON.stringify(q.form)} passage: ${q.passage}`,
    );
    console.log(
      `  terms: ${terms.map((t) => `${t.term}(${t.weight.toFixed(2)}×${t.idf.toFixed(2)})`).join(" ")}`,
    );
    const scoring = scoreEntries(engine.index, terms);
    for (const r of rankEntries(q, engine.index, scoring).slice(0, Number(process.env.TOPN ?? 6))) {
      console.log(
        `  ${r.rank.toFixed(1).padStart(6)} cov ${r.coverage.toFixed(2)} local ${r.local.toFixed(2)} prec ${r.precision.toFixed(2)} ${r.entry.written} | ${r.entry.label} [${[...matchedTerms(scoring, r.slot)].join(",")}]`,
      );
    }
    for (const s of rankSentences(q, engine.index, terms).slice(0, Number(process.env.TOPS ?? 2)))
      console.log(
        `  S ${s.score.toFixed(1)} cov ${s.coverage.toFixed(2)} ${s.section}: ${s.sentence.slice(0, 90)}`,
      );
    const a = engine.answer(text);
    console.log(
      `  => ${a.type} ${a.verdict ?? ""} ${a.figure ?? ""} ${a.section ?? ""}\n     ${a.text.split("\n")[0]}`,
    );
  }
});
