// Preloaded into a child process: SIGUSR2 throws from an event listener, which nothing catches (an
// uncaught exception, as a bug in any callback would raise).
process.on("SIGUSR2", () => {
  throw new Error("test: thrown from a SIGUSR2 listener, caught by nobody");
});
