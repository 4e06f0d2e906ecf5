/** `prefers-reduced-motion`: decorative motion (clouds, celebrations, the menu backdrop) stops. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
