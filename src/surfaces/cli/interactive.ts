// The words the interactive prompt understands besides questions. Questions about the report
// never consist of just these words, so they can be commands.
const QUIT = new Set(["quit", "exit", "q", ":q", "退出"]);
const HELP = new Set(["help", "?", "h", "帮助"]);

const word = (line: string) =>
  line
    .trim()
    .toLowerCase()
    .replace(/[.!。！]+$/, "");
export const isQuit = (line: string) => QUIT.has(word(line));
export const isHelp = (line: string) => HELP.has(word(line));

export const interactiveHelp = (
  sections: string[],
) => `Type a question about the report and press Enter, for example:
  How many households were relocated?
  How many people did the Rain Plan train?
  雨露计划转移就业多少人？
Every figure comes with the sentence and section it was taken from; when the report does not say,
the answer says so and names the nearest sections. "quit" (or "exit", Ctrl-D, Ctrl-C) leaves.
Sections: ${sections.join("; ")}`;
