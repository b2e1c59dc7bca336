// How the CLI shows an answer to a person in a terminal.
import type { Answer } from "../../answering/schema.js";

export function renderForTerminal(a: Answer): string {
  const lines: string[] = [];
  if (!a.answered) return a.text;
  if (a.figure) lines.push(`${a.figure}${a.label ? `  — ${a.label}` : ""}`);
  if (a.arithmetic) lines.push(`  computed: ${a.arithmetic}`);
  for (const c of a.citations) lines.push(`  “${c.quote}”`, `     — ${c.section}${a.report ? `, ${a.report.title} (${a.report.year})` : ""}`);
  for (const n of a.notes) lines.push(`  note: ${n}`);
  if (a.runnerUps.length > 0) lines.push("  also close:", ...a.runnerUps.map((r) => `   · ${r.figure} — ${r.label} (${r.section})`));
  return lines.join("\n");
}
