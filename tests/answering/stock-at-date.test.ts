import { describe, expect, it } from "vitest";
import { stockAtDateAsked } from "../../src/answering/stock-at-date.js";

const poor = {
  written: "5.2 million",
  sentence: "The poor population fell from 6.1 million at the end of 2012 to 5.2 million at the end of 2013.",
};

describe("stockAtDateAsked", () => {
  it("takes the figure the report dates at the end of the year asked as what was left then", () => {
    expect(stockAtDateAsked("how many poor people were left at the end of 2013?", poor)).toBe(true);
    expect(stockAtDateAsked("how many poor people remained by the end of 2013?", poor)).toBe(true);
  });

  it("not for another year, nor a figure dated otherwise", () => {
    expect(stockAtDateAsked("how many poor people were left at the end of 2014?", poor)).toBe(false);
    const drop = { ...poor, written: "0.9 million", sentence: "The poor fell by 0.9 million in 2013." };
    expect(stockAtDateAsked("how many poor people were left at the end of 2013?", drop)).toBe(false);
  });

  it("not when the question negates what was done: that asks the part the figure leaves out", () => {
    expect(stockAtDateAsked("how many villages were not finished, left at the end of 2013?", poor)).toBe(
      false,
    );
    expect(stockAtDateAsked("how many poor people at the end of 2013?", poor)).toBe(false);
  });
});
