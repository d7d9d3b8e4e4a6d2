/**
 * Schema parts shared by every world: the knob helpers that carry each number's
 * label, unit and hint, the model settings, the logging policy and the evaluation.
 */
import { z } from 'zod';

/** Editor/doc metadata carried by every knob. */
export interface KnobMeta {
  label: string;
  unit: string;
  help: string;
}

export const knob = (schema: z.ZodNumber, meta: KnobMeta) => schema.meta(meta as unknown as Record<string, unknown>);
export const count = (min: number, max: number, meta: KnobMeta) => knob(z.number().int().min(min).max(max), meta);
export const real = (min: number, max: number, meta: KnobMeta) => knob(z.number().min(min).max(max), meta);
export const prob = (meta: KnobMeta) => real(0, 1, { ...meta, unit: meta.unit || 'share 0–1' });

/** The seed every random stream of a run derives from (DESIGN 1). */
export const seedSchema = count(0, 2 ** 31 - 1, { label: 'Seed', unit: 'whole number', help: 'Same seed, same world: another seed draws other users, items and logs.' });

export const modelSettingsSchema = z.strictObject({
  embeddingDim: count(2, 64, { label: 'Embedding width', unit: 'numbers per ID', help: 'How many numbers describe each user and each item.' }),
  hiddenUnits: z
    .array(z.number().int().min(1).max(512))
    .min(1)
    .max(4)
    .meta({ label: 'Hidden layers', unit: 'units per layer, 1–4 layers', help: 'Widths of the network\'s hidden layers, e.g. 64,32.' }),
  epochs: count(1, 30, { label: 'Epochs', unit: 'passes', help: 'How many times training reads all the logged impressions.' }),
  batchSize: count(32, 8192, { label: 'Batch size', unit: 'impressions', help: 'Impressions per training step.' }),
  learningRate: real(1e-5, 1, { label: 'Learning rate', unit: 'step size', help: 'Adam step size of the network; too large and the loss explodes.' }),
  embeddingLearningRate: real(1e-5, 5, { label: 'Embedding learning rate', unit: 'step size', help: 'Adagrad step size of the ID embeddings.' }),
});

export const evaluationSchema = z.strictObject({
  testFraction: real(0.05, 0.5, { label: 'Held-out share', unit: 'share 0–1', help: 'Share of the logs kept aside for offline AUC and logloss.' }),
  replayUsers: count(10, 20000, { label: 'Users in the A/B test', unit: 'users', help: 'How many users each policy serves in the simulated A/B test.' }),
  candidatesPerUser: count(10, 5000, { label: 'Candidates per user', unit: 'items', help: 'How many items each policy may choose from for a user.' }),
  topK: count(1, 50, { label: 'Slots shown', unit: 'items', help: 'How many recommendations each user sees.' }),
  bootstrapSamples: count(20, 2000, { label: 'Bootstrap samples', unit: 'resamples', help: 'Resamples of users behind each confidence interval.' }),
});

export const loggingSchema = z.strictObject({
  impressions: count(1000, 5_000_000, { label: 'Logged impressions', unit: 'impressions', help: 'How many impressions the platform logged for training.' }),
  popularityMix: prob({ label: 'Popularity bias of the logs', unit: 'share 0–1', help: 'Share of impressions chosen by popularity rather than at random.' }),
  slateSize: count(1, 50, { label: 'Slate size', unit: 'positions', help: 'Positions per logged page.' }),
});


export type ModelSettingsInput = z.infer<typeof modelSettingsSchema>;
export type EvaluationSettings = z.infer<typeof evaluationSchema>;
export type LoggingSettings = z.infer<typeof loggingSchema>;
