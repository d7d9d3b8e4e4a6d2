/**
 * Strings of the `shopInsights` namespace: the shop case's one-sentence "what to
 * notice" lines, English and Simplified Chinese. Pieces that English joins inside a
 * sentence (`{{clicks}}, {{buys}}.`) are clauses that read on their own in Chinese
 * too; comparisons come in one template per kind, as in `insights`.
 */
import type { SameKeys } from './shape';

export const shopInsightsEn = {
  names: { ctr: 'the CTR model', cvr: 'the CVR model', esmm: 'ESMM', esmmNs: 'ESMM-NS' },
  inSentence: { ctr: 'ranking by clicks', ctrXcvr: 'BASE (CTR × CVR)', esmm: 'ESMM', esmmNs: 'ESMM-NS' },
  summary: {
    none: 'This shop logged too few clicks on one kind of product to compare eye-candy products (eye-catching picture, below-average value) with the others.',
    noEyeCandy: 'No product in this shop is eye-candy (eye-catching picture, below-average value), so there is no such contrast to see here.',
    main: '{{clicks}}, {{buys}} (eye-candy: an eye-catching picture on a product of below-average value, {{share}} of the catalogue).',
    clicksMore: 'Eye-candy products are clicked {{lure}} as often as the others',
    clicksSame: 'Eye-candy products are clicked about as often as the others ({{top}} vs {{other}} of impressions)',
    clicksLess: 'Here eye-candy products are clicked less than the others ({{top}} vs {{other}} of impressions)',
    buysWorse: 'yet only {{top}} of their clicks end in a purchase, against {{other}} for the others',
    buysWorseAnd: 'and only {{top}} of their clicks end in a purchase, against {{other}} for the others',
    buysNotWorse: 'and {{top}} of their clicks end in a purchase, against {{other}} for the others',
  },
  selection: {
    none: 'Without both clicked and unclicked impressions there is nothing to compare here.',
    same: 'A conversion model trained on clicks sees only the clicked impressions, whose would-be conversion is {{on}}: about the same as the {{off}} of the unclicked impressions it will also have to rank.',
    more: 'A conversion model trained on clicks sees only the clicked impressions, whose would-be conversion is {{on}}: more than the {{off}} of the unclicked impressions it will also have to rank.',
    less: 'A conversion model trained on clicks sees only the clicked impressions, whose would-be conversion is {{on}}: less than the {{off}} of the unclicked impressions it will also have to rank.',
  },
  loss: {
    main: 'Loss falls as the models learn (mean over the first and the last epoch): {{parts}}; {{esmm}} adds a click term and a click-and-buy term, and the CVR model counts clicked impressions only, so the numbers are not comparable across models.',
    notFalling:
      'Mean training loss over the first and the last epoch: {{parts}}; not every loss fell: a model whose loss does not fall learned nothing more from its logs after the first epoch. {{esmm}} adds a click term and a click-and-buy term, and the CVR model counts clicked impressions only, so the numbers are not comparable across models.',
  },
  auc: {
    none: 'AUC measures how well a model ranks held-out impressions it never trained on (0.5 is a coin toss, 1 is perfect).',
    main: "After the last epoch the CTR model separates clicks with AUC {{ctr}} and {{esmm}}'s click tower with {{esmmAuc}}, while the CVR model tells buyers from the other clickers with AUC {{cvr}}{{coinToss}}: none of these says which ranking sells more, step 3 does.",
    aboutCoinToss: ' (about a coin toss)',
    worseThanCoinToss:
      ' (worse than a coin toss: it learned from {{few}}, too few purchases to learn who buys, so it ranks held-out buyers slightly worse than chance)',
    fewClicked: 'only the clicked impressions',
    fewClickedCount: 'only {{n}} clicked impressions',
  },
  clicks: {
    times: 'Ranking by clicks gets {{amount}} the clicks of {{esmm}} ({{ctr}} vs {{esmmClicks}} per 1,000 impressions): {{verdict}}.',
    more: 'Ranking by clicks gets {{amount}} more clicks than {{esmm}} ({{ctr}} vs {{esmmClicks}} per 1,000 impressions): {{verdict}}.',
    same: 'Ranking by clicks gets about as many clicks as {{esmm}} ({{ctr}} vs {{esmmClicks}} per 1,000 impressions): {{verdict}}.',
    fewer: 'Ranking by clicks gets {{amount}} fewer clicks than {{esmm}} ({{ctr}} vs {{esmmClicks}} per 1,000 impressions): {{verdict}}.',
    none: 'Ranking by clicks gets no comparable clicks to {{esmm}} ({{ctr}} vs {{esmmClicks}} per 1,000 impressions): {{verdict}}.',
  },
  goal: {
    main: '{{head}} ({{numbers}}){{base}}.',
    times: '{{name}} earns {{amount}} the {{unit}} of ranking by clicks',
    more: '{{name}} earns {{amount}} more {{unit}} than ranking by clicks',
    same: '{{name}} earns about the same {{unit}} as ranking by clicks',
    none: '{{name}} earns no comparable {{unit}} to ranking by clicks',
    less: 'In this run {{name}} earns less than ranking by clicks',
    numbers: '{{esmm}} vs {{ctr}} {{amountUnit}} per 1,000 impressions',
    base: '; BASE (CTR × CVR learned on clicks) earns {{base}}',
    unit: { purchasesPer1k: 'purchases', gmvPer1k: 'GMV' },
    amountUnit: { purchasesPer1k: 'purchases', gmvPer1k: 'yuan of GMV' },
  },
  share: {
    main: '{{esmm}} reaches {{share}} of the best possible {{goal}}, {{others}}{{floor}}.',
    ctr: 'ranking by clicks {{share}}',
    base: 'BASE {{share}}',
    floor: '; random gets {{share}}',
    goal: { purchases: 'purchases', gmv: 'GMV' },
  },
  funnel: {
    main: 'Per 1,000 impressions, ranking by clicks turns {{ctr}}, {{esmm}} turns {{esmmPart}}.',
    moral: 'Per 1,000 impressions, ranking by clicks turns {{ctr}}, {{esmm}} turns {{esmmPart}}: fewer clicks, more purchases.',
    part: '{{clicks}} clicks into {{buys}} purchases ({{rate}} of clicks)',
  },
  space: {
    learned: "BASE's CVR model learned from {{base}} clicked impressions, {{name}} from all {{ours}}; ",
    needsBoth: '{{learned}}the comparison of predicted and true conversion needs both CVR models.',
    main: '{{learned}}{{ranking}}. {{calibration}}',
    tooFew: 'on the unclicked impressions it must also rank there are too few would-be purchases to compare the orderings',
    aucs: '{{name}} {{ours}} vs BASE {{base}}, AUC against the would-be purchases',
    same: 'on the unclicked impressions it must also rank, {{name}} and BASE order the would-be buyers about equally well ({{aucs}})',
    better: 'on the unclicked impressions it must also rank, {{better}} orders the would-be buyers better ({{aucs}}), which is what ranking needs',
    calibration: 'In level, BASE predicts {{base}} conversion there and {{name}} {{ours}}, where the truth is {{truth}}: {{verdict}}.',
    both: 'both {{word}}',
    each: 'BASE {{base}}, {{name}} {{ours}}',
    plural: { below: 'under-predict', above: 'over-predict', same: 'are about right' },
    singular: { below: 'under-predicts', above: 'over-predicts', same: 'is about right' },
  },
  offline: {
    ctcvr: 'AUC of click-and-buy over every impression (CTCVR AUC)',
    metric: 'the offline metric that matches the goal, the {{ctcvr}}',
    online: '{{first}} vs {{second}} {{goal}} per 1,000 impressions',
    goal: { purchases: 'purchases', gmv: 'yuan of GMV' },
    goalNoun: { purchases: 'purchases', gmv: 'GMV' },
    agree:
      'Here offline and online point the same way: {{offline}} has the best {{ctcvr}}, {{offlineAuc}} against {{otherAuc}} for {{other}}, and earns the most {{goalNoun}} in the A/B test ({{onlineAgree}}; a difference of {{diff}} whose 95 % interval, {{diffLow}} to {{diffHigh}}, excludes 0).',
    agreeWithinCi:
      '{{offline}} has the best {{ctcvr}}, {{offlineAuc}} against {{otherAuc}} for {{other}}, and earns the most {{goalNoun}} in the A/B test ({{onlineAgree}}), but the difference, {{diff}}, has a 95 % interval, {{diffLow}} to {{diffHigh}}, that includes 0: this run cannot tell the two apart online.',
    disagree:
      'Offline and online disagree: by {{metric}} you would ship {{offline}} ({{offlineAuc}} vs {{otherAuc}}), but {{other}} earns more in the A/B test ({{online}}; a difference of {{diff}} whose 95 % interval, {{diffLow}} to {{diffHigh}}, excludes 0).',
    tooCloseOffline:
      'Offline, {{offline}} and {{other}} are too close to call by {{metric}} ({{offlineAuc}} vs {{otherAuc}}); the A/B test tells them apart: {{other}} earns more ({{online}}; a difference of {{diff}} whose 95 % interval, {{diffLow}} to {{diffHigh}}, excludes 0).',
    withinCi:
      'By {{metric}} {{offline}} looks better ({{offlineAuc}} vs {{otherAuc}}); in the A/B test {{other}} earns a little more ({{online}}), but the difference, {{diff}}, has a 95 % interval, {{diffLow}} to {{diffHigh}}, that includes 0, so this run cannot tell them apart online.',
  },
};

export const shopInsightsZh: SameKeys<typeof shopInsightsEn> = {
  names: { ctr: 'CTR 模型', cvr: '转化率模型', esmm: 'ESMM', esmmNs: 'ESMM-NS' },
  inSentence: { ctr: '按点击排序', ctrXcvr: 'BASE（CTR × CVR）', esmm: 'ESMM', esmmNs: 'ESMM-NS' },
  summary: {
    none: '这家网店在某一类商品上记录的点击太少，无法比较“好看不实用”的商品（图片吸睛、性价比低于平均）和其他商品。',
    noEyeCandy: '这家网店里没有“好看不实用”的商品（图片吸睛、性价比低于平均），所以这里看不到这种对比。',
    main: '{{clicks}}，{{buys}}（“好看不实用”：图片吸睛、性价比低于平均的商品，占商品库的{{share}}）。',
    clicksMore: '“好看不实用”的商品的点击次数是其他商品的{{lure}}',
    clicksSame: '“好看不实用”的商品的点击与其他商品差不多（分别占曝光的{{top}}和{{other}}）',
    clicksLess: '在这里，“好看不实用”的商品的点击反而少于其他商品（分别占曝光的{{top}}和{{other}}）',
    buysWorse: '但它们的点击中只有{{top}}以购买告终，其他商品则为{{other}}',
    buysWorseAnd: '它们的点击中也只有{{top}}以购买告终，其他商品则为{{other}}',
    buysNotWorse: '它们的点击中有{{top}}以购买告终，其他商品为{{other}}',
  },
  selection: {
    none: '没有同时包含被点击和未被点击的曝光，这里无从比较。',
    same: '只在点击上训练的转化率模型只能看到被点击的曝光，它们的潜在转化率是{{on}}：与它同样要排序的未被点击曝光的{{off}}相当。',
    more: '只在点击上训练的转化率模型只能看到被点击的曝光，它们的潜在转化率是{{on}}：高于它同样要排序的未被点击曝光的{{off}}。',
    less: '只在点击上训练的转化率模型只能看到被点击的曝光，它们的潜在转化率是{{on}}：低于它同样要排序的未被点击曝光的{{off}}。',
  },
  loss: {
    main: '随着模型学习，损失不断下降（取第一轮和最后一轮的平均值）：{{parts}}；{{esmm}}的损失包含点击项和“点击并购买”项，转化率模型只计入被点击的曝光，所以不同模型的数字不能直接比较。',
    notFalling:
      '第一轮和最后一轮的平均训练损失：{{parts}}；并非每个损失都下降了：损失不再下降的模型，在第一轮之后没有从日志中学到更多东西。{{esmm}}的损失包含点击项和“点击并购买”项，转化率模型只计入被点击的曝光，所以不同模型的数字不能直接比较。',
  },
  auc: {
    none: 'AUC 衡量模型给从未训练过的留出曝光排序的能力（0.5 相当于抛硬币，1 为完美）。',
    main: '最后一轮结束后，CTR 模型区分点击的 AUC 为{{ctr}}，{{esmm}}的点击塔为{{esmmAuc}}；转化率模型区分下单者与其他点击者的 AUC 为{{cvr}}{{coinToss}}：这些数字都说明不了哪种排序卖得更多，第 3 步才能回答。',
    aboutCoinToss: '（约等于抛硬币）',
    worseThanCoinToss: '（比抛硬币还差：它只从{{few}}中学习，其中的购买太少，学不会谁会买，因此给留出集中下单者的排序略差于随机）',
    fewClicked: '被点击的曝光',
    fewClickedCount: '{{n}}次被点击的曝光',
  },
  clicks: {
    times: '按点击排序得到的点击是{{esmm}}的{{amount}}（每千次曝光{{ctr}}对{{esmmClicks}}）：{{verdict}}。',
    more: '按点击排序比{{esmm}}多得到{{amount}}的点击（每千次曝光{{ctr}}对{{esmmClicks}}）：{{verdict}}。',
    same: '按点击排序得到的点击与{{esmm}}差不多（每千次曝光{{ctr}}对{{esmmClicks}}）：{{verdict}}。',
    fewer: '按点击排序比{{esmm}}少得到{{amount}}的点击（每千次曝光{{ctr}}对{{esmmClicks}}）：{{verdict}}。',
    none: '{{esmm}}没有可供比较的点击（每千次曝光{{ctr}}对{{esmmClicks}}）：{{verdict}}。',
  },
  goal: {
    main: '{{head}}（{{numbers}}）{{base}}。',
    times: '{{name}}带来的{{unit}}是按点击排序的{{amount}}',
    more: '{{name}}比按点击排序多带来{{amount}}的{{unit}}',
    same: '{{name}}带来的{{unit}}与按点击排序差不多',
    none: '按点击排序没有可供比较的{{unit}}',
    less: '在这次运行中，{{name}}带来的{{unit}}少于按点击排序',
    numbers: '每千次曝光{{esmm}}对{{ctr}}{{amountUnit}}',
    base: '；BASE（CTR × CVR，CVR 在点击上学习）为{{base}}',
    unit: { purchasesPer1k: '购买数', gmvPer1k: 'GMV' },
    amountUnit: { purchasesPer1k: '次购买', gmvPer1k: '元 GMV' },
  },
  share: {
    main: '{{esmm}}达到理论最优{{goal}}的{{share}}，{{others}}{{floor}}。',
    ctr: '按点击排序为{{share}}',
    base: 'BASE 为{{share}}',
    floor: '；随机排序为{{share}}',
    goal: { purchases: '购买数', gmv: 'GMV' },
  },
  funnel: {
    main: '每千次曝光中，按点击排序把{{ctr}}，{{esmm}}则把{{esmmPart}}。',
    moral: '每千次曝光中，按点击排序把{{ctr}}，{{esmm}}则把{{esmmPart}}：点击更少，购买更多。',
    part: '{{clicks}}次点击转化为{{buys}}次购买（占点击的{{rate}}）',
  },
  space: {
    learned: 'BASE 的转化率模型从{{base}}次被点击的曝光中学习，{{name}}则从全部{{ours}}次曝光中学习；',
    needsBoth: '{{learned}}要比较预测与真实的转化率，需要两个转化率模型。',
    main: '{{learned}}{{ranking}}。{{calibration}}',
    tooFew: '在它同样要排序的未被点击曝光上，潜在购买太少，无法比较排序的好坏',
    aucs: '{{name}} {{ours}} 对 BASE {{base}}，以潜在购买为准的 AUC',
    same: '在它同样要排序的未被点击曝光上，{{name}}和 BASE 给潜在买家排序的能力相当（{{aucs}}）',
    better: '在它同样要排序的未被点击曝光上，{{better}}给潜在买家排得更好（{{aucs}}），而这正是排序所需要的',
    calibration: '从数值水平看，BASE 在那里预测的转化率为{{base}}，{{name}}为{{ours}}，而真实值是{{truth}}：{{verdict}}。',
    both: '两者都{{word}}',
    each: 'BASE {{base}}，{{name}}{{ours}}',
    plural: { below: '低估了', above: '高估了', same: '基本准确' },
    singular: { below: '低估了', above: '高估了', same: '基本准确' },
  },
  offline: {
    ctcvr: '“点击并购买”在全部曝光上的 AUC（CTCVR AUC）',
    metric: '与目标相符的离线指标，即{{ctcvr}}',
    online: '每千次曝光{{first}}对{{second}}{{goal}}',
    goal: { purchases: '次购买', gmv: '元 GMV' },
    goalNoun: { purchases: '购买', gmv: 'GMV' },
    agree: '这里离线和线上的结论一致：{{offline}}的{{ctcvr}}最高，为{{offlineAuc}}（{{other}}为{{otherAuc}}），在 A/B 测试中带来的{{goalNoun}}也最多（{{onlineAgree}}，差值为 {{diff}}，其 95% 置信区间（{{diffLow}} 至 {{diffHigh}}）不包含 0）。',
    agreeWithinCi: '{{offline}}的{{ctcvr}}最高，为{{offlineAuc}}（{{other}}为{{otherAuc}}），在 A/B 测试中带来的{{goalNoun}}也最多（{{onlineAgree}}），但两者之差 {{diff}} 的 95% 置信区间（{{diffLow}} 至 {{diffHigh}}）包含 0：这次运行无法在线上分出两者的高下。',
    disagree: '离线和线上的结论相反：按{{metric}}，你会上线{{offline}}（{{offlineAuc}}对{{otherAuc}}），但在 A/B 测试中{{other}}带来的更多（{{online}}，差值为 {{diff}}，其 95% 置信区间（{{diffLow}} 至 {{diffHigh}}）不包含 0）。',
    tooCloseOffline: '从离线看，按{{metric}}，{{offline}}和{{other}}难分高下（{{offlineAuc}}对{{otherAuc}}）；A/B 测试分出了高下：{{other}}带来的更多（{{online}}，差值为 {{diff}}，其 95% 置信区间（{{diffLow}} 至 {{diffHigh}}）不包含 0）。',
    withinCi:
      '按{{metric}}，{{offline}}看起来更好（{{offlineAuc}}对{{otherAuc}}）；在 A/B 测试中{{other}}略胜一筹（{{online}}），但两者之差 {{diff}} 的 95% 置信区间（{{diffLow}} 至 {{diffHigh}}）包含 0，所以这次运行无法在线上分出两者的高下。',
  },
};
