/** エージェントの種類の名前（名前は名前のまま。Q-learning は日本語では Q学習）。 */
import type { agentNames as en } from '../en/agent-names.ts';

export const agentNames: typeof en = {
  'q-learning': 'Q学習',
  sarsa: 'SARSA',
  'expected-sarsa': '期待SARSA',
  'double-q': 'ダブルQ学習',
  'n-step-sarsa': 'nステップSARSA',
  'sarsa-lambda': 'SARSA(λ)',
  'q-lambda': 'ワトキンスのQ(λ)',
  'dyna-q': 'Dyna-Q',
  reinforce: 'REINFORCE',
  'actor-critic': 'アクター・クリティック',
};
