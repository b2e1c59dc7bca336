// Synthetic knowledge for the scale benchmark: reports of other provinces and years, generated
// from the real report's entries. Every section of the real report is a template: its sentences,
// labels, contexts and aliases are compiled once into literal text and slots (region, year,
// programme phrase, place name, figure), and each generated report fills the slots with its own
// region, year, programme names and figures. So the generated entries keep the real kinds and
// label shapes, each written figure reads as its value, and each sits in its own sentence in its
// own section (provenance holds). Deterministic by seed; a report depends only on (seed, number).
import { DEFAULT_KNOWLEDGE_DIR } from "../src/paths.js";
import { getOrInsertComputed } from "../src/util/maps.js";
import { loadKnowledge, type KnowledgeBase } from "../src/knowledge/load.js";
import { findDates, findNumbers } from "../src/knowledge/numbers.js";
import type { Entry, Group, Report, Section } from "../src/knowledge/schema.js";
import { slugify } from "../src/knowledge/slug.js";
import { MONTH_NAMES } from "../src/text/years.js";
import { mixSeed, rng, type Rng } from "./prng.js";

export const KNOWLEDGE_DIR = DEFAULT_KNOWLEDGE_DIR;

/** Mainland provinces, as the engine's region reader names them. */
export const REGIONS = [
  "Anhui",
  "Beijing",
  "Chongqing",
  "Fujian",
  "Gansu",
  "Guangdong",
  "Guangxi",
  "Guizhou",
  "Hainan",
  "Hebei",
  "Heilongjiang",
  "Henan",
  "Hubei",
  "Hunan",
  "Inner Mongolia",
  "Jiangsu",
  "Jiangxi",
  "Jilin",
  "Liaoning",
  "Ningxia",
  "Qinghai",
  "Shaanxi",
  "Shandong",
  "Shanghai",
  "Shanxi",
  "Sichuan",
  "Tianjin",
  "Tibet",
  "Xinjiang",
  "Yunnan",
  "Zhejiang",
] as const;
/** Report years. The real report also dates figures one year back (2010 pilots in a 2011 report), so entry years span 2005-2020. */
export const REPORT_YEARS = Array.from({ length: 15 }, (_, i) => 2006 + i);
const REAL_YEAR = 2011;
/** The report the templates are compiled from. Found by id: knowledge/ may hold other reports, and
 * they load in folder-name order, so the first report is not necessarily this one. Its region, year
 * and place names (REAL_REGIONS, REAL_YEAR, the place list) are what the templates replace. */
export const TEMPLATE_REPORT_ID = "henan-2011";

// ---------------------------------------------------------------------------------------------
// Programme phrases: each family lists the phrase forms found in the real report and parallel
// variants; variant 0 is the real wording. A generated report picks one variant per family, and
// two reports of the same region and year never pick the same one, so their labels differ.

type Family = { forms: string[]; variants: string[][]; proper?: boolean; prefix?: boolean };
const same = (names: string[]) => names.map((n) => [n]);
const combos = (a: string[], b: string[]) => a.flatMap((x) => b.map((y) => `${x} ${y}`));

const FAMILIES: Family[] = [
  {
    forms: ["entire village advancement", "whole village advancement", "village advancement"],
    variants: combos(
      [
        "entire village",
        "whole township",
        "mountain hamlet",
        "border village",
        "river valley",
        "plateau village",
        "lakeside township",
        "old base village",
      ],
      ["advancement", "renewal", "upgrading", "rebuilding"],
    ).map((v, i) =>
      i === 0
        ? ["entire village advancement", "whole village advancement", "village advancement"]
        : [v, v, v],
    ),
  },
  {
    proper: true,
    forms: ["Rain Plan"],
    variants: same(
      [
        "Rain",
        "Sunshine",
        "Spring Breeze",
        "Dewdrop",
        "Golden Key",
        "Bright Path",
        "Green Sprout",
        "Harvest",
        "Morning Star",
        "Blue Sky",
        "Silver Bridge",
        "Red Lantern",
        "Skylark",
        "Evergreen",
        "Lotus",
        "Jade Ladder",
      ].map((n) => `${n} Plan`),
    ),
  },
  {
    forms: ["anti-poverty"],
    variants: same([
      "anti-poverty",
      "rural revitalisation",
      "livelihood support",
      "common prosperity",
      "rural assistance",
      "frontier development",
      "income support",
      "hardship relief",
    ]),
  },
  {
    forms: ["contiguous development"],
    variants: same([
      "contiguous development",
      "cluster development",
      "corridor development",
      "basin-wide development",
      "belt development",
      "zone-wide development",
      "connected-area development",
      "regional block development",
    ]),
  },
  {
    forms: ["science and technology", "sci-tech"],
    variants: [
      ["science and technology", "sci-tech"],
      ["agricultural technology", "agri-tech"],
      ["digital technology", "digital-tech"],
      ["seed technology", "seed-tech"],
      ["irrigation technology", "irrigation-tech"],
      ["veterinary science", "vet-science"],
      ["green technology", "green-tech"],
      ["forestry science", "forestry-science"],
    ],
  },
  {
    forms: ["industrialization"],
    variants: same([
      "industrialization",
      "agro-processing",
      "rural tourism",
      "specialty farming",
      "tea industry",
      "livestock industry",
      "rural e-commerce",
      "handicraft industry",
    ]),
  },
  {
    forms: ["leading enterprises"],
    variants: same([
      "leading enterprises",
      "dragon-head companies",
      "anchor firms",
      "flagship enterprises",
      "key cooperatives",
      "backbone companies",
    ]),
  },
  {
    forms: ["relocation", "relocated"],
    variants: [
      ["relocation", "relocated"],
      ["resettlement", "resettled"],
      ["ecological migration", "migrated"],
      ["village consolidation", "consolidated"],
      ["hazard-zone evacuation", "evacuated"],
      ["new-town settlement", "settled"],
    ],
  },
  {
    forms: ["mountain areas", "mountainous counties"],
    variants: [
      ["mountain areas", "mountainous counties"],
      ["flood plains", "flood-prone counties"],
      ["desert margins", "desert counties"],
      ["landslide zones", "landslide-prone counties"],
      ["karst areas", "karst counties"],
      ["reservoir areas", "reservoir counties"],
      ["remote highlands", "highland counties"],
      ["grassland areas", "pastoral counties"],
    ],
  },
  {
    forms: ["fixed-point poverty alleviation", "fixed-point"],
    variants: [
      ["fixed-point poverty alleviation", "fixed-point"],
      ["paired assistance", "paired"],
      ["east-west cooperation", "east-west"],
      ["twinning support", "twinning"],
      ["designated assistance", "designated"],
      ["sector-led assistance", "sector-led"],
    ],
  },
  {
    forms: ["care packages"],
    variants: same([
      "care packages",
      "school supply kits",
      "winter clothing parcels",
      "nutrition packs",
      "book parcels",
      "warm-heart packages",
    ]),
  },
  {
    proper: true,
    forms: ["Association of Poverty Alleviation and Development"],
    variants: same([
      "Association of Poverty Alleviation and Development",
      "Foundation for Rural Prosperity",
      "Federation of Volunteer Relief",
      "Society for Mountain Development",
      "Charity Alliance for Rural Revival",
      "Council of Rural Philanthropy",
    ]),
  },
  {
    forms: ["microfinance", "micro-credit", "microcredit"],
    variants: [
      ["microfinance", "micro-credit", "microcredit"],
      ["inclusive finance", "inclusive credit", "inclusive credit"],
      ["village banking", "village credit", "village credit"],
      ["rural finance", "rural lending", "rural lending"],
      ["cooperative finance", "cooperative credit", "cooperative credit"],
      ["green finance", "green credit", "green credit"],
    ],
  },
  {
    prefix: true,
    forms: ["small loan"],
    variants: same([
      "small loan",
      "micro loan",
      "farm loan",
      "start-up loan",
      "interest-free loan",
      "guaranteed loan",
      "youth loan",
      "seasonal loan",
    ]),
  },
  {
    prefix: true,
    forms: ["mutual fund", "mutual aid"],
    variants: [
      ["mutual fund", "mutual aid"],
      ["cooperative fund", "cooperative aid"],
      ["revolving fund", "revolving aid"],
      ["village savings fund", "village savings"],
      ["self-help fund", "self-help"],
      ["rotating credit fund", "rotating credit"],
    ],
  },
  {
    proper: true,
    forms: ["World Bank"],
    variants: same([
      "World Bank",
      "Asian Development Bank",
      "IFAD",
      "European Investment Bank",
      "Global Environment Facility",
      "Islamic Development Bank",
    ]),
  },
  {
    forms: ["lottery"],
    variants: same(["lottery", "welfare lottery", "sports lottery", "charity", "public benefit", "donor"]),
  },
  {
    proper: true,
    forms: ["Reports on Poverty Alleviation and Development"],
    variants: same([
      "Reports on Poverty Alleviation and Development",
      "Rural Revival Bulletin",
      "Village Development Digest",
      "Prosperity Newsletter",
      "Field Work Briefings",
      "Frontline Poverty Notes",
    ]),
  },
  {
    proper: true,
    forms: ["Public Opinion of the Internet"],
    variants: same([
      "Public Opinion of the Internet",
      "Online Opinion Watch",
      "Network Sentiment Brief",
      "Web Voices Digest",
      "Netizen Feedback Review",
      "Internet Opinion Monitor",
    ]),
  },
  {
    forms: ["flash news"],
    variants: same([
      "flash news",
      "documentary",
      "radio feature",
      "short video",
      "special report",
      "newsreel",
    ]),
  },
  {
    proper: true,
    forms: ["Poverty Alleviation Office"],
    variants: same([
      "Poverty Alleviation Office",
      "Rural Work Bureau",
      "Development Assistance Office",
      "Rural Affairs Office",
      "Relief Coordination Office",
      "Prosperity Office",
    ]),
  },
  {
    forms: ["performance evaluation"],
    variants: same([
      "performance evaluation",
      "fund audit",
      "results review",
      "annual appraisal",
      "efficiency rating",
      "outcome inspection",
    ]),
  },
];

/** Counties, districts and cities the real report names; each report renames them. */
const PLACES = [
  "Song",
  "Hua",
  "Lushi",
  "Sui",
  "Luanchuan",
  "Xin",
  "Fan",
  "Taiqian",
  "Queshan",
  "Fengqiu",
  "Guangshan",
  "Shangcai",
  "Luoyang",
  "Lingang",
  "Linyi",
  "Tancheng",
  "Shanting",
  "Zaozhuang",
  "Yiyuan",
  "Wudi",
  "Yangxin",
  "Boxing",
  "Sishui",
];
const SYLLABLES = (
  "an bai bao cheng chang da dong feng fu gao guang hai he hong hua jian jin kai lan li lin long lu ming " +
  "nan ning ping qing rui shan shang shi tai tian wu xi xin yang yi yong yu ze zhang zhen"
).split(" ");
const REAL_REGIONS = ["Henan", "Shandong"];

// ---------------------------------------------------------------------------------------------
// Templates: text compiled into literal pieces and slots.

type Seg =
  | string
  | { fam: number; form: number; cap: boolean }
  | { year: number }
  | { region: true }
  | { place: number }
  | { fig: string };
type Tpl = Seg[];

type NumStyle = {
  word: boolean;
  cap: boolean;
  scale: number;
  scaleWord: string;
  decimals: number;
  commas: boolean;
  percent: boolean;
};
type DateStyle = { range: boolean; repeatMonth: boolean; withYear: boolean };
type FigureTpl = {
  key: string;
  kind: Entry["kind"];
  realValue: number;
  realYear: number | null;
  num?: NumStyle;
  date?: DateStyle;
  rest: Tpl;
};
type EntryTpl = { real: Entry; label: Tpl; context: Tpl; aliases: Tpl[]; sentence: number; figure: string };
type SectionTpl = {
  title: Tpl;
  titleZh: string | undefined;
  aliases: Tpl[];
  sentences: Tpl[];
  entries: EntryTpl[];
  figures: Map<string, FigureTpl>;
};
type GroupTpl = { real: Group; title: Tpl };
type Templates = {
  sections: SectionTpl[];
  groups: GroupTpl[];
  reportTitle: Tpl;
  entriesPerReport: number;
  kinds: Set<Entry["kind"]>;
};

type Alternative =
  | { type: "fam"; fam: number; form: number }
  | { type: "year" }
  | { type: "region" }
  | { type: "place"; place: number };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function buildMatcher(): { re: RegExp; alts: Alternative[] } {
  const alts: (Alternative & { src: string; len: number })[] = [];
  FAMILIES.forEach((f, fam) =>
    f.forms.forEach((form, i) =>
      alts.push({
        type: "fam",
        fam,
        form: i,
        src: `\\b${escapeRegExp(form)}${f.prefix ? "" : "\\b"}`,
        len: form.length,
      }),
    ),
  );
  PLACES.forEach((p, place) => alts.push({ type: "place", place, src: `\\b${p}\\b`, len: p.length }));
  for (const r of REAL_REGIONS) alts.push({ type: "region", src: `\\b${r}\\b`, len: r.length });
  alts.push({ type: "year", src: String.raw`\b(?:19|20)\d\d\b`, len: 4 });
  // Longest phrase first, so "Association of Poverty Alleviation and Development" wins over shorter forms at the same place.
  alts.sort((a, b) => b.len - a.len);
  return { re: new RegExp(alts.map((a) => `(${a.src})`).join("|"), "gi"), alts };
}
let matcher: ReturnType<typeof buildMatcher> | undefined;

/** Positions of a written figure in a text, as a whole figure (not inside a longer number or word). */
function figureSpans(text: string, written: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(written); i >= 0; i = text.indexOf(written, i + 1)) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + written.length, i + written.length + 2);
    if (/[A-Za-z0-9]$/.test(before) || /\d[.,]$/.test(before)) continue;
    if (/^[A-Za-z0-9]/.test(after) || /^[.,]\d/.test(after)) continue;
    out.push(i);
  }
  return out;
}

function compile(text: string, figures: string[] = []): Tpl {
  // Figures first (longest first, never overlapping), then the phrase slots in the text between them.
  const spans: { start: number; end: number; fig: string }[] = [];
  for (const w of [...figures].sort((a, b) => b.length - a.length)) {
    for (const start of figureSpans(text, w)) {
      const end = start + w.length;
      if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, fig: w });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out: Tpl = [];
  let at = 0;
  for (const s of spans) {
    out.push(...compileLiteral(text.slice(at, s.start)), { fig: s.fig });
    at = s.end;
  }
  out.push(...compileLiteral(text.slice(at)));
  return out.filter((s) => s !== "");
}

function compileLiteral(text: string): Tpl {
  matcher ??= buildMatcher();
  const { re, alts } = matcher;
  const out: Tpl = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    const which = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const alt = alts[which]!;
    const found = m[0];
    out.push(text.slice(at, m.index));
    at = m.index! + found.length;
    if (alt.type === "year") out.push({ year: Number(found) - REAL_YEAR });
    else if (alt.type === "region") out.push({ region: true });
    else if (alt.type === "place") {
      if (found === PLACES[alt.place]) out.push({ place: alt.place });
      else out.push(found);
    } else out.push({ fam: alt.fam, form: alt.form, cap: /^[A-Z]/.test(found) });
  }
  out.push(text.slice(at));
  return out;
}

type Ctx = { region: string; yearOffset: number; variants: number[]; places: string[] };

function render(tpl: Tpl, ctx: Ctx, figure?: (key: string) => string): string {
  let s = "";
  for (const seg of tpl) {
    if (typeof seg === "string") s += seg;
    else if ("fig" in seg) s += figure ? figure(seg.fig) : seg.fig;
    else if ("year" in seg) s += String(REAL_YEAR + seg.year + ctx.yearOffset);
    else if ("region" in seg) s += ctx.region;
    else if ("place" in seg) s += ctx.places[seg.place]!;
    else {
      const f = FAMILIES[seg.fam]!;
      const v = f.variants[ctx.variants[seg.fam]!]![seg.form]!;
      s += seg.cap && !f.proper ? v[0]!.toUpperCase() + v.slice(1) : v;
    }
  }
  return s;
}

function numStyle(written: string): { style: NumStyle; rest: string } {
  const token = findNumbers(written)[0];
  if (token?.index !== 0) throw new Error(`synthetic: cannot read the figure "${written}"`);
  let text = token.text;
  const percent = token.percent;
  if (percent) text = text.replace(/\s*%$/, "");
  const scaled = /\s+(thousand|million|billion)$/i.exec(text);
  const scaleWord = scaled?.[1] ?? "";
  const digits = scaled ? text.slice(0, scaled.index) : text;
  const scale = scaleWord
    ? { thousand: 1e3, million: 1e6, billion: 1e9 }[
        scaleWord.toLowerCase() as "thousand" | "million" | "billion"
      ]
    : 1;
  return {
    style: {
      word: token.word,
      cap: /^[A-Z]/.test(digits),
      scale,
      scaleWord,
      decimals: digits.split(".")[1]?.length ?? 0,
      commas: digits.includes(","),
      percent,
    },
    rest: written.slice(token.text.length),
  };
}

function dateStyle(written: string): DateStyle {
  const d = findDates(written)[0];
  if (d?.index !== 0) throw new Error(`synthetic: cannot read the date "${written}"`);
  return {
    range: d.end !== undefined,
    repeatMonth: /\bto\s+[A-Z][a-z]+\s+\d/.test(written),
    withYear: d.year !== null,
  };
}

const templatesByDir = new Map<string, Templates>();

/** Compiles the template report of a knowledge folder into templates (once per process and folder). */
export function realTemplates(knowledgeDir = KNOWLEDGE_DIR): Templates {
  return getOrInsertComputed(templatesByDir, knowledgeDir, compileTemplates);
}

function compileTemplates(knowledgeDir: string): Templates {
  const kb = loadKnowledge(knowledgeDir);
  const report = kb.reports.find((r) => r.meta.id === TEMPLATE_REPORT_ID);
  if (!report)
    throw new Error(
      `synthetic: the template report "${TEMPLATE_REPORT_ID}" is not in ${knowledgeDir} (it has ${kb.reports.map((r) => r.meta.id).join(", ") || "no reports"})`,
    );
  const sections: SectionTpl[] = report.sections.map((s) => {
    const entries = report.entries.filter((e) => e.section === s.title);
    const figures = new Map<string, FigureTpl>();
    for (const e of entries) {
      if (figures.has(e.written)) continue;
      if (e.kind === "date") {
        figures.set(e.written, {
          key: e.written,
          kind: e.kind,
          realValue: 0,
          realYear: e.year,
          date: dateStyle(e.written),
          rest: [],
        });
      } else {
        const { style, rest } = numStyle(e.written);
        figures.set(e.written, {
          key: e.written,
          kind: e.kind,
          realValue: e.value,
          realYear: e.year,
          num: style,
          rest: compile(rest),
        });
      }
    }
    const keys = [...figures.keys()];
    return {
      title: compile(s.title),
      titleZh: s.titleZh,
      aliases: s.aliases.map((a) => compile(a)),
      sentences: s.sentences.map((t) => compile(t, keys)),
      figures,
      entries: entries.map((e) => ({
        real: e,
        label: compile(e.label, keys),
        context: compile(e.context, keys),
        // A Chinese alias that spells out a date or figure would contradict the new figure.
        aliases: e.aliases
          .filter((a) => !/\p{Script=Han}/u.test(a) || !/\d/.test(a.replace(/(?:19|20)\d\d/g, "")))
          .map((a) => compile(a, keys)),
        sentence: s.sentences.indexOf(e.sentence),
        figure: e.written,
      })),
    };
  });
  for (const s of sections)
    for (const e of s.entries)
      if (e.sentence < 0) throw new Error(`synthetic: ${e.real.id} has no sentence in its section`);
  return {
    sections,
    groups: report.groups.map((g) => ({ real: g, title: compile(g.title) })),
    reportTitle: compile(report.meta.title),
    entriesPerReport: report.entries.length,
    kinds: new Set(report.entries.map((e) => e.kind)),
  };
}

// ---------------------------------------------------------------------------------------------
// Figures: new values written the way the real figure is written.

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

function formatDigits(v: number, decimals: number, commas: boolean): string {
  let s = v.toFixed(decimals);
  if (decimals > 0) s = s.replace(/\.?0+$/, "");
  if (!commas) return s;
  const [int, frac] = s.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

function newNumber(style: NumStyle, realValue: number, r: Rng): { text: string; value: number } {
  if (style.word) {
    const n = r.int(2, 12);
    const w = WORDS[n]!;
    return { text: style.cap ? w[0]!.toUpperCase() + w.slice(1) : w, value: n };
  }
  const base = realValue / style.scale;
  for (let attempt = 0; ; attempt++) {
    let v = base * Math.exp(r.range(-0.9, 0.9));
    if (style.percent) v = Math.min(v, 250);
    // "0.4 billion" is not how the report writes money: keep a scaled mantissa from 1 to 999.
    if (style.scale > 1) v = v < 1 ? 1 + 2 * r.next() : Math.min(v, 999);
    if (style.decimals === 0) v = Math.max(1, Math.round(v));
    const digits = formatDigits(v, style.decimals, style.commas);
    const num = Number(digits.replace(/,/g, ""));
    if (num <= 0) continue;
    // A bare four-digit number from 1900 to 2100 reads as a year; draw again.
    if (
      attempt < 20 &&
      style.scale === 1 &&
      !style.percent &&
      !digits.includes(",") &&
      Number.isInteger(num) &&
      num >= 1900 &&
      num <= 2100
    )
      continue;
    const value = style.scale > 1 ? Number((num * style.scale).toPrecision(15)) : num;
    return {
      text: `${digits}${style.scaleWord ? ` ${style.scaleWord}` : ""}${style.percent ? "%" : ""}`,
      value,
    };
  }
}

type NewFigure = { written: string; value: number | string; end?: string };

function newFigure(f: FigureTpl, ctx: Ctx, r: Rng): NewFigure {
  if (f.date) {
    const year = f.realYear === null ? null : f.realYear + ctx.yearOffset;
    const month = r.int(1, 12);
    const day = r.int(1, 25);
    const endDay = day + r.int(1, 3);
    const iso = (d: number) =>
      `${f.date!.withYear && year !== null ? year : "-"}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const name = MONTH_NAMES[month - 1]!;
    const written = `${name} ${day}${f.date.range ? ` to ${f.date.repeatMonth ? `${name} ` : ""}${endDay}` : ""}${f.date.withYear && year !== null ? `, ${year}` : ""}`;
    return f.date.range ? { written, value: iso(day), end: iso(endDay) } : { written, value: iso(day) };
  }
  const n = newNumber(f.num!, f.realValue, r);
  return { written: n.text + render(f.rest, ctx), value: n.value };
}

// ---------------------------------------------------------------------------------------------
// Reports.

type Plan = { region: string; year: number; edition: number; pair: number };

function plans(seed: number): (r: number) => Plan {
  const pairs = REGIONS.flatMap((region) => REPORT_YEARS.map((year) => ({ region, year })));
  rng(mixSeed(seed, 0x5eed)).shuffle(pairs);
  return (r) => {
    const pair = r % pairs.length;
    return { ...pairs[pair]!, edition: Math.floor(r / pairs.length), pair };
  };
}

function placeNames(r: Rng): string[] {
  const taken = new Set<string>();
  const banned = new Set(REGIONS.map((x) => x.toLowerCase()));
  return PLACES.map(() => {
    for (;;) {
      const name = r.pick(SYLLABLES) + r.pick(SYLLABLES);
      const cap = name[0]!.toUpperCase() + name.slice(1);
      if (!taken.has(cap) && !banned.has(name) && name.length >= 4) {
        taken.add(cap);
        return cap;
      }
    }
  });
}

/** One generated report with at most `budget` entries. */
function generateReport(t: Templates, plan: Plan, seed: number, index: number, budget: number): Report {
  const r = rng(mixSeed(seed, 2, index));
  // Programme names depend on the region-year and the edition: editions of one region-year differ.
  const pairRng = rng(mixSeed(seed, 1, plan.pair));
  const variants = FAMILIES.map(
    (f) => (pairRng.int(0, f.variants.length - 1) + plan.edition) % f.variants.length,
  );
  const ctx: Ctx = {
    region: plan.region,
    yearOffset: plan.year - REAL_YEAR,
    variants,
    places: placeNames(r),
  };
  const id = `${slugify(plan.region)}-${plan.year}${plan.edition > 0 ? `-${plan.edition + 1}` : ""}`;
  const title = render(t.reportTitle, ctx) + (plan.edition > 0 ? ` (report ${plan.edition + 1})` : "");

  const sections: Section[] = [];
  const entries: Entry[] = [];
  const idMap = new Map<string, string>();
  const idCount = new Map<string, number>();
  for (const [index, s] of t.sections.entries()) {
    if (entries.length >= budget) break;
    const sectionTitle = render(s.title, ctx);
    const figures = new Map<string, NewFigure>();
    for (const [key, f] of s.figures) figures.set(key, newFigure(f, ctx, r));
    const fig = (key: string) => figures.get(key)!.written;
    const sentences = s.sentences.map((tpl) => render(tpl, ctx, fig));
    sections.push({
      report: id,
      index,
      title: sectionTitle,
      region: plan.region,
      text: sentences.join(" "),
      sentences,
      ...(s.titleZh ? { titleZh: s.titleZh } : {}),
      aliases: s.aliases.map((a) => render(a, ctx)),
    });
    for (const e of s.entries) {
      if (entries.length >= budget) break;
      const f = figures.get(e.figure)!;
      const base = `${id}:${slugify(sectionTitle)}:${slugify(f.written)}`;
      const n = (idCount.get(base) ?? 0) + 1;
      idCount.set(base, n);
      const entryId = n === 1 ? base : `${base}-${n}`;
      idMap.set(e.real.id, entryId);
      const common = {
        id: entryId,
        report: id,
        section: sectionTitle,
        region: plan.region,
        year: e.real.year === null ? null : e.real.year + ctx.yearOffset,
        label: render(e.label, ctx, fig),
        written: f.written,
        sentence: sentences[e.sentence]!,
        context: render(e.context, ctx, fig),
        aliases: e.aliases.map((a) => render(a, ctx, fig)),
      };
      entries.push(
        e.real.kind === "date"
          ? {
              ...common,
              kind: "date",
              value: f.value as string,
              ...(f.end ? { end: f.end } : {}),
              unit: "date",
            }
          : ({ ...common, kind: e.real.kind, value: f.value as number, unit: e.real.unit } as Entry),
      );
    }
  }
  const groups: Group[] = [];
  for (const g of t.groups) {
    const ids = [g.real.total, ...g.real.parts, ...(g.real.statedShare ? [g.real.statedShare] : [])].map(
      (x) => idMap.get(x),
    );
    if (ids.some((x) => x === undefined)) continue;
    groups.push({
      ...g.real,
      id: `${id}-${g.real.id}`,
      title: render(g.title, ctx),
      total: idMap.get(g.real.total)!,
      parts: g.real.parts.map((p) => idMap.get(p)!),
      ...(g.real.statedShare ? { statedShare: idMap.get(g.real.statedShare)! } : {}),
    });
  }
  return {
    meta: {
      id,
      title,
      region: plan.region,
      year: plan.year,
      language: "en",
      source: `synthetic (seed ${seed}, report ${index}) generated from ${TEMPLATE_REPORT_ID}`,
      file: "report.txt",
      sectionRegions: {},
    },
    cleaned: sections.map((s) => `【${s.title}】\n${s.text}`).join("\n\n"),
    sections,
    entries,
    groups,
    skips: [],
  };
}

/** Assembles a KnowledgeBase from reports, the way buildKnowledge does. */
export function knowledgeFrom(reports: Report[], version: string): KnowledgeBase {
  const entries = reports.flatMap((r) => r.entries);
  return {
    version,
    reports,
    sections: reports.flatMap((r) => r.sections),
    entries,
    groups: reports.flatMap((r) => r.groups),
    byId: new Map(entries.map((e) => [e.id, e])),
    skipped: [],
  };
}

/** A knowledge base of exactly `size` entries: reports of other provinces and years, built from the real report. */
export function generateKnowledge(size: number, seed: number): KnowledgeBase {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`synthetic: size must be a positive integer, got ${size}`);
  const t = realTemplates();
  const plan = plans(seed);
  const reports: Report[] = [];
  let count = 0;
  for (let i = 0; count < size; i++) {
    const report = generateReport(t, plan(i), seed, i, size - count);
    reports.push(report);
    count += report.entries.length;
  }
  return knowledgeFrom(reports, `synthetic-${size}-${seed}`);
}

// ---------------------------------------------------------------------------------------------
// Questions whose right entry is known.

export type QuestionKind = "natural" | "keyword" | "typo";
export type SyntheticQuestion = {
  id: string;
  kind: QuestionKind;
  q: string;
  entryId: string;
  region: string;
  year: number;
};

const STOP = new Set(
  (
    "a an the of in on at to for from by with as and or but is are was were be been has have had " +
    "it its this that these those than then each per into out over under up which who what when where how"
  ).split(" "),
);

const labelKey = (e: Entry) => `${e.label.toLowerCase()}\u0000${e.region}\u0000${e.year}`;

/** The label as a phrase inside a question, without bracketed notes that only name the kind of figure. */
function phrase(label: string): string {
  const p = label
    .replace(/\((?:percent|total|length|floor area|nearly|at least|more than)\)/gi, " ")
    .replace(/\s+/g, " ")
    .replace(/ ,/g, ",")
    .trim();
  // Lower-case a plain first word ("Anti-poverty funds…"), not a name ("World Bank…", "Sunshine Plan…").
  return /^[A-Z][a-z'-]*\s+[A-Z]/.test(p) ? p : p[0]!.toLowerCase() + p.slice(1);
}

const TEMPLATES: Record<Entry["kind"], ((l: string, r: string, y: number) => string)[]> = {
  money: [
    (l, r, y) => `How much were the ${l} in ${r} in ${y}?`,
    (l, r, y) => `How much did ${r} spend on ${l} in ${y}?`,
    (l, r, y) => `What was the amount of ${l} in ${r} in ${y}?`,
  ],
  count: [
    (l, r, y) => `How many ${l} were there in ${r} in ${y}?`,
    (l, r, y) => `What was the number of ${l} in ${r} in ${y}?`,
  ],
  percent: [
    (l, r, y) => `What percentage was the ${l} in ${r} in ${y}?`,
    (l, r, y) => `What was the ${l} in ${r} in ${y}, in percent?`,
  ],
  length: [
    (l, r, y) => `How many km of ${l} in ${r} in ${y}?`,
    (l, r, y) => `What was the length of ${l} in ${r} in ${y}?`,
  ],
  area: [
    (l, r, y) => `How much area of ${l} in ${r} in ${y}?`,
    (l, r, y) => `What was the area of ${l} in ${r} in ${y}?`,
  ],
  date: [
    (l, r, y) => `When was the ${l} in ${r} in ${y}?`,
    (l, r, y) => `On what date was the ${l} in ${r} in ${y}?`,
  ],
};

function natural(e: Entry, r: Rng): string {
  return r.pick(TEMPLATES[e.kind])(phrase(e.label), e.region, e.year!);
}

function keyword(e: Entry): string {
  const regionWords = new Set(e.region.toLowerCase().split(" "));
  const seen = new Set<string>();
  const kw: string[] = [];
  for (const w of e.label.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) {
    const word = w.replace(/'s$/, "").replace(/'$/, "");
    if (STOP.has(word) || regionWords.has(word) || seen.has(word) || word.length < 2) continue;
    seen.add(word);
    kw.push(word);
  }
  return `${e.region.toLowerCase()} ${e.year} ${kw.join(" ")}`;
}

/** Drops or swaps letters (never the first) in one or two words other than the region. */
function typo(q: string, region: string, r: Rng): string {
  const regionWords = new Set(region.toLowerCase().split(" "));
  const tokens = q.split(/(\s+)/);
  const eligible = tokens
    .map((t, i) => ({ t, i }))
    .filter(
      ({ t }) => /^[A-Za-z]{5,}$/.test(t) && !regionWords.has(t.toLowerCase()) && !STOP.has(t.toLowerCase()),
    );
  r.shuffle(eligible);
  const k = Math.min(eligible.length, r.int(1, 2));
  for (const { t, i } of eligible.slice(0, k)) {
    let out = t;
    if (r.next() < 0.5) {
      const at = r.int(1, t.length - 2);
      out = t.slice(0, at) + t[at + 1] + t[at] + t.slice(at + 2);
    }
    if (out === t) {
      const at = r.int(1, t.length - 1);
      out = t.slice(0, at) + t.slice(at + 1);
    }
    tokens[i] = out;
  }
  return tokens.join("");
}

/**
 * `n` questions (fewer if the knowledge has fewer answerable entries), each naming its entry's
 * region and year; an entry whose label, region and year another entry shares is never asked about.
 * Kinds rotate natural, keyword, typo (a typo variant of a natural or keyword question).
 */
export function generateQuestions(kb: KnowledgeBase, n: number, seed: number): SyntheticQuestion[] {
  const counts = new Map<string, number>();
  for (const e of kb.entries) counts.set(labelKey(e), (counts.get(labelKey(e)) ?? 0) + 1);
  const candidates = kb.entries.filter((e) => e.year !== null && counts.get(labelKey(e)) === 1);
  const r = rng(mixSeed(seed, 7));
  r.shuffle(candidates);
  const kinds: QuestionKind[] = ["natural", "keyword", "typo"];
  return candidates.slice(0, n).map((e, i) => {
    const kind = kinds[i % 3]!;
    const q =
      kind === "natural"
        ? natural(e, r)
        : kind === "keyword"
          ? keyword(e)
          : typo(r.next() < 0.5 ? natural(e, r) : keyword(e), e.region, r);
    return { id: `S${i + 1}`, kind, q, entryId: e.id, region: e.region, year: e.year! };
  });
}
