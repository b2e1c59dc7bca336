// The word-frequency table is read from the 3.6 MB list once and kept packed in the cache folder:
// later starts read the packed copy, and a copy that does not read back whole is never trusted.
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadZipfTable, zipfIn } from "../../src/answering/background.js";

const SECOND = 1_700_000_000;

// A list in the package's shape, with enough rows to pass its shape check.
function writeList(dir: string, extra = ""): string {
  const rows = Array.from({ length: 12_000 }, (_, i) => `{"word": "w${i}", "count": ${12_000 - i}}`);
  const list = join(dir, "index.json");
  writeFileSync(list, `[${[`{"word": "The", "count": 900000${extra}}`, ...rows].join(",\n")}]`);
  // A whole second, which the file system keeps exactly (the copy's name carries it).
  utimesSync(list, SECOND, SECOND);
  return list;
}

describe("the word table's packed copy", () => {
  it("is written on the first read and read, not the list, on the next", () => {
    const dir = mkdtempSync(join(tmpdir(), "zipf-"));
    const cache = join(dir, "cache");
    const list = writeList(dir);
    const first = loadZipfTable(list, cache);
    expect(readdirSync(cache)).toHaveLength(1);
    // The list spoiled with its size and time kept: read again, it would be refused.
    writeFileSync(list, "x".repeat(statSync(list).size));
    utimesSync(list, SECOND, SECOND);
    const second = loadZipfTable(list, cache);
    expect(second).toEqual(first);
    expect(zipfIn(second, "the")).toBe(zipfIn(first, "the"));
    expect(zipfIn(second, "the")).toBeGreaterThan(7);
  });

  it("is read from the list again and rewritten when damaged, and is a new file for a new list", () => {
    const dir = mkdtempSync(join(tmpdir(), "zipf-"));
    const cache = join(dir, "cache");
    const list = writeList(dir);
    const table = loadZipfTable(list, cache);
    const [file] = readdirSync(cache).map((f) => join(cache, f));
    const good = readFileSync(file!);
    const bad = Buffer.from(good);
    bad[bad.length - 3] = bad[bad.length - 3]! ^ 0xff;
    writeFileSync(file!, bad);
    expect(loadZipfTable(list, cache)).toEqual(table);
    expect(readFileSync(file!).equals(good)).toBe(true);
    writeFileSync(file!, good.subarray(0, 100));
    expect(loadZipfTable(list, cache)).toEqual(table);

    writeList(dir, "0");
    const other = loadZipfTable(list, cache);
    expect(readdirSync(cache)).toHaveLength(2);
    expect(zipfIn(other, "the")).toBeGreaterThan(zipfIn(table, "the")!);
  });
});
