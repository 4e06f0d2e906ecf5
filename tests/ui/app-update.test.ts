/**
 * The update offer (src/ui/shared/app-update.ts) with a fake service worker API: a newer build
 * waiting behind the one in control is offered once, Reload asks it to take over and reloads when
 * it does; a first install, or no registration at all, offers nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/i18n/language.ts';
import { noticeStore, wordsOf } from '../../src/state/notices.ts';
import { offerUpdates, type UpdateHost } from '../../src/ui/shared/app-update.ts';

class FakeWorker extends EventTarget {
  messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(m: unknown): void {
    this.messages.push(m);
  }
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
}

function host(registration: FakeRegistration | undefined, controlled: boolean) {
  const container = new EventTarget() as EventTarget & {
    controller: unknown;
    getRegistration: () => Promise<unknown>;
  };
  container.controller = controlled ? new FakeWorker('activated') : null;
  container.getRegistration = async () => registration;
  const reloads: number[] = [];
  const h = { container, reload: () => reloads.push(1) } as unknown as UpdateHost;
  return { h, container, reloads };
}

const notices = () => noticeStore.getState().notices;

beforeEach(() => noticeStore.getState().clear());

describe('update offer', () => {
  it('offers a build that installs behind the one in control, once; Reload hands over and reloads', async () => {
    const registration = new FakeRegistration();
    const { h, container, reloads } = host(registration, true);
    await offerUpdates(h);
    expect(notices()).toEqual([]);

    const next = new FakeWorker('installing');
    registration.installing = next;
    registration.dispatchEvent(new Event('updatefound'));
    expect(notices()).toEqual([]);
    next.become('installed');
    next.become('installed');
    expect(notices()).toHaveLength(1);
    const notice = notices()[0];
    expect(wordsOf(notice?.text ?? '')).toBe(catalogOf('en').menu.offline.updateReady);
    expect(notice?.action && wordsOf(notice.action.label)).toBe('Reload');

    // A change of controller that nobody asked for reloads nothing.
    container.dispatchEvent(new Event('controllerchange'));
    expect(reloads).toEqual([]);
    notice?.action?.run();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reloads).toEqual([1]);
  });

  it('offers a build already waiting when the page opens', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker('installed');
    await offerUpdates(host(registration, true).h);
    expect(notices()).toHaveLength(1);
  });

  it('a first install (no worker in control before) and no registration offer nothing', async () => {
    const registration = new FakeRegistration();
    const first = new FakeWorker('installing');
    registration.installing = first;
    await offerUpdates(host(registration, false).h);
    first.become('installed');
    expect(notices()).toEqual([]);
    await offerUpdates(host(undefined, true).h);
    expect(notices()).toEqual([]);
  });
});
