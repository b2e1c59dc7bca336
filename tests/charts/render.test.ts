// Every group renders a readable PNG: expected size, white background, ink where the title, the
// category labels and the value axis are; Chinese labels draw Chinese text.
import { createCanvas } from "@napi-rs/canvas";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildChartSpec,
  CHART_HEIGHT,
  CHART_REGIONS,
  CHART_WIDTH,
  renderChart,
  type Lang,
} from "../../src/charts/index.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { decode, inkCount, pixel, pngSize, type Pixels } from "./png.js";

const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const renders = new Map<string, { png: Buffer; pixels: Pixels }>();
const key = (id: string, lang: Lang) => `${id}/${lang}`;

beforeAll(async () => {
  for (const g of kb.groups) {
    for (const lang of ["en", "zh"] as const) {
      const png = await renderChart(buildChartSpec(g, kb), lang);
      renders.set(key(g.id, lang), { png, pixels: await decode(png) });
    }
  }
});

const cases = kb.groups.flatMap((g) => (["en", "zh"] as const).map((lang) => [g.id, lang] as const));

describe("renderChart", () => {
  it("the ink check sees nothing on a blank white image and something on drawn text", async () => {
    const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, CHART_WIDTH, CHART_HEIGHT);
    const blank = await decode(await canvas.encode("png"));
    for (const region of Object.values(CHART_REGIONS)) expect(inkCount(blank, region)).toBe(0);
    ctx.fillStyle = "#000000";
    ctx.font = "20px ReportChartSans";
    ctx.fillText("Label", 40, 30);
    expect(inkCount(await decode(await canvas.encode("png")), CHART_REGIONS.title)).toBeGreaterThan(50);
  });

  it.each(cases)("%s (%s): a PNG of the fixed size", (id, lang) => {
    const { png } = renders.get(key(id, lang))!;
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
  });

  it.each(cases)("%s (%s): white background, text in the title, label, axis and source areas", (id, lang) => {
    const { pixels } = renders.get(key(id, lang))!;
    expect(pixels.width).toBe(CHART_WIDTH);
    expect(pixel(pixels, 2, 2)).toEqual([255, 255, 255, 255]);
    expect(pixel(pixels, CHART_WIDTH - 3, CHART_HEIGHT - 3)).toEqual([255, 255, 255, 255]);
    expect(inkCount(pixels, CHART_REGIONS.title), "title").toBeGreaterThan(150);
    expect(inkCount(pixels, CHART_REGIONS.yLabels), "category labels").toBeGreaterThan(150);
    expect(inkCount(pixels, CHART_REGIONS.xLabels), "value axis").toBeGreaterThan(50);
    expect(inkCount(pixels, CHART_REGIONS.footer), "source line").toBeGreaterThan(50);
  });

  it("a Chinese render has dark Chinese text in its title area, unlike the English one", () => {
    const zh = renders.get(key("anti-poverty-funds-by-source", "zh"))!.pixels;
    const en = renders.get(key("anti-poverty-funds-by-source", "en"))!.pixels;
    expect(inkCount(zh, CHART_REGIONS.title, 100)).toBeGreaterThan(300);
    // Different title text, so different ink: the Chinese title was really drawn, not the English one.
    expect(inkCount(zh, CHART_REGIONS.title, 100)).not.toBe(inkCount(en, CHART_REGIONS.title, 100));
  });

  it("draws the funds gap as an orange bar", () => {
    const { pixels } = renders.get(key("anti-poverty-funds-by-source", "en"))!;
    let orange = 0;
    for (let y = CHART_REGIONS.yLabels.y; y < CHART_REGIONS.xLabels.y; y++) {
      for (let x = CHART_REGIONS.xLabels.x; x < CHART_WIDTH; x++) {
        const [r, g, b] = pixel(pixels, x, y);
        if (r === 0xe0 && g === 0x7b && b === 0x00) orange++;
      }
    }
    expect(orange).toBeGreaterThan(500);
    const lottery = renders.get(key("lottery-fund-2010-pilots-investment", "en"))!.pixels;
    let none = 0;
    for (let y = 0; y < CHART_HEIGHT; y++)
      for (let x = 0; x < CHART_WIDTH; x++) {
        const [r, g, b] = pixel(lottery, x, y);
        if (r === 0xe0 && g === 0x7b && b === 0x00) none++;
      }
    expect(none).toBe(0);
  });
});
