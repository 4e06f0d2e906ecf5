export { type FusedAdvanceOptions, fusedAdvance, fusedApplies } from './fused/index.ts';
export type { EpisodeSummary, RunEpisodesOptions, RunnerOptions, RunResult } from './runner.ts';
export { Runner, runEpisodes } from './runner.ts';
