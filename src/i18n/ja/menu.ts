import type { menu as en } from '../en/menu.ts';
import type { Shape } from '../shape.ts';

export const menu: Shape<typeof en> = {
  navLabel: 'シーン',
  tagline: 'エージェントの学習を見る · 環境で遊ぶ · ε, α, γ をその場で調整',
  hint: '↑ ↓ または Tab で選択 · Enter で開く · ? でヘルプ',
  loading: (p) => `${p.scene} を読み込んでいます…`,
  loadFailed: (p) =>
    `${p.scene} を読み込めませんでした（接続が切れているかもしれません）。メニューに戻りました。オンラインになってからもう一度試してください。`,
  offline: {
    updateReady: '新しいバージョンの準備ができました。',
    reload: '再読み込み',
  },
  help: {
    choose: 'シーンを選ぶ',
    open: '開く',
    openN: 'n 番目のシーンを開く',
    click: 'シーンを開く',
    pointer: 'クリック / タップ',
  },
  scenes: {
    maze: {
      title: 'Q学習の迷路',
      summary: '自分で遊ぶ、Q学習や SARSA の学習をその場で見る、ターボで学習、迷路を編集。',
    },
    jump: {
      title: '穴を跳ぶ · REINFORCE',
      summary: '方策勾配がいつ跳ぶかを学ぶ。自分でも遊べる。ベースラインが効く理由を見る。',
    },
    lorenz: { title: 'Lorenz アトラクタ', summary: 'アトラクタ、分岐図、リアプノフ指数をその場で描く。' },
    'reaction-diffusion': {
      title: '反応拡散',
      summary: '二つの振動子と、描き込める Turing パターン。',
    },
    lab: {
      title: '実験ラボ',
      summary: '教科書の図を多数のシードで再現：95 % の帯つきの曲線、α に対する掃引。',
    },
  },
};
