import type { lab as en } from '../en/maze-lab.ts';
import type { Shape } from '../shape.ts';

/** 迷路の学習ラボの言葉（issue 11）：セル調査、アルゴリズムごとの表示、貪欲収益、変わる迷路。 */
export const lab: Shape<typeof en> = {
  panel: {
    own: 'Q の初期値 · ε の予定',
    nSteps: 'n（ステップ数）',
    lambda: 'λ トレース減衰',
    traces: 'トレース',
    traceKinds: { replacing: '置換', accumulating: '累積' },
    planningSteps: '計画ステップ数',
    kappa: 'κ ボーナス（Dyna-Q+）',
    initialQ: 'Q の初期値',
    schedule: 'ε の予定',
    schedules: { constant: '一定', linear: '下限まで線形', exponential: '下限まで指数' },
    epsFloor: 'ε の下限',
    epsEpisodes: '下限までのエピソード数',
    epsDecay: 'エピソードごとの ε 倍率',
    greedyEvery: '貪欲収益の間隔',
    showAlgo: 'アルゴリズムの状態 (L)',
    genericRunner: 'ターボ：汎用ランナー',
    qTable: 'ダブルQの表 (Q)',
    qTables: { sum: 'Q₁ + Q₂', q1: 'Q₁', q2: 'Q₂' },
    limits: {
      nSteps: { name: 'n', why: '1 以上の整数のステップ数' },
      lambda: { name: 'λ', why: '0 から 1 の減衰率' },
      planningSteps: { name: '計画ステップ数', why: '実ステップごとの更新回数（整数）' },
      kappa: { name: 'κ', why: 'ボーナスの重み。0 なら普通の Dyna-Q' },
      initialQ: { name: 'Q の初期値', why: 'パネルの範囲' },
      epsFloor: { name: 'ε の下限', why: '確率だから' },
      epsEpisodes: { name: '下限までのエピソード数', why: '整数のエピソード数' },
      epsDecay: { name: '倍率', why: '0 より大きく 1 以下の係数' },
      greedyEvery: { name: '貪欲収益の間隔', why: '評価の間のエピソード数。0 なら評価しない' },
    },
    newConfig: (p) =>
      `Q の初期値か ε の予定が変わったので、新しい ${p.agent} エージェントが最初から学習する。`,
  },

  inspector: {
    label: 'セル調査',
    title: (p) => `セル ${p.row} 行 ${p.col} 列`,
    tiles: {
      start: 'スタート S',
      goal: 'ゴール G：ここでエピソードが終わるので、このセルの値は学習されない',
      wall: '壁：エージェントがここに立つことはない',
      cliff: '崖：踏むと落下の報酬を受けて S に戻される',
    },
    action: '行動',
    q: 'Q(s, a)',
    trace: 'トレース e(s, a)',
    actions: { up: '↑ 上', right: '→ 右', down: '↓ 下', left: '← 左' },
    greedy: '貪欲',
    table: { sum: 'Q₁ + Q₂', q1: 'Q₁', q2: 'Q₂' },
    visits: (p) => `訪問回数：${p.visits}`,
    noUpdate: 'このセルはまだ更新されていない。',
    last: (p) => `直前の更新（これまで ${p.count} 回）、Q(s, ${p.action}) へ：`,
    target: {
      'q-learning': (p) => `目標 ${p.target} = r + γ·max Q(s′, ·)`,
      sarsa: (p) => `目標 ${p.target} = r + γ·Q(s′, a′)（a′ は実際に次に選んだ行動）`,
      'expected-sarsa': (p) => `目標 ${p.target} = r + γ·Σ π(a′|s′)·Q(s′, a′)（ε貪欲方策での平均）`,
      'double-q': (p) =>
        `目標 ${p.target} = r + γ·Q_B(s′, argmax Q_A(s′, ·))：一方の表が行動を選び、もう一方が評価する`,
      'n-step-sarsa': (p) => `目標 ${p.target} = r₁ + γr₂ + … + γ^(n−1)·r_n + γ^n·Q(s_n, a_n)（n = ${p.n}）`,
      'sarsa-lambda': (p) => `目標 ${p.target} = r + γ·Q(s′, a′)`,
      'q-lambda': (p) => `目標 ${p.target} = r + γ·max Q(s′, ·)`,
      'dyna-q': (p) =>
        `目標 ${p.target} = r + γ·max Q(s′, ·)（実際のステップの更新。その後の計画による更新は画面上部の回数に含まれ、ここには出ない）`,
    },
    td: (p) => `TD誤差 δ = 目標 − Q = ${p.target} − ${p.before} = ${p.delta}`,
    step: (p) => `新しい Q = Q + α·δ = ${p.before} + ${p.alpha} × ${p.delta} = ${p.after}`,
    stepTrace: (p) =>
      `Q ${p.before} → ${p.after}（α = ${p.alpha}。トレースのあるすべてのセルが α·δ·e だけ動く。δ = ${p.delta}）`,
  },

  overlays: {
    tracesTurbo: 'トレース e(s, a) はワーカー内：ターボ以外で表示',
    modelTurbo: 'Dyna のモデルはワーカー内：ターボ以外で表示',
    pendingTurbo: 'nステップの窓はワーカー内：ターボ以外で表示',
    tablesTurbo: 'Q₁・Q₂ 単独の表示はターボ以外で',
    traces: (p) => `トレース e(s, a)（${p.count} 個）`,
    model: (p) => `モデルが知っている組 ${p.known}`,
    planning: (p) => `計画による更新 ${p.count} 回`,
    pending: (p) => `nステップの窓 ${p.count}/${p.n}`,
    table: (p) => `ヒートマップと矢印：${p.table}`,
  },

  charts: {
    greedy: '貪欲方策の収益（ε = 0、学習なし）',
    change: '壁が変わる',
  },

  change: {
    notice: (p) =>
      `${p.step} ステップ目で壁が変わった。エージェントは Q 表をそのまま持ち、自分で気づく必要がある。`,
    banner: '壁が変わった！',
  },
};
