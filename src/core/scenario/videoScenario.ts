/**
 * The video scenario: one zod schema that validates files, links and the command
 * line, and carries each knob's label, unit and hint for the editor and the docs.
 */
import { z } from 'zod';
import { count, evaluationSchema, seedSchema, loggingSchema, modelSettingsSchema, prob, real } from './common';

export type { EvaluationSettings, LoggingSettings } from './common';

export const videoWorldSchema = z.strictObject({
  topicDim: count(2, 32, { label: 'Topics', unit: 'dimensions', help: 'How many hidden topics describe tastes and videos.' }),
  affinityScale: real(0, 4, { label: 'Taste strength', unit: 'logit per s.d.', help: 'How much a user\'s taste for a topic matters.' }),
  clickbaitShare: prob({ label: 'Clickbait share', unit: 'share 0–1', help: 'Share of videos with a lurid thumbnail that people abandon.' }),
  lengthMedianMinutes: real(1, 60, { label: 'Median video length', unit: 'minutes', help: 'Half of the videos are shorter than this.' }),
  lengthSpread: real(0, 2, { label: 'Length spread', unit: 'log-normal σ', help: 'How much video lengths vary (0: all the same).' }),
  click: z.strictObject({
    base: real(-10, 5, { label: 'Click base', unit: 'logit', help: 'Sets the overall click-through rate.' }),
    affinity: real(0, 5, { label: 'Click: taste', unit: 'logit per unit', help: 'How much taste drives clicks.' }),
    clickbait: real(0, 5, { label: 'Click: clickbait lure', unit: 'logit', help: 'Extra click pull of a clickbait thumbnail.' }),
    quality: real(0, 5, { label: 'Click: quality', unit: 'logit per s.d.', help: 'How much quality drives clicks.' }),
  }),
  watch: z.strictObject({
    base: real(-5, 5, { label: 'Watch base', unit: 'logit', help: 'Sets the typical share of a video that is watched.' }),
    affinity: real(0, 5, { label: 'Watch: taste', unit: 'logit per unit', help: 'How much taste keeps people watching.' }),
    quality: real(0, 5, { label: 'Watch: quality', unit: 'logit per s.d.', help: 'How much quality keeps people watching.' }),
    clickbait: real(0, 10, { label: 'Watch: clickbait penalty', unit: 'logit', help: 'How early people abandon clickbait.' }),
    noise: real(0, 2, { label: 'Watch noise', unit: 'log s.d.', help: 'Random variation of minutes watched around the expectation.' }),
  }),
  ads: z.strictObject({
    preRollMinutes: real(0, 2, { label: 'Pre-roll length', unit: 'minutes', help: 'Ad shown when a video starts.' }),
    midRollMinutes: real(0, 2, { label: 'Mid-roll length', unit: 'minutes', help: 'Ad shown every few watched minutes of a long video.' }),
    midRollEveryMinutes: real(1, 60, { label: 'Mid-roll interval', unit: 'watched minutes', help: 'Minutes watched between two mid-rolls.' }),
    midRollMinVideoMinutes: real(0, 60, { label: 'Mid-roll minimum length', unit: 'minutes', help: 'Only videos at least this long carry mid-rolls.' }),
  }),
});

export const videoScenarioSchema = z.strictObject({
  id: z.string().min(1).max(80),
  title: z.string().min(1).max(200),
  story: z.string().max(2000).default(''),
  world: z.literal('video'),
  seed: seedSchema,
  users: count(10, 200_000, { label: 'Users', unit: 'users', help: 'People on the platform.' }),
  items: count(10, 100_000, { label: 'Videos', unit: 'videos', help: 'Videos in the catalogue.' }),
  video: videoWorldSchema,
  logging: loggingSchema,
  model: modelSettingsSchema,
  evaluation: evaluationSchema,
});

export type VideoScenario = z.infer<typeof videoScenarioSchema>;
export type VideoWorldSettings = VideoScenario['video'];
