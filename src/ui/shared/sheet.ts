/**
 * The bottom sheet on phones: below 800 px wide the game takes the screen and the side column
 * (panel, charts) slides up over it from a handle button. On wider screens the button is hidden by
 * CSS and the column stays beside the game.
 */

const $ = (id: string) => document.getElementById(id) as HTMLElement;

export function sheetOpen(): boolean {
  return $('app').classList.contains('sheet-open');
}

/** Open or close the sheet. The game's box changes size, so Phaser is told (see `refreshGameScale`). */
export function toggleSheet(open = !sheetOpen()): void {
  $('app').classList.toggle('sheet-open', open);
  $('sheet-button').setAttribute('aria-expanded', String(open));
  refreshGameScale();
}

/**
 * Phaser's FIT scaling measures its parent only on a window resize; a sheet or a turned phone
 * changes the parent without one, so the same event is sent.
 */
export function refreshGameScale(): void {
  requestAnimationFrame(() => window.dispatchEvent(new Event('resize')));
}

/** Wire the handle button and the orientation change once. */
export function installSheet(): void {
  $('sheet-button').addEventListener('click', () => toggleSheet());
  screen.orientation?.addEventListener('change', refreshGameScale);
}
