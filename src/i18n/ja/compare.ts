/** 「N 個のシードで比べる」の言葉（英語版 ../en/compare.ts と同じ形）。 */
import type { compare as en } from '../en/compare.ts';
import type { Shape } from '../shape.ts';

export const compare: Shape<typeof en> = {
  open: 'N 個のシードで比べる…',
  title: 'シードを変えて比べる',
  intro:
    'A: いまの設定。B: そのうち一つだけを変えた設定。それぞれ新しいエージェントで何度も走らせます（別のシード、裏のワーカーで実行。画面の学習には触れません）。色の帯は平均の 95 % 信頼区間です。',
  param: '変える設定',
  valueA: 'A（いま）',
  valueB: 'B',
  runs: '試行数（シード）',
  episodes: '1 試行のエピソード数',
  metric: '測るもの',
  run: '実行',
  cancel: '中止',
  close: '閉じる',
  openLab: '実験ラボで開く',
  openLabHint: 'この比較を実験ラボで開きます。シードを増やして実行、保存、書き出しができます。',
  params: {
    epsilon: 'ε（探索率）',
    alpha: 'α（ステップサイズ）',
    gamma: 'γ（割引率）',
    initialQ: 'Q の初期値',
    nSteps: 'n（ステップ数）',
    lambda: 'λ（トレースの減衰）',
    planningSteps: '計画ステップ数',
    kappa: 'κ（Dyna-Q+ のボーナス）',
    learningRate: 'η（学習率）',
    valueLearningRate: 'α_w（価値の学習率）',
    batchEpisodes: 'M（更新ごとのエピソード数）',
    agentKind: 'アルゴリズム',
    learner: '学習器',
  },
  learners: {
    none: 'REINFORCE・ベースラインなし',
    mean: 'REINFORCE・平均ベースライン b̄',
    learned: 'REINFORCE・学習したベースライン v̂(s)',
    'actor-critic': 'アクター・クリティック',
  },
  metrics: {
    return: 'エピソードごとの収益',
    steps: 'エピソードごとのステップ数',
    success: '成功率',
  },
  legend: (v) => `${v.which}: ${v.name} = ${v.value}（${v.runs} 試行）`,
  xAxis: 'エピソード',
  problems: {
    'value-range': (v) => `B は ${v.min} から ${v.max} までの数にしてください。`,
    'value-integer': 'B は整数にしてください。',
    'value-same': 'B が A と同じでは比べられません。',
    runs: (v) => `試行数は 2 から ${v.max} までの整数です。`,
    episodes: (v) => `エピソード数は 1 から ${v.max} までの整数です。`,
    param: 'このエージェントにはその設定がありません。',
  },
  progress: (v) => `${v.total} 試行のうち ${v.done} 試行が終了・残り約 ${v.eta}`,
  progressStart: (v) => `${v.total} 試行をワーカーで始めています…`,
  finished: (v) => `${v.done} 試行すべてが ${v.seconds} 秒で終わりました。`,
  cancelled: (v) => `中止しました: ${v.total} 試行のうち終わった ${v.done} 試行の結果を下に残しています。`,
  failed: (v) => `比較が止まりました: ${v.why}`,
  seconds: (v) => `${v.n} 秒`,
  minutes: (v) => `${v.n} 分`,
  verdict: {
    basis: (v) =>
      `各試行の ${v.episodes} エピソードにわたる${v.metric}の平均を、シードごとに A と B で対にして比べています（n = ${v.n} 試行）。`,
    higher: (v) =>
      `B の平均${v.metric}のほうが ${v.diff} ± ${v.ci} 高い（95 % 信頼区間、n = ${v.n} 試行）: 本物の差です。`,
    lower: (v) =>
      `B の平均${v.metric}のほうが ${v.diff} ± ${v.ci} 低い（95 % 信頼区間、n = ${v.n} 試行）: 本物の差です。`,
    overlap: (v) =>
      `B − A = ${v.diff} ± ${v.ci}（95 % 信頼区間）: 区間が 0 を含むので、${v.n} 試行でははっきりした差はありません。試行を増やすとわかるかもしれません。`,
    identical: (v) =>
      `${v.n} 試行すべてで A と B はまったく同じ数になりました: ここではこの変更は何も変えません。`,
    tooFew: 'まだ判断できるほどの試行が両方にありません。',
    better: (v) => `この尺度では ${v.which} のほうが良い結果です。`,
  },
};
