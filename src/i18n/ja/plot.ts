/** 実験のグラフ（src/plot）の言葉。CLI とラボの場面が SVG で描きます。 */
import type { plot as en } from '../en/plot.ts';
import type { Shape } from '../shape.ts';

export const plot: Shape<typeof en> = {
  legend: (p) => `${p.label}（実行 ${p.runs} 回）`,
  band: '影: 実行ごとの平均の 95 % 信頼区間',
  bars: '縦棒: 実行ごとの平均の 95 % 信頼区間',
  smoothed: (p) => `表示用に ${p.window} 点の移動平均`,
  partial: (p) => `途中の結果: ${p.total} 回中 ${p.done} 回の実行`,
  summary: (p) =>
    p.first === null
      ? `${p.metric}（全エピソードの平均）`
      : `${p.metric}（最初の ${p.first} エピソードの平均）`,
  percentOf: (p) => `${p.label}（%）`,
};
