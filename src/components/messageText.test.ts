import { afterAll, describe, expect, it } from 'vitest';
import { messageEnglish, type Message } from '../core/messages/message';
import { problemEnglish, type Problem } from '../core/messages/problem';
import { noteEnglish, type ScenarioNote } from '../core/scenario/consistency';
import { i18n } from '../i18n';
import { messagesText, messageText } from './messageText';
import { noteText, problemText } from './problemText';

/** One message of every code, with numbers large enough to need separators. */
const MESSAGES: Message[] = [
  { code: 'autoPicked', best: 'wasm', speeds: [{ backend: 'wasm', examplesPerSec: 85_432 }, { backend: 'cpu', examplesPerSec: 950 }], unavailable: ['webgl'] },
  { code: 'autoPicked', best: 'cpu', speeds: [{ backend: 'cpu', examplesPerSec: 25_000 }], unavailable: [] },
  { code: 'webglSoftware', renderer: 'SwiftShader' },
  { code: 'backendFallback', asked: 'webgl', used: 'wasm' },
  { code: 'wasmPathsIgnored', detail: 'missing tfjs-backend-wasm-simd.wasm' },
  { code: 'noBackend' },
  { code: 'nonFiniteLoss', what: 'NaN', epoch: 2, step: 7 },
  { code: 'nonFiniteLoss', what: 'infinite', epoch: 1, step: 3 },
  { code: 'runTooBig', bytes: 3.5 * 1024 ** 3, limitBytes: 1024 ** 3, causes: [{ part: 'logs', bytes: 3.2 * 1024 ** 3, impressions: 5_000_000, bytesPerImpression: 96 }] },
  { code: 'webglTextures', capacity: 65_536, maxTextureSize: 256, batchSize: 4096, largestValues: 131_073, maxBatchSize: 1023 },
  { code: 'generateFirst' },
  { code: 'trainFirst' },
  { code: 'noClickedImpressions' },
  { code: 'workerFailed', detail: 'Uncaught SyntaxError' },
  { code: 'workerFailed' },
  { code: 'workerUnreadable' },
  { code: 'workerOff' },
  { code: 'workerNotCreated', detail: 'SecurityError' },
  { code: 'workerTimeout' },
  { code: 'workerScript' },
  { code: 'workerScript', detail: 'Failed to fetch' },
  {
    code: 'runTooBig',
    bytes: 4 * 1024 ** 3,
    limitBytes: 1024 ** 3,
    causes: [
      { part: 'replay', bytes: 3 * 1024 ** 3, users: 20_000, candidates: 5000 },
      { part: 'entities', bytes: 0.9 * 1024 ** 3, users: 200_000, items: 100_000 },
    ],
  },
];

/** One problem of every reason code. */
const PROBLEMS: Problem[] = [
  { path: 'video.clickbaitShare', reason: { code: 'atMost', limit: 1 }, got: '1.5' },
  { path: 'x', reason: { code: 'below', limit: 5 }, got: '5' },
  { path: 'users', reason: { code: 'atLeast', limit: 10 }, got: '-3' },
  { path: 'x', reason: { code: 'above', limit: 0 }, got: '0' },
  { path: 'model.hiddenUnits', reason: { code: 'maxEntries', limit: 4 } },
  { path: 'model.hiddenUnits', reason: { code: 'minEntries', limit: 1 } },
  { path: 'model.hiddenUnits', reason: { code: 'minEntries', limit: 2 } },
  { path: 'title', reason: { code: 'maxChars', limit: 200 } },
  { path: 'title', reason: { code: 'minChars', limit: 3 } },
  { path: 'title', reason: { code: 'notEmpty' }, got: '""' },
  { path: 'users', reason: { code: 'integer' }, got: '10.5' },
  { path: 'users', reason: { code: 'finite' }, got: 'Infinity' },
  { path: 'seed', reason: { code: 'number' }, got: '"abc"' },
  { path: 'model.sharedEmbeddings', reason: { code: 'boolean' }, got: '"yes"' },
  { path: 'title', reason: { code: 'text' }, got: '3' },
  { path: 'model.hiddenUnits', reason: { code: 'list' }, got: '3' },
  { path: 'video', reason: { code: 'object' }, got: '3' },
  { path: 'logging.slateSize', reason: { code: 'missing' } },
  { path: 'nowhere.deep', reason: { code: 'unknownField' } },
  { path: 'world', reason: { code: 'fixed' } },
  { path: '(scenario)', reason: { code: 'jsonObject' } },
  { path: 'esmm', reason: { code: 'sharedOrSeparate' }, got: '"maybe"' },
  { path: '(scenario)', reason: { code: 'busy' } },
  { path: '(file)', reason: { code: 'busyImport' } },
  { path: '(link)', reason: { code: 'linkNotApplied' } },
  { path: '(link)', reason: { code: 'linkNotRun' } },
  { path: 'bogus', reason: { code: 'unknownParameter' } },
  { path: 'goal', reason: { code: 'shopOnly', value: '"gmv"' } },
  { path: 'x', reason: { code: 'type', expected: 'bigint' } },
  { path: 'goal', reason: { code: 'oneOf', values: ['"purchases"', '"gmv"'] }, got: '"revenue"' },
  { path: 'video', reason: { code: 'unknownFields', fields: ['nope'] } },
  { path: 'video', reason: { code: 'unknownFields', fields: ['a', 'b'] } },
  { path: 'world', reason: { code: 'worldMismatch', expected: 'video', actual: 'shop' } },
  { path: 'evaluation.topK', reason: { code: 'notAboveField', field: 'evaluation.candidatesPerUser', limit: 10 }, got: '50' },
  { path: 'evaluation.candidatesPerUser', reason: { code: 'notBelowField', field: 'evaluation.topK', limit: 50 }, got: '10' },
  { path: 'world', reason: { code: 'unknownWorld', world: '"podcast"' } },
  { path: '(file)', reason: { code: 'notJson', detail: 'Unexpected end of JSON input' } },
  { path: 'scenario', reason: { code: 'unknownPreset', id: 'podcast' } },
  { path: 'scenario', reason: { code: 'unknownPreset', id: 'podcast', lesson: true } },
  { path: 'scenario', reason: { code: 'savedPresetGone', id: 'gone' } },
  { path: 'logging.impressions', reason: { code: 'message', message: MESSAGES[8] } },
  { path: 'evaluation.replayUsers', reason: { code: 'message', message: MESSAGES[MESSAGES.length - 1] } },
  { path: 'x', reason: { code: 'other', text: 'zod says no' } },
  { path: '(link)', reason: { code: 'linkNotApplied', saved: true } },
  { path: 'scenario', reason: { code: 'unknownPreset', id: 'podcast', saved: true } },
  { path: 'world', reason: { code: 'worldMissing' } },
  { path: 'step', reason: { code: 'noSuchStep', asked: 99, steps: 7, opened: 2 } },
  { path: 'model.hiddenUnits', reason: { code: 'number' }, got: '"abc"', entry: 2 },
  { path: 'video.clickbaitShare', reason: { code: 'atMost', limit: 1 }, got: '3', savedDropped: true },
];

afterAll(() => i18n.changeLanguage('en'));

describe('messages and problems on the page', () => {
  it('say in English exactly what the command line says', async () => {
    await i18n.changeLanguage('en');
    for (const m of MESSAGES) expect(messageText(m), m.code).toBe(messageEnglish(m));
    for (const p of PROBLEMS) expect(problemText(p), p.reason.code).toBe(problemEnglish(p));
    // The tester's lines, each one clean sentence.
    expect(problemText(PROBLEMS.find((p) => p.entry === 2)!)).toBe('model.hiddenUnits (layer 2): must be a number (got "abc")');
    expect(problemText(PROBLEMS.find((p) => p.reason.code === 'shopOnly')!)).toBe('goal: "gmv" applies only to the online shop; this scenario is a video platform, so it was ignored');
    expect(problemText(PROBLEMS.find((p) => p.reason.code === 'worldMissing')!)).toBe('world: missing (a scenario names its world: "video" or "shop")');
    expect(messagesText([MESSAGES[0], MESSAGES[2]])).toBe(`${messageEnglish(MESSAGES[0])} ${messageEnglish(MESSAGES[2])}`);
  });

  it('say it in Chinese, with Chinese number words, every code in its own words', async () => {
    await i18n.changeLanguage('zh');
    expect(messageText(MESSAGES[0])).toBe('已选用 wasm，它在实测中最快（每秒样本数：wasm 8.5万、cpu 950；本机不可用：webgl）。');
    expect(messageText(MESSAGES[6])).toBe('训练已停止：第 2 轮第 7 步的损失变成了 NaN。请试试更小的学习率。');
    expect(messageText(MESSAGES[8])).toContain('大约需要 3,584 MiB 内存，超过了本应用允许单次运行使用的 1,024 MiB');
    expect(messageText(MESSAGES[8])).toContain('5,000,000 次记录的曝光');
    expect(messageText(MESSAGES[8])).toContain('（logging.impressions）');
    const twoCauses = messageText(MESSAGES[MESSAGES.length - 1]);
    expect(twoCauses).toContain('A/B 测试的 20,000 位用户 × 每人 5,000 个候选约占 3,072 MiB');
    expect(twoCauses).toContain('200,000 个用户和 100,000 个物品');
    expect(problemText(PROBLEMS[0])).toBe('video.clickbaitShare：不能大于 1（实际为 1.5）');
    expect(problemText(PROBLEMS[12])).toBe('seed：必须是数字（实际为 "abc"）');
    expect(problemText(PROBLEMS[24])).toBe('（链接）：链接对场景的改动没有生效；显示的是预设本身');
    expect(problemText(PROBLEMS.find((p) => p.reason.code === 'unknownParameter')!)).toBe('bogus：未知的链接参数（已忽略）');
    expect(problemText(PROBLEMS[29])).toBe('goal：必须是以下之一："purchases"、"gmv"（实际为 "revenue"）');
    expect(problemText(PROBLEMS[PROBLEMS.length - 1])).toBe('video.clickbaitShare：不能大于 1（实际为 3）（已丢弃保存的改动）');
    expect(problemText(PROBLEMS.find((p) => p.entry === 2)!)).toBe('model.hiddenUnits（第 2 层）：必须是数字（实际为 "abc"）');
    expect(problemText(PROBLEMS.find((p) => p.reason.code === 'shopOnly')!)).toBe('goal："gmv" 只适用于网店；当前场景是视频平台，因此已忽略');
    expect(problemText(PROBLEMS.find((p) => p.reason.code === 'notAboveField')!)).toBe('evaluation.topK：不能大于 evaluation.candidatesPerUser（10）（实际为 50）');
    // No code falls back to its English wording (technical names and what was typed aside).
    const english = new Set([...MESSAGES.map(messageEnglish), ...PROBLEMS.map(problemEnglish)]);
    for (const m of MESSAGES) if (m.code !== 'workerOff' && !(m.code === 'workerScript' && m.detail)) expect(english.has(messageText(m)), m.code).toBe(false);
    for (const p of PROBLEMS) if (p.reason.code !== 'other') expect(english.has(problemText(p)), p.reason.code).toBe(false);
  });
});

describe('capped-setting notes on the page', () => {
  const notes: ScenarioNote[] = [
    { path: 'evaluation.replayUsers', code: 'allUsers', asked: 20_000, used: 10, world: 'video' },
    { path: 'evaluation.replayUsers', code: 'allUsers', asked: 8_000, used: 3_000, world: 'shop' },
    { path: 'evaluation.candidatesPerUser', code: 'allItems', asked: 5_000, used: 300, world: 'video' },
    { path: 'evaluation.candidatesPerUser', code: 'allItems', asked: 1_000, used: 120, world: 'shop' },
  ];

  it('say in English what the command line says, and in Chinese in its own words', async () => {
    await i18n.changeLanguage('en');
    for (const n of notes) expect(noteText(n)).toBe(noteEnglish(n));
    await i18n.changeLanguage('zh');
    expect(noteText(notes[1])).toBe('evaluation.replayUsers：设定为 8,000，但这个世界只有 3,000 位顾客：A/B 测试会覆盖全部 3,000 位顾客。');
    for (const n of notes) expect(noteText(n)).not.toBe(noteEnglish(n));
  });
});
