import type { maze as en } from '../en/maze.ts';
import type { Shape } from '../shape.ts';
import { agentNames } from './agent-names.ts';
import { dp } from './maze-dp.ts';
import { lab } from './maze-lab.ts';

/** エラーの文の終わりの「。」を外す（括弧の中や「：」の後に置くため）。 */
const bare = (text: string) => text.replace(/[。.]$/, '');

/** 崖歩きの教訓（各説明で共通、Sutton & Barto 例 6.6）。 */
const CLIFF = '崖歩き（Sutton & Barto 例 6.6。1ステップごとに −1、落ちると −100）';

export const maze: Shape<typeof en> = {
  announce: (p) => `モード：${p.mode}。エピソード数：${p.episodes}。直近の収益：${p.ret}。`,
  fullStop: '。',
  title: (p) => `迷路 · ${p.agent}`,
  agents: agentNames,
  agentLessons: {
    'q-learning': 'Q学習は、探索中に何をしても、貪欲方策の価値を学びます。',
    sarsa: 'SARSA は実際に従う ε-貪欲方策の価値を学ぶので、危ないマスから離れます。',
    'expected-sarsa':
      '期待 SARSA は次の行動をサンプリングせず ε-貪欲方策で平均します。SARSA と同じ価値を、少ないばらつきで学びます。',
    'double-q':
      'ダブルQ学習は表を二つ持ち、一方の最良の行動をもう一方で評価するので、報酬のばらつきで価値が膨らみません。',
    'n-step-sarsa':
      'n ステップ SARSA は n ステップ待ってから更新するので、報酬が一度に n マス前まで届きます。',
    'sarsa-lambda':
      'SARSA(λ) は最近通ったマスの適格度トレースを持ち、毎ステップそれらをまとめて更新します。トレースは γλ ずつ薄れます。',
    'q-lambda':
      'ワトキンスの Q(λ) は SARSA(λ) と同じようにトレースを持ちますが、探索の動きのあとでトレースを切ります。',
    'dyna-q':
      'Dyna-Q は迷路のモデルを学んで、実際の 1 ステップごとに何回かプランニングの更新をします。κ > 0 では長く試していない行動を試すほど報われます（Dyna-Q+）。',
  },
  mazeName: {
    preset: (p) => `プリセット「${p.name}」`,
    generated: (p) => `生成した迷路 ${p.size}（#${p.seed}）`,
    edited: (p) => `編集した迷路 ${p.size}`,
  },
  presets: {
    small: '小',
    bench10: 'ベンチ 10',
    large: '大',
    cliff: '崖歩き',
    dyna: 'ダイナ迷路',
    blocking: '通せんぼ迷路',
    shortcut: '近道迷路',
    'cliff-book': '崖歩き（教科書の報酬）',
  },

  hud: {
    badge: { play: 'プレイ', watch: '観察', turbo: 'ターボ', evaluate: '評価', edit: '編集' },
    paused: '一時停止中',
    handingOver: '引き継ぎ中…',
    speed: (p) => `速度 ${p.speed}`,
    fps: (p) => `${p.fps} fps`,
    heatRange: (p) => `最大 Q  ${p.min} … ${p.max}`,
    heatOne: (p) => `最大 Q ${p.value}`,
    logScale: '（対数目盛）',
    unlearned: 'まだ何も学習していない',
    unlearnedOnly: '最大 Q：まだ何も学習していない',
    visits: (p) => `訪問回数（対数目盛、最大 ${p.max}）`,
    trail: { greedy: '貪欲', explore: '探索 (ε)', undecided: '優劣なし' },
    editing: 'マスをクリック：床 → 壁 → 崖 · S や G はドラッグで移動',
    lastReward: (p) => `直前の報酬 ${p.reward}`,
    play: (p) => `収益 ${p.ret} · ${p.step} ステップ目 · ←↑→↓ / WASD で移動`,
    watch: (p) => `エピソード ${p.episode} · ${p.step} ステップ目 · 収益 ${p.ret} · ε ${p.epsilon}`,
    turboRunning: (p) => `ワーカーで学習中 · 毎秒 ${p.rate} ステップ · ${p.episodes} エピソード`,
    turboPaused: (p) => `ターボ一時停止中 · ${p.episodes} エピソード`,
    evaluate: (p) => `貪欲方策 (ε = 0) · ${p.step} ステップ目 · 収益 ${p.ret}`,
    evalReached: (p) => `前回：${p.steps} ステップで G に到達`,
    evalMissed: (p) => `前回：${p.steps} ステップで G に届かず`,
    hintEdit: 'E：編集を終える · 変更が受け付けられるたびに新しい迷路用の新しいエージェントになります',
    hintModes: '1 プレイ · 2 観察 · 3 ターボ · 4 評価',
    hintPlay: 'R やり直し · H G V T 表示の切り替え · ? ヘルプ',
    hintRun:
      'スペース 一時停止 · N 1ステップ · +/− 速度 · R やり直し · H G V T L O 表示 · B スイープ · I 調査 · E 編集 · ? ヘルプ',
    reached: 'G に到達！',
    timeUp: 'ステップ上限です。',
    bannerReturn: (p) => `${p.steps} ステップで収益 ${p.ret}`,
    playAgain: '動かすともう一度プレイできます',
  },

  panel: {
    title: (p) => `迷路 · ${p.agent}`,
    paused: '一時停止中',
    mode: 'モード',
    modes: {
      play: 'プレイ（自分で動かす）',
      watch: '観察（画面上で学習）',
      turbo: 'ターボ（ワーカーで学習）',
      evaluate: '評価（貪欲、ε = 0）',
    },
    pause: '一時停止',
    resume: '再開',
    stepOnce: '1ステップ進める',
    tabs: { agent: 'エージェント', maze: '迷路', view: '表示' },
    agent: 'エージェント',
    epsilon: '探索率 ε',
    alpha: '学習率 α',
    gamma: '割引率 γ',
    speed: '速度',
    seed: 'シード（新エージェント）',
    learnFromPlay: 'プレイから学習',
    restartEpisode: 'エピソードをやり直す（S へ）',
    resetAgent: 'エージェントをリセット（Q を忘れる）',
    undo: '元に戻す：直前のエージェント',
    export: 'エージェントを書き出す (JSON)',
    import: 'エージェントを読み込む…',
    source: '迷路',
    sources: { preset: 'プリセット', generated: '生成', custom: '編集したもの' },
    preset: 'プリセット',
    presetOption: (p) => `${p.name}（${p.size}）`,
    generatedFolder: '生成する迷路',
    width: '幅',
    height: '高さ',
    mazeSeed: '迷路のシード',
    newMaze: '新しいランダム迷路',
    edit: '編集 (E)',
    rewards: '報酬',
    stepReward: '1ステップ',
    goalReward: 'ゴール',
    cliffReward: '崖',
    heat: '最大 Q のヒートマップ (H)',
    arrows: '貪欲方策の矢印 (G)',
    visits: '訪問回数 (V)',
    trail: '軌跡 (T)',
    heatScale: '色の目盛',
    heatScales: { auto: '自動（20 倍超で対数）', log: '対数', linear: '線形' },
    limits: {
      epsilon: { name: '探索率 ε', why: '確率だからです' },
      alpha: { name: '学習率 α', why: '誤差のうち学習に使う割合だからです' },
      gamma: { name: '割引率 γ', why: '後の報酬をどれだけ数えるかの割合だからです' },
      seed: { name: 'シード', why: '乱数生成器が受け付ける整数です' },
      genWidth: { name: '幅', why: '盤面に描ける大きさまでの奇数です' },
      genHeight: { name: '高さ', why: '盤面に描ける大きさまでの奇数です' },
      genSeed: { name: '迷路のシード', why: '乱数生成器が受け付ける整数です' },
      stepReward: { name: '1ステップの報酬', why: 'パネルの範囲です' },
      goalReward: { name: 'ゴールの報酬', why: 'パネルの範囲です' },
      cliffReward: { name: '崖の報酬', why: '落ちることは損にしかならないからです' },
      speed: { name: '速度', why: 'ページが実行できる毎秒のステップ数です' },
    },
  },

  readout: {
    agent: (p) => `${p.agent} · シード ${p.seed} · ${p.maze}`,
    counts: (p) => `エピソード ${p.episodes} · ステップ ${p.steps}`,
    noEpisode: '直前のエピソード：まだ終わったものはありません',
    lastMany: (p) => `直近 ${p.count} エピソード：平均収益 ${p.ret}、長さ ${p.length}、G への到達 ${p.rate}`,
    lastOne: (p) =>
      `直前のエピソード：${p.steps} ステップで収益 ${p.ret}${p.success ? '（G に到達）' : '（ステップ上限）'}`,
    greedyReaches: (p) =>
      `貪欲方策：${p.steps} ステップで G に到達（最短 ${p.shortest}）${p.best ? ' ✓' : ''}`,
    greedyLoops: (p) => `貪欲方策：まだ G に届きません（${p.steps} ステップでループ）`,
    rewards: (p) => `報酬：1ステップ ${p.step} · ゴール ${p.goal} · 崖 ${p.cliff}`,
    turbo: (p) => `ターボ：ワーカーで毎秒 ${p.rate} ステップ · 毎秒 ${p.snapshots} スナップショット`,
  },

  explain: {
    join: (p) => `${p.first}${p.next}`,
    editing:
      '編集中：マスをクリックすると床 → 壁 → 崖の順に変わります。S や G はドラッグで動かせます。G に届かなくなる変更は受け付けません（赤いマスが場所を示します）。Q 値の表は1つの迷路のものなので、変更が受け付けられるたびに新しい環境と新しいエージェントを作ります。',
    evaluate:
      '評価では貪欲方策（ε = 0）で動きます。どのマスでも Q 値が最大の行動、つまり矢印のとおりに進み、探索も学習もしません。ループするなら、ゴールの価値がまだそこまで伝わっていません。',
    play: 'あなたが方策です。矢印キーか WASD で動かします。',
    playLearns: 'エージェントはあなたの動きから学習します。ヒートマップの変化を見てください。',
    playLearnsOffPolicy:
      'エージェントはあなたの動きから学習します（Q学習は方策オフ型なので、どんな行動からでも貪欲方策の価値を学べます）。ヒートマップの変化を見てください。',
    playNoLearning: 'あなたの動きからの学習はオフです。',
    turbo:
      'ターボ：同じ学習処理を別スレッドのワーカーで数千ステップずつまとめて実行します。ヒートマップ、矢印、訪問回数、グラフはそのスナップショット（毎秒数回）に追従し、ε、α、γ は次のまとまりから反映されます。この速さでは1つのエピソードを見ても意味がないので、軌跡は出しません。学習した貪欲方策は評価に切り替えると見られます。',
    why: (p) =>
      `なぜ途中で引き返すのでしょう？ ε-貪欲に行動しているからです。確率 ε = ${p.epsilon} でランダムな行動を選び、それが貪欲な行動と異なるのは全体の ${p.rate} です。軌跡のピンクの部分がそうした行動です`,
    thisEpisode: (p) => `（このエピソードでは ${p.moves} 回中 ${p.explored} 回）`,
    whyEnd:
      '。灰色の部分は、まだ優劣のないマスです（Q 値がすべて等しいので、「貪欲」でも運任せです）。矢印は学習中の貪欲方策で、評価では ε = 0 でそれに従います。',
    cliffQ: `${CLIFF}：Q学習は貪欲方策の価値を学ぶので、矢印は崖の縁に沿って進み（13 ステップ）、そこでの ε による探索でときどき落ちます。そのため学習中の収益は低くなります。エージェントを SARSA に切り替えて比べてみてください。`,
    cliffSarsa: `${CLIFF}：SARSA は実際に従う ε-貪欲方策の価値を、落ちることも含めて学ぶので、縁から1〜2列離れて進み（15〜17 ステップ）、探索中も多くの報酬を得ます。Q学習と比べてみてください。`,
  },

  charts: {
    returnTitle: 'エピソードの収益',
    lengthTitle: 'エピソードの長さ（ステップ）',
    episode: 'エピソード',
    return: '収益',
    length: '長さ',
    average: '移動平均',
  },

  help: {
    move: {
      keys: '← ↑ → ↓ / W A S D',
      action: 'プレイ：エージェントを自分で動かす（各ステップの報酬が浮かび上がります）',
    },
    swipe: { keys: 'スワイプ / 隣のマスをタップ', action: 'タッチ画面でのプレイ：その向きに1マス動かす' },
    modes: {
      keys: '1 / 2 / 3 / 4',
      action: 'モード：プレイ · 観察（画面上で学習）· ターボ（ワーカーで学習）· 評価（貪欲、ε = 0）',
    },
    pause: { keys: 'スペース', action: '一時停止／再開（観察、ターボ、評価）' },
    step: { keys: 'N', action: '1ステップ進める（観察、評価。一時停止します）' },
    speed: { keys: '+ / −', action: '速度を2倍／半分に（毎秒1ステップ〜毎秒100万ステップ）' },
    restart: { keys: 'R', action: 'エピソードを S からやり直す（学習した内容はそのまま）' },
    overlays: {
      keys: 'H / G / V / T',
      action: '表示：最大 Q のヒートマップ · 貪欲方策の矢印 · 訪問回数 · 軌跡',
    },
    algo: {
      keys: 'L / Q',
      action:
        'アルゴリズム固有の状態：トレース（λ）、モデルと計画の回数（Dyna-Q）、nステップの窓 · ダブルQ：ヒートマップと矢印を Q₁ + Q₂、Q₁、Q₂ で切り替え',
    },
    inspect: {
      keys: 'セルにポインタ／タップ · I',
      action:
        'セル調査：Q(s, ·)、訪問回数、トレース、直前の更新を数値で表示（I はエージェントのいるセル、もう一度で閉じる）',
    },
    optimal: {
      keys: 'O',
      action: '盤面に最適価値 V*（価値反復）とその貪欲な矢印を表示、もう一度でエージェント自身の価値に戻す',
    },
    sweep: {
      keys: 'B',
      action: '価値反復のスイープを1回（すべてのセルを直前の価値から1回ずつ更新）。盤面は V_k を表示',
    },
    edit: { keys: 'E', action: '迷路の編集をオン／オフ' },
    click: { keys: 'クリック', action: '編集：マスを床 → 壁 → 崖の順に変える' },
    drag: { keys: 'S をドラッグ / G をドラッグ', action: '編集：スタート／ゴールを動かす' },
    panelAgent: {
      keys: 'パネル：エージェント',
      action: 'Q学習か SARSA（新しいエージェント）、ε α γ（次のステップから）、速度、シード、プレイから学習',
    },
    panelButtons: {
      keys: 'パネル：ボタン',
      action:
        '一時停止 · 再開 · 1ステップ進める · エピソードをやり直す · エージェントをリセット · 書き出し／読み込み (JSON)',
    },
    panelMaze: {
      keys: 'パネル：迷路',
      action: 'プリセット · 生成（大きさ、シード、新しいランダム迷路）· 編集 · 報酬',
    },
    panelView: { keys: 'パネル：表示', action: '4つの表示の切り替え' },
    panelDp: {
      keys: 'パネル：動的計画法',
      action:
        'スイープ · 収束するまで実行 · 戻す。スイープの回数とベルマン残差。パネルの下に、基準（V* か V^π）とのエージェントの距離',
    },
  },

  touch: {
    mode: (p) => `モード：${p.mode}`,
  },

  messages: {
    newAgent: (p) => `新しい ${p.agent} エージェント（シード ${p.seed}）：Q 値の表はゼロから始まります。`,
    newMaze: (p) =>
      `新しい迷路（${p.maze}、${p.size}）：Q 値の表は1つの迷路のものなので、新しい ${p.agent} エージェントが最初から学習します。`,
    editedMaze:
      '迷路を編集しました：Q 値の表は1つの迷路のものなので、新しいエージェントが最初から学習します。',
    rewards: (p) =>
      `報酬を 1ステップ ${p.step}、ゴール ${p.goal}、崖 ${p.cliff} にしました。同じエージェントがこの報酬で学習を続けます。`,
    kindSwitch: (p) =>
      `${p.from} から ${p.to} に切り替えました：新しいエージェントが最初から学習します。${p.lesson}`,
    badMaze: (p) => `その迷路は使えません：${bare(p.why)}。前の迷路とエージェントのままです。`,
    badSavedMaze: (p) => `保存された迷路が使えませんでした（${bare(p.why)}）。プリセット「小」を使います。`,
    badSavedAgent: (p) =>
      `保存された迷路のエージェントを復元できませんでした（${bare(p.why)}）。新しく始めます。`,
    editing:
      '迷路の編集：マスをクリックすると床 → 壁 → 崖の順に変わり、S や G はドラッグで動かせます。Q 値の表は1つの迷路のものなので、変更のたびにその大きさに合った新しい環境と新しいエージェントを作ります。',
    imported: (p) =>
      `${p.maze} で ${p.episodes} エピソード（${p.steps} ステップ）学習した ${p.agent} エージェントを読み込みました。ここから学習を続けます。貪欲方策は評価で見られます。`,
    importRefused: (p) => `${p.fileName} の読み込みを拒否しました：${p.why}今のエージェントはそのままです。`,
    theFile: 'ファイル',
    restored: (p) => `前のエージェントを ${p.maze} に戻しました。`,
    turboError: (p) =>
      `ターボの学習が止まりました：${bare(p.message)}。エージェントは最後のスナップショットの Q 値の表を保っています。再開を押すともう一度試します。`,
    noHandBack:
      '学習用のワーカーが時間内にエージェントを返しませんでした。最後のスナップショットから続けます。',
    undoable: (p) =>
      `${p.text}「元に戻す」で前のエージェント（${p.episodes} エピソード、${p.steps} ステップ）を戻せます。`,
    editRefused: (p) => `${p.why}迷路は変わっていません。`,
  },

  refusals: {
    outside: (p) => `（${p.row} 行 ${p.col} 列）は迷路の外です。`,
    dragMarker: (p) =>
      `そこは${p.marker === 'S' ? 'スタート S' : 'ゴール G'}です。動かすにはドラッグしてください。`,
    sameCell: (p) => `S と G を同じマスに置くことはできません（${p.row} 行 ${p.col} 列）。`,
    reinforce: 'REINFORCE のエージェント（ジャンプのシーン用）です。迷路には Q学習か SARSA が必要です。',
    otherEnv: (p) => `このエージェントは迷路ではなく ${p.env} で学習したものです。`,
    badMaze: (p) => `その迷路が使えません（${bare(p.why)}）。`,
    noMaze: '迷路が指定されていません。',
    tooBig: (p) =>
      `迷路が ${p.width}×${p.height} です。このシーンで表示できるのは ${p.max}×${p.max} までです。`,
    tableSize: (p) =>
      `Q 値の表が ${p.states} 状態 × ${p.actions} 行動ですが、この迷路は ${p.mazeStates} × 4 です${p.named ? '' : '（ファイルに迷路の指定もありません）'}。`,
  },
  link: {
    opened: '共有リンクを開きました。リンクの迷路と設定で、シードから新しいエージェントが始まります。',
    replaced:
      '共有リンクを開きました。リンクの迷路と設定があなたのものと置き換わり、シードから新しいエージェントが始まります。「元に戻す」で、あなたの迷路・設定・エージェントが戻ります。',
    restored: 'あなたの迷路・設定・エージェントを元に戻しました。',
    badLayout: (p) => `リンクの layout=${p.value} は使えない（${p.why}）ため、既定の迷路を開きます。`,
    tooLongToShare: (p) =>
      `この迷路はリンクに入りきりません（${p.length} 文字で、上限 ${p.limit} 文字を超えます）。リンクには他の設定だけが入り、既定の迷路が開きます。`,
    why: {
      tooLong: (p) => `${p.length} 文字で、上限 ${p.limit} 文字を超えています`,
      unknownPreset: (p) => `「${p.name}」という迷路はありません`,
      format: '「リンクをコピー」で書かれた迷路ではありません',
      size: (p) => `${p.width}×${p.height} は一辺 ${p.min}〜${p.max} マスの範囲外です`,
      cells: 'S または G が迷路の中の床マスにありません',
      tiles: '床・壁・崖のどれでもないマスがあります',
    },
  },
  /** The learning lab (issue 11): inspector, per-algorithm overlays, greedy return, changing mazes. */
  lab,
  dp,
};
