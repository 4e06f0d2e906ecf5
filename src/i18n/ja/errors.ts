/**
 * 下位層（src/envs, src/agents, src/train）のエラーを、コードごとに日本語で。文として完結させ、
 * 末尾に「。」を付けます（CLI やページはこれを一文として示します）。
 */

import { formatSig } from '../../core/format.ts';
import type { errors as en } from '../en/errors.ts';
import type { AgentProblem, FileKind } from '../error-values.ts';
import type { Shape } from '../shape.ts';
import { agentNames } from './agent-names.ts';
import { dynamicsCodes } from './dynamics-errors.ts';

/** 位置は 0 から数えます（エディタやファイルの行番号とそろえるため）。 */
const at = (row: number, col: number) => `${row} 行 ${col} 列`;
const interval = (min: number, max: number) =>
  `[${min}, ${max === Number.POSITIVE_INFINITY ? '∞)' : `${max}]`}`;
const list = (xs: readonly string[]) => xs.join('、');
const mib = (bytes: number) => `${bytes / (1024 * 1024)} MiB`;

/** zod の型名を日本語に。 */
const TYPE_NAMES: Record<string, string> = {
  object: 'オブジェクト',
  record: 'オブジェクト',
  number: '数',
  int: '整数',
  string: '文字列',
  array: '配列',
  boolean: '真偽値',
};
const typeName = (t: string) => (Object.hasOwn(TYPE_NAMES, t) ? TYPE_NAMES[t] : t);

const FILE_KINDS: Record<FileKind, string> = {
  fifo: 'FIFO（パイプ）',
  'character-device': 'キャラクタデバイス',
  'block-device': 'ブロックデバイス',
  socket: 'ソケット',
  other: 'ファイル以外',
};

/** パラメータは用語集の名前で（数式の記号はそのまま）。 */
const PARAM_NAMES: Record<string, string> = {
  epsilon: '探索率 ε',
  alpha: '学習率 α',
  gamma: '割引率 γ',
  learningRate: '学習率 η',
  batchEpisodes: 'バッチのエピソード数 M',
  baseline: 'ベースライン',
};
const param = (name: string) => (Object.hasOwn(PARAM_NAMES, name) ? PARAM_NAMES[name] : `パラメータ ${name}`);

/** 表の添字の名前。 */
const INDEX_NAMES: Record<'state' | 'action' | 'next state', string> = {
  state: '状態',
  action: '行動',
  'next state': '次の状態',
};

/** 迷路の行動の名前。 */
const ACTIONS: Record<string, string> = { up: '上', right: '右', down: '下', left: '左' };

const AGENTS: Record<string, string> = agentNames;
const agentName = (kind: string) => (Object.hasOwn(AGENTS, kind) ? AGENTS[kind] : kind);

const problems: Shape<typeof en.problems> = {
  missing: ({ expected }) => `ありません（${typeName(expected)}が必要です）`,
  'wrong-type': ({ expected, got }) => `${typeName(expected)}が必要ですが、${got} でした`,
  'too-small': ({ min, inclusive, got }) =>
    `${min} ${inclusive ? '以上' : 'より大きい値'}にしてください（${got} でした）`,
  'too-big': ({ max, inclusive, got }) =>
    `${max} ${inclusive ? '以下' : '未満'}にしてください（${got} でした）`,
  'not-one-of': ({ options, got }) =>
    got === null
      ? `ありません（${list(options)} のどれかが必要です）`
      : `${list(options)} のどれかにしてください（${got} でした）`,
  'not-finite': ({ got }) => `有限の数が必要ですが、${got} でした`,
  'rng-fraction': () => '[0, 1) の範囲で、乱数生成器が書き出すとおりの 2^-32 の倍数が必要です',
  'rng-carry': ({ max }) => `[0, ${max}] の整数が必要です`,
  'rng-all-zero': () =>
    'すべて 0 です。この乱数生成器はずっと 0 を出し続けます（エージェントがいつも最初の行動を選んでしまいます）',
  'table-too-large': ({ size, max }) => `nStates × nActions = ${size} が、Q 値の上限 ${max} 個を超えています`,
  'theta-too-large': ({ size, max }) =>
    `nActions × featureDim = ${size} が、θ の上限 ${max} 個を超えています`,
  'length-mismatch': ({ length, dims, sizes }) =>
    `値が ${length} 個ありますが、${dims[0]} × ${dims[1]} = ${sizes[0]} × ${sizes[1]} = ${sizes[0] * sizes[1]} 個のはずです`,
  'initial-theta-shape': ({ rows, featureDim, lengths }) =>
    `nActions = ${rows} 行で、各行に featureDim = ${featureDim} 個の数が必要ですが、${lengths.length} 行（長さ [${lengths.join(', ')}]）でした`,
  'rbf-center-length': ({ length, obsDim }) => `数が ${length} 個ありますが、obsDim = ${obsDim} 個のはずです`,
  'rbf-width': ({ width }) => `0 より大きい有限の数が必要ですが、${width} でした`,
  'gated-index': ({ index, obsDim }) => `${index} ですが、obsDim = ${obsDim} より小さい必要があります`,
  other: ({ message }) => `値が正しくありません（${message}）`,
};

const problem = (p: AgentProblem) =>
  `${p.path.length ? p.path.join('.') : '（最上位）'}: ${(problems[p.kind] as (v: unknown) => string)(p.values)}`;

const codes: Shape<typeof en.codes> = {
  ...dynamicsCodes,
  'maze-unknown-preset': ({ name, presets }) =>
    `「${name}」という迷路のプリセットはありません。使えるプリセット: ${list(presets)}。`,
  'maze-empty': () => '迷路が空です（マスがありません）。',
  'maze-too-tall': ({ rows, max }) => `迷路が ${rows} 行あります。大きさは ${max} × ${max} までです。`,
  'maze-too-wide': ({ width, max }) =>
    `迷路の幅が ${width} マスあります。大きさは ${max} × ${max} までです。`,
  'maze-row-not-text': ({ row, type }) => `${row} 行目（0 から数えます）が文字列ではありません（${type}）。`,
  'maze-ragged': ({ row, length, width }) =>
    `行の長さがそろっていません。${row} 行目は ${length} マスですが、0 行目は ${width} マスです（行は 0 から数えます）。`,
  'maze-unknown-tile': ({ tile, row, col, allowed }) =>
    `${at(row, col)}（0 から数えます）に使えないマス「${tile}」があります。使えるのは ${allowed.join(' ')} です。`,
  'maze-duplicate-tile': ({ tile, first, second }) =>
    `${tile === 'S' ? 'スタート' : 'ゴール'} ${tile} が ${at(first.row, first.col)} と ${at(second.row, second.col)} の二か所にあります（0 から数えます）。一つだけにしてください。`,
  'maze-missing-tile': ({ tile }) => (tile === 'S' ? 'スタート S がありません。' : 'ゴール G がありません。'),
  'maze-unreachable': ({ goal, start }) =>
    `スタート S（${at(start.row, start.col)}）から、壁 # と崖 C を通らずにゴール G（${at(goal.row, goal.col)}）へたどり着けません（0 から数えます）。`,
  'env-option-not-number': ({ env, option, value }) =>
    `${env} のオプション ${option} は有限の数にしてください（${value} が指定されました）。`,
  'env-option-out-of-range': ({ env, option, value, min, max }) =>
    `${env} のオプション ${option} は ${min} 以上 ${max} 以下にしてください（${value} が指定されました）。`,
  'env-option-too-small': ({ env, option, value, min, inclusive }) =>
    `${env} のオプション ${option} は ${min} ${inclusive ? '以上' : 'より大きい値'}にしてください（${value} が指定されました）。`,
  'env-option-too-large': ({ env, option, value, max }) =>
    `${env} のオプション ${option} は ${max} 以下にしてください（${value} が指定されました）。`,
  'jump-hole-order': ({ holeStartMin, holeStartMax }) =>
    `JumpHole-v0 のオプション holeStartMax（${holeStartMax}）は holeStartMin（${holeStartMin}）以上にしてください。`,
  'jump-hole-too-wide': ({ holeWidth, jumpLength, window, stepRun }) =>
    `JumpHole-v0 のオプション holeWidth = ${holeWidth} m は広すぎます。ジャンプで進むのは speed·2·jumpVelocity/gravity = ${jumpLength} m で、踏み切れる幅（ジャンプの距離 − holeWidth = ${window} m）が 1 ステップで進む距離（speed·dt = ${stepRun} m）以上ないと、跳び越えられない穴ができます。`,
  'env-unknown': ({ id, known }) => `「${id}」という環境はありません。使える環境: ${list(known)}。`,
  'time-limit-invalid': ({ value }) =>
    `ステップ上限（maxEpisodeSteps）は 1 以上の整数にしてください（${value} が指定されました）。`,
  'maze-size-invalid': ({ name, value, min, max }) =>
    `迷路の${name === 'width' ? '幅' : '高さ'}は ${min} から ${max} までの奇数にしてください（${value} が指定されました）。`,
  'discrete-size-invalid': ({ value }) =>
    `Discrete(n) の n は 1 以上の整数にしてください（${value} が指定されました）。`,
  'box-shape-invalid': ({ value }) =>
    `Box の形は 1 以上の整数の長さにしてください（${value} が指定されました）。`,
  'box-bound-nan': ({ index, low, high }) =>
    `Box の ${index} 番目の範囲に NaN があります（下限 ${low}、上限 ${high}）。`,
  'box-bounds-reversed': ({ index, low, high }) =>
    `Box の ${index} 番目の下限 ${low} が上限 ${high} より大きくなっています。`,
  'box-length-mismatch': ({ name, length, size }) =>
    `Box の ${name} の長さが ${length} ですが、形は [${size}] です。`,
  'env-step-before-reset': ({ env }) =>
    `${env}: reset() の前に step() が呼ばれました。先に reset() を呼んでください。`,
  'env-step-after-end': ({ env }) =>
    `${env}: エピソードが終わった（終了または打ち切り）あとに step() が呼ばれました。先に reset() を呼んでください。`,
  'env-invalid-action': ({ env, action, space }) =>
    `${env}: 行動 ${action} は行動空間 ${space} にありません。`,
  'env-illegal-action': ({ env, action, state, legal }) =>
    `${env}: 状態 ${state} では行動 ${action} は選べません。選べる行動: ${legal.join('、')}。`,
  'env-option-not-integer': ({ env, option, value }) =>
    `${env} のオプション ${option} は整数にしてください（${value} が指定されました）。`,
  'env-option-not-object': ({ env, option, value }) =>
    `${env} のオプション ${option} はオブジェクト（変化させないなら空の値）にしてください（${value} が指定されました）。`,
  'env-change-mismatch': ({ env, option, what, expected, got }) =>
    `${env} のオプション ${option}: 変化後の迷路でも${what === 'size' ? '大きさ' : what === 'start' ? 'スタート S の位置' : 'ゴール G の位置'}は ${expected} のままにしてください（${got} が指定されました）。`,
  'env-check-failed': ({ env, problems: found }) =>
    `${env} は環境の約束事を守っていません（開発者向けの診断: ${found.join('; ')}）。`,

  'param-out-of-range': ({ name, value, min, max, kept }) =>
    `${param(name)} の値 ${value} は範囲 ${interval(min, max)} の外です（${kept} のままにしました）。`,
  'param-not-number': ({ name, value, min, max, kept }) =>
    `${param(name)} は ${interval(min, max)} の範囲の有限の数にしてください（${value} が指定されました。${kept} のままにしました）。`,
  'param-not-integer': ({ name, value, min, max, kept }) =>
    `${param(name)} は ${interval(min, max)} の範囲の整数にしてください（${value} が指定されました。${kept} のままにしました）。`,
  'param-not-choice': ({ name, value, choices, kept }) =>
    `${param(name)} は ${list(choices)} のどれかにしてください（${value} が指定されました。${kept} のままにしました）。`,
  'param-unknown': ({ name, known }) =>
    `${name} というパラメータはありません。あるのは ${list(known)} です。`,
  'agent-unknown-kind': ({ kind, known }) =>
    `${kind} という種類のエージェントはありません。使えるのは ${list(known)} です。`,
  'agent-needs-discrete-actions': ({ agent, env, space }) =>
    `${agentName(agent)}には離散的な行動空間が必要ですが、${env} の行動空間は ${space} です。`,
  'agent-needs-discrete-observations': ({ agent, env, space }) =>
    `${agentName(agent)}は表形式の手法で、離散的な状態空間が必要です。${env} の観測は ${space}（連続）なので、REINFORCE エージェントを使ってください。`,
  'agent-needs-vector-observations': ({ env, space }) =>
    `ここでの REINFORCE は、ベクトルの観測に対するソフトマックス線形方策です。${env} の観測は ${space} なので、Q学習か SARSA を使ってください。`,
  'agent-table-mismatch': ({ states, actions, env, envStates, envActions }) =>
    `保存されたエージェントの Q 値の表は ${states} 状態 × ${actions} 行動ですが、ここでの ${env} は ${envStates} × ${envActions} です（別の迷路で学習したエージェントではありませんか）。`,
  'agent-shape-mismatch': ({ obsDim, actions, env, envObsDim, envActions }) =>
    `保存されたエージェントは ${obsDim} 次元の観測と ${actions} 個の行動を前提にしていますが、${env} は ${envObsDim} 次元と ${envActions} 個です。`,
  'saved-agent-invalid': ({ problems: items, more }) =>
    [...items.map((p) => `${problem(p)}。`), ...(more > 0 ? [`ほかに ${more} 件あります。`] : [])].join(''),
  'saved-agent-not-json': ({ detail }) => `JSON として読めません（${detail}）。`,
  'saved-agent-wrong-kind': ({ kind, expected }) =>
    `このファイルのエージェントは「${kind}」ですが、「${expected}」のエージェントが必要です。`,
  'reinforce-diverged': ({ learningRate, batchEpisodes, gradientNorm }) =>
    `REINFORCE が発散しました。学習率 η = ${learningRate}、バッチ ${batchEpisodes} エピソードでの更新で θ が有限の値でなくなりました（勾配のノルム ${formatSig(gradientNorm)}）。θ は更新前の値に戻し、このバッチは捨てました。学習率 η を下げてください（勾配はバッチ全体の和なので、バッチのエピソード数 M を減らしても効きます）。`,
  'actor-critic-diverged': ({ learningRate, valueLearningRate, delta }) =>
    `アクター・クリティックが発散しました。学習率 α_θ = ${learningRate}、価値の学習率 α_w = ${valueLearningRate} での更新で θ か w が有限の値でなくなりました（時間差分誤差 δ = ${formatSig(delta)}）。θ と w は更新前の値に戻しました。学習率を下げてください。`,
  'agent-index-out-of-range': ({ agent, what, value, n }) =>
    `${agentName(agent)}: ${INDEX_NAMES[what]} ${value} は 0…${n - 1} の範囲の外です。`,
  'agent-observation-length': ({ length, obsDim }) =>
    `REINFORCE: 観測の数が ${length} 個ありますが、obsDim = ${obsDim} 個のはずです。`,
  'agent-no-legal-action': ({ agent }) =>
    `${agentName(agent)}: 環境の行動マスクが、この状態で取れる行動を一つも許していません。`,
  'dp-argument-out-of-range': ({ name, value, min, max, whole }) =>
    `動的計画法: ${param(name)} は ${interval(min, max)} の範囲の${whole ? '整数' : '数'}にしてください（${value} が指定されました）。`,
  'dp-length-mismatch': ({ name, length, expected }) =>
    `動的計画法: ${name} の値が ${length} 個ありますが、この迷路には ${expected} 個必要です。`,
  'dp-policy-not-distribution': ({ state, sum }) =>
    `動的計画法: 状態 ${state} の方策の確率は 0 以上で、合計が 1 になるようにしてください（合計は ${sum} でした）。`,

  'file-unreadable': ({ path, reason }) => `${path}: ファイルを読めません（${reason}）。`,
  'file-is-folder': ({ path }) => `${path}: フォルダです。ファイル名を指定してください。`,
  'file-not-regular': ({ path, kind }) =>
    `${path}: 通常のファイルではありません（${FILE_KINDS[kind]}）。ファイルを指定してください。`,
  'file-too-large': ({ path, size, limit }) =>
    size === null
      ? `${path}: ファイルが上限の ${mib(limit)} より大きいです。`
      : `${path}: ファイルが ${size} バイトあります。上限は ${mib(limit)} です。`,
  'folder-missing': ({ path, folder }) => `${path}: フォルダ ${folder} がありません。`,
  'folder-not-folder': ({ path, folder }) => `${path}: ${folder} はフォルダではありません。`,
  'file-unwritable': ({ path, reason }) => `${path}: そこには書き込めません（${reason}）。`,
  'run-budget-invalid': ({ episodes, steps }) =>
    `実行には 0 以上のエピソード数かステップ数が必要です（episodes = ${episodes}、steps = ${steps} が指定されました）。`,
  'turbo-no-lanes': () => 'ターボの学習には少なくとも一つのレーンが必要です。',
  'fused-not-applicable': () =>
    '迷路の高速カーネルが扱えるのは、学習中の GridMaze での表形式の Q 学習、SARSA、期待値 SARSA、ダブル Q、Dyna-Q（n = 0）だけです。',
  'recent-window-invalid': ({ value }) =>
    `直近のエピソードを数える幅は 1 以上の整数にしてください（${value} が指定されました）。`,
  'series-capacity-invalid': ({ value }) =>
    `エピソードの系列の容量は 4 以上の偶数にしてください（${value} が指定されました）。`,
  'atomic-file-closed': ({ path, operation }) =>
    `${path}: ファイルを確定または破棄したあとに${operation === 'write' ? '書き込もう' : '確定しよう'}としました。`,
  'experiment-spec-invalid': ({ field, issue }) =>
    `実験の設定、項目 ${field === '' ? '（最上位）' : field}: ${issue}。`,
  'experiment-part-refused': ({ field, cause, detail }): string =>
    `実験の設定、項目 ${field}: ${cause !== null && Object.hasOwn(codes, cause.code) ? (codes as unknown as Record<string, (v: unknown) => string>)[cause.code](cause.values) : `${detail}。`}`,
  'experiment-grid-unknown': ({ field, kind, name, known }) =>
    `実験の設定、項目 ${field}: ${Object.hasOwn(agentNames, kind) ? agentNames[kind as keyof typeof agentNames] : kind} にはハイパーパラメータ ${JSON.stringify(name)} がありません。使えるのは ${known.map((k) => JSON.stringify(k)).join('、')} です。`,
  'experiment-too-large': ({ what, value, limit }) =>
    `実験が求める${what === 'conditions' ? 'エージェント設定の数' : what === 'curve-points' ? '曲線の点の数（エピソード × 設定）' : '全試行のエピソード数'} ${value} は上限 ${limit} を超えています。試行数、エピソード数、グリッドの値を減らしてください。`,
  'experiment-not-finite': ({ condition, run, episode, metric }) =>
    `${condition}、試行 ${run}、エピソード ${episode}: ${metric} が有限の数ではありません（値が発散しました）。α か報酬を小さくしてください。`,
  'table-not-finite': ({ episode, state, action, actionName, value, alpha, gamma }) =>
    `エピソード ${episode} までに Q(状態 ${state}, 行動 ${action}${actionName === null ? '' : `（${Object.hasOwn(ACTIONS, actionName) ? ACTIONS[actionName] : actionName}）`}) が ${value} になったので、学習を止めました（α = ${alpha}, γ = ${gamma}）。値が数で表せる範囲を超えています。α か γ、または報酬を小さくするか、新しいエージェントから始めてください。`,
};

export const errors: Shape<typeof en> = { codes, problems, problem };
