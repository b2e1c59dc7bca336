// PNG inspection for chart tests: header fields, and "ink" (clearly non-background pixels) in a region.
import { createCanvas, loadImage } from "@napi-rs/canvas";

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk (which must come first). */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG: bad signature");
  if (png.subarray(12, 16).toString("latin1") !== "IHDR")
    throw new Error("not a PNG: first chunk is not IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export type Region = { x: number; y: number; w: number; h: number };
export type Pixels = { width: number; height: number; data: Uint8ClampedArray };

export async function decode(png: Buffer): Promise<Pixels> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, img.height);
  return { width: img.width, height: img.height, data };
}

/** Pixels in the region whose brightest channel is below `below` (text and dark shapes; not white, not light grid lines). */
export function inkCount(p: Pixels, r: Region, below = 200): number {
  let n = 0;
  for (let y = r.y; y < Math.min(r.y + r.h, p.height); y++) {
    for (let x = r.x; x < Math.min(r.x + r.w, p.width); x++) {
      const i = (y * p.width + x) * 4;
      if (Math.max(p.data[i]!, p.data[i + 1]!, p.data[i + 2]!) < below) n++;
    }
  }
  return n;
}

/** The colour of one pixel as [r, g, b, a]. */
export function pixel(p: Pixels, x: number, y: number): number[] {
  const i = (y * p.width + x) * 4;
  return [...p.data.subarray(i, i + 4)];
}
