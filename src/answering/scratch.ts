// Per-document working arrays for scoring, allocated once per index and left clean after every
// scoring, so a question at 100,000 entries allocates nothing proportional to the corpus: only its
// result, sized to the documents it touched.
export type Scratch = {
  best: Float64Array;
  share: Float64Array;
  local: Uint8Array;
  exact: Uint8Array;
  /** Documents hit by the current word. */
  hit: Int32Array;
  /** Sums per document while scoring (reset afterwards). */
  score: Float64Array;
  coverage: Float64Array;
  localSum: Float64Array;
  mask: Uint32Array;
  exactMask: Uint32Array;
  /** Documents touched so far, in order. */
  touched: Int32Array;
};

export function createScratch(size: number): Scratch {
  return {
    best: new Float64Array(size),
    share: new Float64Array(size),
    local: new Uint8Array(size),
    exact: new Uint8Array(size),
    hit: new Int32Array(size),
    score: new Float64Array(size),
    coverage: new Float64Array(size),
    localSum: new Float64Array(size),
    mask: new Uint32Array(size),
    exactMask: new Uint32Array(size),
    touched: new Int32Array(size),
  };
}
