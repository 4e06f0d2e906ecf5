export type { EpisodeSummary, RunEpisodesOptions, RunnerOptions, RunResult } from './runner.ts';
export { Runner, runEpisodes } from './runner.ts';
