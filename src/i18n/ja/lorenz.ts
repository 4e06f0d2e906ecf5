import type { lorenz as en } from '../en/lorenz.ts';
import type { Shape } from '../shape.ts';

export const lorenz: Shape<typeof en> = {
  hud: {
    trajectories: (p) => `${p.n} 本の軌道（初期値の差 1e-6）`,
    hint: (p) => `ドラッグ：回転 · ホイール：拡大縮小 · 図をクリック：${p.symbol} を設定 · ? ヘルプ`,
    computing: 'λ：計算中…',
    spectrumBlewUp: 'スペクトルが発散しました',
    paused: '一時停止中 · Space で再開',
  },
  behaviour: { chaos: 'カオス', periodic: '周期的', fixedPoint: '固定点', uncertain: '判定不能' },
};
