/**
 * Mouse and keyboard for the reaction–diffusion scene. Dragging on the field queues brush strokes
 * in the session (applied at the start of the next frame); keys call the same actions as the
 * panel's buttons. Keys are ignored while typing in the panel.
 */
import type Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import type { RdSession } from '../../play/rd/session.ts';
import {
  ODE_RATE_MAX,
  ODE_RATE_MIN,
  RD_SIMS,
  type RdSettingsStore,
  type RdSimId,
  STEPS_PER_FRAME_MAX,
} from '../../state/rd-settings.ts';
import type { HelpEntry } from '../../ui/shared/chrome.ts';
import { sceneKey } from '../../ui/shared/keys.ts';
import type { FieldView } from './field-view.ts';

export function rdHelp(kind: 'ode' | 'pde'): HelpEntry[] {
  const h = t().rd.help;
  const common = [h.pause, h.reset, h.preset, h.sims];
  return kind === 'pde' ? [...common, h.paint, h.erase, h.touch, h.renoise, h.steps] : [...common, h.speed];
}

export class RdInput {
  private painting = false;
  private sign: 1 | -1 = 1;
  private last = { x: 0, y: 0 };
  private readonly scene: Phaser.Scene;

  constructor(
    scene: Phaser.Scene,
    private readonly ctl: RdSession,
    private readonly store: RdSettingsStore,
    private field: FieldView | null,
    private readonly chooseSim: (sim: RdSimId) => void,
  ) {
    this.scene = scene;
    scene.input.mouse?.disableContextMenu();
    scene.input.on('pointerdown', this.onDown, this);
    scene.input.on('pointermove', this.onMove, this);
    scene.input.on('pointerup', this.onUp, this);
    scene.input.on('pointerupoutside', this.onUp, this);
    scene.input.on('gameout', this.onOut, this);
    // Keys straight from the DOM, handled once each as they arrive (Phaser's queued keyboard events
    // were seen to replay a key pressed right before another one on a slow frame).
    window.addEventListener('keydown', this.onKey);
  }

  private erase(pointer: Phaser.Input.Pointer): boolean {
    return pointer.rightButtonDown() || (pointer.event as MouseEvent | undefined)?.shiftKey === true;
  }

  private onDown(pointer: Phaser.Input.Pointer): void {
    const cell = this.field?.cellAt(pointer.x, pointer.y);
    if (!cell) return;
    this.painting = true;
    this.sign = this.erase(pointer) ? -1 : 1;
    this.last = cell;
    this.ctl.paint(cell.x, cell.y, cell.x, cell.y, this.sign);
  }

  private onMove(pointer: Phaser.Input.Pointer): void {
    if (!this.field) return;
    const cell = this.field.cellAt(pointer.x, pointer.y);
    const s = this.store.getState();
    this.field.showBrush(cell ? { x: pointer.x, y: pointer.y } : null, s.brushRadius, this.erase(pointer));
    if (!this.painting || !cell || !pointer.isDown) return;
    this.ctl.paint(this.last.x, this.last.y, cell.x, cell.y, this.sign);
    this.last = cell;
  }

  private onUp(): void {
    this.painting = false;
  }

  private onOut(): void {
    this.painting = false;
    this.field?.showBrush(null, 0, false);
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (!sceneKey(e)) return;
    const s = this.store.getState();
    switch (e.key) {
      case ' ':
        this.ctl.togglePause();
        e.preventDefault();
        break;
      case 'r':
      case 'R':
        this.ctl.reset();
        break;
      case 'n':
      case 'N':
        if (this.ctl.sim.kind === 'pde') this.ctl.renoise();
        break;
      case 'p':
      case 'P':
        this.ctl.loadPreset();
        break;
      case '[':
      case ']': {
        const up = e.key === ']';
        if (this.ctl.sim.kind === 'pde') {
          const n = up ? Math.ceil(s.stepsPerFrame * 1.5) : Math.floor(s.stepsPerFrame / 1.5);
          s.update({ stepsPerFrame: Math.min(STEPS_PER_FRAME_MAX, Math.max(1, n)) });
        } else {
          const r = Number((s.odeRate * (up ? 1.5 : 1 / 1.5)).toPrecision(2));
          s.update({ odeRate: Math.min(ODE_RATE_MAX, Math.max(ODE_RATE_MIN, r)) });
        }
        break;
      }
      case '1':
      case '2':
      case '3':
        this.chooseSim(RD_SIMS[Number(e.key) - 1]);
        break;
    }
  };

  /** The field view was rebuilt (another grid size). */
  setField(field: FieldView): void {
    this.field = field;
  }

  destroy(): void {
    const input = this.scene.input;
    input.off('pointerdown', this.onDown, this);
    input.off('pointermove', this.onMove, this);
    input.off('pointerup', this.onUp, this);
    input.off('pointerupoutside', this.onUp, this);
    input.off('gameout', this.onOut, this);
    window.removeEventListener('keydown', this.onKey);
  }
}
