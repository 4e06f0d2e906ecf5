/**
 * The radially averaged power spectrum of the sim 3 field, off the main thread.
 *
 * `radialSpectrum` is a plain DFT (the grid sizes need not be powers of two): ≈ 35–70 ms for a
 * 160×160 field, two to four dropped frames if it ran in the page once a second. `WorkerSpectrum`
 * runs it in a Web Worker; `InProcessSpectrum` runs it on the calling thread (Node tests, and the
 * fallback where workers are unavailable). The session only sees `SpectrumBackend`.
 */
import { radialSpectrum } from '../../dynamics/rd/spectrum.ts';

export interface SpectrumRequest {
  id: number;
  /** The field, row-major; ownership passes to the backend (it may be transferred). */
  field: Float64Array;
  width: number;
  height: number;
  dx: number;
}

export interface SpectrumResult {
  id: number;
  /** Bin centres (radians per length unit) and mean power per bin. */
  k: Float64Array;
  power: Float64Array;
  /** Dominant wavelength (length units); NaN for a uniform field. */
  wavelength: number;
}

export type SpectrumReply = SpectrumResult | { id: number; error: string };

export interface SpectrumBackend {
  compute(request: SpectrumRequest): Promise<SpectrumResult>;
  dispose(): void;
}

/** Compute one request (what the worker runs, and the fallback). */
export function computeSpectrum(req: SpectrumRequest): SpectrumResult {
  const s = radialSpectrum(req.field, req.width, req.height, req.dx);
  return { id: req.id, k: s.k, power: s.power, wavelength: s.wavelength };
}

export class InProcessSpectrum implements SpectrumBackend {
  compute(request: SpectrumRequest): Promise<SpectrumResult> {
    return Promise.resolve().then(() => computeSpectrum(request));
  }

  dispose(): void {}
}

export class WorkerSpectrum implements SpectrumBackend {
  private worker: Worker | null = null;
  private readonly pending = new Map<
    number,
    { resolve: (r: SpectrumResult) => void; reject: (e: Error) => void }
  >();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../workers/rd-spectrum.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<SpectrumReply>) => {
      const reply = event.data;
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply);
    };
    worker.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error(e.message || 'the spectrum worker failed'));
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  compute(request: SpectrumRequest): Promise<SpectrumResult> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.ensureWorker().postMessage(request, [request.field.buffer]);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }
}

/** A worker where the page has them, else the in-process fallback. */
export function createSpectrumBackend(): SpectrumBackend {
  return typeof Worker === 'undefined' ? new InProcessSpectrum() : new WorkerSpectrum();
}
