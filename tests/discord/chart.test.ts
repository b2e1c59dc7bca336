// /chart and the "Chart" button end to end: real discord.js Client <-> Discord stand-in, real engine
// and real chart renderer over a temp knowledge copy. The PNG travels as a multipart file part of the
// PATCH that edits the deferred reply; the embed shows it and lists every figure as text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_HEIGHT, CHART_WIDTH } from "../../src/charts/index.js";
import {
  AUTOCOMPLETE_CHOICES_MAX,
  BUTTON_CUSTOM_ID_MAX,
  CHOICE_NAME_MAX,
  CHOICE_VALUE_MAX,
} from "../../src/surfaces/discord/limits.js";
import { PNG_SIGNATURE, pngSize } from "../charts/png.js";
import {
  OptionType,
  type InteractionSpec,
  type Json,
  type RecordedRequest,
} from "../support/discord/standin.js";
import { assertEmbedLimits, callbackOf, startHarness, type Harness } from "./support/harness.js";

const FUNDS = "anti-poverty-funds-by-source";
const FUNDS_TITLE = "Financial anti-poverty funds issued in 2011, by source";
const FUNDS_TITLE_ZH = "2011年财政扶贫资金来源构成";
const SECTION = "Investment of anti-poverty funds";
const REPORT = "Poverty Alleviation and Development in Henan Province (2011)";
const SOURCES = [
  "Anti-poverty funds from the central government: 1.029 billion Yuan",
  "Provincial matching anti-poverty funds: 181 million Yuan",
  "Anti-poverty funds from city and county governments: 400 million Yuan",
  "Social poverty alleviation funds (part of the 2011 anti-poverty funds): 1.418 billion Yuan",
  "Anti-poverty funds raised by the masses: 1.12 billion Yuan",
];
const TOTAL_Q = "What were the total anti-poverty funds in 2011?";
const NOT_A_TOTAL_Q = "How many rural poor residents were lifted out of poverty?";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const chartCommand = (topic: string, extra: Partial<InteractionSpec> = {}) =>
  h.standin.interactionCreate({
    kind: "chatInput",
    commandName: "chart",
    options: [{ name: "topic", type: OptionType.String, value: topic }],
    ...extra,
  } as InteractionSpec);
const complete = (value: string, extra: Partial<InteractionSpec> = {}) =>
  h.standin.interactionCreate({
    kind: "autocomplete",
    commandName: "chart",
    options: [{ name: "topic", type: OptionType.String, value, focused: true }],
    ...extra,
  } as InteractionSpec);
const ask = (question: string) =>
  h.standin.interactionCreate({
    kind: "chatInput",
    commandName: "ask",
    options: [{ name: "question", type: OptionType.String, value: question }],
  });

/** The deferred reply: callback type 5 at once, then the PATCH of @original carrying the chart. */
async function deferredChart(
  p: Json,
): Promise<{ edit: RecordedRequest; embed: Json; text: string; png: Buffer; filename: string }> {
  const cb = await callbackOf(h.standin, p);
  expect(cb.status).toBe(204);
  expect(cb.body.type).toBe(5);
  expect((cb.body.data?.flags ?? 0) & 64).toBe(0); // the chart is for everyone in the channel
  const edit = await h.standin.waitForRequest({
    method: "PATCH",
    path: `/webhooks/${h.standin.applicationId}/${p.token}/messages/@original`,
  });
  expect(edit.status).toBe(200);
  expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  const files = edit.multipart?.files ?? [];
  expect(files).toHaveLength(1);
  const file = files[0]!;
  const embed = edit.body.embeds[0] as Json;
  assertEmbedLimits(edit.body.embeds);
  const text = [
    embed.title,
    embed.description,
    ...(embed.fields ?? []).flatMap((f: Json) => [f.name, f.value]),
    embed.footer?.text,
  ].join("\n");
  return { edit, embed, text, png: file.data, filename: file.filename };
}

describe("/chart autocomplete", () => {
  it("at most 25 choices within Discord's limits, the funds chart among them; typing narrows to it", async () => {
    const all = (await callbackOf(h.standin, complete(""))).body;
    expect(all.type).toBe(8);
    const choices = all.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(AUTOCOMPLETE_CHOICES_MAX);
    expect(choices).toContainEqual({ name: FUNDS_TITLE, value: FUNDS });
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
      expect(c.value.length).toBeLessThanOrEqual(CHOICE_VALUE_MAX);
      expect(h.store.engine.kb.groups.some((g) => g.id === c.value)).toBe(true);
    }
    const typed = (await callbackOf(h.standin, complete("funds by source"))).body.data.choices as {
      name: string;
      value: string;
    }[];
    expect(typed[0]).toEqual({ name: FUNDS_TITLE, value: FUNDS });
    expect(typed.length).toBeLessThan(choices.length);
  });

  it("a zh-CN user sees Chinese titles", async () => {
    const zh = (await callbackOf(h.standin, complete("", { locale: "zh-CN" }))).body.data.choices as {
      name: string;
      value: string;
    }[];
    expect(zh).toContainEqual({ name: FUNDS_TITLE_ZH, value: FUNDS });
  });
});

describe("/chart", () => {
  it("the funds chart: deferred (type 5), then a PNG attached to an embed that shows it and lists every figure, the gap and the source", async () => {
    const p = chartCommand(FUNDS);
    const { edit, embed, text, png, filename } = await deferredChart(p);
    // the file part: a real PNG of the chart's size, not a stub
    expect(filename).toMatch(/\.png$/);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(10_000);
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    // one attachment, described by the chart's title (alt text for screen readers)
    expect(edit.body.attachments).toEqual([expect.objectContaining({ description: FUNDS_TITLE })]);
    expect(String(edit.body.attachments[0].id)).toBe("0");
    // the embed shows that file as its image
    expect(embed.image.url).toBe(`attachment://${filename}`);
    expect(embed.title).toBe(FUNDS_TITLE);
    for (const s of SOURCES) expect(embed.description).toContain(s);
    expect(embed.description).toContain("Stated total: 4.418 billion Yuan");
    expect(text).toContain("270 million Yuan");
    const gap = (embed.fields as Json[]).find(
      (f) => f.name === "The parts do not add up to the stated total",
    );
    expect(gap?.value).toContain("270 million Yuan (6.1%)");
    expect(gap?.value).toContain("4.148 billion Yuan");
    // the quote, with its section, and the footer
    expect(embed.description).toContain(`> Source (${SECTION}): "In 2011, a total of 4.418 billion Yuan`);
    expect(embed.footer.text).toBe(`${SECTION} · ${REPORT}`);
    // the stand-in stored the upload as the message's attachment
    expect((edit.responseBody as Json).attachments[0].filename).toBe(filename);
  });

  it("free text resolves too; a zh-CN user gets Chinese labels", async () => {
    const { embed } = await deferredChart(chartCommand("anti-poverty funds by source", { locale: "zh-CN" }));
    expect(embed.title).toBe(FUNDS_TITLE_ZH);
    expect(embed.description).toContain("中央财政扶贫资金");
    expect(embed.description).toContain("所述总额");
    expect(embed.footer.text).toContain("扶贫资金投入");
    expect((embed.fields as Json[])[0]!.name).toBe("各部分之和与所述总额不符");
  });

  it("a Chinese topic gets Chinese labels whatever the locale", async () => {
    const { embed } = await deferredChart(chartCommand("扶贫资金来源"));
    expect(embed.title).toBe(FUNDS_TITLE_ZH);
  });

  it("a plan-versus-result chart has no gap field but states the share", async () => {
    const { embed, png } = await deferredChart(chartCommand("rain-plan-training-target"));
    expect(embed.title).toBe("Rain Plan training: annual plan against people trained");
    expect(embed.fields ?? []).toEqual([]);
    expect(embed.description).toMatch(/% of the plan/);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it("an unknown topic is refused ephemerally, naming some available charts, with no chart sent", async () => {
    const mark = h.standin.mark();
    const p = chartCommand("price of bananas on mars");
    const body = (await callbackOf(h.standin, p)).body;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.content).toMatch(/No chart matches/);
    expect(body.data.content).toContain(FUNDS_TITLE);
    expect(
      h.standin.findRequests((r) => r.seq >= mark && r.path.includes(`/${p.token}/`) && r.method === "PATCH"),
    ).toHaveLength(0);
  });
});

describe("the Chart button", () => {
  it("an answer about the 2011 total funds carries it; clicking produces the chart", async () => {
    const data = (await callbackOf(h.standin, ask(TOTAL_Q))).body.data;
    expect(data.embeds[0].title).toBe("4.418 billion Yuan");
    const button = data.components?.[0]?.components?.[0] as Json | undefined;
    expect(button).toMatchObject({ type: 2, custom_id: `chart:${FUNDS}`, label: "Chart" });
    expect(button!.custom_id.length).toBeLessThanOrEqual(BUTTON_CUSTOM_ID_MAX);

    const click = h.standin.interactionCreate({ kind: "button", customId: button!.custom_id });
    const { embed, png } = await deferredChart(click);
    expect(embed.title).toBe(FUNDS_TITLE);
    for (const s of SOURCES) expect(embed.description).toContain(s);
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
  });

  it("an answer whose figure is not the total of a breakdown has no Chart button", async () => {
    const data = (await callbackOf(h.standin, ask(NOT_A_TOTAL_Q))).body.data;
    expect(data.embeds[0].title).toBe("1.033 million rural poor residents");
    expect(data.components ?? []).toEqual([]);
  });

  it("a mention asking about the total funds gets the button too", async () => {
    const mark = h.standin.mark();
    const incoming = h.standin.messageCreate({ content: TOTAL_Q, mentionBot: true });
    const post = await h.standin.waitForRequest(
      { method: "POST", path: `/channels/${incoming.channel_id}/messages` },
      { since: mark },
    );
    expect(post.body.components[0].components[0].custom_id).toBe(`chart:${FUNDS}`);
  });

  it("a forged or unknown chart button is refused ephemerally", async () => {
    for (const customId of ["chart:no-such-chart", "chart:", `chart:${FUNDS}:extra`, "chart:../../etc"]) {
      const body = (await callbackOf(h.standin, h.standin.interactionCreate({ kind: "button", customId })))
        .body;
      expect(body.type).toBe(4);
      expect(body.data.flags).toBe(64);
      expect(body.data.content).toMatch(/no longer available/);
    }
  });
});
