// A signed interaction request stays valid for the signature's age window (verify.ts): replayed
// within it, it would run again (a replayed deferred /refresh sent two follow-ups). Discord never
// sends the same interaction twice, so an id seen before is a replay. Each id is remembered until
// its signed timestamp leaves the window (after that the signature check refuses it anyway), and
// at most `max` ids are kept: memory stays bounded whatever arrives. Per process: instances behind
// a load balancer do not share what they have seen.
export class ReplayGuard {
  /** id -> when it may be forgotten (ms); insertion order is close to expiry order (timestamps are "now"). */
  readonly #seen = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time an id is offered (and remembers it); false for a replay. */
  firstTime(id: string, signedAtSeconds: number): boolean {
    const now = this.now();
    this.#forgetExpired(now);
    if (this.#seen.has(id)) return false;
    if (this.#seen.size >= this.max) this.#seen.delete(this.#seen.keys().next().value!);
    // One second of slack: the age check compares whole seconds.
    this.#seen.set(id, signedAtSeconds * 1000 + this.windowMs + 1000);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #forgetExpired(now: number): void {
    for (const [id, until] of this.#seen) {
      if (until > now) break;
      this.#seen.delete(id);
    }
  }
}
