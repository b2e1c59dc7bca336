// editDistance keeps only the last three rows of its table, reused between calls: the distance is
// the one the whole table gives (optimal string alignment: an adjacent swap is one edit).
import { expect, it } from "vitest";
import { editDistance } from "../../src/text/words.js";

function wholeTable(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

it("gives the distance of the whole table, for words of any lengths in any order", () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = (n: number) => Array.from({ length: n }, () => "abcde"[Math.floor(next() * 5)]).join("");
  const pairs: [string, string][] = [
    ["", ""],
    ["", "abc"],
    ["abc", ""],
    ["train", "trian"],
    ["relocation", "relocaton"],
    ["a".repeat(40), "b".repeat(70)],
  ];
  for (let k = 0; k < 400; k++) pairs.push([word(Math.floor(next() * 12)), word(Math.floor(next() * 12))]);
  for (const [a, b] of pairs) expect(editDistance(a, b), `${a} / ${b}`).toBe(wholeTable(a, b));
  expect(editDistance("trian", "train")).toBe(1);
});
