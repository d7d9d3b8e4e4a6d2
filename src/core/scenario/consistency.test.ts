import { describe, expect, it } from 'vitest';
import { problemEnglish } from '../messages/problem';
import { loadBundledScenario, withChanges } from '../testing/bundledScenarios';
import { crossFieldProblems, fromFieldSide, namedFields, noteEnglish, scenarioNotes } from './consistency';
import { validateScenario } from './parseScenario';

const video = loadBundledScenario('video-watch-time', 'video');
const shop = loadBundledScenario('shop-conversion', 'shop');
const lines = (s: typeof video) => crossFieldProblems(s).map(problemEnglish);

describe('crossFieldProblems', () => {
  it('finds nothing wrong with any preset', () => {
    expect(crossFieldProblems(video)).toEqual([]);
    expect(crossFieldProblems(shop)).toEqual([]);
    expect(crossFieldProblems(loadBundledScenario('video-e2e-small', 'video'))).toEqual([]);
  });

  it('refuses more slots shown than candidates offered, naming both fields', () => {
    const s = withChanges(video, (v) => ((v.evaluation.topK = 50), (v.evaluation.candidatesPerUser = 10)));
    expect(lines(s)).toEqual(['evaluation.topK: must be at most evaluation.candidatesPerUser (10) (got 50)']);
    // Equal is fine: every candidate is shown, in the policy's order.
    expect(lines(withChanges(s, (v) => (v.evaluation.topK = 10)))).toEqual([]);
  });

  it('refuses more slots than items in the catalogue when the candidates are the whole catalogue', () => {
    const s = withChanges(video, (v) => ((v.items = 20), (v.evaluation.topK = 30)));
    expect(lines(s)).toEqual(['evaluation.topK: must be at most items (20) (got 30)']);
  });

  it('refuses a logged page larger than the catalogue', () => {
    const s = withChanges(video, (v) => ((v.items = 10), (v.logging.slateSize = 50)));
    expect(lines(s)).toEqual(['logging.slateSize: must be at most items (10) (got 50)']);
  });

  it('applies to files, links and edits alike (validateScenario)', () => {
    const r = validateScenario(withChanges(video, (v) => ((v.evaluation.topK = 50), (v.evaluation.candidatesPerUser = 20))));
    expect(r.ok ? [] : r.problems).toEqual(['evaluation.topK: must be at most evaluation.candidatesPerUser (20) (got 50)']);
  });
});

describe('scenarioNotes', () => {
  it('says when the A/B test serves every user or offers every item instead of the number asked', () => {
    expect(scenarioNotes(video)).toEqual([]);
    const tiny = withChanges(video, (v) => ((v.users = 10), (v.evaluation.replayUsers = 20_000)));
    expect(scenarioNotes(tiny).map(noteEnglish)).toEqual(['evaluation.replayUsers: 20,000 asked, but the world has 10 users: the A/B test serves all 10.']);
    const few = withChanges(video, (v) => (v.evaluation.candidatesPerUser = 1_000));
    expect(scenarioNotes(few).map(noteEnglish)).toEqual(["evaluation.candidatesPerUser: 1,000 asked, but the catalogue has 300 videos: each of the A/B test's users chooses from all 300."]);
    // The shop's 3,000 shoppers: 8,000 asked, 3,000 served.
    const shopNotes = scenarioNotes(withChanges(shop, (s) => (s.evaluation.replayUsers = 8_000)));
    expect(shopNotes).toEqual([{ path: 'evaluation.replayUsers', code: 'allUsers', asked: 8_000, used: 3_000, world: 'shop' }]);
    expect(noteEnglish(shopNotes[0])).toBe('evaluation.replayUsers: 8,000 asked, but the world has 3,000 shoppers: the A/B test serves all 3,000.');
  });

  it('a capped setting is valid: it runs, with its note', () => {
    expect(validateScenario(withChanges(video, (v) => ((v.users = 10), (v.evaluation.replayUsers = 20_000)))).ok).toBe(true);
  });
});

describe('fromFieldSide', () => {
  const topK = crossFieldProblems(withChanges(video, (v) => (v.evaluation.candidatesPerUser = 5)))[0];

  it('says a cross-field problem from the field the user changed', () => {
    expect(problemEnglish(fromFieldSide(topK, 'evaluation.candidatesPerUser'))).toBe('evaluation.candidatesPerUser: must be at least evaluation.topK (10) (got 5)');
    expect(fromFieldSide(topK, 'evaluation.topK')).toBe(topK);
    expect(fromFieldSide(topK, 'users')).toBe(topK);
    // And back: said from the other side, it reads as the rule it came from.
    expect(fromFieldSide(fromFieldSide(topK, 'evaluation.candidatesPerUser'), 'evaluation.topK')).toEqual(topK);
  });

  it('names both fields of a cross-field rule', () => {
    expect(namedFields(topK)).toEqual(['evaluation.topK', 'evaluation.candidatesPerUser']);
  });

  it('names the edited field of a run too big when it sizes the part to shrink', () => {
    const huge = withChanges(video, (v) => {
      v.users = 200_000;
      v.items = 100_000;
      v.evaluation.replayUsers = 20_000;
      v.evaluation.candidatesPerUser = 5_000;
    });
    const r = validateScenario(huge);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const [p] = r.issues;
    expect(p.path).toBe('evaluation.replayUsers');
    expect(fromFieldSide(p, 'evaluation.candidatesPerUser').path).toBe('evaluation.candidatesPerUser');
    // Lowering the logged impressions would not help: a change there keeps the line on the A/B test.
    expect(fromFieldSide(p, 'logging.impressions').path).toBe('evaluation.replayUsers');
    // The knobs to lower are the A/B test's two: not the videos, whose rise uncapped it.
    expect(namedFields(p)).toEqual(['evaluation.replayUsers', 'evaluation.candidatesPerUser']);
  });
});
