/**
 * Test-only instrumentation: counts what a scene could leave behind when the user leaves it —
 * listeners on `window` and `document`, live Web Workers, running intervals and pending timeouts —
 * by wrapping the browser's own functions. Loaded only by the test build's src/test-hooks.ts, which
 * installs it before the game boots, so that everything the page adds goes through the wrappers.
 * The lifecycle browser test reads the counts (`window.__rl.lifecycle`) at the menu, opens and
 * leaves every scene, and expects the same counts back.
 *
 * Only counting happens here; every call is passed on unchanged.
 */

export interface LifecycleCounts {
  windowListeners: number;
  documentListeners: number;
  workers: number;
  intervals: number;
  timeouts: number;
}

/** What is counted now, with where each was made (for the message of a failing test). */
export interface LifecycleDetail {
  counts: LifecycleCounts;
  listeners: string[];
  workers: string[];
  intervals: string[];
  timeouts: string[];
}

type Callback = EventListenerOrEventListenerObject;

const listeners = new Map<EventTarget, Map<string, Map<Callback, Set<boolean>>>>();
const workers = new Map<Worker, { url: string; made: Error }>();
const intervals = new Map<number, { delay: number; made: Error }>();
const timeouts = new Map<number, { delay: number; made: Error }>();

/** Where something was made: an Error, its stack formatted only when a test asks (`describe`). */
const origin = (): Error => new Error();

/** The first frames of a stack outside this file: enough to find a leak. */
function describe(made: Error): string {
  const lines = (made.stack ?? '').split('\n').slice(1);
  return lines
    .filter((l) => !l.includes('lifecycle-counters'))
    .slice(0, 3)
    .map((l) => l.trim())
    .join(' < ');
}

const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

function watched(target: unknown): target is EventTarget {
  return target === window || target === document;
}

function forget(target: EventTarget, type: string, callback: Callback, capture: boolean): void {
  const byType = listeners.get(target)?.get(type);
  const captures = byType?.get(callback);
  if (!captures) return;
  captures.delete(capture);
  if (captures.size === 0) byType?.delete(callback);
}

function installListenerCounting(): void {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type, callback, options) {
    add.call(this, type, callback, options);
    if (!callback || !watched(this)) return;
    const capture = captureOf(options);
    const once = typeof options === 'object' && options.once === true;
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal?.aborted) return;
    let byType = listeners.get(this)?.get(type);
    if (!byType) {
      if (!listeners.has(this)) listeners.set(this, new Map());
      byType = new Map();
      listeners.get(this)?.set(type, byType);
    }
    const captures = byType.get(callback) ?? new Set<boolean>();
    byType.set(callback, captures);
    captures.add(capture);
    // A `once` listener or one with an abort signal removes itself: follow it.
    if (once) add.call(this, type, () => forget(this, type, callback, capture), { once: true, capture });
    signal?.addEventListener('abort', () => forget(this, type, callback, capture), { once: true });
  };
  proto.removeEventListener = function (this: EventTarget, type, callback, options) {
    remove.call(this, type, callback, options);
    if (callback && watched(this)) forget(this, type, callback, captureOf(options));
  };
}

function installWorkerCounting(): void {
  const Original = window.Worker;
  if (!Original) return;
  class CountedWorker extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      workers.set(this, { url: String(url).split('/').pop() ?? '', made: origin() });
    }
    override terminate(): void {
      workers.delete(this);
      super.terminate();
    }
  }
  window.Worker = CountedWorker;
}

function installTimerCounting(): void {
  const setT = window.setTimeout.bind(window);
  const clearT = window.clearTimeout.bind(window);
  const setI = window.setInterval.bind(window);
  const clearI = window.clearInterval.bind(window);
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = setT(
      (...a: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      delay,
      ...args,
    );
    timeouts.set(id, { delay: delay ?? 0, made: origin() });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    clearT(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = setI(handler, delay, ...args);
    intervals.set(id, { delay: delay ?? 0, made: origin() });
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clearI(id);
  }) as typeof window.clearInterval;
}

function countListeners(target: EventTarget): number {
  let n = 0;
  for (const byType of listeners.get(target)?.values() ?? []) {
    for (const captures of byType.values()) n += captures.size;
  }
  return n;
}

export function lifecycleCounts(): LifecycleCounts {
  return {
    windowListeners: countListeners(window),
    documentListeners: countListeners(document),
    workers: workers.size,
    intervals: intervals.size,
    timeouts: timeouts.size,
  };
}

export function lifecycleDetail(): LifecycleDetail {
  const named: string[] = [];
  for (const [target, byType] of listeners) {
    const where = target === window ? 'window' : 'document';
    for (const [type, byCallback] of byType) {
      for (const [callback, captures] of byCallback) {
        const name = typeof callback === 'function' ? callback.name || '(anonymous)' : '(object)';
        for (const capture of captures) named.push(`${where} ${type} ${name}${capture ? ' (capture)' : ''}`);
      }
    }
  }
  return {
    counts: lifecycleCounts(),
    listeners: named.sort(),
    workers: [...workers.values()].map((w) => `${w.url} from ${describe(w.made)}`),
    intervals: [...intervals.values()].map((t) => `${t.delay} ms from ${describe(t.made)}`),
    timeouts: [...timeouts.values()].map((t) => `${t.delay} ms from ${describe(t.made)}`),
  };
}

let installed = false;

/** Start counting (once). Call before the game boots: the test build's src/test-hooks.ts does. */
export function installLifecycleCounters(): void {
  if (installed) return;
  installed = true;
  installListenerCounting();
  installWorkerCounting();
  installTimerCounting();
}
