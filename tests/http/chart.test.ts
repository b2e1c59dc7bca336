// /chart and the "Chart" button in MODE=http: the JSON response is the deferral (type 5), the chart
// goes as a multipart file with the PATCH of @original through the stand-in. Start-up checks the
// chart fonts first: an app whose fonts are missing does not start.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as charts from "../../src/charts/index.js";
import { CHART_HEIGHT, CHART_WIDTH, FontError } from "../../src/charts/index.js";
import { loadBotConfig } from "../../src/config/bot.js";
import { createLogger } from "../../src/logger.js";
import { startApp } from "../../src/surfaces/app.js";
import { PNG_SIGNATURE, pngSize } from "../charts/png.js";
import { OptionType, type Json } from "../support/discord/standin.js";
import { newKeys, startHttpHarness, type HttpHarness } from "./support/http-harness.js";

vi.mock(import("../../src/charts/index.js"), async (original) => {
  const actual = await original();
  return { ...actual, ensureChartFonts: vi.fn(actual.ensureChartFonts) };
});

const FUNDS = "anti-poverty-funds-by-source";

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttpHarness();
});
afterAll(async () => {
  await h?.close();
});

async function chartEdit(token: string, mark: number) {
  const edit = await h.standin.waitForRequest(
    {
      method: "PATCH",
      path: `/webhooks/${h.standin.applicationId}/${token}/messages/@original`,
      status: 200,
    },
    { since: mark },
  );
  expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  const file = edit.multipart!.files[0]!;
  expect(file.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(file.size).toBeGreaterThan(10_000);
  expect(pngSize(file.data)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
  expect(edit.body.attachments).toEqual([expect.objectContaining({ id: 0, filename: file.filename })]);
  const embed = edit.body.embeds[0] as Json;
  expect(embed.image.url).toBe(`attachment://${file.filename}`);
  return embed;
}

describe("/chart over HTTP", () => {
  it("started only after checking the chart fonts", () => {
    expect(vi.mocked(charts.ensureChartFonts)).toHaveBeenCalled();
  });

  it("answers type 5 in the HTTP response, then PATCHes the PNG and the embed listing the figures and the gap", async () => {
    const mark = h.standin.mark();
    const { payload, body } = await h.interact({
      kind: "chatInput",
      commandName: "chart",
      options: [{ name: "topic", type: OptionType.String, value: FUNDS }],
    });
    expect(body).toEqual({ type: 5, data: {} });
    const embed = await chartEdit(payload.token, mark);
    expect(embed.title).toBe("Financial anti-poverty funds issued in 2011, by source");
    expect(embed.description).toContain("Provincial matching anti-poverty funds: 181 million Yuan");
    expect(JSON.stringify(embed.fields)).toContain("270 million Yuan");
  });

  it("the Chart button under an /ask answer about the total funds produces the same chart", async () => {
    const answer = (
      await h.interact({
        kind: "chatInput",
        commandName: "ask",
        options: [
          {
            name: "question",
            type: OptionType.String,
            value: "What were the total anti-poverty funds in 2011?",
          },
        ],
      })
    ).body;
    expect(answer.type).toBe(4);
    const customId = answer.data.components[0].components[0].custom_id as string;
    expect(customId).toBe(`chart:${FUNDS}`);
    const mark = h.standin.mark();
    const { payload, body } = await h.interact({ kind: "button", customId });
    expect(body).toEqual({ type: 5, data: {} });
    expect((await chartEdit(payload.token, mark)).title).toBe(
      "Financial anti-poverty funds issued in 2011, by source",
    );
  });
});

describe("start-up", () => {
  it("missing chart fonts stop the app from starting (FontError), before it serves anything", async () => {
    vi.mocked(charts.ensureChartFonts).mockImplementationOnce(() => {
      throw new FontError("chart font file(s) missing: DejaVuSans.ttf");
    });
    const config = loadBotConfig({
      MODE: "http",
      HOST: "127.0.0.1",
      PORT: "0",
      DISCORD_TOKEN: "x".repeat(30),
      DISCORD_APPLICATION_ID: h.standin.applicationId,
      DISCORD_PUBLIC_KEY: newKeys().hex,
      KNOWLEDGE_DIR: h.dir,
    });
    const logger = createLogger("silent");
    await expect(startApp({ config, logger, store: h.store })).rejects.toThrow(FontError);
  });
});
