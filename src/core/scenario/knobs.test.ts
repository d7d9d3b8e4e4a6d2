import { describe, expect, it } from 'vitest';
import { loadBundledScenario } from '../testing/bundledScenarios';
import { applyEdits, diffEdits, findKnob, formatKnobValue, KNOBS, parseKnobValue } from './knobs';

const video = loadBundledScenario('video-watch-time', 'video');
const shop = loadBundledScenario('shop-conversion', 'shop');

describe('KNOBS', () => {
  it('lists every knob of each world with a label, unit and hint', () => {
    for (const world of ['video', 'shop'] as const) {
      expect(KNOBS[world].length).toBeGreaterThan(20);
      for (const k of KNOBS[world]) {
        expect(k.label, k.path).not.toBe(k.path);
        expect(k.help, k.path).not.toBe('');
      }
    }
  });

  it('reads ranges and kinds from the schema', () => {
    expect(findKnob('video', 'video.clickbaitShare')).toMatchObject({ kind: 'number', min: 0, max: 1, unit: 'share 0–1', section: 'video' });
    expect(findKnob('video', 'users')).toMatchObject({ kind: 'integer', min: 10, max: 200_000 });
    expect(findKnob('video', 'model.hiddenUnits')).toMatchObject({ kind: 'numberList', min: 1, max: 512 });
    expect(findKnob('shop', 'goal')).toMatchObject({ kind: 'choice', options: ['purchases', 'gmv'] });
    expect(findKnob('shop', 'model.sharedEmbeddings')).toMatchObject({ kind: 'boolean' });
    expect(findKnob('video', 'title')).toBeUndefined();
  });
});

describe('applyEdits and diffEdits', () => {
  it('applies edits to a copy and finds them again', () => {
    const edits = { 'video.clickbaitShare': 0.5, 'model.hiddenUnits': [16], seed: 7, title: 'Mine' };
    const r = applyEdits(video, edits);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario).toMatchObject({ seed: 7, title: 'Mine', video: { clickbaitShare: 0.5 } });
    expect(video.video.clickbaitShare).toBe(0.2);
    expect(diffEdits(video, r.scenario)).toEqual(edits);
  });

  it('gives one line per bad edit naming the field', () => {
    expect(applyEdits(video, { 'video.clickbaitShare': 1.5, users: 2.5 })).toMatchObject({
      ok: false,
      problems: ['users: must be a whole number (an integer) (got 2.5)', 'video.clickbaitShare: must be at most 1 (got 1.5)'],
    });
    expect(applyEdits(video, { 'video.nope': 1 })).toMatchObject({ ok: false, problems: ['video: unknown field nope'] });
    expect(applyEdits(video, { 'nowhere.deep': 1 })).toMatchObject({ ok: false, problems: ['nowhere.deep: unknown field'] });
    // The same problem, structured for the page: the field as written, a reason code.
    expect(applyEdits(video, { 'nowhere.deep': 1 })).toMatchObject({ issues: [{ path: 'nowhere.deep', reason: { code: 'unknownField' } }] });
    expect(applyEdits(shop, { world: 'video' })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^world: cannot be changed/)] });
  });

  it('keeps a scenario\'s own id, title and story as edits of its preset', () => {
    const mine = { ...video, id: 'my-workshop', title: 'Our workshop' };
    expect(diffEdits(video, mine)).toEqual({ id: 'my-workshop', title: 'Our workshop' });
    const r = applyEdits(video, { id: 'my-workshop' });
    expect(r.ok && r.scenario.id).toBe('my-workshop');
    expect(applyEdits(video, { id: '' })).toMatchObject({ ok: false, problems: ['id: must not be empty (got "")'] });
  });
});

describe('link values', () => {
  it('round-trips each kind', () => {
    expect(parseKnobValue(findKnob('video', 'video.clickbaitShare'), '0.5')).toBe(0.5);
    expect(parseKnobValue(findKnob('video', 'model.hiddenUnits'), formatKnobValue([64, 32]))).toEqual([64, 32]);
    expect(parseKnobValue(findKnob('shop', 'model.sharedEmbeddings'), 'false')).toBe(false);
    expect(parseKnobValue(findKnob('shop', 'goal'), 'gmv')).toBe('gmv');
  });

  it('keeps text that is not a number as text, so validation can name it', () => {
    expect(parseKnobValue(findKnob('video', 'users'), 'abc')).toBe('abc');
    expect(parseKnobValue(findKnob('video', 'users'), '')).toBe('');
    expect(parseKnobValue(findKnob('video', 'users'), 'NaN')).toBeNaN();
    expect(parseKnobValue(findKnob('video', 'users'), 'Infinity')).toBe(Infinity);
  });
});
