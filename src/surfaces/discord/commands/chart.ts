// /chart topic: (autocomplete over the report's breakdowns) -> a PNG bar chart attached to an embed
// that lists every figure with its section and quote. Rendering takes tens of milliseconds and the
// file cannot go in a JSON response, so the reply is deferred (type 5) and the chart comes with the
// edit. Answers whose figure is the total of a breakdown carry a "Chart" button whose custom_id is
// `chart:<groupId>` (validated on click) and which produces the same message.
import { buildChartSpec, chartTopics, findChart, renderChart, type Lang } from "../../../charts/index.js";
import type { KnowledgeBase } from "../../../knowledge/load.js";
import type { Group } from "../../../knowledge/schema.js";
import { CHART_BUTTON_PREFIX, CHART_CUSTOM_ID, usableChartId } from "../chart-button.js";
import { chartEmbed } from "../embeds.js";
import {
  ATTACHMENT_DESCRIPTION_MAX,
  AUTOCOMPLETE_CHOICES_MAX,
  CHOICE_NAME_MAX,
  MESSAGE_CONTENT_MAX,
} from "../limits.js";
import { languageOf, localeFor } from "../locales/index.js";
import type { Choice } from "../lookup.js";
import {
  choices,
  deferred,
  ephemeralText,
  messageBody,
  type HandlerResult,
  type MessageBody,
} from "../response.js";
import { getOrInsertComputed } from "../../../util/maps.js";
import { reportTags } from "../report-tags.js";
import { clip, sanitize } from "../sanitize.js";
import type { CommandModule } from "../types.js";
import { CHART, CHART_TOPIC_MAX } from "./definitions.js";

/** Charts named in the "unknown topic" message. */
const SUGGESTIONS_MAX = 5;

type Topic = { id: string; searchText: string; choice: Record<Lang, Choice> };
/** The usable topics with their search text and choices, built once per knowledge base (a reload makes a new one), not per keystroke. */
const topicsCache = new WeakMap<KnowledgeBase, Topic[]>();
function topicsOf(kb: KnowledgeBase): Topic[] {
  return getOrInsertComputed(topicsCache, kb, () => {
    const reports = reportTags(kb);
    // A group's report is its total's (or plan's) report; with several reports, choices are named and grouped by it.
    const reportOf = new Map(kb.groups.map((g) => [g.id, kb.byId.get(g.total)?.report ?? ""]));
    return chartTopics(kb)
      .filter((x) => usableChartId(x.id))
      .map((x, i) => ({ x, i, report: reportOf.get(x.id) ?? "" }))
      .sort((a, b) => reports.order(a.report) - reports.order(b.report) || a.i - b.i)
      .map(({ x, report }) => {
        const tag = reports.tag(report);
        const name = (title: string) => clip(tag ? `${tag} · ${title}` : title, CHOICE_NAME_MAX);
        return {
          id: x.id,
          searchText: `${x.title} ${x.titleZh} ${x.id} ${tag ?? ""}`.toLowerCase(),
          choice: { en: { name: name(x.title), value: x.id }, zh: { name: name(x.titleZh), value: x.id } },
        };
      });
  });
}

/** Autocomplete: every query word in a title (either language) or the id; the fuzzy match first. */
function chartChoices(kb: KnowledgeBase, query: string, lang: Lang): Choice[] {
  const topics = topicsOf(kb);
  const q = query.trim().toLowerCase().slice(0, CHART_TOPIC_MAX);
  const list = (xs: Topic[]) => xs.slice(0, AUTOCOMPLETE_CHOICES_MAX).map((x) => x.choice[lang]);
  if (!q) return list(topics);
  const words = q.split(/\s+/);
  const matches = topics.filter((x) => words.every((w) => x.searchText.includes(w)));
  const best = findChart(q, kb);
  return list(
    best ? [...topics.filter((x) => x.id === best.id), ...matches.filter((x) => x.id !== best.id)] : matches,
  );
}

/** An untrusted topic (a choice value, or text typed without picking) back to a group. */
const resolveChart = (kb: KnowledgeBase, topic: string): Group | undefined =>
  findChart(topic.trim().slice(0, CHART_TOPIC_MAX), kb);

const fileNameOf = (groupId: string) => `${groupId.replace(/[^a-z0-9-]/gi, "-").slice(0, 90) || "chart"}.png`;

/** The spec now (it may throw on a broken group: an ephemeral apology), the render in the deferred work. */
function chartReply(group: Group, kb: KnowledgeBase, lang: Lang): HandlerResult {
  const spec = buildChartSpec(group, kb);
  return deferred(async (): Promise<MessageBody> => {
    const png = await renderChart(spec, lang);
    const name = fileNameOf(spec.groupId);
    return messageBody({
      embeds: [chartEmbed(spec, lang, name)],
      files: [
        {
          name,
          data: png,
          contentType: "image/png",
          description: clip(spec.title[lang], ATTACHMENT_DESCRIPTION_MAX),
        },
      ],
    });
  });
}

function unknownTopic(kb: KnowledgeBase, lang: Lang): HandlerResult {
  const t = localeFor(lang);
  const list = chartTopics(kb)
    .slice(0, SUGGESTIONS_MAX)
    .map((x) => `• ${sanitize(lang === "zh" ? x.titleZh : x.title)}`)
    .join("\n");
  return ephemeralText(clip(t.unknownChart(list), MESSAGE_CONTENT_MAX));
}

export default {
  data: CHART,
  buttonPrefix: CHART_BUTTON_PREFIX,
  autocomplete(input, ctx) {
    const typed = input.focused?.value ?? "";
    return choices(chartChoices(ctx.store.engine.kb, typed, languageOf(input.locale, typed)));
  },
  execute(input, ctx, { topic }) {
    const kb = ctx.store.engine.kb;
    const lang = languageOf(input.locale, topic);
    const group = resolveChart(kb, topic);
    return group ? chartReply(group, kb, lang) : unknownTopic(kb, lang);
  },
  button(input, ctx) {
    const kb = ctx.store.engine.kb;
    const m = CHART_CUSTOM_ID.exec(input.customId ?? "");
    const group = m ? kb.groups.find((g) => g.id === m[1]) : undefined;
    const lang = languageOf(input.locale);
    return group ? chartReply(group, kb, lang) : ephemeralText(localeFor(lang).staleChart);
  },
} satisfies CommandModule<typeof CHART>;
