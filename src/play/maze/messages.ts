/**
 * What the maze session tells the user, in one place (the session decides when). No words here:
 * each message is a function of the catalog (`NoticeText`), so a notice follows a change of
 * language; numbers go through the locale-aware formatters when it is drawn.
 */
import { formatCount, formatNumber } from '../../core/format.ts';
import { describeError } from '../../i18n/describe-error.ts';
import type { Catalog } from '../../i18n/language.ts';
import type { MazeAgent } from './agent-file.ts';
import type { MazeSpec } from './source.ts';

/** Words for the user, in whichever language is shown when they are drawn. */
export type Words = (t: Catalog) => string;

/** The maze as the user knows it: "preset cliff", "generated 21×15 #7", "edited 7×7". */
export function mazeName(t: Catalog, spec: MazeSpec): string {
  const w = t.maze.mazeName;
  if (spec.preset) return w.preset({ name: t.maze.presets[spec.preset] });
  const g = spec.generated;
  if (g) return w.generated({ size: `${g.width}×${g.height}`, seed: String(g.seed) });
  return w.edited({ size: `${spec.rows[0]?.length ?? 0}×${spec.rows.length}` });
}

/** Why something failed, as a sentence: a coded error in the current language, else its own message. */
export const why =
  (error: unknown): Words =>
  (t) =>
    sentence(t, describeError(error, t));

/** End `text` with the language's full stop (library messages in English come without one). */
export function sentence(t: Catalog, text: string): string {
  return /[.!?。！？]$/.test(text) ? text : `${text}${t.maze.fullStop}`;
}

const agentName = (t: Catalog, kind: MazeAgent['kind']) => t.maze.agents[kind];

export const MESSAGES = {
  /** Why something failed, as it comes (a coded error in the current language, else its message). */
  reason:
    (error: unknown): Words =>
    (t) =>
      describeError(error, t),
  newAgent:
    (kind: MazeAgent['kind'], seed: number): Words =>
    (t) =>
      t.maze.messages.newAgent({ agent: agentName(t, kind), seed: String(seed) }),
  newMaze:
    (spec: MazeSpec, width: number, height: number, kind: MazeAgent['kind']): Words =>
    (t) =>
      t.maze.messages.newMaze({
        maze: mazeName(t, spec),
        size: `${width}×${height}`,
        agent: agentName(t, kind),
      }),
  editedMaze: (): Words => (t) => t.maze.messages.editedMaze,
  wallsChanged:
    (step: number): Words =>
    (t) =>
      t.maze.lab.change.notice({ step: formatCount(step) }),
  newConfig:
    (kind: MazeAgent['kind']): Words =>
    (t) =>
      t.maze.lab.panel.newConfig({ agent: agentName(t, kind) }),
  rewards:
    (r: MazeSpec['rewards']): Words =>
    (t) =>
      t.maze.messages.rewards({
        step: formatNumber(r.stepReward),
        goal: formatNumber(r.goalReward),
        cliff: formatNumber(r.cliffReward),
      }),
  kindSwitch:
    (from: MazeAgent['kind'], to: MazeAgent['kind']): Words =>
    (t) =>
      t.maze.messages.kindSwitch({
        from: agentName(t, from),
        to: agentName(t, to),
        lesson: t.maze.agentLessons[to],
      }),
  badMaze:
    (error: unknown): Words =>
    (t) =>
      t.maze.messages.badMaze({ why: describeError(error, t) }),
  badSavedMaze:
    (error: unknown): Words =>
    (t) =>
      t.maze.messages.badSavedMaze({ why: describeError(error, t) }),
  badSavedAgent:
    (reason: Words): Words =>
    (t) =>
      t.maze.messages.badSavedAgent({ why: reason(t) }),
  editing: (): Words => (t) => t.maze.messages.editing,
  imported:
    (agent: MazeAgent, spec: MazeSpec): Words =>
    (t) => {
      const p = agent.provenance;
      return t.maze.messages.imported({
        agent: agentName(t, agent.kind),
        episodes: formatCount(p.episodesTrained),
        steps: formatCount(p.stepsTrained),
        maze: mazeName(t, spec),
      });
    },
  importRefused:
    (fileName: string | undefined, reason: Words): Words =>
    (t) =>
      t.maze.messages.importRefused({ fileName: fileName ?? t.maze.messages.theFile, why: reason(t) }),
  restored:
    (spec: MazeSpec): Words =>
    (t) =>
      t.maze.messages.restored({ maze: mazeName(t, spec) }),
  turboError:
    (message: string): Words =>
    (t) =>
      t.maze.messages.turboError({ message }),
  noHandBack: (): Words => (t) => t.maze.messages.noHandBack,
  /** `text`, and what Undo brings back: how much the discarded agent had learned. */
  undoable:
    (text: Words, agent: MazeAgent, episodes: number): Words =>
    (t) =>
      t.maze.messages.undoable({
        text: text(t),
        episodes: formatCount(episodes),
        steps: formatCount(agent.provenance.stepsTrained),
      }),
  editRefused:
    (reason: Words): Words =>
    (t) =>
      t.maze.messages.editRefused({ why: reason(t) }),
};
