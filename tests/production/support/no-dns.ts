// Preloaded into a child process: a lookup of any *.invalid name fails at once with ENOTFOUND, as
// a resolver answers for that reserved domain, without asking one (the machine may have none).
// Everything above the resolver (fetch, discord.js, the bot) runs as it would.
import dns from "node:dns";

type Callback = (err: NodeJS.ErrnoException | null, ...rest: unknown[]) => void;
const original = dns.lookup;
(dns as { lookup: unknown }).lookup = (hostname: string, options: unknown, callback?: Callback) => {
  const cb = (typeof options === "function" ? options : callback) as Callback;
  if (!hostname.endsWith(".invalid"))
    return (original as (...a: unknown[]) => unknown)(hostname, options, callback);
  const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: "ENOTFOUND",
    errno: -3008,
    syscall: "getaddrinfo",
    hostname,
  });
  process.nextTick(cb, err);
  return undefined;
};
