import type { jump as en } from '../en/jump.ts';
import type { Shape } from '../shape.ts';

export const jump: Shape<typeof en> = {
  title: {
    scene: (p) => `穴を跳び越える · ${p.agent}`,
    withBaseline: 'ベースラインありの REINFORCE',
    withoutBaseline: 'ベースラインなしの REINFORCE',
    compare: 'ベースラインあり・なしの REINFORCE',
    withLearned: '学習するベースライン v̂(s) つきの REINFORCE',
    actorCritic: '1ステップのアクター・クリティック',
    versus: (p) => `${p.a} 対 ${p.b}`,
  },
  messages: {
    newAgentsCompare: (p) =>
      `新しいエージェントを2つ作りました（シード ${p.seed}）。ベースライン ${p.baseline} と ${p.other}：θ = 0、乱数生成器、穴はすべて同じで、違うのはベースラインだけです。`,
    newAgent: (p) => `新しいエージェント（シード ${p.seed}）：θ はゼロから始まります。`,
    importRefused: (p) => `${p.fileName} の読み込みを拒否しました：${p.why} 今のエージェントはそのままです。`,
    imported: (p) =>
      `エージェント（${p.baseline}）を読み込みました。${p.episodes} エピソード（${p.steps} ステップ）学習済みで、ここから学習を続けます。`,
    diverged: (p) => `η = ${p.eta} は大きすぎます：更新で θ があふれました（有限でなくなりました）。`,
    divergedPause: (p) =>
      `学習を一時停止しました。${p.why} θ はその更新の前の値に戻し、そのバッチは捨てたので、学習した内容は失われていません。η を小さくしてから再開してください。`,
    divergedPauseOf: (p) =>
      `学習を一時停止しました。${p.why} θ はその更新の前の値に戻し、そのバッチは捨てたので（ベースライン ${p.baseline} のエージェント）、学習した内容は失われていません。η を小さくしてから再開してください。`,
  },
  panel: {
    title: 'ジャンプ · 方策勾配',
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
    alphaBaseline: 'α_w（ベースライン v̂）',
    alphaCritic: 'α_w（クリティック v̂）',
    batch: 'M エピソード',
    batchWhy: '1回の更新あたりのエピソード数（整数）',
    baseline: 'ベースライン',
    baselineMean: '平均 b̄',
    baselineNone: 'なし',
    baselineLearned: '学習する v̂(s)',
    agent: 'エージェント',
    reinforce: 'REINFORCE',
    actorCritic: 'アクター・クリティック',
    rival: '比較の相手',
    rivalOther: 'もう一方のベースライン',
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
    files: 'エージェントファイル（コマンドライン版と同じ形式）',
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
    files: {
      keys: 'E / I',
      action: 'エージェントを JSON で書き出す／読み込む（コマンドライン版と同じ形式）',
    },
    eta: { keys: 'パネル：η / η（対数）', action: '学習率（正確な値、または桁をまたぐスライダー）' },
    batch: { keys: 'パネル：M · γ', action: '1回の更新あたりのエピソード数 · 割引率' },
    seed: {
      keys: 'パネル：シード · エージェントをリセット',
      action: 'そのシードから新しいエージェント（θ = 0）',
    },
  },
  touch: { mode: (p) => `モード：${p.mode}` },
  hud: {
    speed: (p) => `${p.rate} ステップ/秒（実時間の ${p.times}）`,
    outcome: { cleared: 'クリア！', fell: '穴に落ちた', ready: '準備完了', running: '走行中' },
    success: (p) => `成功率（直近 100 エピソード）${p.pct}`,
    playTitle: 'プレイ — スペースか ↑ で跳ぶ',
    playBody: (p) =>
      `この走り：収益 ${p.ret} · 直前の報酬 ${p.reward} · ${p.outcome}\n` +
      `${p.episodes} 回中 ${p.clears} 回クリア · 縁の手前 0〜2.4 m（緑）で踏み切る · ${p.speed}`,
    turboTitle: 'ターボ — ワーカーで学習中',
    turboRate: (p) => `${p.steps} ステップ/秒 · スナップショット ${p.snaps} 回/秒`,
    turboStopped: '停止中',
    turboBody: (p) =>
      `${p.episodes} エピソード · ${p.rate}\n${p.success} · 画面：最新の θ が走っています（学習はしません）`,
    watchTitle: '観察 — 画面上で学習',
    watchBody: (p) =>
      `エピソード ${p.episode} · 収益 ${p.ret} · ${p.outcome} · 前回：${p.last}\n` +
      `${p.success} · 更新 ${p.updates} 回 · ${p.speed}`,
    lastCleared: (p) => `クリア（${p.ret}）`,
    lastFell: (p) => `落下（${p.ret}）`,
    legendMain: (p) => `● ${p.baseline} · 成功率 ${p.success}`,
    legendGhost: (p) => `◌ ゴースト：${p.baseline} · 成功率 ${p.success}`,
    baselineMean: '平均ベースライン b̄',
    baselineNone: 'ベースラインなし',
    baselineLearned: '学習するベースライン v̂(s)',
    actorCritic: 'アクター・クリティック',
    switching: 'エージェントをワーカーから戻しています…',
    diverged: (p) =>
      `学習を一時停止しました：${p.why}\nθ は保たれています。パネルで η を小さくしてから P（再開）を押してください。`,
    pausedWatch: '一時停止中 — P で再開、N で1ステップ',
    paused: '一時停止中 — P で再開',
    // Few spaces: the canvas wraps at spaces first, and Japanese reads best broken anywhere.
    readyFirst:
      'あなたの番です：スペースか↑を押すか、ゲームをタップすると走り出します。\n緑の範囲（縁の手前0〜2.4\u00a0m）で踏み切ってください。',
    readyAgain:
      'もう一度：スペースか↑を押すか、ゲームをタップすると走り出します。\n緑の範囲（縁の手前0〜2.4\u00a0m）で踏み切ってください。',
  },
  tags: {
    you: 'あなた',
    latest: '最新の θ',
    mean: '平均ベースライン',
    none: 'ベースラインなし',
    learned: '学習するベースライン',
    actorCritic: 'アクター・クリティック',
  },
  effects: { cleared: 'クリア！' },
  strip: {
    title: 'この穴までの各地点での P(ジャンプ)（今の θ）',
    window: '踏み切り範囲',
    hole: '穴',
    value: '地上での v̂(s)（学習した価値、同じ位置）',
    valueShort: '価値 v̂(s)',
  },
  charts: {
    policyTitle: '地上での P(ジャンプ)：穴までのコースに沿って（リアルタイム）',
    policyNote: (p) =>
      `ランナーはコースと同じく左から右へ走ります。緑の踏み切り範囲（縁の手前 ${p.window} m）から跳ぶと穴を越えられます`,
    policyX: '穴の縁からの距離（m）→',
    bandWindow: '踏み切り範囲',
    bandHole: '穴',
    agent: 'エージェント',
    ghost: 'ゴースト',
    returnTitle: 'エピソードごとの収益（クリア +100、落下 −100、ジャンプ1回 −1）',
    ret: '収益',
    average: (p) => `${p.n} 点の平均`,
    ghostAverage: 'ゴーストの平均',
    successTitle: 'エピソードごとの成功率（移動平均）',
    thetaTitle: 'エピソードごとの θ：θ_ジャンプ − θ_走る、P(ジャンプ) = σ(Δθ · φ)',
    distance: '距離',
    onGround: '接地',
    bias: 'バイアス',
    ghostDashed: 'ゴースト（破線）',
    gradientTitle: 'ベースラインを引いてよい理由：更新ごとの ∂J/∂θ(ジャンプ, 距離)',
    gradientNote:
      '同じバッチから求めた各更新の2つの推定値（b̄ を引いたもの・引かないもの）。線はそれぞれの累積平均',
    withB: 'b̄ あり',
    without: 'b̄ なし',
    meanWith: 'b̄ ありの平均',
    meanWithout: 'b̄ なしの平均',
    varianceTitle: '更新ごとの勾配の推定値の分散（対数目盛）',
    withoutSame: 'b̄ なし（同じバッチ）',
    ghostOwn: 'ベースラインなしのエージェント（自分のバッチ）',
  },
  readout: {
    why: 'なぜ引いてよいか：E[∇θ log π(a|s)] = 0 なので、定数 b̄ を引いても勾配の期待値は変わらず、ノイズだけが減ります。',
    noBaseline:
      'このエージェントはベースラインを使わないので、各更新ではベースラインなしの推定値だけを計算します。\nベースラインを平均 b̄ にするか、比較をオンにすると、両方を並べて見られます。',
    waiting: '更新を待っています（M エピソードごとに1回）…',
    lastB: (p) => `（直前：${p.b}）`,
    summary: (p) =>
      `${p.updates} 回の更新。同じバッチから求めた2つの推定値：\n` +
      `• 平均は同じ：累積平均の差は推定値1つのばらつきの ${p.gap} 以内です` +
      `（‖ḡ_b − ḡ‖ = ${p.meanGap}、ばらつき σ = ${p.spread}）\n` +
      `• ベースラインで分散が ${p.ratio} 分の1 に減りました\n` +
      `• b̄ はバッチの平均収益です${p.last}。収益が 0 から離れているほど` +
      `（ほとんどのジャンプが成功すると約 +99）、多くのノイズを取り除きます。同じバッチから求めるので完全な定数ではなく、` +
      `ステップを ≈ 1/M = ${p.step} だけ縮めます。`,
  },
  notices: {
    workerLate: '学習ワーカーが時間内にエージェントを返さなかったため、最後のスナップショットから続けます。',
    turboStopped: (p) =>
      `ターボの学習が止まりました：${p.why}。エージェントは最後のスナップショットの θ を保っています。再開を押すともう一度試します。`,
    compareOn: (p) =>
      `比較：ベースライン ${p.other} にしたこのエージェントのコピー（ゴースト）が、同じ穴・同じ乱数で隣を走ります。エージェントをリセットすると、両方が θ = 0 から競います。`,
    restoreFailed: (p) =>
      `保存されたジャンプのエージェントを復元できませんでした（${p.why}）。新しいエージェントで始めます。`,
    importBatch: (p) => `読み込んだエージェントは M = ${p.m} でした。パネルの最大値は ${p.max} です。`,
    previousBack: (p) => `前のエージェントを戻しました（${p.episodes} エピソード）。`,
    undoOffer: (p) => `${p.text}「元に戻す」で前のエージェント（${p.episodes} エピソード）を戻せます。`,
    linkUndo: (p) =>
      `リンクの設定で新しいエージェントを始めました。「元に戻す」で前のエージェント（${p.episodes} エピソード）を戻せます。`,
    theFile: 'ファイル',
  },
  refused: {
    notReinforce: (p) =>
      `${p.kind} のエージェント（迷路用）が入っています。ジャンプの場面には REINFORCE かアクター・クリティックが必要です。`,
    otherEnv: (p) => `このエージェントは JumpHole-v0 ではなく ${p.id} で学習されています。`,
    envOptions: (p) => `環境のオプションが使えません（${p.why}）。`,
    features: (p) => `特徴量が「${p.kind}」です。この場面が描けるのは線形特徴量の方策だけです。`,
  },
  announce: (p) => `ジャンプ、${p.mode}モード。エピソード：${p.episodes}。直前の収益：${p.ret}。`,
};
