/** Words shared by every scene and the page around it: the top bar, help, notices, links, modes. */
export const common = {
  appName: 'RL Playground',
  topbar: {
    /** The phone's bottom-sheet handle that shows the panel and the charts. */
    sheet: 'Settings and charts',
    back: '← Menu',
    backTitle: 'Back to the menu (Esc)',
    help: 'Controls (?)',
    language: 'Language',
    copyLink: 'Copy link',
    copyLinkTitle: 'Copy a link that opens this scene with all its settings',
  },
  help: {
    title: (p: { scene: string }) => `${p.scene}: controls`,
    dialog: 'Controls',
    /** `{key}` marks a key name, drawn as a key cap. */
    close: 'Press {?} or {Esc} to close.',
    toggle: 'show or hide this help',
    escape: 'close the help, or go back to the menu',
  },
  notices: {
    dismiss: 'Dismiss',
    /** Said first, so a screen reader and a colour-blind reader both learn the level. */
    region: 'Notices',
    level: { info: 'Note', warning: 'Warning', error: 'Error' },
  },
  /** Words for the controls every scene shares (panel buttons and the on-screen touch buttons). */
  controls: {
    pause: 'Pause',
    resume: 'Resume',
    step: 'Step',
    reset: 'Reset',
    undo: 'Undo',
    mode: 'Mode',
    speed: 'Speed',
    seed: 'Seed',
    export: 'Export',
    import: 'Import',
  },
  modes: { play: 'Play', watch: 'Watch', turbo: 'Turbo', evaluate: 'Evaluate', edit: 'Edit' },
  /** Pointer gestures as they stand in a help table's keys column, beside key caps. */
  gestures: { click: 'click', tap: 'tap', drag: 'drag', swipe: 'swipe', wheel: 'wheel' },
  language: {
    badQuery: (p: { value: string; fallback: string }) =>
      `?lang=${p.value} is not a language the playground speaks (en or ja), so it opens in ${p.fallback}.`,
  },
  link: {
    copied: 'Link copied. It opens this scene with the same settings, seed and language.',
    copyFailed: (p: { url: string }) => `The clipboard is not available here. The link: ${p.url}`,
    badValue: (p: { key: string; value: string; fallback: string }) =>
      `The link's ${p.key}=${p.value} is not a value this scene accepts, so it uses ${p.fallback}.`,
    unknownKey: (p: { key: string }) =>
      `The link's "${p.key}" is not a setting of this scene; it was ignored.`,
    tooLong: (p: { limit: number }) =>
      `The link's settings are longer than ${p.limit} characters; the defaults are used.`,
  },
  /** A typed value out of its range, clamped (ui/shared/field-limit.ts). Numbers come formatted. */
  limit: {
    between: (p: { name: string; min: string; max: string }) =>
      `${p.name} must be between ${p.min} and ${p.max}`,
    atLeast: (p: { name: string; min: string }) => `${p.name} must be at least ${p.min}`,
    atMost: (p: { name: string; max: string }) => `${p.name} must be at most ${p.max}`,
    because: (p: { said: string; why: string }) => `${p.said} (${p.why})`,
    setTo: (p: { said: string; value: string }) => `${p.said}; set to ${p.value}.`,
  },
  settings: {
    unreadable: (p: { label: string; why: string }) =>
      `${p.label}: the saved settings were unreadable (${p.why}); using the defaults.`,
    unsaved: (p: { label: string; why: string }) => `${p.label}: could not save settings (${p.why}).`,
    refused: (p: { label: string; issue: string }) => `${p.label}: refused ${p.issue}`,
    oldVersion: (p: { label: string; from: number; version: number }) =>
      `${p.label}: saved settings are from version ${p.from}, this is version ${p.version}; using the defaults.`,
    invalid: (p: { label: string; issue: string }) =>
      `${p.label}: saved settings were invalid (${p.issue}); using the defaults.`,
    labels: {
      maze: 'Maze settings',
      jump: 'Jump settings',
      rd: 'Reaction–diffusion settings',
      lorenz: 'Lorenz settings',
    },
  },
};
