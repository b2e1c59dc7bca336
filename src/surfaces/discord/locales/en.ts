// English strings of the Discord surface. zh-CN.ts has the same shape (type Locale).
export const en = {
  /** The language of these strings, for what the engine writes (figures, labels, section titles). */
  lang: "en" as "en" | "zh",
  colon: ": ",
  noAnswerTitle: "No answer in the report",
  passageTitle: "From the report",
  verdictYes: "Yes",
  verdictNo: "No",
  listTitle: "Names in the report",
  noAnswerLine: "I can't answer that from the report.",
  tryInstead: "The report does cover",
  arithmetic: "Calculation",
  source: "Source",
  notes: "Notes",
  alsoClose: "Also close",
  /** Above a quote from the report; empty: an English reply quotes English without a label. */
  quoteLabel: "",
  runnerUp: (figure: string, label: string, section: string) => `${figure} — ${label} (${section})`,
  sectionCited: (title: string, english: string) => `${title} (${english})`,
  emptyQuestion: "Ask me a question about the report, e.g. “How many households were relocated?”",
  unknownFigure: "Unknown figure: pick one from the suggestions while typing.",
  unknownSection: "Unknown section: pick one from the suggestions while typing.",
  staleButton: "This page is no longer available; run /section again.",
  sectionsTitle: "Sections of the report",
  figuresInSection: "Figures",
  noFigures: "This section states no figures.",
  page: (n: number, of: number) => `Page ${n} of ${of}`,
  chartButton: "Chart",
  unknownChart: (available: string) =>
    `No chart matches that topic. Pick one from the suggestions while typing, for example:\n${available}`,
  staleChart: "This chart is no longer available; run /chart again.",
  chartGapTitle: "The parts do not add up to the stated total",
  chartGap: (gap: string, percent: string, sum: string, total: string) =>
    `The parts listed add up to ${sum}; the report states a total of ${total}. Gap: ${gap} (${percent}%), shown in orange on the chart.`,
  chartExcess: (gap: string, percent: string, sum: string, total: string) =>
    `The parts listed add up to ${sum}, more than the stated total of ${total}. Gap: ${gap} (${percent}%), shown in orange on the chart.`,
  previous: "Previous",
  next: "Next",
  apology: "Sorry, something went wrong while answering. Please try again.",
  cooldown: (seconds: number) =>
    `Thanks for your question! Please wait ${seconds} more second${seconds === 1 ? "" : "s"} before asking the next one.`,
  refreshRefused: "Only moderators (Manage Server, or a moderator role) can refresh the report data.",
  refreshTooLarge: (max: number) => `The file is too large (limit ${max} bytes).`,
  refreshDownloadFailed: "Could not download the attachment.",
  refreshDone: (action: string) => `Refresh (${action}) succeeded`,
  refreshFailed: (action: string) => `Refresh (${action}) failed; the bot keeps serving the previous data`,
  counts: "Counts (before → after)",
  /** One line per count: "reports: 1 → 2". */
  countLine: (what: "reports" | "sections" | "entries", before: number, after: number) =>
    `${what}: ${before} → ${after}`,
  changes: "Entries",
  entryChanges: (added: number, removed: number, changed: number) =>
    `added ${added} · removed ${removed} · changed ${changed}`,
  version: "Version",
  errors: "Errors",
  /** A report in the /refresh reply: "Anhui 2012 · Poverty Alleviation … (anhui-2012)". */
  reportName: (region: string, year: number, title: string, id: string) =>
    `${region} ${year} · ${title} (${id})`,
  reportAdded: (name: string) => `Added: ${name}`,
  reportChanged: (name: string) => `Changed: ${name}`,
  reportsRemoved: "Removed reports",
  newFigures: (count: number, labels: string, more: number) =>
    count === 0
      ? "New figures: none"
      : `New figures: ${count}${labels ? ` — ${labels}` : ""}${more > 0 ? `; and ${more} more` : ""}`,
  auditPassed: (checks: number) =>
    checks === 0 ? "Audit: no totals with parts to check" : `Audit: ${checks} check(s), all add up`,
  auditFailed: (checks: number, failed: number) => `Audit: ${failed} of ${checks} check(s) do not add up:`,
  unlabelled: (count: number, figures: string, more: number) =>
    `Figures without a label (only the figure could be named): ${count} — ${figures}${more > 0 ? `; and ${more} more` : ""}`,
  skippedReports: "Reports on disk not served",
  reportWarnings: "Warnings",
  helpTitle: "Report bot",
  help: [
    "I answer questions about the report with exact figures and quote the sentence each figure comes from.",
    "",
    "• **Mention me** in a channel: `@bot how many households were relocated?`",
    "• **Send me a DM** with your question.",
    "• **/ask** `question` — a cited answer.",
    "• **/fact** `figure` — look up one figure (suggestions while typing).",
    "• **/section** `name` — a section's summary and every figure in it; **/sections** lists them.",
    "• **/chart** `topic` — a bar chart of a breakdown (where the funds came from, plan against result), with its figures and sources.",
    "• **Ask the report** — right-click a message → Apps → Ask the report.",
    "• **/refresh** — moderators: reload, upload a correction, or roll back.",
  ].join("\n"),
};

export type Locale = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends "en" | "zh"
      ? "en" | "zh"
      : string;
};
