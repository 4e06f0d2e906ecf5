/**
 * The Lorenz scene's Tweakpane panel. Settings are bound to the `lorenzSettings` store (sliders
 * clamp, the store refuses the rest with a notice); buttons call the session or the exporters.
 * `refresh()` keeps button titles in step (a few times a second); `dispose()` removes the store
 * subscriptions and the pane.
 */
import type { BindingParams, ButtonApi, FolderApi, TabPageApi } from '@tweakpane/core';
import type { Pane } from 'tweakpane';
import type { SweepParam } from '../../dynamics/lorenz/index.ts';
import { applyPreset, LORENZ_PRESETS, matchPreset } from '../../play/lorenz/presets.ts';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import {
  CLIP_LIMITS,
  COUNT_LIMITS,
  chooseSweepParam,
  type LorenzSettings,
  type LorenzSettingsStore,
  PARAM_LIMITS,
  SPEED_LIMITS,
  SPIN_LIMITS,
  TRAIL_LIMITS,
  TRAJECTORY_LIMITS,
} from '../../state/lorenz-settings.ts';
import { bindSetting, createPane, type PaneLike } from '../shared/panel.ts';

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
  const [min, max] = PARAM_LIMITS[key];
  const binding = pane.addBinding(proxy, key, {
    label,
    min,
    max,
    format: (v: number) => v.toFixed(decimals),
  });
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
  const bind = <K extends keyof LorenzSettings & string>(p: PaneLike, key: K, params: BindingParams = {}) =>
    unsubs.push(bindSetting(p, store, key, params));
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
  bind(view, 'speed', { label: 'speed (t/s)', min: SPEED_LIMITS[0], max: SPEED_LIMITS[1], step: 0.05 });
  bind(view, 'trail', { label: 'trail (t units)', min: TRAIL_LIMITS[0], max: TRAIL_LIMITS[1], step: 1 });
  bind(view, 'trajectories', {
    label: 'trajectories',
    min: TRAJECTORY_LIMITS[0],
    max: TRAJECTORY_LIMITS[1],
    step: 1,
  });
  bind(view, 'spin', { label: 'spin (°/s)', min: SPIN_LIMITS[0], max: SPIN_LIMITS[1], step: 1 });

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
  bind(sweep, 'sweepFrom', { label: 'from' });
  bind(sweep, 'sweepTo', { label: 'to' });
  bind(sweep, 'sweepCount', { label: 'values', min: COUNT_LIMITS[0], max: COUNT_LIMITS[1], step: 1 });

  // ---- Export.
  button(exp, 'Diagram → PNG', () => actions.exportPng());
  bind(exp, 'clipSeconds', { label: 'clip (s)', min: CLIP_LIMITS[0], max: CLIP_LIMITS[1], step: 1 });
  const recordButton = button(exp, 'Record attractor → WebM', () => actions.recordClip());

  const refresh = () => {
    const paused = session.paused;
    pauseButton.title = paused ? 'Resume (Space)' : 'Pause (Space)';
    const clip = actions.clip();
    recordButton.disabled = clip.recording;
    recordButton.title = clip.recording
      ? `Recording… ${Math.round(clip.progress * 100)} %`
      : 'Record attractor → WebM';
    pane.title = `Lorenz attractor${session.blowUp ? ' · blew up' : paused ? ' · paused' : ''}`;
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
