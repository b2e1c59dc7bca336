// Skip patterns come from data (annotations.json, or an uploaded bundle), so they run on RE2
// (re2js, a pure-JS port): its matching time is linear in the sentence whatever the pattern,
// where a backtracking RegExp such as (a+)+b takes exponential time. The price is RE2 syntax:
// no backreferences and no lookaround, which a skip pattern has never needed.
import { RE2JS } from "re2js";

export type SkipMatcher = { matchAll(text: string): { start: number; end: number }[] };

const compiled = new Map<string, SkipMatcher>();
/** Distinct patterns kept compiled; the cache is dropped whole past this (uploads bring new ones). */
const CACHE_MAX = 1_000;

/** Compiles a skip pattern, or throws an Error saying why it is not one. */
export function compileSkipPattern(pattern: string): SkipMatcher {
  const hit = compiled.get(pattern);
  if (hit) return hit;
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (error) {
    throw new Error(
      `not a supported pattern (RE2 syntax: no backreferences or lookaround): ${(error as Error).message}`,
    );
  }
  const matcher: SkipMatcher = {
    matchAll(text) {
      const out: { start: number; end: number }[] = [];
      const m = re.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        out.push({ start: m.start(), end: m.end() });
        // An empty match moves on by one, as String.prototype.matchAll does.
        from = m.end() > m.start() ? m.end() : m.end() + 1;
      }
      return out;
    },
  };
  if (compiled.size >= CACHE_MAX) compiled.clear();
  compiled.set(pattern, matcher);
  return matcher;
}

/** Why a skip pattern cannot be used, or undefined if it can. */
export function skipPatternProblem(pattern: string): string | undefined {
  try {
    compileSkipPattern(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
