/**
 * English words left in a Japanese page: the checker behind "every scene in ja shows no English UI
 * words apart from names and maths". Names stay names and maths stays maths, so those are allowed;
 * everything else made of Latin letters is reported. Add to ALLOWED only a name, a unit, a key
 * cap or a symbol, never a word of the interface.
 */

/** Names (of algorithms, systems, people, tools, formats), key caps, units and maths. */
export const ALLOWED = new Set(
  [
    // names
    'RL',
    'Playground',
    'Phaser',
    'REINFORCE',
    'SARSA',
    'Q',
    'Lorenz',
    'Turing',
    'Gray',
    'Scott',
    'Sutton',
    'Barto',
    'Tweakpane',
    'uPlot',
    'Alea',
    'Gymnasium',
    'GridMaze',
    'JumpHole',
    'Dyna', // Dyna-Q (Sutton & Barto §8.2)
    'v0',
    'FitzHugh',
    'Nagumo',
    'Jacobian',
    'QR',
    'English',
    'WebM',
    'PNG',
    'JSON',
    'CSV',
    'WebGL',
    'Canvas',
    'RK4',
    'Euler',
    'Hill',
    'Hopf',
    'viridis',
    'inferno',
    'bench10',
    'cliff',
    'small',
    'large',
    // key caps
    'Esc',
    'Space',
    'Enter',
    'Shift',
    'Tab',
    'WASD',
    'Ctrl',
    'Alt',
    // single-letter key caps of the maze (the others are maths letters below)
    'D',
    'H',
    'W',
    'I', // the maze inspector's key
    'O', // the maze's optimal overlay key
    'B', // the maze's value-iteration sweep key
    // units and maths
    'px',
    'fps',
    'ms',
    's',
    'm',
    'k',
    'M',
    'G',
    'dt',
    'Du',
    'D',
    'dx',
    'H',
    'NaN',
    'Kn',
    'Dv',
    'max',
    'min',
    'argmax',
    'TD', // the TD error δ
    'ln',
    'log',
    'exp',
    'e',
    'a',
    'b',
    'r',
    'u',
    'v',
    'x',
    'y',
    'z',
    't',
    'n',
    'N',
    'S',
    'A',
    'T',
    'V',
    'L',
    'C',
    'R',
    'P',
    'E',
    'Var',
    'J', // the objective J(θ) of a policy gradient
    'vs',
    'θ',
    'ε',
    'α',
    'γ',
    'λ',
    'σ',
  ].map((w) => w.toLowerCase()),
);

/** Runs of Latin letters in `text` that are not allowed names, units or maths. */
export function englishWords(text: string): string[] {
  // A link's `key=value` is the address as written (layout=…, alpha=0.5), not a word to translate.
  const words = text.replace(/\b[A-Za-z]\w*=[^\s、。）)]*/g, ' ').match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  return words.filter((w) => !ALLOWED.has(w.toLowerCase()));
}
