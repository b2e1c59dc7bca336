// Reads the project's Dockerfile and .dockerignore and lays out, in a temp folder, the files each
// build stage would hold: there is no Docker engine here, so the layout test runs what the COPY,
// WORKDIR, ENV and RUN lines describe instead of a guess of it. A RUN line this module does not
// know fails loudly, so a change to the Dockerfile cannot pass unnoticed.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { dirname, join, posix } from "node:path";

export type Instruction = { keyword: string; args: string; line: number };
export type Stage = { name: string | undefined; instructions: Instruction[] };

/** Instructions by stage; continuation lines joined, comments and parser directives dropped. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  let pending = "";
  let startLine = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!pending && /^\s*(#|$)/.test(raw)) return;
    if (pending && /^\s*#/.test(raw)) return; // comments inside a continued instruction
    if (!pending) startLine = i + 1;
    const continued = /\\\s*$/.test(raw);
    pending += `${continued ? raw.replace(/\\\s*$/, "") : raw} `;
    if (continued) return;
    const [, keyword = "", args = ""] = /^\s*(\S+)\s*(.*?)\s*$/.exec(pending) ?? [];
    pending = "";
    const instruction = { keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, " "), line: startLine };
    if (instruction.keyword === "FROM")
      stages.push({ name: /\bAS\s+(\S+)$/i.exec(args)?.[1], instructions: [] });
    else if (stages.length === 0) throw new Error(`Dockerfile line ${startLine}: ${keyword} before FROM`);
    else stages.at(-1)!.instructions.push(instruction);
  });
  return stages;
}

export type Copy = { from: string | undefined; sources: string[]; dest: string; line: number };

/** A COPY line: --from, the sources and the destination (shell form or JSON form). */
export function parseCopy(i: Instruction): Copy {
  const flags = new Map<string, string>();
  let rest = i.args;
  for (let m; (m = /^--([a-z-]+)(?:=(\S+))?\s+/.exec(rest)); rest = rest.slice(m[0].length))
    flags.set(m[1]!, m[2] ?? "");
  const parts = rest.startsWith("[") ? (JSON.parse(rest) as string[]) : rest.split(" ");
  if (parts.length < 2) throw new Error(`Dockerfile line ${i.line}: COPY needs a source and a destination`);
  return { from: flags.get("from"), sources: parts.slice(0, -1), dest: parts.at(-1)!, line: i.line };
}

/** `ENV A=b C=d` (the key=value form) as a record. */
export function parseEnv(i: Instruction): Record<string, string> {
  return Object.fromEntries(
    i.args.split(" ").map((kv) => {
      const at = kv.indexOf("=");
      if (at <= 0) throw new Error(`Dockerfile line ${i.line}: only ENV key=value is understood here`);
      return [kv.slice(0, at), kv.slice(at + 1)];
    }),
  );
}

/** The exec form (JSON array) of CMD, or of HEALTHCHECK's CMD after its options. */
export function execForm(i: Instruction): string[] {
  const json = i.keyword === "HEALTHCHECK" ? i.args.slice(i.args.indexOf("CMD ") + 4) : i.args;
  const argv = JSON.parse(json) as unknown;
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === "string"))
    throw new Error(`Dockerfile line ${i.line}: expected the exec form ["cmd", "arg"]`);
  return argv as string[];
}

// .dockerignore as Docker reads it: paths relative to the context, `*` within one path segment,
// `**` across segments, a pattern matching a folder excludes everything in it, `!` re-includes,
// and the last pattern that matches a path decides.
type Rule = { negate: boolean; re: RegExp; pattern: string };

function patternToRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*" && pattern[i + 1] === "*") {
      i++;
      if (pattern[i + 1] === "/") {
        i++;
        re += "(?:.*/)?";
      } else re += ".*";
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}

export function parseDockerignore(text: string): Rule[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const negate = l.startsWith("!");
      const pattern = posix.normalize((negate ? l.slice(1) : l).trim()).replace(/^\/+|\/+$/g, "");
      return { negate, re: patternToRegExp(pattern), pattern: l };
    });
}

export function isIgnored(rules: Rule[], path: string): boolean {
  let ignored = false;
  for (const r of rules) if (r.re.test(path)) ignored = !r.negate;
  return ignored;
}

/** The files a fresh clone has (tracked, plus new files not ignored by git), relative to the root. */
export function cloneFiles(root: string): string[] {
  const out = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`git ls-files failed: ${out.stderr}`);
  return [...new Set(out.stdout.split("\0").filter(Boolean))].filter((f) => existsSync(join(root, f))).sort();
}

/** The build context: a clone's files minus what .dockerignore excludes. */
export function buildContext(root: string): string[] {
  const rules = existsSync(join(root, ".dockerignore"))
    ? parseDockerignore(readFileSync(join(root, ".dockerignore"), "utf8"))
    : [];
  return cloneFiles(root).filter((f) => !isIgnored(rules, f));
}

// node_modules as `npm ci` leaves it, made of links to the installed packages: every top-level
// package of the lock file, or with --omit=dev only the ones a production install keeps, so code
// in the runtime stage that imports a devDependency fails here as it would in the image.
function linkNodeModules(root: string, into: string, omitDev: boolean): void {
  if (!omitDev) {
    symlinkSync(join(root, "node_modules"), join(into, "node_modules"), "dir");
    return;
  }
  const lock = JSON.parse(readFileSync(join(into, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean }>;
  };
  for (const [key, pkg] of Object.entries(lock.packages)) {
    if (!/^node_modules\/(@[^/]+\/)?[^/]+$/.test(key) || pkg.dev) continue;
    const installed = join(root, key);
    if (!existsSync(installed)) continue; // an optional package for another platform
    mkdirSync(dirname(join(into, key)), { recursive: true });
    symlinkSync(installed, join(into, key), "dir");
  }
}

export type StageLayout = {
  root: string;
  workdir: string;
  env: Record<string, string>;
  cmd: string[] | undefined;
  healthcheck: string[] | undefined;
};

/**
 * Lays out every stage of the Dockerfile under `out/<n>/` (each stage's filesystem root) from the
 * build context of `root`. RUN lines it understands: `npm ci [--omit=dev]` (linked node_modules),
 * `npm cache clean`, and `npx tsc ...` (run here; must succeed, as in `docker build`).
 */
export function layOutStages(root: string, out: string): StageLayout[] {
  const stages = parseDockerfile(readFileSync(join(root, "Dockerfile"), "utf8"));
  const context = buildContext(root);
  const layouts: StageLayout[] = [];
  stages.forEach((stage, n) => {
    const layout: StageLayout = {
      root: join(out, String(n)),
      workdir: "/",
      env: {},
      cmd: undefined,
      healthcheck: undefined,
    };
    mkdirSync(layout.root, { recursive: true });
    const inStage = (path: string) => join(layout.root, posix.resolve(layout.workdir, path));
    for (const i of stage.instructions) {
      if (i.keyword === "WORKDIR") {
        layout.workdir = posix.resolve(layout.workdir, i.args);
        mkdirSync(inStage("."), { recursive: true });
      } else if (i.keyword === "ENV") Object.assign(layout.env, parseEnv(i));
      else if (i.keyword === "CMD") layout.cmd = execForm(i);
      else if (i.keyword === "HEALTHCHECK") layout.healthcheck = execForm(i);
      else if (i.keyword === "COPY") copy(parseCopy(i), inStage);
      else if (i.keyword === "RUN") run(i, inStage("."));
      else if (!["USER", "EXPOSE", "LABEL", "ARG"].includes(i.keyword))
        throw new Error(`Dockerfile line ${i.line}: ${i.keyword} is not emulated by the layout test`);
    }
    layouts.push(layout);
  });
  return layouts;

  function copy(c: Copy, inStage: (p: string) => string): void {
    const intoDir = c.dest.endsWith("/") || c.sources.length > 1;
    for (const source of c.sources) {
      // Files (relative to the source) and where each comes from.
      let files: { rel: string; abs: string }[];
      if (c.from !== undefined) {
        const stage = layouts[stages.findIndex((s) => s.name === c.from)];
        if (!stage) throw new Error(`Dockerfile line ${c.line}: no earlier stage named ${c.from}`);
        const abs = join(stage.root, posix.resolve("/", source));
        if (!existsSync(abs))
          throw new Error(`Dockerfile line ${c.line}: ${source} does not exist in stage ${c.from}`);
        files = statSync(abs).isDirectory()
          ? listFiles(abs).map((rel) => ({ rel, abs: join(abs, rel) }))
          : [{ rel: "", abs }];
      } else {
        const clean = posix.normalize(source).replace(/^\.?\/+|\/+$/g, "");
        if (context.includes(clean)) files = [{ rel: "", abs: join(root, clean) }];
        else
          files = context
            .filter((f) => f.startsWith(`${clean}/`))
            .map((f) => ({ rel: f.slice(clean.length + 1), abs: join(root, f) }));
        if (files.length === 0)
          throw new Error(
            `Dockerfile line ${c.line}: ${source} is not in the build context (missing, or excluded by .dockerignore)`,
          );
      }
      for (const f of files) {
        const target =
          f.rel === ""
            ? intoDir
              ? join(inStage(c.dest), posix.basename(source))
              : inStage(c.dest)
            : join(inStage(c.dest), f.rel);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(f.abs, target);
      }
    }
  }

  function run(i: Instruction, cwd: string): void {
    for (const command of i.args.split("&&").map((s) => s.trim())) {
      if (/^npm ci\b/.test(command)) linkNodeModules(root, cwd, /--omit=dev\b/.test(command));
      else if (/^npm cache clean\b/.test(command)) continue;
      else if (/^npx tsc\b/.test(command)) {
        const tsc = spawnSync(
          process.execPath,
          [join(root, "node_modules/typescript/bin/tsc"), ...command.split(" ").slice(2)],
          { cwd, encoding: "utf8" },
        );
        if (tsc.status !== 0)
          throw new Error(
            `Dockerfile line ${i.line}: ${command} failed (status ${tsc.status}):\n${tsc.stdout}${tsc.stderr}`,
          );
      } else
        throw new Error(
          `Dockerfile line ${i.line}: RUN ${command} is not emulated by the layout test; teach tests/production/support/dockerfile.ts`,
        );
    }
  }
}

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) => {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    return d.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}
