import type { dp as en } from '../en/maze-dp.ts';
import type { Shape } from '../shape.ts';

/** 迷路の動的計画法の言葉：盤面の最適価値（V* と V_k）、パネルの価値反復、基準との距離、読み上げ。 */
export const dp: Shape<typeof en> = {
  panel: {
    folder: '動的計画法',
    show: '盤面に最適価値を表示 (O)',
    sweep: 'スイープ (B)',
    run: '収束するまで実行',
    reset: 'V₀ = 0 に戻す',
    on: (p) => `この迷路の壁と報酬、エージェントの γ = ${p.gamma} で価値反復`,
    notStepped: (p) => `盤面は V*（${p.sweeps} 回のスイープで収束）。スイープで V₀ = 0 からやり直します`,
    none: 'スイープ 0 回：すべて V₀ = 0',
    stepped: (p) => `スイープ ${p.sweeps} 回 · 残差 max|V_k − V_k−1| = ${p.residual}`,
    converged: '✓ 収束：V_k = V*',
    notConverged: '収束しません：価値が際限なく増えます（γ = 1 で各ステップの報酬が正）',
    resetGamma: 'γ が変わったので、スイープは V₀ = 0 からやり直します。',
    resetMaze: '迷路（壁か報酬）が変わったので、スイープは V₀ = 0 からやり直します。',
  },

  hud: {
    optimal: '盤面：最適価値 V* とその貪欲な矢印',
    sweep: (p) => `盤面：価値反復の ${p.name} とその貪欲な矢印`,
    range: (p) => `${p.name}  ${p.min} … ${p.max}`,
    one: (p) => `${p.name} ${p.value}`,
    zero: 'V = 0：ゴールの価値がまだ届いていない',
  },

  readout: {
    title: '動的計画法の基準との距離',
    vsOptimal: 'V* と比較（方策オフ型の学習者は最適価値を学びます）',
    vsOnPolicy: (p) =>
      `自分の ε-貪欲方策の V^π と比較（ε = ${p.epsilon}）：方策オン型の学習者は自分の行動の価値を学びます`,
    error: (p) => `max |V − 基準の V| = ${p.error}、最大は ${p.row} 行 ${p.col} 列（盤面に丸印）`,
    compared: (p) => `訪れた ${p.count} セルで比較`,
    nothingVisited: 'まだ訪れたセルがないので、比較できません',
    greedyOptimal: '✓ 貪欲方策は S から最適',
    greedyNotOptimal: '✗ 貪欲方策はまだ S から最適ではない',
    suboptimal: (p) => `訪れたうち貪欲な行動が最適でないセル ${p.count}`,
    noReference:
      '有限の基準がありません：価値が収束しません（γ = 1 で各ステップの報酬が正、または G に着かない方策）',
  },

  inspector: (p) => `最適価値 V*(s) = ${p.value}`,

  announce: {
    sweep: (p) => `価値反復、スイープ ${p.sweeps} 回：残差 ${p.residual}。`,
    converged: (p) => `価値反復は ${p.sweeps} 回のスイープで収束しました。`,
    reset: '価値反復を戻しました：すべて V₀ = 0 です。',
  },
};
