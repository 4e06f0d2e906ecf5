/** The fused tabular kernel: a fast, bit-identical stand-in for `Runner.step` on the grid maze. */
export { type FusedParts, fusedApplies, fusedParts } from './applies.ts';
export { type FusedAdvanceOptions, fusedAdvance } from './fused-advance.ts';
export { KERNEL_KIND, type KernelKind } from './kernel-state.ts';
