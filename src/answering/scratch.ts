// Per-document working arrays for scoring, allocated once per index and left clean after every
// scoring, so a question at 100,000 entries allocates nothing proportional to the corpus.
export type Scratch = { best: Float64Array; share: Float64Array; local: Uint8Array; exact: Uint8Array; slot: Int32Array };

export function createScratch(size: number): Scratch {
  return { best: new Float64Array(size), share: new Float64Array(size), local: new Uint8Array(size), exact: new Uint8Array(size), slot: new Int32Array(size).fill(-1) };
}
