// Missing or broken font files fail loudly, naming the file, instead of charts without text.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { afterEach, describe, expect, it } from "vitest";
import { CJK_FAMILY, FONT_STACK, LATIN_FAMILY } from "../../src/charts/fonts.js";
import { FONT_DIR, FONT_FILES, FontError, registerChartFonts } from "../../src/charts/index.js";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "chart-fonts-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("chart fonts", () => {
  it("registers the project's Latin and CJK fonts from assets/fonts", () => {
    const registered = registerChartFonts();
    expect(registered.map((r) => r.path)).toEqual(FONT_FILES.map((f) => join(FONT_DIR, f.file)));
    expect(new Set(registered.map((r) => r.family))).toEqual(new Set([LATIN_FAMILY, CJK_FAMILY]));
  });

  it("takes Chinese glyphs from the bundled CJK font", () => {
    registerChartFonts();
    const ctx = createCanvas(10, 10).getContext("2d");
    ctx.font = `20px ${CJK_FAMILY}`;
    const cjk = ctx.measureText("扶贫资金来源").width;
    ctx.font = `20px ${FONT_STACK}`;
    expect(cjk).toBeGreaterThan(100);
    expect(ctx.measureText("扶贫资金来源").width).toBeCloseTo(cjk, 1);
  });

  it("throws naming every missing file when the folder is empty", () => {
    const dir = tempDir();
    let error: unknown;
    try {
      registerChartFonts(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FontError);
    for (const f of FONT_FILES) expect((error as Error).message).toContain(join(dir, f.file));
  });

  it("throws naming only the missing CJK font when the Latin ones are there", () => {
    const dir = tempDir();
    for (const f of FONT_FILES.filter((x) => x.family === LATIN_FAMILY))
      copyFileSync(join(FONT_DIR, f.file), join(dir, f.file));
    expect(() => registerChartFonts(dir)).toThrow(FontError);
    expect(() => registerChartFonts(dir)).toThrow(/wqy-microhei\.ttc/);
    expect(() => registerChartFonts(dir)).not.toThrow(/DejaVuSans\.ttf/);
  });

  it("throws naming a file that is not a font", () => {
    const dir = tempDir();
    for (const f of FONT_FILES) copyFileSync(join(FONT_DIR, f.file), join(dir, f.file));
    writeFileSync(join(dir, "wqy-microhei.ttc"), "not a font");
    expect(() => registerChartFonts(dir)).toThrow(/wqy-microhei\.ttc could not be loaded/);
  });

  it("ships each font's licence", async () => {
    const { existsSync } = await import("node:fs");
    for (const f of FONT_FILES) expect(existsSync(join(FONT_DIR, f.licence)), f.licence).toBe(true);
  });
});
