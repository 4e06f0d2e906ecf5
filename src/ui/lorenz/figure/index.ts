/** The sweep figure (bifurcation diagram, classification band, λ1 and λ2): drawing and layout. */
export { drawFigure, type FigureOptions, progressText } from './draw.ts';
export { type FigureLayout, figureLayout, niceTicks, type Rect, valueAtX, xOfValue } from './layout.ts';
export { BEHAVIOUR_COLOURS, behaviourLabel, PARAM_SYMBOL } from './style.ts';
