// The one way a failed zod parse becomes messages a person reads: one "path: message" per issue,
// the path dotted as the data is ("entries.3.unit: Invalid input"). An issue about the value as a
// whole has an empty path; `root` names it in the caller's terms ("(environment)", "(line)").
import type { z } from "zod";

export function zodProblems(error: z.ZodError, options: { root?: string } = {}): string[] {
  const root = options.root ?? "(root)";
  return error.issues.map((i) => `${i.path.join(".") || root}: ${i.message}`);
}
