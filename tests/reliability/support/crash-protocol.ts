// What crash-child.ts and its driver (crash.ts) say to each other.
export type ChildArgs = {
  dir: string;
  /** "open" only opens the folder (and so recovers a save cut short): a crash during recovery. */
  action: "upload" | "rollback" | "open";
  /** Path of a JSON file: { filename, contentType, data (utf8 text) }. */
  upload?: string;
  /** The step (0-based, counted from opening the store) to crash at; -1 runs to the end. */
  crashAt: number;
  /** At a writeFile step: write the first half of the bytes before crashing (a torn write). */
  tear?: boolean;
};

export const CRASH_LINE = "CRASH ";
export const DONE_LINE = "DONE ";
