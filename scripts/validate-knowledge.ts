// `npm run validate-knowledge`: load the knowledge folder with every check (schemas, provenance,
// coverage, groups) and print a summary, or every violation and exit 1. Run in CI.
// A report that does not load is listed with every reason and the command exits 1 (CI must
// flag it), while saying that the bot serves the other reports: it skips that one, as here.
import { loadGlossary } from "../src/knowledge/glossary.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { EXIT_FAILURE, parseCommandLine, runCommand } from "../src/surfaces/cli/command-line.js";

const USAGE =
  "usage: npm run validate-knowledge   (checks KNOWLEDGE_DIR, default knowledge/; exit 1 listing every violation, or every report that does not load)";

await runCommand("validate-knowledge", USAGE, () => {
  if (parseCommandLine({ options: { help: { type: "boolean", short: "h" } } }).values.help)
    return console.log(USAGE);
  const dir = parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR;
  const kb = loadKnowledge(dir);
  const glossary = loadGlossary(dir);
  const counts = new Map<string, number>();
  for (const e of kb.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const byKind = [...counts].map(([k, n]) => `${k} ${n}`).join(", ");
  console.log(
    `knowledge ${kb.version}: ${kb.reports.length} report(s), ${kb.sections.length} sections, ${kb.entries.length} entries (${byKind}), ${kb.groups.length} groups, ${kb.skipped.length} numbers skipped with a reason, ${glossary.terms.length} glossary terms`,
  );
  for (const w of kb.warnings ?? []) console.log(`warning: ${w.report}: ${w.message}`);
  const skipped = kb.skippedReports ?? [];
  if (skipped.length === 0) return;
  for (const s of skipped) {
    console.error(
      `report ${s.report}${s.folder && s.report !== `reports/${s.folder}` ? ` (reports/${s.folder})` : ""} does not load (${s.violations.length} problem(s)):`,
    );
    for (const v of s.violations) console.error(`- [${v.check}] ${v.message}`);
  }
  console.error(
    `${skipped.length} report(s) skipped: the bot serves the other ${kb.reports.length} and says which were skipped and why`,
  );
  process.exitCode = EXIT_FAILURE;
});
