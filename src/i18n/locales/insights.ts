/**
 * Strings of the `insights` namespace: the video case's one-sentence "what to
 * notice" lines and the pieces both cases share, English and Simplified Chinese.
 * Numbers arrive formatted (`{{share}}` is "49 %" or "49%"); comparisons come in
 * one template per kind (`times`, `more`, `fewer`, `none`), because Chinese orders
 * a comparison differently from English. Chinese sentences get their CJK–Latin
 * spaces added afterwards (`spaceZh`), so the templates need not guess them.
 */
import type { SameKeys } from './shape';

export const insightsEn = {
  verdict: { won: 'it wins the metric it was built for', lost: 'here it does not even win the metric it was built for' },
  summary: {
    none: 'This world has no clickbait videos in its logs, so clicks and watching cannot disagree here.',
    main: 'Clickbait is clicked {{lure}} as often as other videos, but people watch only {{bait}} of it after clicking, against {{other}} of other videos.',
  },
  loss: {
    empty: 'The loss is how wrong each model still is on its training logs; it should fall and then flatten.',
    part: "{{name}}'s from {{first}} to {{last}}",
    names: { ctr: 'the click model', watchTime: 'the watch-time model' },
    main: 'Loss falls as the models learn (mean over the first and the last epoch): {{parts}}.',
    why: 'The watch-time loss is larger because every click counts as many times as the minutes watched.',
  },
  auc: {
    none: 'AUC measures how well a model tells clicked from unclicked impressions it never trained on (0.5 is a coin toss, 1 is perfect).',
    aucs: 'AUC {{ctr}} vs {{watchTime}}',
    clickBetter:
      'Offline, the click model predicts clicks better than the watch-time model ({{aucs}}). Judged by this number alone you would ship the click model; step 3 shows whether that is the right call.',
    watchBetter: 'Here the watch-time model even predicts clicks better ({{aucs}}), but AUC still says nothing about ad minutes: step 3 does.',
    equal: 'Offline, both models predict clicks about equally well ({{aucs}}): this metric alone cannot tell you which one earns more.',
    belowCoinToss:
      "The watch-time model's {{auc}} is worse than a coin toss on purpose: it ranks clickbait, which gets most of the clicks, low, because its objective is minutes watched, not clicks.",
  },
  clicks: {
    times: 'Ranking by clicks gets {{amount}} the clicks of ranking by watch time: {{verdict}}.',
    more: 'Ranking by clicks gets {{amount}} more clicks than ranking by watch time: {{verdict}}.',
    fewer: 'Ranking by clicks gets {{amount}} fewer clicks than ranking by watch time: {{verdict}}.',
    none: 'Ranking by clicks gets no comparable clicks to ranking by watch time: {{verdict}}.',
  },
  watch: {
    times: 'Ranking by watch time brings {{amount}} the minutes watched of ranking by clicks.',
    more: 'Ranking by watch time brings {{amount}} more minutes watched than ranking by clicks.',
    fewer: 'Ranking by watch time brings {{amount}} fewer minutes watched than ranking by clicks.',
    none: 'Ranking by watch time brings no comparable minutes watched to ranking by clicks.',
  },
  ads: {
    winFewerClicks:
      'Ranking by watch time earns {{times}} the ad minutes of ranking by clicks, while getting {{clicks}} fewer clicks ({{watchTime}} vs {{ctr}} of the best possible).',
    winMoreClicks:
      'Ranking by watch time earns {{times}} the ad minutes of ranking by clicks, and {{clicks}} more clicks too ({{watchTime}} vs {{ctr}} of the best possible).',
    lose: 'In this run ranking by clicks earns more ad minutes ({{times}}) than ranking by watch time ({{watchTime}} vs {{ctr}} of the best possible).',
  },
  screen:
    "Clickbait fills {{ctrBait}} of the click model's slots and {{watchTimeBait}} of the watch-time model's; the watch-time model's videos last {{watchTimeMinutes}} minutes on average, the click model's {{ctrMinutes}} minutes.",
  share: {
    main: 'Ranking by watch time reaches {{watchTime}} of the best possible ad minutes, ranking by clicks {{ctr}}{{floor}}.',
    below: ', below random ({{random}})',
    same: ', about the same as random ({{random}})',
    barely: ', barely above random ({{random}})',
    above: '; random gets {{random}}',
  },
};

export const insightsZh: SameKeys<typeof insightsEn> = {
  verdict: { won: '它赢下了自己专为之打造的指标', lost: '在这里它连自己专为之打造的指标都没有赢' },
  summary: {
    none: '这个世界的日志里没有标题党视频，所以点击和观看在这里不会出现分歧。',
    main: '标题党视频的点击次数是其他视频的{{lure}}，但人们点开后只看了其中的{{bait}}，而其他视频能看{{other}}。',
  },
  loss: {
    empty: '损失衡量的是每个模型在训练日志上还错得有多厉害；它应该先下降，再趋于平稳。',
    part: '{{name}}从{{first}}到{{last}}',
    names: { ctr: '点击模型', watchTime: '观看时长模型' },
    main: '随着模型学习，损失不断下降（取第一轮和最后一轮的平均值）：{{parts}}。',
    why: '观看时长模型的损失更大，因为每次点击都按观看的分钟数计入相应的次数。',
  },
  auc: {
    none: 'AUC 衡量模型在从未训练过的曝光上区分点击与未点击的能力（0.5 相当于抛硬币，1 为完美）。',
    aucs: 'AUC {{ctr}} 对 {{watchTime}}',
    clickBetter: '从离线指标看，点击模型预测点击比观看时长模型更准（{{aucs}}）。只看这个数字，你会上线点击模型；第 3 步会告诉你这个决定对不对。',
    watchBetter: '在这里，观看时长模型预测点击甚至更准（{{aucs}}），但 AUC 仍然说明不了广告分钟数：第 3 步才能回答。',
    equal: '从离线指标看，两个模型预测点击的能力差不多（{{aucs}}）：单凭这个指标无法判断哪个赚得更多。',
    belowCoinToss:
      '观看时长模型的{{auc}}比抛硬币还差，这是有意为之：它把拿走大部分点击的标题党排在后面，因为它的目标是观看分钟数，而不是点击。',
  },
  clicks: {
    times: '按点击排序得到的点击是按观看时长排序的{{amount}}：{{verdict}}。',
    more: '按点击排序比按观看时长排序多得到{{amount}}的点击：{{verdict}}。',
    fewer: '按点击排序比按观看时长排序少得到{{amount}}的点击：{{verdict}}。',
    none: '按观看时长排序没有可供比较的点击：{{verdict}}。',
  },
  watch: {
    times: '按观看时长排序带来的观看分钟数是按点击排序的{{amount}}。',
    more: '按观看时长排序比按点击排序多带来{{amount}}的观看分钟数。',
    fewer: '按观看时长排序比按点击排序少带来{{amount}}的观看分钟数。',
    none: '按点击排序没有可供比较的观看分钟数。',
  },
  ads: {
    winFewerClicks:
      '按观看时长排序赚到的广告分钟数是按点击排序的{{times}}，点击却少了{{clicks}}（按观看时长排序达到理论最优的{{watchTime}}，按点击排序为{{ctr}}）。',
    winMoreClicks:
      '按观看时长排序赚到的广告分钟数是按点击排序的{{times}}，点击也多了{{clicks}}（按观看时长排序达到理论最优的{{watchTime}}，按点击排序为{{ctr}}）。',
    lose: '在这次运行中，按点击排序赚到的广告分钟数反而更多，是按观看时长排序的{{times}}（按观看时长排序达到理论最优的{{watchTime}}，按点击排序为{{ctr}}）。',
  },
  screen:
    '标题党占了点击模型{{ctrBait}}的推荐位，观看时长模型则是{{watchTimeBait}}；观看时长模型推荐的视频平均长{{watchTimeMinutes}}分钟，点击模型的则是{{ctrMinutes}}分钟。',
  share: {
    main: '按观看时长排序达到理论最优广告分钟数的{{watchTime}}，按点击排序为{{ctr}}{{floor}}。',
    below: '，低于随机排序（{{random}}）',
    same: '，与随机排序相当（{{random}}）',
    barely: '，仅略高于随机排序（{{random}}）',
    above: '；随机排序为{{random}}',
  },
};
