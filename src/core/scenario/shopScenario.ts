/**
 * The shop scenario (DESIGN 1.2): the Alibaba case. Same shape as the video
 * scenario, with the shop's behaviour knobs and a business goal.
 */
import { z } from 'zod';
import { count, evaluationSchema, seedSchema, loggingSchema, modelSettingsSchema, real } from './common';

export const shopWorldSchema = z.strictObject({
  topicDim: count(2, 32, { label: 'Categories', unit: 'dimensions', help: 'How many hidden categories describe tastes and products.' }),
  matchScale: real(0, 4, { label: 'Taste strength', unit: 'logit per s.d.', help: 'How much a shopper\'s taste for a category matters.' }),
  priceMedianYuan: real(1, 10000, { label: 'Median price', unit: 'yuan', help: 'Half of the products cost less than this.' }),
  priceSpread: real(0, 2, { label: 'Price spread', unit: 'log-normal σ', help: 'How much prices vary (0: all the same).' }),
  appealValueCorrelation: real(-0.95, 0.95, { label: 'Appeal–value correlation', unit: 'correlation −1…1', help: 'Negative: eye-catching products tend to be poor value.' }),
  click: z.strictObject({
    base: real(-10, 5, { label: 'Click base', unit: 'logit', help: 'Sets the overall click-through rate.' }),
    match: real(0, 5, { label: 'Click: taste', unit: 'logit per unit', help: 'How much taste drives clicks.' }),
    appeal: real(0, 5, { label: 'Click: eye-catching picture', unit: 'logit per s.d.', help: 'How much an eye-catching picture pulls clicks.' }),
  }),
  buy: z.strictObject({
    base: real(-10, 5, { label: 'Purchase base', unit: 'logit', help: 'Sets the share of clicks that end in a purchase.' }),
    match: real(0, 5, { label: 'Purchase: taste', unit: 'logit per unit', help: 'How much taste drives purchases after a click.' }),
    value: real(0, 5, { label: 'Purchase: value for money', unit: 'logit per s.d.', help: 'How much real value drives purchases after a click.' }),
    priceSensitivity: real(0, 5, { label: 'Purchase: price sensitivity', unit: 'logit per log-price', help: 'How strongly a higher price deters a purchase.' }),
  }),
  priceSensitivitySpread: real(0, 2, { label: 'Price sensitivity spread', unit: 'log-normal σ', help: 'How much shoppers differ in price sensitivity.' }),
});

export const shopScenarioSchema = z.strictObject({
  id: z.string().min(1).max(80),
  title: z.string().min(1).max(200),
  story: z.string().max(2000).default(''),
  world: z.literal('shop'),
  seed: seedSchema,
  users: count(10, 200_000, { label: 'Shoppers', unit: 'users', help: 'People in the shop.' }),
  items: count(10, 100_000, { label: 'Products', unit: 'products', help: 'Products in the catalogue.' }),
  goal: z.enum(['purchases', 'gmv']).meta({ label: 'Business goal', unit: '', help: 'Purchases counts orders; GMV adds up what they paid.' }),
  shop: shopWorldSchema,
  logging: loggingSchema,
  model: modelSettingsSchema.extend({
    sharedEmbeddings: z.boolean().meta({ label: 'ESMM shares embeddings', unit: '', help: 'Off gives the paper\'s ESMM-NS: the CVR tower learns its own embeddings.' }),
  }),
  evaluation: evaluationSchema,
});

export type ShopScenario = z.infer<typeof shopScenarioSchema>;
export type ShopWorldSettings = ShopScenario['shop'];
export type ShopGoal = ShopScenario['goal'];
