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
};
