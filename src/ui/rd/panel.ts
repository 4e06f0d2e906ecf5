/**
 * The reaction–diffusion scene's Tweakpane panel. Every model parameter, the numerics and the run
 * speed are bound to the `rdSettings` store (sliders clamp, the store validates, the session
 * applies changes at the start of its next frame and rolls back what the dynamics refuse). Buttons
 * call the session. Controls that do not apply to the running sim are not shown: the ODE sims
 * have no diffusion, grid, noise or brush; sim 3 has steps per frame instead of a sim-time rate.
 *
 * Tests find controls by their label text: keep labels unique.
 */
import type { BindingApi, BindingParams, ButtonApi, FolderApi, TabPageApi } from '@tweakpane/core';
import type { Pane } from 'tweakpane';
import { shallow } from 'zustand/vanilla/shallow';
import { RD_PRESETS } from '../../dynamics/rd/model.ts';
import type { RdSession } from '../../play/rd/session.ts';
import {
  RD_GRID_SIZES,
  RD_SIMS,
  type RdSettings,
  type RdSettingsStore,
  type RdSimId,
} from '../../state/rd-settings.ts';
import { limitTypedValues } from '../shared/field-limit.ts';
import { createPane, type PaneLike } from '../shared/panel.ts';
import { RD_LIMITS } from './limits.ts';

export interface RdPanel {
  dispose(): void;
}

export interface RdPanelActions {
  /** Switch simulation (the scene navigates to `#reaction-diffusion/<n>`). */
  chooseSim(sim: RdSimId): void;
}

/** The note under the cross-diffusion switch (SPEC §4). */
export const CROSS_DIFFUSION_NOTE = [
  'The post writes 5.0 Δu in the v equation.',
  'Default: read as a typo for 5.0 Δv.',
  'Literal (switch on): v follows the curvature',
  'of u and no wavelength is selected: grid-',
  'scale speckle, v ≪ 0, soon a blow-up.',
].join('\n');

/**
 * Bind a store key through a proxy value with conversions (the log-scale rate, dt rounding).
 * A refused value snaps the control back. Returns the unsubscribe.
 */
function bindVia<K extends keyof RdSettings & string, V>(
  pane: PaneLike,
  store: RdSettingsStore,
  key: K,
  params: BindingParams,
  view: { toView: (v: RdSettings[K]) => V; fromView: (v: V) => RdSettings[K] },
): { binding: BindingApi<unknown, V>; unsubscribe: () => void } {
  const proxy = { [key]: view.toView(store.getState()[key]) } as Record<K, V>;
  const binding = pane.addBinding(proxy, key, params) as BindingApi<unknown, V>;
  binding.on('change', (ev) => {
    const value = view.fromView(ev.value);
    if (Object.is(value, store.getState()[key])) return;
    if (store.getState().update({ [key]: value } as Partial<RdSettings>)) {
      proxy[key] = view.toView(store.getState()[key]);
      binding.refresh();
    }
  });
  const unsubscribe = store.subscribe((s) => {
    const v = view.toView(s[key]);
    if (!Object.is(v, proxy[key])) {
      proxy[key] = v;
      binding.refresh();
    }
  });
  return { binding, unsubscribe };
}

const same = <T>(v: T) => v;
/** Whether a setting has a range in RD_LIMITS (own keys only). */
const isLimited = (key: string): key is keyof typeof RD_LIMITS => Object.hasOwn(RD_LIMITS, key);
/** Round to 6 significant digits so that a slider's 50 × 1e-5 is stored as 0.0005, not 0.0005000000000000001. */
const tidy = (v: number) => Number(v.toPrecision(6));

export function mountRdPanel(ctl: RdSession, store: RdSettingsStore, actions: RdPanelActions): RdPanel {
  const ode = ctl.sim.kind === 'ode';
  const pane: Pane = createPane('Reaction–diffusion');
  const unsubs: (() => void)[] = [];
  const bind = <K extends keyof RdSettings & string>(p: PaneLike, key: K, params: BindingParams = {}) => {
    const b = bindVia(p, store, key, params, {
      toView: same as (v: RdSettings[K]) => RdSettings[K],
      fromView: (v: RdSettings[K]) => (typeof v === 'number' ? (tidy(v) as RdSettings[K]) : v),
    });
    // A typed value out of range: clamped to the nearest end, with a notice saying why.
    if (isLimited(key)) limitTypedValues(b.binding, { name: String(params.label ?? key), ...RD_LIMITS[key] });
    unsubs.push(b.unsubscribe);
    return b.binding;
  };
  /** A slider over the control's whole allowed range. */
  const range = (key: keyof typeof RD_LIMITS) => ({ min: RD_LIMITS[key].min, max: RD_LIMITS[key].max });
  // A clicked button keeps focus; blur it so Space and the scene keys go to the scene afterwards.
  const button = (p: PaneLike, title: string, onClick: () => void): ButtonApi => {
    const b = p.addButton({ title });
    b.on('click', () => {
      onClick();
      (document.activeElement as HTMLElement | null)?.blur();
    });
    return b;
  };

  // Simulation choice: not a plain setting, it navigates (the scene restarts on the new sim).
  const simProxy = { sim: store.getState().sim };
  const simBinding = pane.addBinding(simProxy, 'sim', {
    label: 'simulation',
    options: Object.fromEntries(RD_SIMS.map((id) => [RD_PRESETS[id].label, id])),
  });
  simBinding.on('change', (ev) => {
    if (ev.value !== ctl.sim.id) actions.chooseSim(ev.value);
  });
  const pauseButton = button(pane, 'Pause (Space)', () => ctl.togglePause());
  button(pane, 'Reset (R)', () => ctl.reset());
  if (!ode) button(pane, 'Re-noise: new seed (N)', () => ctl.renoise());
  button(pane, 'Load preset (P)', () => ctl.loadPreset());

  const tabs = pane.addTab({ pages: [{ title: 'Run' }, { title: 'Model' }, { title: 'Numerics' }] });
  // Tab pages are containers like folders; `PaneLike` only names Pane and FolderApi.
  const [runTab, modelTab, numTab] = tabs.pages.map((p: TabPageApi) => p as unknown as FolderApi);

  // ---- Run
  if (ode) {
    // Linear, so that a typed value means what it says (a log slider's text box would take log10).
    bind(runTab, 'odeRate', { label: 'sim-time / s', ...range('odeRate'), step: 0.01 });
  } else {
    bind(runTab, 'stepsPerFrame', { label: 'steps / frame', ...range('stepsPerFrame'), step: 1 });
    bind(runTab, 'noise', { label: 'noise (reset)', ...range('noise'), step: 0.001 });
    bind(runTab, 'seed', { label: 'noise seed', ...range('seed'), step: 1 });
    bind(runTab, 'brushRadius', { label: 'brush radius', ...range('brushRadius'), step: 1 });
    bind(runTab, 'brushAmount', { label: 'brush amount', ...range('brushAmount'), step: 0.01 });
    bind(runTab, 'field', { label: 'show field', options: { 'u (activator)': 'u', 'v (inhibitor)': 'v' } });
    bind(runTab, 'colormap', { label: 'colour map', options: { viridis: 'viridis', inferno: 'inferno' } });
  }

  // ---- Model: du/dt = D_u Δu + a·Hill(u)/v − b·u + c, dv/dt = D_v Δv + r·(u − v)
  bind(modelTab, 'a', { label: 'a (Hill/v)', ...range('a'), step: 0.5 });
  bind(modelTab, 'b', { label: 'b (decay)', ...range('b'), step: 1 });
  bind(modelTab, 'c', { label: 'c (basal)', ...range('c'), step: 0.05 });
  bind(modelTab, 'r', { label: 'r (v rate)', ...range('r'), step: 0.5 });
  bind(modelTab, 'K', { label: 'K', ...range('K'), step: 0.01 });
  bind(modelTab, 'n', { label: 'n', ...range('n'), step: 0.1 });
  bind(modelTab, 'hill', { label: 'Hill form', options: { 'uⁿ/(K+uⁿ)': 'K', 'uⁿ/(Kⁿ+uⁿ)': 'Kn' } });
  if (!ode) {
    bind(modelTab, 'Du', { label: 'D_u', ...range('Du'), step: 0.01 });
    bind(modelTab, 'Dv', { label: 'D_v', ...range('Dv'), step: 0.05 });
    bind(modelTab, 'crossDiffusion', { label: 'literal 5.0 Δu' });
    modelTab.addBinding({ note: CROSS_DIFFUSION_NOTE }, 'note', {
      // No label: the text gets the panel's full width.
      label: undefined,
      readonly: true,
      multiline: true,
      rows: 5,
      interval: 0,
    });
  }

  // ---- Numerics
  // A text box without a slider: wide enough for 0.00040. A typed value outside [1e-6, 0.01] is
  // clamped with a notice saying why; the stability policy handles what is unstable.
  bind(numTab, 'dt', { label: 'dt', step: 1e-5, format: (v: number) => v.toFixed(5) });
  if (!ode) {
    bind(numTab, 'onUnstable', {
      label: 'unstable dt',
      options: {
        'subdivide (say so)': 'subdivide',
        'refuse (say why)': 'refuse',
        'run anyway (blows up)': 'unsafe',
      },
    });
    bind(numTab, 'boundary', { label: 'boundary', options: { periodic: 'periodic', 'no-flux': 'no-flux' } });
    bind(numTab, 'gridSize', {
      label: 'grid',
      options: Object.fromEntries(RD_GRID_SIZES.map((n) => [`${n}×${n} (side ${(n / 10).toFixed(1)})`, n])),
    });
  }

  // The pause button and the pane title follow the run state.
  unsubs.push(
    ctl.state.subscribe(
      (st) => [st.paused, st.blowUp !== ''],
      ([paused, stopped]) => {
        pauseButton.title = paused ? 'Resume (Space)' : 'Pause (Space)';
        pauseButton.disabled = stopped;
        const state = stopped ? ' · stopped' : paused ? ' · paused' : '';
        pane.title = `Reaction–diffusion · ${RD_PRESETS[ctl.sim.id].label.split(':')[0]}${state}`;
      },
      { equalityFn: shallow, fireImmediately: true },
    ),
  );
  return {
    dispose: () => {
      for (const u of unsubs) u();
      pane.dispose();
    },
  };
}
