/**
 * The Lorenz scene's Tweakpane panel. Settings are bound to the `lorenzSettings` store (a typed
 * value out of range is clamped with a notice saying why); buttons call the session or the
 * exporters. The pause button and the title follow the run state; `refresh()` keeps the recording
 * button in step (a few times a second); `dispose()` removes the subscriptions and the pane.
 * Every word comes from the lorenz catalog: a language change rebuilds the pane from the same store
 * and session (nothing is reset; the open tab and whether the pane was folded are kept).
 */
import type { BindingParams, ButtonApi, FolderApi, TabPageApi } from '@tweakpane/core';
import type { Pane } from 'tweakpane';
import { shallow } from 'zustand/vanilla/shallow';
import type { SweepParam } from '../../dynamics/lorenz/index.ts';
import { onLanguageChange, t } from '../../i18n/language.ts';
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
import { presetLabel } from './preset-words.ts';

export interface LorenzPanelActions {
  exportPng(): void;
  recordClip(): void;
  resetView(): void;
  /** Whether a clip is recording, and how far (0–1). */
  clip(): { recording: boolean; progress: number };
}

export interface LorenzPanel {
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
  let built = buildPanel(session, store, actions, { expanded: true, tab: 0 });
  const unsubscribeLanguage = onLanguageChange(() => {
    const view = built.view();
    built.dispose();
    built = buildPanel(session, store, actions, view);
  });
  return {
    refresh: () => built.refresh(),
    dispose: () => {
      unsubscribeLanguage();
      built.dispose();
    },
  };
}

/** What a rebuild keeps of the pane's look: folded or not, and the open tab. */
interface PanelView {
  expanded: boolean;
  tab: number;
}

function buildPanel(
  session: LorenzSession,
  store: LorenzSettingsStore,
  actions: LorenzPanelActions,
  look: PanelView,
): LorenzPanel & { view(): PanelView } {
  const w = t().lorenz.panel;
  const pane: Pane = createPane(w.title);
  pane.element.id = 'lorenz-panel';
  pane.expanded = look.expanded;
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

  const pauseButton = button(pane, w.pause, () => session.togglePause());
  button(pane, w.restart, () => session.restartTrajectories());
  button(pane, w.resetView, () => actions.resetView());

  const tabs = pane.addTab({
    pages: [
      { title: w.tabs.params },
      { title: w.tabs.view },
      { title: w.tabs.sweep },
      { title: w.tabs.export },
    ],
  });
  tabs.pages[Math.min(look.tab, tabs.pages.length - 1)].selected = true;
  // Tab pages are containers like folders; `PaneLike` names Pane and FolderApi, so view them as such.
  const [params, view, sweep, exp] = tabs.pages.map((p: TabPageApi) => p as unknown as FolderApi);

  // ---- Parameters: presets and live σ, r, b.
  const presetProxy = { preset: matchPreset(store.getState())?.id ?? CUSTOM };
  const presetOptions = Object.fromEntries([
    ...LORENZ_PRESETS.map((p) => [presetLabel(p.id), p.id]),
    [w.custom, CUSTOM],
  ]);
  const presetBinding = params.addBinding(presetProxy, 'preset', { label: w.preset, options: presetOptions });
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
  bind(view, 'dt', { label: w.dt, options: Object.fromEntries(DT_CHOICES.map((v) => [String(v), v])) });
  slider(view, 'speed', w.speed, 0.05);
  slider(view, 'trail', w.trail, 1);
  slider(view, 'trajectories', w.trajectories, 1);
  slider(view, 'spin', w.spin, 1);

  // ---- Sweep (computed in the worker).
  const sweepProxy = { parameter: store.getState().sweepParam };
  const sweepBinding = sweep.addBinding(sweepProxy, 'parameter', {
    label: w.sweep,
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
  bind(sweep, 'sweepFrom', { label: w.from }, sweptLimit(w.from));
  bind(sweep, 'sweepTo', { label: w.to }, sweptLimit(w.to));
  slider(sweep, 'sweepCount', w.values, 1);

  // ---- Export.
  button(exp, w.exportPng, () => actions.exportPng());
  slider(exp, 'clipSeconds', w.clip, 1);
  const recordButton = button(exp, w.record, () => actions.recordClip());

  // The pause button and the pane title follow the run state.
  unsubs.push(
    session.state.subscribe(
      (st) => [st.paused, st.blowUp !== null],
      ([paused, blewUp]) => {
        pauseButton.title = paused ? w.resume : w.pause;
        pane.title = `${w.title}${blewUp ? w.blewUp : paused ? w.paused : ''}`;
      },
      { equalityFn: shallow, fireImmediately: true },
    ),
  );
  /** The recording's progress (the recorder's, not the run's): a few times a second. */
  const refresh = () => {
    const clip = actions.clip();
    recordButton.disabled = clip.recording;
    const title = clip.recording ? w.recording({ percent: Math.round(clip.progress * 100) }) : w.record;
    if (recordButton.title !== title) recordButton.title = title;
  };
  refresh();
  return {
    refresh,
    view: () => ({
      expanded: pane.expanded,
      tab: Math.max(
        0,
        tabs.pages.findIndex((p) => p.selected),
      ),
    }),
    dispose: () => {
      for (const u of unsubs) u();
      pane.dispose();
    },
  };
}
