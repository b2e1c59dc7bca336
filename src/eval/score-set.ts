// Scores one question-set file against an engine: the loop both `eval:sets` and `score-all` run,
// so a set is scored the same way whichever command reports it.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Engine } from "../answering/engine.js";
import { EvalQuestionSchema, scoreAnswer } from "./score.js";

export type SetScore = { right: number; total: number; kinds: Record<string, [number, number]> };
export type Miss = { set: string; id: string; q: string; expected: string; got: string; why: string };

/** A set file's line is not a question: reported by the command as an input error, exit 1. */
export class SetFileError extends Error {
  override name = "InputError";
}

export function scoreSetFile(engine: Engine, file: string, onMiss?: (miss: Miss) => void): SetScore {
  const name = basename(file, ".jsonl");
  const set: SetScore = { right: 0, total: 0, kinds: {} };
  const report = reportOfSet(file);
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (!line.trim()) continue;
    const q = readQuestion(line, file);
    const answer = engine.answer(q.q);
    const r = scoreAnswer(q, answer, report);
    const k = set.kinds[q.kind] ?? [0, 0];
    set.kinds[q.kind] = k;
    k[1] += 1;
    set.total += 1;
    if (r.right) {
      k[0] += 1;
      set.right += 1;
    } else if (onMiss) {
      const got = answer.answered
        ? `${answer.type} ${answer.value ?? answer.figure ?? ""} ${answer.unit ?? ""} (${answer.section})`
        : "no answer";
      onMiss({ set: name, id: q.id, q: q.q, expected: r.expected, got, why: r.why });
    }
  }
  return set;
}

export function formatSetScore(name: string, s: SetScore): string {
  const kinds = Object.entries(s.kinds)
    .map(([k, [r, t]]) => `${k} ${r}/${t}`)
    .join(", ");
  return `${name.padEnd(22)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} ${((100 * s.right) / s.total).toFixed(1).padStart(5)}%  (${kinds})`;
}

// A set kept in a report's folder (beside its meta.json) was written about that report: scored on
// that report's figures when a reply gives several reports' (score.ts).
export function reportOfSet(file: string): string | undefined {
  const meta = join(dirname(file), "meta.json");
  if (!existsSync(meta)) return undefined;
  const id = (JSON.parse(readFileSync(meta, "utf8")) as { id?: unknown }).id;
  return typeof id === "string" ? id : undefined;
}

// A malformed line names its file and says what is wrong, instead of a stack trace.
function readQuestion(line: string, file: string) {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new SetFileError(`${basename(file)}: not a JSON line: ${line.slice(0, 80)}`);
  }
  const parsed = EvalQuestionSchema.safeParse(json);
  if (!parsed.success)
    throw new SetFileError(`${basename(file)}: ${parsed.error.issues[0]?.message} in ${line.slice(0, 80)}`);
  return parsed.data;
}
