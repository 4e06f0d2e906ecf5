/**
 * Boots the page: the Phaser game with the menu, the router and the page chrome. The other scenes
 * are separate chunks that the router fetches when one is first opened (src/scenes/registry.ts).
 */
import Phaser from 'phaser';
import { MenuScene } from './scenes/menu/MenuScene.ts';
import { offerUpdates } from './ui/shared/app-update.ts';
import { installChrome } from './ui/shared/chrome.ts';
import { mountNotices } from './ui/shared/notices-view.ts';
import { chooseRenderer } from './ui/shared/renderer-choice.ts';
import { installRouter, navigate } from './ui/shared/router.ts';
import { CSS } from './ui/shared/theme.ts';
import './ui/shared/style.css';

// Test hooks only in the test build (`vite build --mode test`): Vite replaces MODE with a constant,
// so in production this branch and the hook modules are dropped from the bundle.
const testHooks = import.meta.env.MODE === 'test' ? await import('./scenes/test-hooks.ts') : undefined;
testHooks?.prepareTestHooks();

export const game = new Phaser.Game({
  type: chooseRenderer(),
  parent: 'game',
  width: 960,
  height: 640,
  backgroundColor: CSS.background,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
});
// Added without starting: the router starts the scene that the URL names.
game.scene.add(MenuScene.key, MenuScene, false);

installChrome(() => navigate(''));
mountNotices(document.getElementById('notices') as HTMLElement);
testHooks?.exposeGame(game);
installRouter(game);
if ('serviceWorker' in navigator)
  void offerUpdates({ container: navigator.serviceWorker, reload: () => location.reload() });
