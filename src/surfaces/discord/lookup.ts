// Cheap in-memory lookups for autocomplete, built once per engine (a reload makes a new engine).
import type { Engine } from "../../answering/engine.js";
import { sectionKey } from "../../knowledge/section-key.js";
import type { Entry, Section } from "../../knowledge/schema.js";
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from "./limits.js";
import { clip } from "./sanitize.js";

export type Choice = { name: string; value: string };
type Item<T> = { item: T; hay: string; words: string[]; choice: Choice };
type Indexes = { entries: Item<Entry>[]; sections: Item<Section>[] };

const cache = new WeakMap<Engine, Indexes>();
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}.%]+/u)
    .filter(Boolean);

/** Choice values: the entry id, or `#<index>` when the id is longer than Discord allows. */
const entryValue = (e: Entry, i: number) => (e.id.length <= CHOICE_VALUE_MAX ? e.id : `#${i}`);
const sectionValue = (s: Section) => `${s.report}:${s.index}`;

function indexes(engine: Engine): Indexes {
  let ix = cache.get(engine);
  if (ix) return ix;
  const kb = engine.kb;
  ix = {
    entries: kb.entries.map((e, i) => {
      const hay = `${e.label} ${e.written} ${e.section} ${e.aliases.join(" ")}`.toLowerCase();
      return {
        item: e,
        hay,
        words: words(hay),
        choice: {
          name: clip(`${e.label} — ${e.written} (${e.section})`, CHOICE_NAME_MAX),
          value: entryValue(e, i),
        },
      };
    }),
    sections: kb.sections.map((s) => {
      const hay = `${s.title} ${s.titleZh ?? ""} ${s.aliases.join(" ")}`.toLowerCase();
      return {
        item: s,
        hay,
        words: words(hay),
        choice: { name: clip(s.title, CHOICE_NAME_MAX), value: sectionValue(s) },
      };
    }),
  };
  cache.set(engine, ix);
  return ix;
}

/** Every query word must occur; words that start a word of the item rank first. */
function filter<T>(items: Item<T>[], query: string): Choice[] {
  const q = words(query);
  if (q.length === 0) return items.slice(0, AUTOCOMPLETE_CHOICES_MAX).map((x) => x.choice);
  const scored: { score: number; i: number; choice: Choice }[] = [];
  items.forEach((x, i) => {
    let score = 0;
    for (const w of q) {
      if (x.words.some((iw) => iw.startsWith(w))) score += 2;
      else if (x.hay.includes(w)) score += 1;
      else return;
    }
    scored.push({ score, i, choice: x.choice });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, AUTOCOMPLETE_CHOICES_MAX)
    .map((x) => x.choice);
}

export const entryChoices = (engine: Engine, query: string) => filter(indexes(engine).entries, query);
export const sectionChoices = (engine: Engine, query: string) => filter(indexes(engine).sections, query);

/** An untrusted choice value back to an entry. */
export function findEntry(engine: Engine, value: string): Entry | undefined {
  const byIndex = /^#(\d+)$/.exec(value);
  if (byIndex) return engine.kb.entries[Number(byIndex[1])];
  return engine.kb.byId.get(value);
}

/** An untrusted section value ("report:index", or a title typed by hand) back to a section. */
export function findSection(engine: Engine, value: string): Section | undefined {
  const sections = engine.kb.sections;
  const m = /^(.+):(\d+)$/.exec(value);
  if (m) {
    const s = sections.find((x) => x.report === m[1] && x.index === Number(m[2]));
    if (s) return s;
  }
  const v = value.trim().toLowerCase();
  return (
    sections.find((s) => s.title.toLowerCase() === v) ??
    sections.find((s) => s.title.toLowerCase().startsWith(v) && v.length >= 3)
  );
}

const bySectionCache = new WeakMap<Engine, Map<string, Entry[]>>();

/** A section's figures in report order, grouped once per engine instead of scanning every entry per page or click. */
export function sectionEntries(engine: Engine, section: Section): Entry[] {
  let by = bySectionCache.get(engine);
  if (!by) {
    by = new Map();
    for (const e of engine.kb.entries) {
      const key = sectionKey(e.report, e.section);
      const list = by.get(key);
      if (list) list.push(e);
      else by.set(key, [e]);
    }
    bySectionCache.set(engine, by);
  }
  return by.get(sectionKey(section.report, section.title)) ?? [];
}
