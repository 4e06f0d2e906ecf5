/** The Japanese catalog, one file per feature. */
import { cli } from './cli.ts';
import { cliExperiment } from './cli-experiment.ts';
import { common } from './common.ts';
import { compare } from './compare.ts';
import { errors } from './errors.ts';
import { experiments } from './experiments.ts';
import { jump } from './jump.ts';
import { lab } from './lab.ts';
import { lorenz } from './lorenz.ts';
import { maze } from './maze.ts';
import { menu } from './menu.ts';
import { plot } from './plot.ts';
import { rd } from './rd.ts';

export const ja = {
  common,
  menu,
  maze,
  jump,
  lorenz,
  rd,
  cli,
  cliExperiment,
  errors,
  experiments,
  plot,
  compare,
  lab,
};
