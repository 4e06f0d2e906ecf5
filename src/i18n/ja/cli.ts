/** `npm run train`（src/cli）の言葉: ヘルプ、進み具合、結果、注意、拒否の理由。 */

import { AGENT_KINDS } from '../../agents/types.ts';
import type { cli as en } from '../en/cli.ts';
import type { Shape } from '../shape.ts';
import { agentNames } from './agent-names.ts';

const AGENT_LIST = AGENT_KINDS.join('、');

export const cli: Shape<typeof en> = {
  help: (p) => `エージェントを画面なしで、全速力で学習させます。

使い方:
  npm run train -- --env 環境 --agent 種類 --episodes N --seed S [オプション]

環境:
  --env 環境             maze（GridMaze-v0、迷路）、jump（JumpHole-v0、穴を跳び越えるジャンプ）、
                         corridor（ShortCorridor-v0、Sutton & Barto 例 13.1 の短い廊下）、
                         max-bias（MaxBias-v0、例 6.7 の最大化バイアス）
                         （既定: --in のエージェントの環境、なければ reinforce と actor-critic では jump、ほかは maze）
  --layout L             迷路のみ: プリセット（${p.presets}）、迷路を 1 行ずつ書いたテキストファイル、
                         または generated:WxH[:seed]（大きさは奇数。例: generated:21x21:7）
  --max-steps N          1 エピソードのステップ上限（既定: 環境ごとの値）

エージェント:
  --agent 種類           q-learning（q。Q学習）、sarsa、expected-sarsa（期待SARSA）、
                         double-q（ダブルQ学習）、n-step-sarsa（nステップSARSA）、
                         sarsa-lambda（SARSA(λ)）、q-lambda（ワトキンスのQ(λ)）、dyna-q
                         （以上は表形式で迷路用）、reinforce、actor-critic（方策勾配）
                         （既定: --in のエージェント、なければ迷路では q、ジャンプでは reinforce）
  --epsilon E  --alpha A  --gamma G        表形式のエージェントの探索率 ε、学習率 α、割引率 γ
                         （既定 0.1、0.1、0.9）
  --initial-q Q          表形式: Q 値の初期値（既定 0。楽観的な値は探索を促します）
  --epsilon-schedule S   表形式: ε の減らし方。constant、linear:下限:エピソード数、
                         exponential:下限:減衰率
  --n-steps N            n-step-sarsa: ブートストラップまでのステップ数（既定 4）
  --lambda L  --traces replacing|accumulating   sarsa-lambda と q-lambda の λ と
                         適格度トレースの種類（既定 0.9、replacing（置換））
  --planning-steps N  --kappa K   dyna-q: 1 ステップごとの計画の更新回数と Dyna-Q+ の
                         探索ボーナス κ（既定 5、0）
  --lr ETA  --batch M  --baseline mean|none|learned  --gamma G   REINFORCE の学習率 η、
                         バッチのエピソード数 M、ベースライン（平均 / なし / 学習）、割引率 γ
                         （--lr は actor-critic の方策の学習率にも使います）
  --value-lr W           学習するベースラインと actor-critic の価値関数の学習率
  --in agent.json        保存したエージェントの学習を続けます（環境と --max-steps も引き継ぎます）
  --out agent.json       学習したエージェントを保存します（ブラウザでも読み込めます）。
                         書き込みはアトミックです
  --force                --in のエージェントを、学習したときとは別の --layout で学習させ続けます

実行:
  --episodes N           学習するエピソード数（既定 500）
  --seed S               実行のシード。環境の最初のリセットと新しいエージェントに使います（既定 0）
  --eval N               学習のあとで評価するエピソード数（貪欲方策、または方策からのサンプリング。
                         既定 100、0 で評価しません）
  --log episodes.csv     エピソードごとに 1 行の CSV: episode,return,length,success
                         （エピソード番号、収益、長さ、成功）
  --no-progress          標準エラー出力に進み具合のバーを出しません
  --generic-runner       迷路の高速カーネルを使わず汎用ランナーで学習します（結果は同じで、遅くなります）
  --json                 結果を JSON で標準出力に出します
  --lang en|ja           メッセージの言語（既定: LC_ALL、LC_MESSAGES、LANG の順に見て決めます）
  -h, --help             このヘルプを表示します

ファイル: --out と --log はいったん一時ファイルに書いてから名前を変えるので、途中で止まっても
書きかけのファイルは残りません。出力先は学習の前に確かめます。読み込めるのは、--in が 128 MiB まで、
--layout のファイルが 4 MiB まで（通常のファイルのみ）、迷路は 1001 × 1001 までです。

終了コード: 0 は完了。2 はフラグ・値・組み合わせ・ファイルの誤り（メッセージがその名前を示します）、
または学習の停止（発散、Q 値の表が有限でなくなった）。1 は最後の書き込みの失敗（エージェントは
その隣に保存します）か、そのほかのエラーです。`,

  prefix: { error: 'エラー: ', note: '注意: ', unexpected: '予期しないエラー: ' },
  agents: agentNames,

  label: (p) => `${p.env} · ${p.agent} · シード ${p.seed}`,
  seedFromIn: (p) => `${p.seed}（--in から）`,
  progress: (p) =>
    `${p.label} |{bar}| {value}/{total} エピソード · 収益(直近100) {ret} · 残り {eta_formatted}`,

  duration: (p) =>
    p.hours > 0
      ? `${p.hours}時間${p.minutes}分`
      : p.minutes > 0
        ? `${p.minutes}分${p.seconds}秒`
        : `${p.seconds}秒`,

  summary: {
    head: (p) => `${p.label}: ${p.episodes} エピソード（このエージェントの合計 ${p.total} エピソード）`,
    last100: (p) =>
      `  直近 100 エピソード: 平均収益 ${p.meanReturn}、成功率 ${p.success}、平均の長さ ${p.meanLength} ステップ`,
    loops: (p) =>
      `  貪欲方策: ${p.steps} ステップで前に通ったマスに戻り、同じ道を回り続けます（G に着きません。最短経路は ${p.shortest} ステップ）`,
    noGoal: (p) => `  貪欲方策: G に着きません（最短経路は ${p.shortest} ステップ）`,
    path: (p) =>
      `  貪欲方策の経路: ${p.steps} ステップ、最短経路 ${p.shortest} ステップ${p.steps === p.shortest ? '（最適）' : ''}`,
    greedy: (p) =>
      `  評価（${p.episodes} エピソード、貪欲方策、学習なし）: 成功率 ${p.success}、平均収益 ${p.meanReturn}`,
    sampled: (p) =>
      `  評価（${p.episodes} エピソード、方策からサンプリング、学習なし）: 成功率 ${p.success}、平均収益 ${p.meanReturn}`,
  },

  notes: {
    seedNoEffect: (p) =>
      `ここでは --seed ${p.seed} は効きません。${p.env} は決定的な環境で、--in のエージェントは自分の乱数列を使い続けます（作られたときのシードは ${p.agentSeed} です）。`,
  },

  stopped: {
    keptLastGood: (p) => `最後の正常なエージェント（失敗した更新の前の θ）を --out ${p.out} に保存しました。`,
    notWritten: (p) => `--out ${p.out} には書き込んでいません。`,
  },

  writes: {
    logFailed: (p) => `--log ${p.path}: ファイルを書き込めません（${p.reason}）。`,
    outRescued: (p) =>
      `--out ${p.path}: ファイルを書き込めません（${p.reason}）。代わりにエージェントを ${p.rescued} に保存しました。`,
    outLost: (p) =>
      `--out ${p.path}: ファイルを書き込めません（${p.reason}）。ほかの場所にも保存できませんでした。`,
    logCannotStart: (p) => `--log ${p.path}: そこには書き込めません（${p.reason}）。`,
  },

  usage: {
    unknownFlag: (p) => `「${p.flag}」というオプションはありません（--help を見てください）。`,
    missingValue: (p) => `${p.flag} には値が必要です（--help を見てください）。`,
    noValue: (p) => `${p.flag} は値をとりません（--help を見てください）。`,
    positional: (p) =>
      `「${p.arg}」は余分です。値はそれぞれのフラグのあとに書きます（--help を見てください）。`,
    other: (p) => `コマンドラインを読めません: ${p.detail}（--help を見てください）。`,
    ambiguous: (p) =>
      `${p.flag}: 値が「-」で始まるため、別のフラグに読めてしまいます（そのまま渡すには ${p.flag}=値 と書いてください）。`,
    twice: (p) => `${p.flag} が二回指定されています。一回だけにしてください。`,
    badValue: (p) => `${p.flag} ${p.value}: ${p.why}`,
    notApply: (p) => `${p.flag} は${p.agent}には使えません。`,
    newAgentOnly: (p) =>
      `${p.flag} は新しいエージェントの始め方を決めるものです。--in のエージェントはもう学習を始めています（--in かこのフラグのどちらかを外してください）。`,
    valueLrNeedsLearned: '--value-lr を REINFORCE で使えるのは --baseline learned のときだけです。',
    layoutMazeOnly: '--layout は迷路（--env maze）でだけ使えます。',
    agentMismatch: (p) => `--agent ${p.agent}: --in のファイルのエージェントは ${p.held} です。`,
    differentMaze: (p) =>
      `--layout ${p.layout}: ${p.inFile} のエージェントは別の迷路${p.name === null ? '' : `「${p.name}」`}で学習したもので、その Q 値はその迷路のためのものです。それでもこの迷路で学習を続けるには --force を付けてください。`,
    generatedFormat: (p) =>
      `--layout ${p.spec}: generated:WxH か generated:WxH:seed の形で書いてください（例: generated:21x21:7）。`,
    layoutNotFound: (p) =>
      `--layout ${p.spec}: プリセット（${p.presets}）でも generated:WxH[:seed] でもなく、そういう名前のファイルもありません。`,
    sameFile: (p) =>
      `${p.a} と ${p.b} は同じファイルです。${p.overwritesIn ? '読み込むファイルが上書きされてしまいます' : '一方がもう一方を上書きしてしまいます'}。別のファイルを指定してください。`,
  },

  why: {
    wholeNumber: '整数で指定してください。',
    atMost: (p) => `${p.max} 以下にしてください。`,
    atLeast: (p) => `${p.min} 以上にしてください。`,
    decimal: '10 進数の数で指定してください（0.1 や 1e-3 など）。',
    underflow: '小さすぎて 0 になってしまいます。',
    overflow: '大きすぎて数で表せません。',
    unit: '0 以上 1 以下にしてください。',
    positive: '0 より大きい値にしてください。',
    env: 'maze、jump、corridor、max-bias のどれか（または環境 ID: GridMaze-v0、JumpHole-v0、ShortCorridor-v0、MaxBias-v0）にしてください。',
    agent: `q、${AGENT_LIST} のどれかにしてください。`,
    baseline: 'mean、none、learned のどれかにしてください。',
    traces: 'replacing か accumulating のどちらかにしてください。',
    schedule:
      'constant、linear:下限:エピソード数、exponential:下限:減衰率 のどれかで指定してください（下限と減衰率は 0 以上 1 以下、エピソード数は 1 以上の整数）。例: linear:0.01:500',
    lang: 'en か ja のどちらかにしてください。',
    seedTooLarge:
      '整数のシードは 2^53 未満にしてください（それより大きいと丸められます）。文字列のシードも使えます。',
    notEmpty: '空にはできません。',
  },
};
