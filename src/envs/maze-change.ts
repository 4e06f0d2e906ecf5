/**
 * The `changeAt` option of GridMaze-v0: a maze whose walls change once, after a number of env steps
 * (Sutton & Barto's blocking and shortcut mazes, Examples 8.2 and 8.3). This file reads and checks
 * the option; the env applies it.
 */
import { EnvOptionError } from './env-option-error.ts';
import { type MazeLayout, type MazeSource, parseMazeLayout } from './maze-layout.ts';
import { MAZE_CHANGES } from './maze-presets.ts';

const ENV = 'GridMaze-v0';
const OPTION = 'changeAt';

/** The option as given: after `step` env steps the walls become those of `layout`. */
export interface MazeChangeOption {
  step: number;
  layout: MazeSource;
}

/** A checked change, with its layout parsed. */
export interface ResolvedMazeChange {
  readonly step: number;
  readonly layout: MazeLayout;
  /** What `spec.options.changeAt` keeps: the option with a copy of its rows. */
  readonly option: MazeChangeOption;
}

/**
 * The change for these options, or null for none. `changeAt` undefined means the preset's own
 * change (`MAZE_CHANGES`) if the layout names a preset that has one; `null` means none. Throws an
 * `EnvOptionError` naming `changeAt` (or `changeAt.step`) when the option cannot be used, and the
 * parser's `MazeLayoutError` when `changeAt.layout` is not a valid maze.
 */
export function resolveMazeChange(
  layoutOption: MazeSource,
  changeAt: unknown,
  first: MazeLayout,
): ResolvedMazeChange | null {
  if (changeAt === null) return null;
  if (changeAt === undefined) {
    const preset =
      typeof layoutOption === 'string' && Object.hasOwn(MAZE_CHANGES, layoutOption)
        ? MAZE_CHANGES[layoutOption as keyof typeof MAZE_CHANGES]
        : undefined;
    return preset ? resolveMazeChange(layoutOption, preset, first) : null;
  }
  if (typeof changeAt !== 'object' || Array.isArray(changeAt)) {
    const value = Array.isArray(changeAt) ? 'array' : typeof changeAt;
    throw new EnvOptionError(
      OPTION,
      'env-option-not-object',
      { env: ENV, option: OPTION, value },
      `${ENV}: option ${OPTION} must be an object { step, layout } or null, got ${value}`,
    );
  }
  const { step, layout } = changeAt as { step?: unknown; layout?: unknown };
  const checkedStep = checkStep(step);
  const second = parseMazeLayout(layout as MazeSource);
  checkSame('size', `${first.width}×${first.height}`, `${second.width}×${second.height}`);
  checkSame('start', cellText(first.start, first.width), cellText(second.start, second.width));
  checkSame('goal', cellText(first.goal, first.width), cellText(second.goal, second.width));
  // A copy, so that later edits to the caller's array cannot change what the spec rebuilds.
  const layoutCopy = typeof layout === 'string' ? layout : (layout as readonly string[]).slice();
  return { step: checkedStep, layout: second, option: { step: checkedStep, layout: layoutCopy } };
}

function checkStep(step: unknown): number {
  const option = `${OPTION}.step`;
  if (typeof step !== 'number' || !Number.isFinite(step)) {
    const got = typeof step === 'string' ? JSON.stringify(step) : String(step);
    throw new EnvOptionError(
      option,
      'env-option-not-number',
      { env: ENV, option, value: got },
      `${ENV}: option ${option} must be a finite number, got ${got}`,
    );
  }
  if (!Number.isInteger(step)) {
    throw new EnvOptionError(
      option,
      'env-option-not-integer',
      { env: ENV, option, value: step },
      `${ENV}: option ${option} must be a whole number, got ${step}`,
    );
  }
  if (step < 1) {
    throw new EnvOptionError(
      option,
      'env-option-too-small',
      { env: ENV, option, value: step, min: 1, inclusive: true },
      `${ENV}: option ${option} must be at least 1, got ${step}`,
    );
  }
  if (step > Number.MAX_SAFE_INTEGER) {
    const max = Number.MAX_SAFE_INTEGER;
    throw new EnvOptionError(
      option,
      'env-option-too-large',
      { env: ENV, option, value: step, max },
      `${ENV}: option ${option} must be at most ${max}, got ${step}`,
    );
  }
  return step;
}

/** `(row, col)`, 0-based: numbers only, so that either language can show it. */
function cellText(cell: number, width: number): string {
  return `(${Math.floor(cell / width)}, ${cell % width})`;
}

function checkSame(what: 'size' | 'start' | 'goal', expected: string, got: string): void {
  if (expected === got) return;
  const name = what === 'size' ? 'size' : what === 'start' ? 'start S at' : 'goal G at';
  throw new EnvOptionError(
    OPTION,
    'env-change-mismatch',
    { env: ENV, option: OPTION, what, expected, got },
    `${ENV}: option ${OPTION}: the changed maze must keep the ${name} ${expected}, got ${got}`,
  );
}
