/**
 * The two α_w of the jump scene (the learned baseline's and the critic's): carried by stored settings
 * and links (old ones open with the agents' defaults), applied live to the lanes that read them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ActorCriticAgent, ReinforceAgent } from '../../../src/agents/index.ts';
import { setLanguage } from '../../../src/i18n/language.ts';
import { JumpSession } from '../../../src/play/jump/session.ts';
import { createJumpSettings, JUMP_SETTINGS_DEFAULTS } from '../../../src/state/jump-settings.ts';
import { noticeStore } from '../../../src/state/notices.ts';
import { memoryStorage } from '../../../src/state/settings-store.ts';
import { applyJumpLink, jumpShareAddress } from '../../../src/ui/jump/link.ts';
import { CrankTurbo, jumpStore } from '../shared/session-fixtures.ts';

const query = (address: string) => new URLSearchParams(address.split('?')[1] ?? '');

describe('jump α_w settings', () => {
  beforeEach(() => {
    setLanguage('en');
    noticeStore.getState().clear();
  });

  it("default to each agent's own α_w (0.01 for the learned baseline, 0.1 for the critic)", () => {
    expect(JUMP_SETTINGS_DEFAULTS).toMatchObject({ valueLearningRate: 0.01, criticLearningRate: 0.1 });
  });

  it('round-trip through a link; an old link without them opens with the defaults', () => {
    const a = createJumpSettings(memoryStorage());
    expect(a.getState().update({ valueLearningRate: 0.03, criticLearningRate: 0.05 })).toBeNull();
    const address = jumpShareAddress(a);
    expect(address).toBe('jump?valueLearningRate=0.03&criticLearningRate=0.05');
    const b = createJumpSettings(memoryStorage());
    expect(applyJumpLink(query(address), b)).toBe(true);
    expect(b.getState()).toMatchObject({ valueLearningRate: 0.03, criticLearningRate: 0.05 });
    const old = createJumpSettings(memoryStorage());
    old.getState().update({ criticLearningRate: 0.5 });
    expect(applyJumpLink(new URLSearchParams('baseline=learned&gamma=0.9'), old)).toBe(true);
    expect(old.getState()).toMatchObject({
      baseline: 'learned',
      valueLearningRate: 0.01,
      criticLearningRate: 0.1,
    });
    expect(noticeStore.getState().notices).toEqual([]);
  });

  it('settings stored before α_w existed still open (with the defaults); a negative α_w is refused', () => {
    const storage = memoryStorage();
    storage.setItem(
      'rl-playground/jump-settings',
      JSON.stringify({
        state: {
          ...JUMP_SETTINGS_DEFAULTS,
          valueLearningRate: undefined,
          criticLearningRate: undefined,
          learningRate: 0.002,
        },
        version: 1,
      }),
    );
    const s = createJumpSettings(storage);
    expect(s.getState()).toMatchObject({
      learningRate: 0.002,
      valueLearningRate: 0.01,
      criticLearningRate: 0.1,
    });
    expect(s.getState().update({ valueLearningRate: -0.1 })).toMatch(/valueLearningRate/);
    expect(s.getState().update({ criticLearningRate: Number.NaN })).toMatch(/criticLearningRate/);
    expect(createJumpSettings(storage).getState().valueLearningRate).toBe(0.01);
  });

  it("reach each lane's agent at its next step, and the worker at its next batch", () => {
    const settings = jumpStore({ mode: 'watch', baseline: 'learned', compare: true, rival: 'actor-critic' });
    const crank = new CrankTurbo();
    const session = new JumpSession({ settings, createTurbo: () => crank });
    session.stepOnce();
    const [main, rival] = session.lanes.map((l) => l.agent);
    expect(main).toBeInstanceOf(ReinforceAgent);
    expect(rival).toBeInstanceOf(ActorCriticAgent);
    expect([main.params.valueLearningRate, rival.params.valueLearningRate]).toEqual([0.01, 0.1]);

    settings.getState().update({ valueLearningRate: 0.02, criticLearningRate: 0.1 });
    session.stepOnce();
    expect([main.params.valueLearningRate, rival.params.valueLearningRate]).toEqual([0.02, 0.1]);

    settings.getState().update({ mode: 'turbo' });
    session.frame(16);
    crank.pump(1000);
    settings.getState().update({ criticLearningRate: 0.3 });
    session.frame(16);
    expect(crank.paramChanges.at(-1)).toMatchObject({ lane: 1, params: { valueLearningRate: 0.3 } });
    crank.pump(1000);
    const agents = crank.trainer?.finish().agents ?? [];
    expect(agents.map((a) => a.params.valueLearningRate)).toEqual([0.02, 0.3]);
  });

  it('the main lane switched to the actor–critic takes the critic’s α_w, and back the baseline’s', () => {
    const settings = jumpStore({ mode: 'watch', baseline: 'learned', criticLearningRate: 0.15 });
    const session = new JumpSession({ settings, createTurbo: () => new CrankTurbo() });
    session.stepOnce();
    settings.getState().update({ agent: 'actor-critic' });
    session.stepOnce();
    expect(session.agent).toBeInstanceOf(ActorCriticAgent);
    expect(session.agent.params.valueLearningRate).toBe(0.15);
    settings.getState().update({ agent: 'reinforce', valueLearningRate: 0.005 });
    session.stepOnce();
    expect(session.agent).toBeInstanceOf(ReinforceAgent);
    expect(session.agent.params.valueLearningRate).toBe(0.005);
  });
});
