// Prints every entry the loader builds, one line each (id, kind, value, unit, written, label):
// the starting point for writing a report's annotations.
import { loadKnowledge } from "../src/knowledge/load.js";

const kb = loadKnowledge(process.argv[2] ?? "knowledge");
for (const e of kb.entries) {
  console.log(
    [e.id, e.kind, e.value, e.unit, JSON.stringify(e.written), e.year, e.region, e.label].join("\t"),
  );
}
console.error(
  `${kb.entries.length} entries, ${kb.groups.length} groups, ${kb.skipped.length} numbers skipped`,
);
