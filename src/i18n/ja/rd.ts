import type { rd as en } from '../en/rd.ts';
import type { Shape } from '../shape.ts';

export const rd: Shape<typeof en> = {
  hud: {
    title: {
      sim1: 'シミュレーション 1：振動子',
      sim2: 'シミュレーション 2：速い振動子',
      sim3: 'シミュレーション 3：チューリングパターン',
    },
    paused: '一時停止中',
    pdeHint:
      'ドラッグ：u を加える · Shift／右ドラッグ：u を除く\nSpace 一時停止 · R リセット · N ノイズ再生成\nP プリセット · [ ] ステップ数 · 1 2 3 切替 · ? ヘルプ',
    odeHint: 'Space 一時停止 · R リセット · P プリセット\n[ ] 速さ · 1 2 3 切替 · ? ヘルプ',
    stepsPerSecond: 'ステップ/秒',
    fps: 'フレーム/秒',
    grid: '格子',
    substeps: (p) => `${p.n} 分割`,
    limit: '安定限界',
    dominantWavelength: '卓越波長',
    measured: '測定値',
    predicted: '予測値',
    cells: 'セル',
    noPattern: '—（パターンなし）',
    noTuringBand: 'なし（チューリング不安定な帯域なし）',
    period: '周期',
    postsParameters: (p) => `（元記事のパラメータで ${p.value}）`,
    uRange: 'u の範囲',
    steadyLine: '— 線：u* = v*',
    boundary: { periodic: '周期境界', noFlux: '流束なし境界' },
    fieldName: { u: 'u（活性化因子）', v: 'v（抑制因子）' },
  },
};
