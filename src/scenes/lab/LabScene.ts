/**
 * The Lab (#lab): experiments over seeds and hyper-parameters, run on a pool of Web Workers in the
 * page. The game canvas shows nothing here; the view over it (src/ui/lab/view.ts) draws the
 * charts and the table, the side column holds the controls. This scene wires them: the link's
 * experiment (`#lab?preset=sb-6.4&quick=1`, `#lab?spec=…`), the chrome (title, help, Copy link),
 * and the shutdown. The logic is in src/play/lab.
 */
import Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import { describeLabError } from '../../play/lab/describe.ts';
import { paramsToSource } from '../../play/lab/link.ts';
import { notify } from '../../state/notices.ts';
import { LabController } from '../../ui/lab/controller.ts';
import { clearSceneChrome, setSceneChrome } from '../../ui/shared/chrome.ts';
import type { RouteData } from '../../ui/shared/router.ts';
import { sceneMeta } from '../shared/scene-meta.ts';
import { fitStage } from '../shared/stage-size.ts';
import { installSceneHooks } from '../shared/test-hooks.ts';

export class LabScene extends Phaser.Scene {
  static readonly key = 'LabScene';
  static readonly meta = sceneMeta('lab');

  private link = new URLSearchParams();

  constructor() {
    super(LabScene.key);
  }

  init(data: RouteData): void {
    this.link = data?.params ?? new URLSearchParams();
  }

  create(): void {
    fitStage(this, { width: 600, height: 1000 });
    const lab = new LabController(
      document.getElementById('stage') as HTMLElement,
      document.getElementById('panel') as HTMLElement,
    );
    setSceneChrome(() => ({
      title: t().menu.scenes.lab.title,
      help: [t().lab.help.pick, t().lab.help.run],
      share: () => lab.shareAddress(),
    }));
    // A shared link's experiment; a bad one says which field and leaves the Lab as it was.
    try {
      const source = paramsToSource(this.link);
      if (source !== null) lab.setSource(source);
    } catch (e) {
      notify('error', () => t().lab.notices.badLink({ why: describeLabError(e) }));
      lab.setMessage(() => t().lab.notices.badLink({ why: describeLabError(e) }));
    }
    lab.refresh();
    const removeHooks = installSceneHooks('lab', lab);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      removeHooks();
      lab.destroy();
      clearSceneChrome();
    });
  }
}
