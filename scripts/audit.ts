// `npm run audit`: every total-versus-parts and target-versus-result check, failures flagged.
// Invalid knowledge prints its violations and exits 1 (no stack trace).
import { auditKnowledge } from "../src/knowledge/audit.js";
import { describeSkippedReport, loadKnowledge } from "../src/knowledge/load.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { parseCommandLine, runCommand } from "../src/surfaces/cli/command-line.js";

const USAGE = "usage: npm run audit   (checks the knowledge in KNOWLEDGE_DIR, default knowledge/)";

await runCommand("audit", USAGE, () => {
  if (parseCommandLine({ options: { help: { type: "boolean", short: "h" } } }).values.help)
    return console.log(USAGE);
  const kb = loadKnowledge(parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR);
  // The reports that did not load are not audited: say so, rather than pass them over silently.
  for (const s of kb.skippedReports ?? []) console.error(describeSkippedReport(s));
  const checks = auditKnowledge(kb);
  for (const c of checks) {
    console.log(`${c.ok ? "ok  " : "FAIL"} [${c.kind}] ${c.title}: ${c.detail}`);
    if (!c.ok) for (const s of c.sentences) console.log(`       “${s}”`);
  }
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`${checks.length} checks, ${checks.length - failed} ok, ${failed} flagged`);
});
