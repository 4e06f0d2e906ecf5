/**
 * The Lorenz scene's Tweakpane panel. Settings are bound to the `lorenzSettings` store (a typed
 * value out of range is clamped with a notice saying why); buttons call the session or the
 * exporters. The pause button and the title follow the run state; `refresh()` keeps the recording
 * button in step (a few times a second); `dispose()` removes the subscriptions and the pane.
 */
import type { BindingParams, ButtonApi, FolderApi, TabPageApi } from '@tweakpane/core';
import type { Pane } from 'tweakpane';
import { shallow } from 'zustand/vanilla/shallow';
import type { SweepParam } from '../../dynamics/lorenz/index.ts';
import { applyPreset, LORENZ_PRESETS, matchPreset } from '../../play/lorenz/presets.ts';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import {
  chooseSweepParam,
  type LorenzSettings,
  type LorenzSettingsStore,
} from '../../state/lorenz-settings.ts';
import { type FieldLimit, limitTypedValues } from '../shared/field-limit.ts';
import { bindSetting, createPane, type PaneLike } from '../shared/panel.ts';
import { LORENZ_LIMITS, PARAM_LIMIT } from './limits.ts';

export interface LorenzPanelActions {
  exportPng(): void;
  recordClip(): void;
  resetView(): void;
  /** Whether a clip is recording, and how far (0–1). */
  clip(): { recording: boolean; progress: number };
}

export interface LorenzPanel {
  readonly pane: Pane;
  refresh(): void;
  dispose(): void;
}

const CUSTOM = 'custom';

/**
 * RK4 steps offered for the live trajectories: fine to coarse, and past RK4's stability limit
 * (≈ 0.13 at the classic parameters: 0.15 and up blow up within a couple of time units, on purpose).
 */
export const DT_CHOICES = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5];

/**
 * Bind σ, r or b to a slider + text field. Values are rounded to `decimals` here rather than by a
 * Tweakpane `step`, whose quantization adds round-off (100.5 would arrive as 100.50000000000001);
 * an untouched 8/3 stays exactly 8/3 and only displays rounded.
 */
function bindParam(
  pane: PaneLike,
  store: LorenzSettingsStore,
  key: SweepParam,
  label: string,
  decimals: number,
): () => void {
  const proxy = { [key]: store.getState()[key] } as Record<SweepParam, number>;
  const { min, max } = PARAM_LIMIT[key];
  const binding = pane.addBinding(proxy, key, {
    label,
    min,
    max,
    format: (v: number) => v.toFixed(decimals),
  });
  limitTypedValues(binding, { name: label, ...PARAM_LIMIT[key] });
  binding.on('change', (ev) => {
    const value = Number(ev.value.toFixed(decimals));
    if (Math.abs(value - store.getState()[key]) < 0.5 * 10 ** -decimals) return; // only redisplayed
    if (store.getState().update({ [key]: value } as Partial<LorenzSettings>)) {
      proxy[key] = store.getState()[key];
      binding.refresh();
    }
  });
  return store.subscribe((s) => {
    if (!Object.is(s[key], proxy[key])) {
      proxy[key] = s[key];
      binding.refresh();
    }
  });
}

export function mountLorenzPanel(
  session: LorenzSession,
  store: LorenzSettingsStore,
  actions: LorenzPanelActions,
): LorenzPanel {
  const pane: Pane = createPane('Lorenz attractor');
  const unsubs: (() => void)[] = [];
  const bind = <K extends keyof LorenzSettings & string>(
    p: PaneLike,
    key: K,
    params: BindingParams & { label: string },
    limit?: FieldLimit,
  ) => unsubs.push(bindSetting(p, store, key, params, limit));
  /** A slider over a limited setting's range; a typed value outside is clamped with a notice. */
  const slider = (p: PaneLike, key: keyof typeof LORENZ_LIMITS, label: string, step: number) => {
    const limit = LORENZ_LIMITS[key];
    bind(p, key, { label, min: limit.min, max: limit.max, step }, { name: label, ...limit });
  };
  // A clicked button keeps focus; blur it so Space and the scene keys reach the scene afterwards.
  const button = (p: PaneLike, title: string, onClick: () => void): ButtonApi => {
    const b = p.addButton({ title });
    b.on('click', () => {
      onClick();
      (document.activeElement as HTMLElement | null)?.blur();
    });
    return b;
  };

  const pauseButton = button(pane, 'Pause (Space)', () => session.togglePause());
  button(pane, 'Restart trajectories (R)', () => session.restartTrajectories());
  button(pane, 'Reset view (0)', () => actions.resetView());

  const tabs = pane.addTab({
    pages: [{ title: 'σ r b' }, { title: 'view' }, { title: 'sweep' }, { title: 'export' }],
  });
  // Tab pages are containers like folders; `PaneLike` names Pane and FolderApi, so view them as such.
  const [params, view, sweep, exp] = tabs.pages.map((p: TabPageApi) => p as unknown as FolderApi);

  // ---- Parameters: presets and live σ, r, b.
  const presetProxy = { preset: matchPreset(store.getState())?.id ?? CUSTOM };
  const presetOptions = Object.fromEntries([
    ...LORENZ_PRESETS.map((p) => [p.label, p.id]),
    ['custom', CUSTOM],
  ]);
  const presetBinding = params.addBinding(presetProxy, 'preset', { label: 'preset', options: presetOptions });
  presetBinding.on('change', (ev) => {
    if (ev.value !== CUSTOM && matchPreset(store.getState())?.id !== ev.value) applyPreset(store, ev.value);
  });
  unsubs.push(
    store.subscribe((s) => {
      const id = matchPreset(s)?.id ?? CUSTOM;
      if (id !== presetProxy.preset) {
        presetProxy.preset = id;
        presetBinding.refresh();
      }
    }),
  );
  unsubs.push(bindParam(params, store, 'sigma', 'σ', 3));
  unsubs.push(bindParam(params, store, 'r', 'r', 3));
  unsubs.push(bindParam(params, store, 'b', 'b', 4));

  // ---- Integration and view.
  bind(view, 'dt', { label: 'dt (RK4)', options: Object.fromEntries(DT_CHOICES.map((v) => [String(v), v])) });
  slider(view, 'speed', 'speed (t/s)', 0.05);
  slider(view, 'trail', 'trail (t units)', 1);
  slider(view, 'trajectories', 'trajectories', 1);
  slider(view, 'spin', 'spin (°/s)', 1);

  // ---- Sweep (computed in the worker).
  const sweepProxy = { parameter: store.getState().sweepParam };
  const sweepBinding = sweep.addBinding(sweepProxy, 'parameter', {
    label: 'sweep',
    options: { r: 'r', σ: 'sigma', b: 'b' },
  });
  sweepBinding.on('change', (ev) => {
    if (ev.value !== store.getState().sweepParam) chooseSweepParam(store, ev.value as SweepParam);
  });
  unsubs.push(
    store.subscribe((s) => {
      if (s.sweepParam !== sweepProxy.parameter) {
        sweepProxy.parameter = s.sweepParam;
        sweepBinding.refresh();
      }
    }),
  );
  // The ends of the sweep: within the swept parameter's own range (read when a value is typed).
  const sweptLimit = (name: string): FieldLimit => ({
    name,
    get min() {
      return PARAM_LIMIT[store.getState().sweepParam].min;
    },
    get max() {
      return PARAM_LIMIT[store.getState().sweepParam].max;
    },
    get whyMin() {
      return PARAM_LIMIT[store.getState().sweepParam].whyMin;
    },
    get whyMax() {
      return PARAM_LIMIT[store.getState().sweepParam].whyMax;
    },
  });
  bind(sweep, 'sweepFrom', { label: 'from' }, sweptLimit('from'));
  bind(sweep, 'sweepTo', { label: 'to' }, sweptLimit('to'));
  slider(sweep, 'sweepCount', 'values', 1);

  // ---- Export.
  button(exp, 'Diagram → PNG', () => actions.exportPng());
  slider(exp, 'clipSeconds', 'clip (s)', 1);
  const recordButton = button(exp, 'Record attractor → WebM', () => actions.recordClip());

  // The pause button and the pane title follow the run state.
  unsubs.push(
    session.state.subscribe(
      (st) => [st.paused, st.blowUp !== null],
      ([paused, blewUp]) => {
        pauseButton.title = paused ? 'Resume (Space)' : 'Pause (Space)';
        pane.title = `Lorenz attractor${blewUp ? ' · blew up' : paused ? ' · paused' : ''}`;
      },
      { equalityFn: shallow, fireImmediately: true },
    ),
  );
  /** The recording's progress (the recorder's, not the run's): a few times a second. */
  const refresh = () => {
    const clip = actions.clip();
    recordButton.disabled = clip.recording;
    const title = clip.recording
      ? `Recording… ${Math.round(clip.progress * 100)} %`
      : 'Record attractor → WebM';
    if (recordButton.title !== title) recordButton.title = title;
  };
  refresh();
  return {
    pane,
    refresh,
    dispose: () => {
      for (const u of unsubs) u();
      pane.dispose();
    },
  };
}
