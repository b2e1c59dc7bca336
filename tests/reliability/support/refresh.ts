// What the refresh matrix and the crash matrix share: the questions asked before and after, upload
// builders (Henan's facts relabelled, a made-up Gansu bundle) and copies of knowledge/.
import type { Answer } from "../../../src/answering/schema.js";
import { createEngine, type Engine } from "../../../src/answering/engine.js";
import type { Entry } from "../../../src/knowledge/schema.js";
import { KnowledgeStore, type RefreshResult, type Upload } from "../../../src/knowledge/store.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../../src/paths.js";
import { MADE_UP_GANSU_META, realEngine } from "../../support/knowledge.js";
import { copyDir } from "./disk.js";

const FUNDS_Q = "How much financial anti-poverty funds were issued in 2011?";
const CELLARS_Q = "How many water cellars were built in Gansu in 2012?";
export const QUESTIONS = [
  FUNDS_Q,
  CELLARS_Q,
  "易地扶贫搬迁了多少户？",
  "How many bridges were built?",
  "what is the price of bananas on mars",
  "Rain Plan",
];
export const answers = (store: KnowledgeStore<Engine>): Answer[] =>
  QUESTIONS.map((q) => store.engine.answer(q));

export const henanEntries = (): Entry[] =>
  realEngine()
    .kb.entries.filter((e) => e.report === "henan-2011")
    .map((e) => ({ ...e }));
export const facts = (change: (es: Entry[]) => unknown[] = (es) => es, report = "henan-2011") => ({
  report,
  entries: change(henanEntries()),
});
export const relabel = (label: string) =>
  facts((es) => es.map((e) => (e.written === "4.418 billion Yuan" ? { ...e, label } : e)));

export const upload = (
  data: string | Buffer,
  contentType: string | null = "application/json",
  filename = "upload.json",
): Upload => ({
  filename,
  contentType,
  data: typeof data === "string" ? Buffer.from(data, "utf8") : data,
});
export const json = (value: unknown, contentType: string | null = "application/json") =>
  upload(JSON.stringify(value, null, 2), contentType);

export const GANSU_TEXT = `Poverty Alleviation in Gansu Province

      【Overview】In 2012, Gansu Province lifted 0.82 million rural poor residents out of poverty.

      【Drinking water】In 2012, Gansu Province built 312 water cellars and laid 145 km of pipes, with an investment of 96 million Yuan.
`;
export const GANSU_META = MADE_UP_GANSU_META;
export const gansu = (text = GANSU_TEXT) => ({
  meta: GANSU_META,
  text,
  annotations: {
    entries: {
      "gansu-2012:drinking-water:312-water-cellars": {
        label: "Water cellars built in Gansu in 2012",
        aliases: ["cisterns"],
      },
    },
  },
});

export function ok(r: RefreshResult) {
  if (!r.ok) throw new Error(`expected success, got: ${r.errors.join("\n")}`);
  return r;
}

/** knowledge/ with Gansu added (as a bundle plus its own facts file), and Gansu's entries as built. */
export type GansuFolder = { dir: string; entries: Entry[] };
let gansuFolder: Promise<GansuFolder> | undefined;
/**
 * Made once per test file (two uploads, each a build and an engine), not once per test: every test
 * copies the result, so each still starts from a folder of its own.
 */
export function gansuAdded(): Promise<GansuFolder> {
  gansuFolder ??= (async () => {
    const dir = copyDir(DEFAULT_KNOWLEDGE_DIR);
    const store = KnowledgeStore.open(dir, { createEngine });
    ok(await store.applyUpload(json(gansu())));
    const entries = store.engine.kb.entries.filter((e) => e.report === "gansu-2012");
    ok(await store.applyUpload(json({ report: "gansu-2012", entries })));
    return { dir, entries };
  })();
  return gansuFolder;
}

/** A fresh copy of knowledge/, optionally with Gansu added (as a bundle plus its own facts file). */
export async function knowledgeCopy(withGansu = false): Promise<string> {
  return copyDir(withGansu ? (await gansuAdded()).dir : DEFAULT_KNOWLEDGE_DIR);
}
