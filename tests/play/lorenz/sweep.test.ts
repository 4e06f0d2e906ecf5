import { describe, expect, it, vi } from 'vitest';
import { CLASSIC, CLASSIC_SPECTRUM, type SweepParam } from '../../../src/dynamics/lorenz/index.ts';
import {
  FallbackLorenzBackend,
  InProcessLorenzBackend,
  WorkerLorenzBackend,
} from '../../../src/play/lorenz/sweep-client.ts';
import {
  coarseToFine,
  LorenzSweepCore,
  LYAP_TIMES,
  SPECTRUM_TIMES,
} from '../../../src/play/lorenz/sweep-core.ts';
import type { FromLorenzWorker, SweepConfig } from '../../../src/play/lorenz/sweep-protocol.ts';
import { SweepResults } from '../../../src/play/lorenz/sweep-results.ts';

const config = (over: Partial<SweepConfig> = {}): SweepConfig => ({
  param: 'r' as SweepParam,
  from: 20,
  to: 30,
  count: 8,
  ...CLASSIC,
  ...over,
});

/** Run a sweep to the end through the in-process backend; returns the results and all messages. */
function sweep(cfg: SweepConfig): { results: SweepResults; messages: FromLorenzWorker[] } {
  const backend = new InProcessLorenzBackend();
  const results = new SweepResults(7, cfg);
  const messages: FromLorenzWorker[] = [];
  backend.onMessage = (m) => {
    messages.push(m);
    results.apply(m);
  };
  backend.send({ type: 'sweep', id: 7, config: cfg });
  backend.drain(60_000);
  backend.dispose();
  return { results, messages };
}

/** Number of groups of sorted values separated by more than `tol`. */
function clusters(values: ArrayLike<number>, tol: number): number {
  const s = Array.from(values).sort((a, b) => a - b);
  let n = s.length ? 1 : 0;
  for (let i = 1; i < s.length; i++) if (s[i] - s[i - 1] > tol) n++;
  return n;
}

describe('coarseToFine', () => {
  it('visits every index once, every 16th first, then the halves between', () => {
    const groups = coarseToFine(40);
    const all = groups.flatMap((g) => g.indices);
    expect(all.slice().sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(groups[0].indices).toEqual([0, 16, 32]);
    expect(groups[1].offset).toBe(8);
    expect(groups[2].offset).toBe(4);
    expect(coarseToFine(3).flatMap((g) => g.indices)).toEqual([0, 2, 1]);
  });
});

describe('LorenzSweepCore: the sweep', () => {
  it('fills the diagram first, then λ pass by pass (short T first), and says when it is done', () => {
    const { results, messages } = sweep(config());
    const kinds = messages.map((m) => (m.type === 'lyapunov' ? `l${m.pass}` : m.type));
    const firstL = kinds.indexOf('l0');
    expect(kinds.lastIndexOf('diagram')).toBeLessThan(firstL);
    expect(kinds.lastIndexOf('l0')).toBeLessThan(kinds.indexOf('l1'));
    expect(kinds.lastIndexOf('l1')).toBeLessThan(kinds.indexOf('l2'));
    expect(kinds.at(-1)).toBe('sweep-done');
    expect(results.finished).toBe(true);
    expect(results.progress).toBe(1);
    expect(results.maxima.every((m) => m !== null)).toBe(true);
    expect(Array.from(results.lyapTime)).toEqual(new Array(8).fill(LYAP_TIMES[LYAP_TIMES.length - 1]));
    // Every value's exponents sum to −(σ + 1 + b), as the spectrum's must.
    for (let i = 0; i < 8; i++) {
      const sum = results.lyap[3 * i] + results.lyap[3 * i + 1] + results.lyap[3 * i + 2];
      expect(sum).toBeCloseTo(-(10 + 1 + 8 / 3), 3);
    }
  });

  it('classifies like the diagram reads: fixed point, chaos, periodic', () => {
    // One value per sweep: r = 13 (spirals into C±), 28 (strange attractor), 100.5 and 350 (orbits).
    const at = (r: number) => sweep(config({ from: r, to: r + 1, count: 2 })).results;
    const fixed = at(13);
    expect(fixed.behaviour[0]).toBe('fixed-point');
    expect(fixed.maxima[0]?.length).toBe(0); // the oscillation died out in the transient …
    expect(fixed.endZ[0]).toBeCloseTo(12, 3); // … on C±, at z = r − 1
    const chaos = at(28);
    expect(chaos.behaviour[0]).toBe('chaos');
    expect(clusters(chaos.maxima[0] as Float32Array, 0.05)).toBeGreaterThan(30);
    for (const r of [100.5, 350]) {
      const orbit = at(r);
      expect(orbit.behaviour[0]).toBe('periodic');
      expect(clusters(orbit.maxima[0] as Float32Array, 0.1)).toBeLessThanOrEqual(4);
    }
  });

  it('keeps λ on the attractor the diagram found where two coexist (24.06 < r < 24.74)', () => {
    // From the same start, the orbit settles on C± for some r and on the strange attractor for
    // others; each value's λ run starts where its diagram column ended, so the two always agree.
    const { results } = sweep(config({ from: 24.1, to: 24.2, count: 5 }));
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const m = Array.from(results.maxima[i] as Float32Array);
      const r = results.values[i];
      const spiralling = m.slice(-5).every((z) => Math.abs(z - (r - 1)) < 2); // maxima closing on C±
      const spread = Math.max(...m) - Math.min(...m);
      const b = results.behaviour[i] as string;
      seen.add(b);
      if (b === 'fixed-point') expect(spiralling).toBe(true);
      else expect(b === 'chaos' && spread > 5).toBe(true);
    }
    expect(seen).toEqual(new Set(['fixed-point', 'chaos']));
  });

  it('reports blown-up values and goes on with the others', () => {
    // r = 1e5: the diagram's own integration blows up; σ=100, r=1000, b=20: only λ's (dt 0.01) does.
    const { results, messages } = sweep(config({ from: 28, to: 1e5, count: 2 }));
    expect(results.blownUp[1]).toBe(1);
    expect(results.message).toMatch(/blew up .* r=100000/);
    expect(results.behaviour[1]).toBe('uncertain');
    expect(results.lyap[3]).toBeNaN();
    expect(results.behaviour[0]).toBe('chaos');
    expect(messages.at(-1)?.type).toBe('sweep-done');
    const stiff = sweep(config({ from: 28, to: 1e3, count: 2, sigma: 100, b: 20 })).results;
    expect(stiff.blownUp[1]).toBe(0);
    expect(stiff.behaviour[1]).toBe('uncertain');
    expect(stiff.message).toMatch(/blew up .* σ=100, r=1000, b=20 with dt=0\.01/);
  });

  it('sweeps σ too, with r and b fixed', () => {
    const { results } = sweep(config({ param: 'sigma', from: 5, to: 15, count: 3 }));
    expect(Array.from(results.values)).toEqual([5, 10, 15]);
    expect(results.behaviour[1]).toBe('chaos'); // σ = 10 is the classic point
  });

  it('refuses a bad configuration with a message', () => {
    const core = new LorenzSweepCore();
    expect(() => core.setSweep(1, config({ count: 0 }))).toThrow(/count must be a positive integer/);
    const backend = new InProcessLorenzBackend();
    const seen: FromLorenzWorker[] = [];
    backend.onMessage = (m) => seen.push(m);
    backend.send({ type: 'sweep', id: 1, config: config({ from: Number.NaN }) });
    expect(seen[0]).toMatchObject({ type: 'error', message: expect.stringMatching(/finite/) });
  });
});

describe('LorenzSweepCore: the current spectrum', () => {
  it('refines T step by step and ends at the reference values, summing to −(σ+1+b)', () => {
    const core = new LorenzSweepCore();
    core.setSpectrum(3, CLASSIC);
    const out: FromLorenzWorker[] = [];
    while (core.busy) out.push(...core.runFor(50));
    const spectra = out.filter((m) => m.type === 'spectrum');
    expect(spectra.map((m) => m.time)).toEqual(SPECTRUM_TIMES.map((t) => expect.closeTo(t, 6)));
    const last = spectra.at(-1);
    if (last?.type !== 'spectrum') throw new Error('no spectrum');
    expect(last.done).toBe(true);
    expect(last.behaviour).toBe('chaos');
    for (let i = 0; i < 3; i++) expect(Math.abs(last.spectrum[i] - CLASSIC_SPECTRUM[i])).toBeLessThan(0.01);
    expect(last.spectrum[0] + last.spectrum[1] + last.spectrum[2]).toBeCloseTo(-(10 + 1 + 8 / 3), 3);
  });

  it('starts from the given live state, and reports a blow-up instead of numbers', () => {
    const core = new LorenzSweepCore();
    core.setSpectrum(4, { sigma: 10, r: 13, b: 8 / 3 }, [5, 5, 12]);
    const out: FromLorenzWorker[] = [];
    while (core.busy) out.push(...core.runFor(50));
    expect(out.at(-1)).toMatchObject({ type: 'spectrum', behaviour: 'fixed-point', done: true });
    core.setSpectrum(5, { sigma: 100, r: 1000, b: 20 });
    const bad: FromLorenzWorker[] = [];
    while (core.busy) bad.push(...core.runFor(50));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({
      type: 'spectrum-error',
      id: 5,
      message: expect.stringMatching(/blew up .* σ=100, r=1000, b=20/),
    });
  });

  it('runs before the sweep, and a newer job replaces the older one', () => {
    const core = new LorenzSweepCore();
    core.setSweep(1, config({ count: 4 }));
    core.setSpectrum(1, CLASSIC);
    const first = core.runFor(1);
    expect(first.every((m) => m.type === 'spectrum' || m.type === 'spectrum-error')).toBe(true);
    core.setSweep(2, config({ count: 4 }));
    const out: FromLorenzWorker[] = [];
    while (core.busy) out.push(...core.runFor(50));
    const ids = new Set(
      out.filter((m) => m.type === 'diagram' || m.type === 'lyapunov').map((m) => ('id' in m ? m.id : -1)),
    );
    expect([...ids]).toEqual([2]);
  });
});

describe('SweepResults', () => {
  it('ignores messages of another sweep and maps values to indices', () => {
    const r = new SweepResults(2, config({ from: 0, to: 10, count: 11 }));
    expect(r.apply({ type: 'sweep-done', id: 1 })).toBe(false);
    expect(r.finished).toBe(false);
    expect(r.indexOf(4.4)).toBe(4);
    expect(r.indexOf(-5)).toBe(0);
    expect(r.indexOf(99)).toBe(10);
    expect(r.progress).toBe(0);
  });
});

describe('FallbackLorenzBackend', () => {
  /** Stands in for the browser's Worker: records messages, and can fail like a missing script. */
  class FakeWorker {
    static last: FakeWorker | null = null;
    posted: unknown[] = [];
    terminated = false;
    onmessage: ((e: MessageEvent) => void) | null = null;
    onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
    constructor() {
      FakeWorker.last = this;
    }
    postMessage(m: unknown) {
      this.posted.push(m);
    }
    terminate() {
      this.terminated = true;
    }
  }

  it('computes on the page, with the current jobs sent again, when the worker fails', async () => {
    const g = globalThis as unknown as { Worker?: unknown };
    const saved = g.Worker;
    g.Worker = FakeWorker;
    try {
      const reasons: string[] = [];
      const backend = new FallbackLorenzBackend(
        () => new WorkerLorenzBackend(),
        (r) => reasons.push(r),
      );
      const seen: FromLorenzWorker[] = [];
      backend.onMessage = (m) => seen.push(m);
      backend.send({ type: 'sweep', id: 1, config: config({ count: 2 }) });
      backend.send({ type: 'spectrum', id: 2, params: CLASSIC });
      expect(backend.inWorker).toBe(true);
      const worker = FakeWorker.last as FakeWorker;
      expect(worker.posted).toHaveLength(2);
      worker.onerror?.({ message: 'Failed to fetch the worker script', preventDefault() {} });
      expect(reasons).toEqual(['Failed to fetch the worker script']);
      expect(worker.terminated).toBe(true);
      expect(backend.inWorker).toBe(false);
      // The spectrum goes first, then the sweep: wait for both.
      await vi.waitFor(
        () => {
          expect(seen.some((m) => m.type === 'spectrum' && m.id === 2 && m.done)).toBe(true);
          expect(seen.some((m) => m.type === 'diagram' && m.id === 1)).toBe(true);
        },
        { timeout: 20_000 },
      );
      backend.dispose();
    } finally {
      g.Worker = saved;
    }
  });

  it('starts on the page when workers do not exist', () => {
    const reasons: string[] = [];
    const backend = new FallbackLorenzBackend(
      () => new WorkerLorenzBackend(),
      (r) => reasons.push(r),
    );
    expect(backend.inWorker).toBe(false);
    expect(reasons[0]).toMatch(/Worker/);
    backend.dispose();
  });
});
