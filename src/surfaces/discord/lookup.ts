// Cheap in-memory lookups for autocomplete, built once per engine (a reload makes a new engine).
import type { Engine } from "../../answering/engine.js";
import { sectionKey } from "../../knowledge/section-key.js";
import type { Entry, Section } from "../../knowledge/schema.js";
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from "./limits.js";
import { getOrInsertComputed } from "../../util/maps.js";
import { reportTags } from "./report-tags.js";
import { clip } from "./sanitize.js";

export type Choice = { name: string; value: string };
/** `group`: the item's report's position, so several reports' choices come grouped by report. */
type Item<T> = { item: T; searchText: string; words: string[]; choice: Choice; group: number };
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

/** A choice's name with its report's tag in front ("Henan 2011 · Overview"), when several reports are loaded. */
const tagged = (tag: string | undefined, name: string) => (tag ? `${tag} · ${name}` : name);

function indexes(engine: Engine): Indexes {
  return getOrInsertComputed(cache, engine, () => {
    const kb = engine.kb;
    const reports = reportTags(kb);
    return {
      entries: kb.entries.map((e, i) => {
        const tag = reports.tag(e.report);
        // The tag is searchable too: "henan over" narrows to one report's figures.
        const searchText =
          `${e.label} ${e.written} ${e.section} ${e.aliases.join(" ")} ${tag ?? ""}`.toLowerCase();
        return {
          item: e,
          searchText,
          words: words(searchText),
          choice: {
            name: clip(tagged(tag, `${e.label} — ${e.written} (${e.section})`), CHOICE_NAME_MAX),
            value: entryValue(e, i),
          },
          group: reports.order(e.report),
        };
      }),
      sections: kb.sections.map((s) => {
        const tag = reports.tag(s.report);
        const searchText = `${s.title} ${s.titleZh ?? ""} ${s.aliases.join(" ")} ${tag ?? ""}`.toLowerCase();
        return {
          item: s,
          searchText,
          words: words(searchText),
          choice: { name: clip(tagged(tag, s.title), CHOICE_NAME_MAX), value: sectionValue(s) },
          group: reports.order(s.report),
        };
      }),
    };
  });
}

/**
 * Nothing typed yet: the first items, and with several reports the first of each report in turn
 * (an equal share each, the rest to the reports that have more), listed report by report.
 */
function firstOfEach<T>(items: Item<T>[]): Item<T>[] {
  const byGroup = new Map<number, Item<T>[]>();
  for (const x of items) getOrInsertComputed(byGroup, x.group, () => []).push(x);
  if (byGroup.size < 2) return items.slice(0, AUTOCOMPLETE_CHOICES_MAX);
  const queues = [...byGroup.values()];
  const taken = queues.map(() => 0);
  let total = 0;
  for (let round = 0; total < AUTOCOMPLETE_CHOICES_MAX; round++) {
    let any = false;
    queues.forEach((queue, g) => {
      if (total < AUTOCOMPLETE_CHOICES_MAX && round < queue.length) {
        taken[g] = round + 1;
        total++;
        any = true;
      }
    });
    if (!any) break;
  }
  return queues.flatMap((queue, g) => queue.slice(0, taken[g]));
}

/**
 * Every query word must occur; words that start a word of the item rank first. The best matches
 * are then listed grouped by report (in the knowledge's order), best first within each report.
 */
function filter<T>(items: Item<T>[], query: string): Choice[] {
  const q = words(query);
  if (q.length === 0) return firstOfEach(items).map((x) => x.choice);
  const scored: { score: number; i: number; group: number; choice: Choice }[] = [];
  items.forEach((x, i) => {
    let score = 0;
    for (const w of q) {
      if (x.words.some((iw) => iw.startsWith(w))) score += 2;
      else if (x.searchText.includes(w)) score += 1;
      else return;
    }
    scored.push({ score, i, group: x.group, choice: x.choice });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, AUTOCOMPLETE_CHOICES_MAX)
    .sort((a, b) => a.group - b.group)
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
  const by = getOrInsertComputed(bySectionCache, engine, () => {
    const map = new Map<string, Entry[]>();
    for (const e of engine.kb.entries)
      getOrInsertComputed(map, sectionKey(e.report, e.section), () => []).push(e);
    return map;
  });
  return by.get(sectionKey(section.report, section.title)) ?? [];
}
