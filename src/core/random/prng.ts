/**
 * Seedable pseudo-random numbers for everything in the simulator.
 *
 * Why our own: `Math.random` cannot be seeded, and a workshop link must reproduce
 * the same world. Each random stream (users, items, exposure, labels, batches,
 * weight init) derives its own sub-seed from the scenario seed with `subSeed`, so
 * changing one knob does not reshuffle the rest.
 */

/** Mixes a 32-bit integer (a step of the splitmix32 finaliser). */
function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A sub-seed for one named stream of a scenario seed.
 * @param seed the scenario seed, any integer
 * @param stream a stable stream name such as "users" or "labels"
 */
export function subSeed(seed: number, stream: string): number {
  let h = mix32(seed ^ 0x9e3779b9);
  for (let i = 0; i < stream.length; i++) h = mix32(h ^ Math.imul(stream.charCodeAt(i), 0x27d4eb2d));
  return h;
}

/** A mulberry32 generator: fast, 32-bit state, good enough for simulation. */
export class Rng {
  private state: number;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    this.state = mix32(seed) || 0x6d2b79f5;
  }

  /** A stream of this generator's family, independent of the others. */
  static forStream(seed: number, stream: string): Rng {
    return new Rng(subSeed(seed, stream));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Standard normal (Box–Muller, the second value cached). */
  normal(): number {
    if (this.spareNormal !== null) {
      const s = this.spareNormal;
      this.spareNormal = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** True with probability p. */
  bernoulli(p: number): boolean {
    return this.next() < p;
  }

  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T extends { length: number; [i: number]: number }>(a: T): T {
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
