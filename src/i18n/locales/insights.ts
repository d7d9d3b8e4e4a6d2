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
  verdict: {
    won: 'it wins the metric it was built for',
    lost: 'here it does not even win the metric it was built for',
    tie: 'it does not clearly win the metric it was built for',
  },
  summary: {
    none: 'This world has no clickbait videos in its logs, so clicks and watching cannot disagree here.',
    allBait: 'Every video in this world is clickbait, so there is nothing to set it against: it is clicked on {{ctr}} of impressions, and people watch {{watched}} of it after clicking.',
    allBaitNoClicks: 'Every video in this world is clickbait, so there is nothing to set it against: it is clicked on {{ctr}} of impressions.',
    fewClicks: 'Too few clicks on one kind of video to compare clickbait with the other videos.',
    main: '{{clicks}}, {{watch}}.',
    clicksTimes: 'Clickbait is clicked {{lure}} as often as other videos',
    clicksMore: 'Clickbait is clicked {{more}} more often than other videos',
    clicksSame: 'Clickbait is clicked about as often as other videos ({{bait}} vs {{other}} of impressions)',
    clicksLess: 'Clickbait is clicked less often than other videos ({{bait}} vs {{other}} of impressions)',
    watchLessBut: 'but people watch only {{bait}} of it after clicking, against {{other}} of other videos',
    watchLess: 'and people watch less of it after clicking: {{bait}} against {{other}} of other videos',
    watchSame: 'and people watch about as much of it after clicking ({{bait}} vs {{other}} of other videos)',
    watchMore: 'and people watch more of it after clicking: {{bait}} against {{other}} of other videos',
  },
  loss: {
    empty: 'The loss is how wrong each model still is on its training logs; it should fall and then flatten.',
    part: "{{name}}'s from {{first}} to {{last}}",
    names: { ctr: 'the click model', watchTime: 'the watch-time model' },
    main: 'Loss falls as the models learn (mean over the first and the last epoch): {{parts}}.',
    notFalling: 'Mean training loss over the first and the last epoch: {{parts}}. Not every loss fell: a model whose loss does not fall learned nothing more from its logs after the first epoch.',
    why: 'The watch-time loss is larger because every click counts as many times as the minutes watched.',
  },
  auc: {
    none: 'AUC measures how well a model tells clicked from unclicked impressions it never trained on (0.5 is a coin toss, 1 is perfect).',
    aucs: 'AUC {{first}} vs {{second}}',
    clickBetter:
      'Offline, the click model predicts clicks better than the watch-time model ({{aucs}}). Judged by this number alone you would ship the click model; step 3 shows whether that is the right call.',
    watchBetter: 'Here the watch-time model even predicts clicks better than the click model ({{aucs}}), but AUC still says nothing about ad minutes: step 3 does.',
    equal: 'Offline, both models predict clicks about equally well ({{aucs}}): this metric alone cannot tell you which one earns more.',
    belowCoinToss:
      "The watch-time model's {{auc}} is worse than a coin toss, and that is no bug: it ranks by expected minutes watched, not by clicks, so videos that are clicked but soon abandoned come low.",
  },
  clicks: {
    times: 'Ranking by clicks gets {{amount}} the clicks of ranking by watch time: {{verdict}}.',
    more: 'Ranking by clicks gets {{amount}} more clicks than ranking by watch time: {{verdict}}.',
    same: 'Ranking by clicks gets about as many clicks as ranking by watch time: {{verdict}}.',
    fewer: 'Ranking by clicks gets {{amount}} fewer clicks than ranking by watch time: {{verdict}}.',
    none: 'Ranking by clicks gets no comparable clicks to ranking by watch time: {{verdict}}.',
  },
  watch: {
    times: 'Ranking by watch time brings {{amount}} the minutes watched of ranking by clicks.',
    more: 'Ranking by watch time brings {{amount}} more minutes watched than ranking by clicks.',
    same: 'Ranking by watch time brings about as many minutes watched as ranking by clicks.',
    fewer: 'Ranking by watch time brings {{amount}} fewer minutes watched than ranking by clicks.',
    none: 'Ranking by watch time brings no comparable minutes watched to ranking by clicks.',
  },
  ads: {
    none: 'Neither ranking earns any ad minutes in this run, so ad revenue cannot tell them apart here.',
    onlyWatch: 'Ranking by clicks earns no ad minutes in this run; ranking by watch time earns {{ads}} per 1,000 impressions ({{watchTime}} of the best possible){{clicks}}.',
    same: 'Ranking by watch time and ranking by clicks earn about the same ad minutes ({{watchTime}} and {{ctr}} of the best possible){{clicks}}.',
    win: {
      times: 'Ranking by watch time earns {{amount}} the ad minutes of ranking by clicks ({{watchTime}} of the best possible, against {{ctr}}){{clicks}}.',
      more: 'Ranking by watch time earns {{amount}} more ad minutes than ranking by clicks ({{watchTime}} of the best possible, against {{ctr}}){{clicks}}.',
    },
    lose: {
      times: 'In this run ranking by clicks earns {{amount}} the ad minutes of ranking by watch time ({{ctr}} of the best possible, against {{watchTime}}).',
      more: 'In this run ranking by clicks earns {{amount}} more ad minutes than ranking by watch time ({{ctr}} of the best possible, against {{watchTime}}).',
    },
    clicks: {
      times: ', and {{amount}} the clicks too',
      more: ', and {{amount}} more clicks too',
      same: ', with about as many clicks',
      fewer: ', while getting {{amount}} fewer clicks',
    },
  },
  screen:
    "Clickbait fills {{ctrBait}} of the click model's slots and {{watchTimeBait}} of the watch-time model's; the watch-time model's videos last {{watchTimeMinutes}} minutes on average, the click model's {{ctrMinutes}} minutes.",
  screenNoBait:
    "Neither model shows any clickbait; the watch-time model's videos last {{watchTimeMinutes}} minutes on average, the click model's {{ctrMinutes}} minutes.",
  share: {
    none: 'Even the oracle earns no ad minutes in this world, so there is no best possible to measure the rankings against.',
    main: 'Ranking by watch time reaches {{watchTime}} of the best possible ad minutes, ranking by clicks {{ctr}}{{floor}}.',
    below: ', below random ({{random}})',
    same: ', about the same as random ({{random}})',
    barely: ', barely above random ({{random}})',
    above: '; random gets {{random}}',
  },
};

export const insightsZh: SameKeys<typeof insightsEn> = {
  verdict: { won: '它在自己的目标指标上胜出', lost: '在这里它连自己的目标指标都没有赢', tie: '它没有在自己的目标指标上明显胜出' },
  summary: {
    none: '这个世界的日志里没有标题党视频，所以点击和观看在这里不会出现分歧。',
    allBait: '这个世界里的视频全是标题党，没有可以对照的视频：它们在{{ctr}}的曝光中被点击，人们点开后看了其中的{{watched}}。',
    allBaitNoClicks: '这个世界里的视频全是标题党，没有可以对照的视频：它们在{{ctr}}的曝光中被点击。',
    fewClicks: '某一类视频的点击太少，无法把标题党和其他视频作比较。',
    main: '{{clicks}}，{{watch}}。',
    clicksTimes: '标题党视频的点击次数是其他视频的{{lure}}',
    clicksMore: '标题党视频的点击比其他视频多{{more}}',
    clicksSame: '标题党视频的点击与其他视频差不多（分别占曝光的{{bait}}和{{other}}）',
    clicksLess: '标题党视频的点击反而少于其他视频（分别占曝光的{{bait}}和{{other}}）',
    watchLessBut: '但人们点开后只看了其中的{{bait}}，而其他视频能看{{other}}',
    watchLess: '人们点开后看得也更少：{{bait}}，其他视频为{{other}}',
    watchSame: '人们点开后看的比例也差不多（{{bait}}，其他视频为{{other}}）',
    watchMore: '人们点开后反而看得更多：{{bait}}，其他视频为{{other}}',
  },
  loss: {
    empty: '损失衡量的是每个模型在训练日志上还错得有多厉害；它应该先下降，再趋于平稳。',
    part: '{{name}}从{{first}}到{{last}}',
    names: { ctr: '点击模型', watchTime: '观看时长模型' },
    main: '随着模型学习，损失不断下降（取第一轮和最后一轮的平均值）：{{parts}}。',
    notFalling: '第一轮和最后一轮的平均训练损失：{{parts}}。并非每个损失都下降了：损失不再下降的模型，在第一轮之后没有从日志中学到更多东西。',
    why: '观看时长模型的损失更大，因为每次点击都按观看的分钟数计入相应的次数。',
  },
  auc: {
    none: 'AUC 衡量模型在从未训练过的曝光上区分点击与未点击的能力（0.5 相当于抛硬币，1 为完美）。',
    aucs: 'AUC {{first}} 对 {{second}}',
    clickBetter: '从离线指标看，点击模型预测点击比观看时长模型更准（{{aucs}}）。只看这个数字，你会上线点击模型；第 3 步会告诉你这个决定对不对。',
    watchBetter: '在这里，观看时长模型预测点击甚至比点击模型更准（{{aucs}}），但 AUC 仍然说明不了广告分钟数：第 3 步才能回答。',
    equal: '从离线指标看，两个模型预测点击的能力差不多（{{aucs}}）：单凭这个指标无法判断哪个赚得更多。',
    belowCoinToss:
      '观看时长模型的{{auc}}比抛硬币还差，但这并不是错误：它按预期观看分钟数排序，而不是按点击，所以被点开却很快被放弃的视频会排在后面。',
  },
  clicks: {
    times: '按点击排序得到的点击是按观看时长排序的{{amount}}：{{verdict}}。',
    more: '按点击排序比按观看时长排序多得到{{amount}}的点击：{{verdict}}。',
    same: '按点击排序得到的点击与按观看时长排序差不多：{{verdict}}。',
    fewer: '按点击排序比按观看时长排序少得到{{amount}}的点击：{{verdict}}。',
    none: '按观看时长排序没有可供比较的点击：{{verdict}}。',
  },
  watch: {
    times: '按观看时长排序带来的观看分钟数是按点击排序的{{amount}}。',
    more: '按观看时长排序比按点击排序多带来{{amount}}的观看分钟数。',
    same: '按观看时长排序带来的观看分钟数与按点击排序差不多。',
    fewer: '按观看时长排序比按点击排序少带来{{amount}}的观看分钟数。',
    none: '按点击排序没有可供比较的观看分钟数。',
  },
  ads: {
    none: '在这次运行中，两种排序都没有赚到任何广告分钟数，所以这里无法用广告收入区分它们。',
    onlyWatch: '在这次运行中，按点击排序没有赚到广告分钟数；按观看时长排序每千次曝光赚到{{ads}}分钟（达到理论最优的{{watchTime}}）{{clicks}}。',
    same: '按观看时长排序和按点击排序赚到的广告分钟数差不多（分别达到理论最优的{{watchTime}}和{{ctr}}）{{clicks}}。',
    win: {
      times: '按观看时长排序赚到的广告分钟数是按点击排序的{{amount}}（达到理论最优的{{watchTime}}，按点击排序为{{ctr}}）{{clicks}}。',
      more: '按观看时长排序比按点击排序多赚{{amount}}的广告分钟数（达到理论最优的{{watchTime}}，按点击排序为{{ctr}}）{{clicks}}。',
    },
    lose: {
      times: '在这次运行中，按点击排序赚到的广告分钟数反而是按观看时长排序的{{amount}}（达到理论最优的{{ctr}}，按观看时长排序为{{watchTime}}）。',
      more: '在这次运行中，按点击排序赚到的广告分钟数反而比按观看时长排序多{{amount}}（达到理论最优的{{ctr}}，按观看时长排序为{{watchTime}}）。',
    },
    clicks: {
      times: '，点击也是它的{{amount}}',
      more: '，点击也多了{{amount}}',
      same: '，点击数差不多',
      fewer: '，点击却少了{{amount}}',
    },
  },
  screen:
    '标题党占了点击模型{{ctrBait}}的推荐位，观看时长模型则是{{watchTimeBait}}；观看时长模型推荐的视频平均长{{watchTimeMinutes}}分钟，点击模型的则是{{ctrMinutes}}分钟。',
  screenNoBait: '两个模型都没有推荐标题党；观看时长模型推荐的视频平均长{{watchTimeMinutes}}分钟，点击模型的则是{{ctrMinutes}}分钟。',
  share: {
    none: '在这个世界里，连全知排序也赚不到广告分钟数，所以没有可供衡量的理论最优。',
    main: '按观看时长排序达到理论最优广告分钟数的{{watchTime}}，按点击排序为{{ctr}}{{floor}}。',
    below: '，低于随机排序（{{random}}）',
    same: '，与随机排序相当（{{random}}）',
    barely: '，仅略高于随机排序（{{random}}）',
    above: '；随机排序为{{random}}',
  },
};
