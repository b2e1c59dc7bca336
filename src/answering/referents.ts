// "The sixth World Bank poverty reduction project covered 11 counties. By November, the project had
// completed 213.6 million Yuan, … in 180 of the 204 project villages.": "the project" names again
// what the sentence before named in full. A figure of the second sentence is about the World Bank
// project though its sentence never says so; the words the first sentence put before the noun are
// the referent's, searched as the figure's sentence is.
import { sectionKey } from "../knowledge/section-key.js";

type Section = { report: string; title: string; sentences: readonly string[] };

// "the project had …", "the programme was …": a definite noun as a clause's subject, before a verb.
const DEFINITE_SUBJECT = /\b[Tt]he ([a-z]+) (?:had|has|have|was|were|is|are|also|then|[a-z]+ed)\b/g;
const MAX_MODIFIERS = 6;

/** The referent words of each sentence that names again a noun the sentence before named in full, by section and sentence. */
export function referentsOf(sections: readonly Section[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sections)
    s.sentences.forEach((sentence, i) => {
      const before = s.sentences[i - 1];
      if (!before) return;
      const words = [
        ...[...sentence.matchAll(DEFINITE_SUBJECT)].flatMap((m) => {
          const named = new RegExp(String.raw`\b[Tt]he ((?:[\w’'-]+ ){1,${MAX_MODIFIERS}}?)${m[1]}\b`).exec(
            before,
          );
          return named ? [named[1]!.trim()] : [];
        }),
        ...phrasesNamedBefore(sentence, before),
      ];
      if (words.length > 0) out.set(referentKey(s.report, s.title, sentence), words.join(" "));
    });
  return out;
}

// "… donate care packages for the students of impoverished regions. The total value of the care
// packages donated …": a definite phrase of several words the sentence before wrote too, where it
// said whom or what for; those prepositional phrases after it are the referent's.
const DEFINITE_PHRASE = /\b[Tt]he (?=([a-z]+ [a-z]+(?: [a-z]+)?)\b)/g;
const PREPOSITION = "(?:for|of|in|to|from|on|at|with|under|by)";
const NOT_NOUN = String.raw`(?:${PREPOSITION}|and|or|which|that|who|was|were|is|are|had|has|[0-9][\w.,]*)\b`;
// Each phrase: a preposition, an optional article and up to four words that are not a preposition,
// a conjunction, a verb of being or a number.
const PREPOSITIONAL_TAIL = new RegExp(
  String.raw`^(?: ${PREPOSITION} (?:the |a |an )?(?!${NOT_NOUN})[\w’'-]+(?: (?!${NOT_NOUN})[\w’'-]+){0,3})+`,
);
function phrasesNamedBefore(sentence: string, before: string): string[] {
  return [...sentence.matchAll(DEFINITE_PHRASE)].flatMap((m) => {
    const words = m[1]!.split(" ");
    // The longest front of the phrase (two words at least) the sentence before wrote.
    for (let n = words.length; n >= 2; n--) {
      const phrase = ` ${words.slice(0, n).join(" ")}`;
      const at = before.indexOf(phrase);
      if (at < 0) continue;
      const tail = PREPOSITIONAL_TAIL.exec(before.slice(at + phrase.length));
      return tail ? [tail[0].trim()] : [];
    }
    return [];
  });
}

export const referentKey = (report: string, section: string, sentence: string) =>
  `${sectionKey(report, section)}\u0000${sentence}`;
