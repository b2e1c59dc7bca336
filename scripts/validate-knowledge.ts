// `npm run validate-knowledge`: load the knowledge folder with every check (schemas, provenance,
// coverage, groups) and print a summary, or every violation and exit 1. Run in CI.
import { loadGlossary } from "../src/answering/glossary.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { KnowledgeError, loadKnowledge } from "../src/knowledge/load.js";

const dir = parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR;
try {
  const kb = loadKnowledge(dir);
  const glossary = loadGlossary(dir);
  const counts = new Map<string, number>();
  for (const e of kb.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const byKind = [...counts].map(([k, n]) => `${k} ${n}`).join(", ");
  console.log(`knowledge ${kb.version}: ${kb.reports.length} report(s), ${kb.sections.length} sections, ${kb.entries.length} entries (${byKind}), ${kb.groups.length} groups, ${kb.skipped.length} numbers skipped with a reason, ${glossary.terms.length} glossary terms`);
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(error.message);
  process.exit(1);
}
