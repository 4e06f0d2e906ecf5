import type { maze as en } from '../en/maze.ts';
import type { Shape } from '../shape.ts';

export const maze: Shape<typeof en> = {
  announce: (p) => `モード：${p.mode}。エピソード数：${p.episodes}。直近の収益：${p.ret}。`,
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
};
