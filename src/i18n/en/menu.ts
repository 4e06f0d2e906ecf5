/** The menu words: the scene list (a DOM `<nav>`, src/scenes/menu/menu-nav.ts) and its help. */
export const menu = {
  navLabel: 'Scenes',
  tagline: 'watch agents learn · play the environments · tune ε, α, γ live',
  hint: '↑ ↓ or Tab to choose · Enter to open · ? for help',
  /** Said by the router (src/ui/shared/router.ts) while a scene's code is fetched, or when it fails. */
  loading: (p: { scene: string }) => `Loading ${p.scene}…`,
  loadFailed: (p: { scene: string }) =>
    `${p.scene} could not be loaded (the connection may be down). Back at the menu: try again when online.`,
  /** The installed page (service worker): a newer build is ready (src/ui/shared/app-update.ts). */
  offline: {
    updateReady: 'A new version of the playground is ready.',
    reload: 'Reload',
  },
  help: {
    choose: 'choose a scene',
    open: 'open it',
    openN: 'open scene n',
    click: 'open a scene',
    /** The gesture in the help's keys column. */
    pointer: 'click / tap',
  },
  scenes: {
    maze: {
      title: 'Q-learning maze',
      summary: 'Play it, watch Q-learning or SARSA learn it live, train in turbo, edit the maze.',
    },
    jump: {
      title: 'Jump the hole · REINFORCE',
      summary: 'A policy gradient learns when to jump; play it yourself; see why a baseline helps.',
    },
    lorenz: {
      title: 'Lorenz attractor',
      summary: 'Live attractor, bifurcation diagram, Lyapunov exponents.',
    },
    'reaction-diffusion': {
      title: 'Reaction–diffusion',
      summary: 'Two oscillators and a Turing pattern you can paint on.',
    },
    lab: {
      title: 'Experiment lab',
      summary: 'The textbook’s figures over many seeds: curves with 95 % bands, sweeps over α.',
    },
  },
};
