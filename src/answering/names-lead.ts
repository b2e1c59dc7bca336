// Which section a names question is answered from. A passage is read from the section of the best
// ranked sentence, but the sentence that names what a names question asks for often ranks just
// below one from another section that shares the same words and names nothing: "the eight
// national key counties" are counted in one sentence and named in another; "the relocation
// projects were implemented in seven counties, namely …" ranks beside a sentence about another
// programme that was "carried out". When the best section's leading sentences name nothing of the
// kind asked, the section of the best ranked sentence that does is read instead, if it ranks near
// the best.

import { headedSeries, listItems, namesIn, partnersIn } from "./names.js";
import { nameRuns } from "./names-runs.js";

/**
 * A sentence of another section must rank at least this share of the best sentence's rank to be
 * read in its place: a names sentence far below the best is about something else.
 */
export const NAMES_LEAD_NEAR = 0.5;

type Ranked = { sentence: string; section: string; report: string; rank: number };

/**
 * Whether a sentence gives names a question may be answered with. With a kind ("county"), names of
 * that kind; without one, a list (a "namely / including …" list or a comma-and run of names):
 * a lone capitalised name ("Henan Province") is the subject of most sentences, not an answer.
 */
export function givesNames(
  sentence: string,
  kind: string | undefined,
  keep: (name: string) => boolean = () => true,
): boolean {
  if (kind) return namesIn(sentence, kind).some(keep);
  return listItems(sentence).some(keep) || nameRuns(sentence).some((run) => run.some(keep));
}

/**
 * The ranked sentence whose section a names question is answered from: the best one when its
 * section's first `perSection` ranked sentences give names worth giving (namesIn, with the kind
 * asked; `keep`: not the report's own region, the subject of most sentences), else
 * the best ranked sentence that gives names (givesNames) and ranks within NAMES_LEAD_NEAR of the
 * best, else the best. `ranked` is best first; `noun`: the noun the question asks of ("departments").
 */
export function namesLead<T extends Ranked>(
  ranked: readonly T[],
  kind: string | undefined,
  perSection: number,
  keep: (name: string) => boolean = () => true,
  noun?: string,
): T | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  const own = ranked
    .filter((s) => s.section === best.section && s.report === best.report)
    .slice(0, perSection);
  if (own.some((s) => namesIn(s.sentence, kind).some(keep))) return best;
  // "Which departments …" and "the departments of agriculture, transport and health": a lower-case
  // series the noun asked heads names the things asked, in the best section itself.
  if (noun && own.some((s) => headedSeries(s.sentence, noun).length > 0)) return best;
  // Failing that, a sentence further down the best section naming things of the kind asked: the
  // section is the topic, and its sentences that share only the section's words (a title "Pilot
  // Towns" gives "towns" to each) rank alike, so the one that names them may rank below the first few.
  return (
    ranked.find((s) => s.rank >= NAMES_LEAD_NEAR * best.rank && givesNames(s.sentence, kind, keep)) ??
    (kind
      ? ranked.find(
          (s) =>
            s.section === best.section && s.report === best.report && namesIn(s.sentence, kind).some(keep),
        )
      : undefined) ??
    best
  );
}

/**
 * The ranked sentence a partners question ("who did X team up with") is answered from: the best
 * when its section's first `perSection` ranked sentences name partners ("jointly with A and B"),
 * else the best ranked sentence that does, within NAMES_LEAD_NEAR of the best ("organisations"
 * also matches a section titled "Organization construction", which names no partners), else
 * undefined (the names lead then).
 */
export function partnersLead<T extends Ranked>(ranked: readonly T[], perSection: number): T | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  const own = ranked
    .filter((s) => s.section === best.section && s.report === best.report)
    .slice(0, perSection);
  if (own.some((s) => partnersIn(s.sentence).length > 0)) return best;
  return ranked.find((s) => s.rank >= NAMES_LEAD_NEAR * best.rank && partnersIn(s.sentence).length > 0);
}
