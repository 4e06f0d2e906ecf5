import type { jump as en } from '../en/jump.ts';
import type { Shape } from '../shape.ts';

export const jump: Shape<typeof en> = {
  title: {
    scene: (p) => `穴を跳び越える · ${p.agent}`,
    withBaseline: 'ベースラインありの REINFORCE',
    withoutBaseline: 'ベースラインなしの REINFORCE',
    compare: 'ベースラインあり・なしの REINFORCE',
  },
  messages: {
    newAgentsCompare: (p) =>
      `新しいエージェントを2つ作りました（シード ${p.seed}）。ベースライン ${p.baseline} と ${p.other}：θ = 0、乱数生成器、穴はすべて同じで、違うのはベースラインだけです。`,
    newAgent: (p) => `新しい REINFORCE エージェント（シード ${p.seed}）：θ はゼロから始まります。`,
    importRefused: (p) => `${p.fileName} の読み込みを拒否しました：${p.why} 今のエージェントはそのままです。`,
    imported: (p) =>
      `REINFORCE エージェント（ベースライン ${p.baseline}）を読み込みました。${p.episodes} エピソード（${p.steps} ステップ）学習済みで、ここから学習を続けます。`,
    diverged: (p) => `η = ${p.eta} は大きすぎます：更新で θ があふれました（有限でなくなりました）。`,
    divergedPause: (p) =>
      `学習を一時停止しました。${p.why} θ はその更新の前の値に戻し、そのバッチは捨てたので、学習した内容は失われていません。η を小さくしてから再開してください。`,
    divergedPauseOf: (p) =>
      `学習を一時停止しました。${p.why} θ はその更新の前の値に戻し、そのバッチは捨てたので（ベースライン ${p.baseline} のエージェント）、学習した内容は失われていません。η を小さくしてから再開してください。`,
  },
  panel: {
    title: 'ジャンプ · REINFORCE',
    mode: 'モード',
    modes: {
      play: 'プレイ（自分で跳ぶ）',
      watch: '観察（画面上で学習）',
      turbo: 'ターボ（ワーカーで学習）',
    },
    compare: 'ベースラインを比較',
    learning: '学習（次のステップ／次のバッチから）',
    etaNegative: '学習率は負にできません',
    etaLog: 'η（対数）',
    etaSlider: 'スライダーの範囲です。これより大きい値や小さい値は η に直接入力してください',
    batch: 'M エピソード',
    batchWhy: '1回の更新あたりのエピソード数（整数）',
    baseline: 'ベースライン',
    baselineMean: '平均 b̄',
    baselineNone: 'なし',
    gammaWhy: '後の報酬をどれだけ割り引いて数えるかの割合',
    run: '実行',
    speed: '速度',
    seed: 'シード（新しいエージェント）',
    seedName: 'シード',
    seedWhy: '乱数生成器が受け付ける整数',
    pause: '一時停止',
    resume: '再開',
    step: '1ステップ（観察）',
    resetEnv: '環境をリセット（新しい穴）',
    resetAgent: 'エージェントをリセット（θ = 0）',
    undo: '元に戻す：直前のエージェントを復元',
    files: 'エージェントファイル（CLI の --out 形式）',
    export: 'エージェントを書き出す',
    import: 'エージェントを読み込む…',
    realTime: '実時間',
    slowMotion: 'スローモーション',
  },
  help: {
    jump: {
      keys: 'スペース / ↑ / タップ',
      action: 'プレイ：走り出し、次に跳ぶ（縁の手前 0〜2.4 m、緑の範囲で踏み切る）',
    },
    mode: {
      keys: '1 / 2 / 3',
      action: 'モード：プレイ（自分で跳ぶ）・観察（画面上で学習）・ターボ（ワーカーで学習）',
    },
    pause: { keys: 'P', action: '一時停止／再開（一時停止ボタンと同じ）' },
    step: { keys: 'N', action: '観察：1ステップ進めて一時停止（1ステップボタンと同じ）' },
    reset: { keys: 'R', action: '環境をリセット：今のエピソードをやめて新しい穴へ（環境をリセットボタン）' },
    compare: { keys: 'C', action: 'ベースラインを比較：ベースラインなし（またはあり）の双子、同じ穴' },
    baseline: { keys: 'B', action: 'ベースライン：平均 b̄ ↔ なし' },
    speed: { keys: '+ / −', action: '速く／遅く（パネルの速度の一覧）' },
    files: { keys: 'E / I', action: 'エージェントを JSON で書き出す／読み込む（CLI の --out 形式）' },
    eta: { keys: 'パネル：η / η（対数）', action: '学習率（正確な値、または桁をまたぐスライダー）' },
    batch: { keys: 'パネル：M · γ', action: '1回の更新あたりのエピソード数 · 割引率' },
    seed: {
      keys: 'パネル：シード · エージェントをリセット',
      action: 'そのシードから新しいエージェント（θ = 0）',
    },
  },
  touch: { mode: (p) => `モード：${p.mode}` },
};
