// A names answer to a Chinese question reads in Chinese: each name as the glossary writes it in
// Chinese (栾川县 for Luanchuan County), a name it lacks as written; `items` stay the report's names.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a list of names asked in Chinese", () => {
  it("names them in Chinese in its text and keeps the report's names in items", () => {
    const a = realEngine().answer("连片开发的第二批试点放在了哪四个县？");
    expect(a.type).toBe("list");
    expect(a.items).toContain("Luanchuan County");
    const first = a.text.split("\n")[0]!;
    expect(first).toContain("栾川县");
    expect(first).not.toMatch(/[A-Za-z]/);
  });
});
