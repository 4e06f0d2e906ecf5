/**
 * 力学系（src/dynamics：ローレンツ方程式と反応拡散）のエラーと報告を、コードごとに日本語で。
 * `errors` カタログ（./errors.ts）の一部です。数式の記号（σ, r, b, dt, D_u, D_v, λ）はそのまま。
 */
import { formatSig } from '../../core/format.ts';
import type { RdMode, RdStabilityValues } from '../../dynamics/errors.ts';
import type { dynamicsCodes as en } from '../en/dynamics-errors.ts';
import type { Shape } from '../shape.ts';

const sig6 = (x: number) => formatSig(x, 6);
const FIELDS = { u: 'u', v: 'v' } as const;

/** 関数の名前は、どこで起きたかを示すためにそのまま残します。 */
const where = (w: string) => `${w}：`;

function modeName(m: RdMode): string {
  if (m.kind === 'checkerboard') return '市松模様のモード';
  if (m.kind === 'zigzag') return '交互に符号を変える（ジグザグの）モード';
  return `ラプラシアンの固有値 −${formatSig(m.lambda)} のモード`;
}

/** 陽的オイラー法の安定限界を超えた dt について。 */
export function unstableDt(v: RdStabilityValues): string {
  const setting = `dx = ${formatSig(v.dx)}、D_u = ${formatSig(v.Du)}、D_v = ${formatSig(v.Dv)}、${v.dims} 次元`;
  return (
    `dt = ${formatSig(v.dt)} は陽的オイラー法の安定限界 ${formatSig(v.limitDt)} を超えています（${setting}）。` +
    `${modeName(v.mode)}が 1 ステップごとに ×${formatSig(v.growthFactor)} で増え、計算が発散します。` +
    `dt ≤ ${formatSig(v.limitDt)} にするか、${formatSig(v.dt / v.substeps)} ずつの ${v.substeps} 分割にしてください。`
  );
}

export const dynamicsCodes: Shape<typeof en> = {
  'lorenz-blow-up': ({ time, dt, sigma, r, b }) =>
    `ローレンツ方程式の数値積分が発散しました（状態または接ベクトルが NaN／無限大になりました）。t ≈ ${sig6(time)}、σ=${sig6(sigma)}、r=${sig6(r)}、b=${sig6(b)}、dt=${sig6(dt)} です。` +
    'このパラメータでは dt が RK4 の安定限界を超えているか、パラメータが流れを発散させます（b < 0、σ < 0 など）。dt を小さくするか、σ、r、b を見直してください。',
  'lorenz-param-not-finite': ({ where: w, name, value }) =>
    `${where(w)}${name} は有限の数にしてください（${value} が指定されました）。`,
  'dynamics-not-positive': ({ where: w, name, value, allowZero }) =>
    `${where(w)}${name} は ${allowZero ? '0 以上' : '0 より大きい'}有限の数にしてください（${value} が指定されました）。`,
  'lorenz-initial-invalid': ({ where: w, values }) =>
    `${where(w)}初期値は有限の数 3 つにしてください（${values} が指定されました）。`,
  'lorenz-sweep-bounds': ({ from, to }) =>
    `掃引の両端は有限の数にしてください（${from}、${to} が指定されました）。`,
  'lorenz-sweep-count': ({ count }) =>
    `掃引する値の数は正の整数にしてください（${count} が指定されました）。`,
  'lorenz-sweep-param': ({ param }) =>
    `掃引するパラメータは σ、r、b のどれかにしてください（${param} が指定されました）。`,
  'lorenz-times-order': ({ times }) =>
    `リアプノフ指数の積分時間は増えていく順にしてください（${times.join('、')} が指定されました）。`,
  'lorenz-start-invalid': ({ start }) =>
    `分岐図の初期値の取り方は「続ける」か「固定」のどちらかです（${start} が指定されました）。`,
  'lorenz-degenerate-frame': () => '無作為に選んだ接ベクトルの組が退化しました（確率 0 の出来事です）。',
  'rd-grid-size': ({ width, height }) =>
    `格子の幅と高さは正の整数にしてください（${width}×${height} が指定されました）。`,
  'rd-grid-cells': ({ n }) => `格子のセル数は 1 以上にしてください（${n} が指定されました）。`,
  'rd-spectrum-length': ({ length, need }) =>
    `場の値が ${length} 個しかありません。スペクトルには ${need} 個必要です。`,
  'rd-no-steady-state': ({ params }) => `このパラメータでは正の定常状態がありません（${params}）。`,
  'rd-unstable-dt': (v) => unstableDt(v),
  'rd-subdivided': (v) =>
    `${unstableDt(v)}そこで各ステップを ${Number((v.dt / v.substeps).toPrecision(4))} ずつの ${v.substeps} 分割で計算しています。`,
  'rd-unsafe-dt': (v) => `危険：${unstableDt(v)}`,
  'rd-blow-up': ({ t, steps, field, value, x, y, stability }) =>
    `発散のため計算を止めました。t ≈ ${t.toPrecision(4)}（${steps} ステップ目）にセル (${x}, ${y}) で ${FIELDS[field]} = ${value} になりました。` +
    `${stability ? unstableDt(stability) : 'dt は線形安定性の判定に合格しているので、非線形の暴走です（v が 0 を下回るなど）。'}続けるにはリセットしてください。`,
  'rd-ode-blow-up': ({ t, u, v }) =>
    `発散のため計算を止めました。t ≈ ${t.toPrecision(4)} で u = ${u}、v = ${v} になりました。` +
    'RK4 では最も硬い速さ λ について dt·|λ| ≲ 2.8 が必要で、v は正のままでなければなりません（モデルが v で割るため）。' +
    'リセットするか、dt を小さくするかパラメータを変えてください。',
};
