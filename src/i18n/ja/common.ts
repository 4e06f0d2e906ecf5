import type { common as en } from '../en/common.ts';
import type { Shape } from '../shape.ts';

export const common: Shape<typeof en> = {
  appName: 'RL Playground',
  topbar: {
    /** The phone's bottom-sheet handle that shows the panel and the charts. */
    sheet: '設定とグラフ',
    back: '← メニュー',
    backTitle: 'メニューに戻る (Esc)',
    help: '操作方法 (?)',
    language: '言語',
    copyLink: 'リンクをコピー',
    copyLinkTitle: 'このシーンを今の設定のまま開くリンクをコピーします',
  },
  help: {
    title: (p) => `${p.scene}: 操作方法`,
    dialog: '操作方法',
    close: '{?} か {Esc} で閉じます。',
    toggle: 'このヘルプを表示／非表示',
    escape: 'ヘルプを閉じる、またはメニューに戻る',
  },
  notices: {
    dismiss: '閉じる',
    region: 'お知らせ',
    level: { info: 'お知らせ', warning: '警告', error: 'エラー' },
  },
  controls: {
    pause: '一時停止',
    resume: '再開',
    step: '1ステップ',
    reset: 'リセット',
    undo: '元に戻す',
    mode: 'モード',
    speed: '速度',
    seed: 'シード',
    export: '書き出し',
    import: '読み込み',
  },
  modes: { play: 'プレイ', watch: '観察', turbo: 'ターボ', evaluate: '評価', edit: '編集' },
  gestures: { click: 'クリック', tap: 'タップ', drag: 'ドラッグ', swipe: 'スワイプ', wheel: 'ホイール' },
  language: {
    badQuery: (p) => `?lang=${p.value} には対応していません（en か ja）。${p.fallback}で開きます。`,
  },
  link: {
    copied: 'リンクをコピーしました。同じ設定・シード・言語でこのシーンが開きます。',
    copyFailed: (p) => `ここではクリップボードが使えません。リンク: ${p.url}`,
    badValue: (p) =>
      `リンクの ${p.key}=${p.value} はこのシーンで使えない値なので、${p.fallback} を使います。`,
    unknownKey: (p) => `リンクの「${p.key}」はこのシーンの設定にないため、無視しました。`,
    tooLong: (p) => `リンクの設定が ${p.limit} 文字を超えているため、既定値を使います。`,
  },
  limit: {
    between: (p) => `${p.name} は ${p.min} 以上 ${p.max} 以下にしてください`,
    atLeast: (p) => `${p.name} は ${p.min} 以上にしてください`,
    atMost: (p) => `${p.name} は ${p.max} 以下にしてください`,
    because: (p) => `${p.said}（${p.why}）`,
    setTo: (p) => `${p.said}。${p.value} にしました。`,
  },
  settings: {
    unreadable: (p) => `${p.label}: 保存された設定を読めませんでした（${p.why}）。既定値を使います。`,
    unsaved: (p) => `${p.label}: 設定を保存できませんでした（${p.why}）。`,
    refused: (p) => `${p.label}: 受け付けられません — ${p.issue}`,
    oldVersion: (p) =>
      `${p.label}: 保存された設定はバージョン ${p.from} のもので、現在はバージョン ${p.version} です。既定値を使います。`,
    invalid: (p) => `${p.label}: 保存された設定が不正でした（${p.issue}）。既定値を使います。`,
    labels: {
      maze: '迷路の設定',
      jump: 'ジャンプの設定',
      rd: '反応拡散の設定',
      lorenz: 'Lorenz の設定',
    },
  },
};
