// At start the bot says which reports on disk it does not serve, and why: the store skips a bad
// report and serves the others, so without this line a moderator would only notice it when its
// questions went unanswered.
import type { Logger } from "pino";
import { describeSkippedReport, type KnowledgeBase } from "../knowledge/load.js";

export function logKnowledgeProblems(
  logger: Logger,
  kb: Pick<KnowledgeBase, "skippedReports" | "warnings">,
): void {
  for (const s of kb.skippedReports ?? [])
    logger.warn(
      { report: s.report, folder: s.folder, reason: describeSkippedReport(s), problems: s.violations.length },
      "report skipped",
    );
  for (const w of kb.warnings ?? []) logger.warn({ report: w.report, warning: w.message }, "report warning");
}
