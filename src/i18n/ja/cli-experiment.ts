/** `npm run experiment`（src/cli/experiment）の言葉: ヘルプ、進み具合、所要時間、結果の要約、拒否の理由。 */
import type { cliExperiment as en } from '../en/cli-experiment.ts';
import type { Shape } from '../shape.ts';

export const cliExperiment: Shape<typeof en> = {
  help: (p) => `シードとハイパーパラメータにわたる実験を行います。すべての実行をワーカースレッドの
プールで動かし、実行の平均と 95 % 信頼区間を結果ファイルとグラフに書き出します。

使い方:
  npm run experiment -- --preset 名前 [オプション]
  npm run experiment -- --spec 実験.json [オプション]

何を実行するか:
  --preset 名前          組み込みの実験: ${p.presets}
  --spec ファイル        実験の仕様（JSON。環境、グリッドを持てるエージェント、実行回数、
                         エピソード数またはステップ数、シード、測る量、要約）。1 MiB まで読みます
  --runs N               設定ごとの実行（シード）の回数。途中の部分を持つプリセット（sb-6.3）では
                         途中の部分の回数だけ（既定: プリセットまたは仕様の値）
  --episodes N           1 回の実行のエピソード数。すべての部分に効きます（既定: プリセットまたは仕様の値）
  --seed S               実験のシード。k 回目の実行のシードはこれと k から決まります（既定: 仕様の値）
  --workers N            ワーカースレッドの数（既定: このマシンのコア数、${p.workers}）

出力:
  --out ファイル         結果: .csv（整然とした 1 つの表。部分が複数あるプリセットでは part 列つき）
                         または .json。--workers がいくつでも同じバイト列になります
  --plot ファイル        グラフ: .svg、または .png（同じ SVG から描きます）
  --json                 要約を JSON で標準出力へ: 部分と設定ごとに、要約の平均 ± 95 % 区間と
                         実行回数、または各曲線の最後の値
  --no-progress          標準エラーに進み具合のバーを出さない
  --lang en|ja           メッセージの言語（既定: LC_ALL、LC_MESSAGES、LANG の順に見て決めます）
  -h, --help             このヘルプ

ファイルは一時ファイルに書いてから名前を変えるので、止まった実行が書きかけのファイルを残すことは
ありません。所要時間とワーカー数は端末にだけ出し、ファイルには入れません。Ctrl-C で実行を止めても、
終わった実行の分は書き出します（途中の結果と記します）。

終了コード: 0 完了、2 フラグ・値・ファイル・仕様の項目の誤り（メッセージがその名を示します）、
130 Ctrl-C で停止、1 書き込みの失敗やその他。`,

  label: (p) => (p.part === null ? p.name : `${p.name}（${p.part}）`),
  progress: (p) => `${p.label} |{bar}| {value}/{total} 回 · 残り {left}`,
  starting: (p) => `${p.label}: ${p.runs} 回の実行をワーカー ${p.workers} 個で始めます…`,
  timing: (p) => `${p.label}: ${p.runs} 回の実行に ${p.seconds} 秒（ワーカー ${p.workers} 個）`,
  cancelled: (p) =>
    `停止しました（Ctrl-C）: ${p.total} 回中 ${p.done} 回の実行が終わっていました。ファイルにはその分を途中の結果として書きます`,
  wrote: (p) => `${p.flag} ${p.path} に書き出しました`,

  summary: {
    head: (p) => `${p.label}: ${p.total} 回中 ${p.runs} 回の実行`,
    point: (p) => `  ${p.label}: 平均 ${p.mean} ± ${p.ci}（n = ${p.n}）`,
    last: (p) => `  ${p.label}: ${p.x} での${p.metric} ${p.mean} ± ${p.ci}（n = ${p.n}）`,
  },

  usage: {
    needSource: '--preset 名前 か --spec ファイル を指定してください（--help を参照）',
    bothSources: '--preset と --spec: どちらか一方だけを指定してください',
    unknownPreset: (p) => `--preset ${p.name}: その名前の実験はありません。あるのは ${p.known} です`,
    outKind: (p) => `--out ${p.path}: 名前は .csv か .json で終わる必要があります`,
    plotKind: (p) => `--plot ${p.path}: 名前は .svg か .png で終わる必要があります`,
    notJson: (p) => `--spec ${p.path}: 正しい JSON ではありません（${p.detail}）`,
    inSpec: (p) => `${p.source}: ${p.words}`,
    episodesNeedEpisodes: (p) =>
      `--episodes: ${p.source} はエピソードではなく時間ステップで数えます。--episodes を外してください`,
  },

  writes: {
    failed: (p) => `${p.flag} ${p.path}: ファイルに書けません（${p.reason}）`,
    pngFailed: (p) => `--plot ${p.path}: PNG を描けません（${p.reason}）`,
  },

  why: {
    workers: (p) => `1 から ${p.max} までの整数にしてください`,
  },
};
