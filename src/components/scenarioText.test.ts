import { afterAll, describe, expect, it } from 'vitest';
import { KNOBS } from '../core/scenario/knobs';
import { i18n } from '../i18n';
import { findScenario } from '../store/scenarios';
import { knobText, scenarioStory, scenarioTitle, sectionTitle } from './scenarioText';

afterAll(() => i18n.changeLanguage('en'));

const knob = (world: 'video' | 'shop', path: string) => KNOBS[world].find((k) => k.path === path)!;

describe('scenario words', () => {
  it('are the files’ and the schema’s own in English', async () => {
    await i18n.changeLanguage('en');
    const preset = findScenario('shop-conversion')!;
    expect(scenarioTitle(preset)).toBe(preset.title);
    expect(scenarioStory(preset)).toBe(preset.story);
    const k = knob('video', 'video.clickbaitShare');
    expect(knobText('video', k)).toEqual({ label: k.label, unit: k.unit, help: k.help });
    expect(sectionTitle('video.click')).toBe('Clicks');
  });

  it('are Chinese for presets and knobs, and a changed title or story stays as written', async () => {
    await i18n.changeLanguage('zh');
    const preset = findScenario('video-watch-time')!;
    expect(scenarioTitle(preset)).toBe('视频平台：点击还是观看时长？');
    expect(scenarioStory(preset)).toMatch(/^视频平台靠广告赚钱/);
    expect(scenarioTitle({ ...preset, title: 'Our own world' })).toBe('Our own world');
    expect(scenarioTitle({ id: 'my-custom', title: 'Imported' })).toBe('Imported');
    // A file with an id of its own that kept a preset's words still reads in Chinese.
    expect(scenarioTitle({ ...preset, id: 'my-workshop' })).toBe('视频平台：点击还是观看时长？');
    expect(scenarioStory({ ...preset, id: 'my-workshop' })).toMatch(/^视频平台靠广告赚钱/);
    expect(knobText('video', knob('video', 'video.clickbaitShare'))).toEqual({ label: '标题党比例', unit: '比例 0–1', help: '封面耸动、让人看几秒就离开的视频所占的比例。' });
    // The same path, worded per case where the cases differ, once where they agree.
    expect(knobText('video', knob('video', 'users')).label).toBe('用户数');
    expect(knobText('shop', knob('shop', 'users')).label).toBe('顾客数');
    expect(knobText('shop', knob('shop', 'model.epochs')).label).toBe('训练轮数');
    // A switch has no unit in either language.
    expect(knobText('shop', knob('shop', 'model.sharedEmbeddings')).unit).toBe('');
    expect(sectionTitle('')).toBe('规模与随机种子');
  });
});
