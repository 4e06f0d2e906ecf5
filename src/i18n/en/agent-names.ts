/** Agent kinds by name, as the CLI's summaries and the error messages show them. */
export const agentNames = {
  'q-learning': 'Q-learning',
  sarsa: 'SARSA',
  'expected-sarsa': 'Expected SARSA',
  'double-q': 'Double Q-learning',
  'n-step-sarsa': 'n-step SARSA',
  'sarsa-lambda': 'SARSA(λ)',
  'q-lambda': "Watkins's Q(λ)",
  'dyna-q': 'Dyna-Q',
  reinforce: 'REINFORCE',
  'actor-critic': 'actor-critic',
};
