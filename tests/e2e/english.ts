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
    'Dv',
    'max',
    'min',
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
  const words = text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  return words.filter((w) => !ALLOWED.has(w.toLowerCase()));
}
