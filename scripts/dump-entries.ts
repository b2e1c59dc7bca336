// Prints every entry the loader builds, one line each (id, kind, value, unit, written, label):
// the starting point for writing a report's annotations. Reports that do not load are listed on
// stderr with their reasons; a folder where nothing loads prints its violations (exit 1).
import { describeSkippedReport, loadKnowledge } from "../src/knowledge/load.js";
import { runCommand } from "../src/surfaces/cli/command-line.js";

const USAGE = "usage: npx tsx scripts/dump-entries.ts [KNOWLEDGE_DIR]   (default knowledge/)";

await runCommand("dump-entries", USAGE, () => {
  const kb = loadKnowledge(process.argv[2] ?? "knowledge");
  for (const e of kb.entries) {
    console.log(
      [e.id, e.kind, e.value, e.unit, JSON.stringify(e.written), e.year, e.region, e.label].join("\t"),
    );
  }
  for (const s of kb.skippedReports ?? []) console.error(describeSkippedReport(s));
  console.error(
    `${kb.entries.length} entries, ${kb.groups.length} groups, ${kb.skipped.length} numbers skipped`,
  );
});
