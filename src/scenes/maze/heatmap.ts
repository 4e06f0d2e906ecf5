/**
 * The max-Q heat map: one pixel per cell in a small canvas texture, stretched over the board with
 * nearest-neighbour filtering (one image, however large the maze). Colours are viridis over the
 * current range of max_a Q(s, a) of the cells that have learned something; cells that have learned
 * nothing are a neutral grey (`heat-values.ts`); walls, cliffs and G stay uncoloured.
 */
import Phaser from 'phaser';
import { TILE } from '../../envs/maze-layout.ts';
import { chooseHeatScale, type HeatScale, heatPosition } from '../../play/maze/colormap.ts';
import { heatValues, UNLEARNED_COLOR } from '../../play/maze/heat-values.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import { viridis } from '../../play/shared/colormap.ts';
import { DEPTH, type MazeBoard } from './board.ts';

/** Opacity over the floor tiles: the colour reads, the floor texture still shows through a little. */
export const HEAT_ALPHA = 0.82;

let nextId = 0;

export class Heatmap {
  readonly image: Phaser.GameObjects.Image;
  /** The range of the learned cells drawn last (for the legend); equal when one or none learned. */
  range = { min: 0, max: 0 };
  /** Whether the last drawing used the log scale (for the legend). */
  log = false;
  /** How many coloured cells have learned something, and how many nothing (drawn neutral). */
  learned = 0;
  unlearned = 0;
  /** max-Q per cell, NaN where nothing was learned (reused between drawings). */
  private values = new Float64Array(0);
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly pixels: ImageData;
  private readonly board: MazeBoard;

  constructor(scene: Phaser.Scene, board: MazeBoard) {
    this.board = board;
    const { width, height } = board.layout;
    const key = `maze-heat-${nextId++}`;
    this.texture = scene.textures.createCanvas(key, width, height) as Phaser.Textures.CanvasTexture;
    this.pixels = this.texture.getContext().createImageData(width, height);
    this.image = scene.add
      .image(board.x0, board.y0, key)
      .setOrigin(0)
      .setDisplaySize(width * board.tile, height * board.tile)
      .setDepth(DEPTH.heat);
  }

  /** `q`: the table shown (the agent's, or one of Double Q's two). */
  draw(session: MazeSession, scale: HeatScale, q: Float64Array = session.agent.q): void {
    const agent = session.agent;
    this.paint(q, agent.nActions, agent.config.initialQ, scale);
  }

  /**
   * Dynamic-programming values, one per cell (V* or V_k), on the same colour map as the agent's.
   * `blank`: the value that means "not reached yet" (V₀ = 0 while sweeping), drawn neutral; NaN for none.
   */
  drawValues(v: Float64Array, scale: HeatScale, blank = Number.NaN): void {
    this.paint(v, 1, blank, scale);
  }

  private paint(q: Float64Array, nActions: number, initial: number, scale: HeatScale): void {
    const { tiles } = this.board.layout;
    if (this.values.length !== tiles.length) this.values = new Float64Array(tiles.length);
    const values = this.values;
    const { min, max, minAbsNonZero, learned, unlearned } = heatValues(
      q,
      nActions,
      initial,
      (s) => colored(tiles[s]),
      values,
    );
    const { log, c } = chooseHeatScale(scale, { min, max, minAbsNonZero });
    this.log = log;
    this.range = { min, max };
    this.learned = learned;
    this.unlearned = unlearned;
    const data = this.pixels.data;
    const a = Math.round(HEAT_ALPHA * 255);
    for (let s = 0; s < tiles.length; s++) {
      const i = s * 4;
      if (!colored(tiles[s])) {
        data[i + 3] = 0;
        continue;
      }
      const v = values[s];
      // Nothing learned here: the neutral grey. One learned value alone has no range: mid-scale.
      const rgb = Number.isNaN(v)
        ? UNLEARNED_COLOR
        : viridis(max > min ? heatPosition(v, min, max, log, c) : 0.5);
      data[i] = rgb >> 16;
      data[i + 1] = (rgb >> 8) & 255;
      data[i + 2] = rgb & 255;
      data[i + 3] = a;
    }
    this.texture.putData(this.pixels, 0, 0);
    this.texture.refresh();
    // Every canvas upload resets the filter to linear (which would blend neighbouring cells, even
    // across walls): one crisp block per cell.
    this.texture.setFilter(Phaser.Textures.FilterMode.NEAREST);
  }

  setVisible(on: boolean): void {
    this.image.setVisible(on);
  }

  destroy(): void {
    const key = this.texture.key;
    this.image.destroy();
    this.texture.destroy();
    this.image.scene?.textures.remove(key);
  }
}

function colored(tile: number): boolean {
  return tile === TILE.FLOOR || tile === TILE.START;
}
