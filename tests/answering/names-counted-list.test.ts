// Lists a report writes without "namely": "the units included A, B and C", a counted subject and a
// copula ("The three pilot areas are the Alder area, …"); a count the question states; "who were
// some of …" (a quantifier, no post); a section's naming sentence ranked below its first few.
// Sentences and names are made up for this test.
import { describe, expect, it } from "vitest";
import { namesLead } from "../../src/answering/names-lead.js";
import { listItems, namesAskedIn, statedNameCount } from "../../src/answering/names.js";

describe("listItems: lists led by a verb of inclusion or a counted subject", () => {
  it("reads 'included' as 'including', each item's article dropped", () => {
    expect(
      listItems(
        "The partner bodies included the Alder Office, the Birch Bank, Cedar College and Dune Works.",
      ),
    ).toEqual(["Alder Office", "Birch Bank", "Cedar College", "Dune Works"]);
  });

  it("reads a counted subject's copula as a lead, and an item named by its kind and place", () => {
    expect(
      listItems(
        "The four pilot areas are the Alder area, the area south of the Birch Canal, the Cedar Hill area and the Dune border area.",
      ),
    ).toEqual(["Alder area", "area south of the Birch Canal", "Cedar Hill area", "Dune border area"]);
  });

  it("still ends a list at ', the' when the items carry no article", () => {
    expect(
      listItems("Funds went to projects including Alder Road and Birch Bridge, the rest to schools."),
    ).toEqual(["Alder Road", "Birch Bridge"]);
  });

  it("takes no copula after an uncounted subject as a lead", () => {
    expect(listItems("The pilot areas are the Alder area and the Birch area.")).toEqual([]);
  });
});

describe("statedNameCount: how many names a question says there are", () => {
  it("reads the number before the noun asked", () => {
    expect(statedNameCount("what are the five border pilot towns in the province?")).toBe(5);
    expect(statedNameCount("which 3 counties were chosen?")).toBe(3);
    expect(statedNameCount("name the two programmes")).toBe(2);
  });
  it("is undefined when no count is stated", () => {
    expect(statedNameCount("which counties were chosen?")).toBeUndefined();
    expect(statedNameCount("what were the pilot towns?")).toBeUndefined();
  });
});

describe("namesAskedIn: a quantifier after 'who were' holds no post", () => {
  it("reads 'who were some of the partners' as no role, 'who was the chair of' as one", () => {
    expect(namesAskedIn("who were some of the partner bodies of the teams?").role).toBeUndefined();
    expect(namesAskedIn("who was the chair of the group?").role).toBe("chair");
  });
});

describe("namesLead: a naming sentence further down the best section", () => {
  const at = (section: string, rank: number, sentence: string) => ({ section, report: "r", rank, sentence });
  it("is read when no sentence near the best names the kind asked", () => {
    const first = at(
      "Pilot Towns",
      10,
      "The pilot towns received 5 million yuan of poverty alleviation funds.",
    );
    const other = at("Funds", 9, "Poverty alleviation funds reached 8 million yuan.");
    const naming = at(
      "Pilot Towns",
      3,
      "The three pilot towns, namely Alder Town, Birch Town and Cedar Town, grew fast.",
    );
    expect(namesLead([first, other, naming], "town", 1)).toBe(naming);
  });
});
