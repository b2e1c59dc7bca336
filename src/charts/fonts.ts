// The chart renderer draws no text at all, silently, when it finds no font. The project brings its
// own fonts (assets/fonts, with their licences) and registers them under its own family names, so a
// chart looks the same on a bare container as on a desktop; a missing file fails loudly instead.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { GlobalFonts } from "@napi-rs/canvas";
import { PROJECT_ROOT } from "../paths.js";

export const FONT_DIR = join(PROJECT_ROOT, "assets", "fonts");

/** Family names the charts use; registered from the project's files, never taken from the system. */
export const LATIN_FAMILY = "ReportChartSans";
export const CJK_FAMILY = "ReportChartCJK";
/** CSS font-family list: Latin glyphs from DejaVu Sans, Chinese from WenQuanYi Micro Hei. */
export const FONT_STACK = `${LATIN_FAMILY}, ${CJK_FAMILY}`;

export const FONT_FILES = [
  { file: "DejaVuSans.ttf", family: LATIN_FAMILY, licence: "LICENSE-DejaVu.txt" },
  { file: "DejaVuSans-Bold.ttf", family: LATIN_FAMILY, licence: "LICENSE-DejaVu.txt" },
  { file: "wqy-microhei.ttc", family: CJK_FAMILY, licence: "LICENSE-WenQuanYi-MicroHei.txt" },
] as const;

export class FontError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FontError";
  }
}

const registered = new Set<string>();

/**
 * Registers the chart fonts from `dir` (default assets/fonts). Throws FontError naming every missing
 * or unreadable file. Idempotent per file: call it at start-up, and renderChart calls it too.
 */
export function registerChartFonts(dir: string = FONT_DIR): { family: string; path: string }[] {
  const wanted = FONT_FILES.map((f) => ({ family: f.family, path: join(dir, f.file) }));
  const missing = wanted.filter((f) => !existsSync(f.path)).map((f) => f.path);
  if (missing.length > 0) {
    throw new FontError(
      `chart font file(s) missing: ${missing.join(", ")}. Charts would render with no text; ` +
        `restore them from the repository (assets/fonts/) before starting.`,
    );
  }
  for (const f of wanted) {
    if (registered.has(f.path)) continue;
    if (!GlobalFonts.registerFromPath(f.path, f.family)) {
      throw new FontError(
        `chart font file ${f.path} could not be loaded as a font (corrupt or not a TTF/OTF/TTC file?)`,
      );
    }
    registered.add(f.path);
  }
  return wanted;
}

let ready = false;
/** Registers the project's chart fonts once; throws FontError if any is missing. */
export function ensureChartFonts(): void {
  if (ready) return;
  registerChartFonts();
  ready = true;
}
