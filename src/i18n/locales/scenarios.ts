/**
 * Strings of the `scenarios` namespace: the case studies, the editor's sections,
 * each preset's title and story, and each knob's label, unit and hint.
 *
 * The English of presets and knobs is read from their one source (the files in
 * `scenarios/` and the schema's `.meta()`, which also write `scenarios/README.md`),
 * so it cannot drift; Chinese is written here. Knobs are keyed by path under
 * `knobs.common` (the same in both cases) or `knobs.<case>`. i18n.test.ts checks the
 * Chinese tree has every English key.
 */
import { KNOBS, type Knob } from '../../core/scenario/knobs';
import { bundledScenarios } from '../../store/scenarios';
import type { SameKeys } from './shape';

type Tree = { [key: string]: string | Tree };

/** Puts `value` at a dotted path of `tree`. */
function put(tree: Tree, path: string, value: Tree): void {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Tree;
  node[keys[keys.length - 1]] = value;
}

/** A knob's words, without the empty ones (a switch has no unit). */
const metaOf = (k: Knob): Tree => Object.fromEntries(Object.entries({ label: k.label, unit: k.unit, help: k.help }).filter(([, v]) => v !== ''));
const sameMeta = (a: Knob, b: Knob | undefined) => b !== undefined && a.label === b.label && a.unit === b.unit && a.help === b.help;

function knobTree(): Tree {
  const tree: Tree = { common: {}, video: {}, shop: {} };
  for (const k of KNOBS.video) if (sameMeta(k, KNOBS.shop.find((s) => s.path === k.path))) put(tree.common as Tree, k.path, metaOf(k));
  for (const world of ['video', 'shop'] as const) {
    const other = world === 'video' ? KNOBS.shop : KNOBS.video;
    for (const k of KNOBS[world]) if (!sameMeta(k, other.find((o) => o.path === k.path))) put(tree[world] as Tree, k.path, metaOf(k));
  }
  return tree;
}

const presetTree = (): Tree => Object.fromEntries(bundledScenarios.map((s): [string, Tree] => [s.id, s.story ? { title: s.title, story: s.story } : { title: s.title }]));

export const scenariosEn = {
  cases: { video: 'Video platform (YouTube)', shop: 'Online shop (Alibaba)' },
  sections: {
    top: 'Size and seed',
    video: 'Videos',
    videoClick: 'Clicks',
    videoWatch: 'Watching',
    videoAds: 'Ads',
    shop: 'Products',
    shopClick: 'Clicks',
    shopBuy: 'Purchases',
    logging: 'Logged data',
    model: 'Models',
    evaluation: 'Simulated A/B test',
  },
  presets: presetTree(),
  knobs: knobTree(),
};

const k = (label: string, unit: string, help: string) => ({ label, unit, help });
const share = '比例 0–1';
const logitPerSd = '对数几率/标准差';
const logitPerUnit = '对数几率/单位';

export const scenariosZh: SameKeys<typeof scenariosEn> = {
  cases: { video: '视频平台（YouTube）', shop: '网店（阿里巴巴）' },
  sections: {
    top: '规模与随机种子',
    video: '视频',
    videoClick: '点击',
    videoWatch: '观看',
    videoAds: '广告',
    shop: '商品',
    shopClick: '点击',
    shopBuy: '购买',
    logging: '日志数据',
    model: '模型',
    evaluation: '模拟 A/B 测试',
  },
  presets: {
    'video-watch-time': {
      title: '视频平台：点击还是观看时长？',
      story:
        '视频平台靠广告赚钱：视频开始时播放一条 6 秒的贴片广告，8 分钟及以上的视频每观看 3 分钟再插播一条 30 秒的中插广告。视频库中有五分之一的视频用耸动的标题党封面，人们点进去，十几秒后就离开。用同一份日志训练一个点击率模型和 YouTube 的观看时长模型，看看哪一个能赚到更多广告分钟数。',
    },
    'video-no-clickbait': {
      title: '没有标题党的视频平台（对照组）',
      story:
        '同样的视频平台，但完全没有标题党，而且每个视频都长约十分钟：人们点开的视频大多会看完，也没有哪个视频仅仅因为更长就能多赚广告。这时点击和观看时长指向同一个方向，所以点击模型和观看时长模型赚到的广告分钟数应该差不多。把它当作对照组：其他视频世界里的差距来自标题党和视频时长，而不是来自模型本身。',
    },
    'video-clickbait-rampant': {
      title: '标题党泛滥的视频平台',
      story:
        '如今视频库中有一半的视频用耸动的封面，而且吸引力更强：人们很容易点进去，又在十几秒内离开。学习预测点击的模型会让页面堆满诱饵，广告分钟数随之暴跌；观看时长模型则学会绕开它们。两种目标之间的差距在这里最大。',
    },
    'video-e2e-small': { title: '视频平台（小规模，用于测试）', story: '一个几秒钟就能训练完的小型视频世界，供端到端测试使用。' },
    'shop-conversion': {
      title: '网店：点击还是购买？',
      story:
        '网店在顾客购买时才赚钱，而不是在顾客点击时。图片最吸睛的商品往往性价比很差：顾客会点进去，却很少购买。店里有 3,000 件商品，大多数只得到寥寥几次点击，所以只从点击中学到的转化率模型对大部分商品知之甚少。分别训练一个点击率模型、经典的组合（CTR 模型加上只在被点击曝光上学习的转化率模型），以及阿里巴巴的 ESMM，再看看哪一个卖得更多。',
    },
    'shop-eye-candy': {
      title: '满是“颜值款”的网店',
      story:
        '在这家网店里，图片最光鲜的商品几乎总是性价比最差的，而这些图片非常能吸引点击。顾客点开这些“颜值款”，仔细一看就离开了。按点击排序卖不出多少；只有学会点击之后会发生什么、并且在整个商品库上学习的模型，才能把购买找回来。',
    },
    'shop-gmv-vs-purchases': {
      title: '网店：GMV 还是订单数？',
      story:
        '这家网店的业务目标是 GMV，也就是顾客支付的金额（元）。商品价格跨度很大，顾客对价格也很敏感：便宜的商品最畅销，贵的商品很少卖出，但每卖出一件就抵得上许多便宜货。卖出最多订单的排序，并不是带来最多收入的排序；在 GMV 和购买数之间切换目标，看看每种排序会把哪些商品排在前面。',
    },
    'shop-e2e-small': { title: '网店（小规模，用于测试）', story: '一个几秒钟就能训练完的小网店，供端到端测试使用。' },
  },
  knobs: {
    common: {
      seed: k('随机种子', '整数', '种子相同，世界就相同；换一个种子，会抽出不同的用户、物品和日志。'),
      logging: {
        impressions: k('记录的曝光数', '次曝光', '平台为训练记录了多少次曝光。'),
        popularityMix: k('日志的热门偏向', share, '按热度而非随机挑选的曝光所占的比例。'),
        slateSize: k('每页位置数', '个位置', '每个记录下来的页面上有多少个位置。'),
      },
      model: {
        embeddingDim: k('嵌入宽度', '个数/每个 ID', '用多少个数来描述每个用户和每个物品。'),
        hiddenUnits: k('隐藏层', '每层单元数，1–4 层', '网络各隐藏层的宽度，例如 64,32。'),
        epochs: k('训练轮数', '遍', '训练要把全部记录的曝光读多少遍。'),
        batchSize: k('批大小', '次曝光', '每个训练步使用多少次曝光。'),
        learningRate: k('学习率', '步长', '网络的 Adam 步长；太大会让损失爆炸。'),
        embeddingLearningRate: k('嵌入学习率', '步长', 'ID 嵌入的 Adagrad 步长。'),
      },
      evaluation: {
        testFraction: k('留出比例', share, '留作离线 AUC 和对数损失评估的日志比例。'),
        replayUsers: k('A/B 测试中的用户数', '人', '在模拟 A/B 测试中，每种策略服务多少位用户。'),
        candidatesPerUser: k('每位用户的候选数', '个物品', '每种策略为一位用户可以从多少个物品中挑选。'),
        topK: k('展示的推荐位', '个物品', '每位用户看到多少条推荐。'),
        bootstrapSamples: k('自助法重抽样次数', '次', '每个置信区间背后对用户重抽样的次数。'),
      },
    },
    video: {
      users: k('用户数', '人', '平台上的用户。'),
      items: k('视频数', '个视频', '视频库中的视频。'),
      video: {
        topicDim: k('主题数', '维', '用多少个隐含主题来描述口味和视频。'),
        affinityScale: k('口味强度', logitPerSd, '用户对某个主题的偏好有多大影响。'),
        clickbaitShare: k('标题党比例', share, '封面耸动、让人看几秒就离开的视频所占的比例。'),
        lengthMedianMinutes: k('视频时长中位数', '分钟', '一半的视频比这个短。'),
        lengthSpread: k('时长离散度', '对数正态 σ', '视频时长的差异有多大（0：全部一样长）。'),
        click: {
          base: k('点击基线', '对数几率', '决定整体点击率。'),
          affinity: k('点击：口味', logitPerUnit, '口味对点击的影响有多大。'),
          clickbait: k('点击：标题党诱惑', '对数几率', '标题党封面额外带来的点击吸引力。'),
          quality: k('点击：质量', logitPerSd, '质量对点击的影响有多大。'),
        },
        watch: {
          base: k('观看基线', '对数几率', '决定一个视频通常被观看的比例。'),
          affinity: k('观看：口味', logitPerUnit, '口味能让人多看多久。'),
          quality: k('观看：质量', logitPerSd, '质量能让人多看多久。'),
          clickbait: k('观看：标题党惩罚', '对数几率', '人们多早就放弃标题党视频。'),
          noise: k('观看噪声', '对数标准差', '观看分钟数围绕期望值的随机波动。'),
        },
        ads: {
          preRollMinutes: k('贴片广告时长', '分钟', '视频开始时播放的广告。'),
          midRollMinutes: k('中插广告时长', '分钟', '长视频每观看几分钟插播一次的广告。'),
          midRollEveryMinutes: k('中插广告间隔', '观看分钟数', '两次中插广告之间观看的分钟数。'),
          midRollMinVideoMinutes: k('插播中插广告的最短时长', '分钟', '只有至少这么长的视频才插播中插广告。'),
        },
      },
    },
    shop: {
      users: k('顾客数', '人', '网店里的顾客。'),
      items: k('商品数', '件商品', '商品库中的商品。'),
      goal: { label: '业务目标', help: '购买数统计订单的数量；GMV 把顾客支付的金额加总。' },
      shop: {
        topicDim: k('品类数', '维', '用多少个隐含品类来描述口味和商品。'),
        matchScale: k('口味强度', logitPerSd, '顾客对某个品类的偏好有多大影响。'),
        priceMedianYuan: k('价格中位数', '元', '一半的商品比这个便宜。'),
        priceSpread: k('价格离散度', '对数正态 σ', '价格的差异有多大（0：全部一样）。'),
        appealValueCorrelation: k('吸睛度与性价比的相关性', '相关系数 −1…1', '为负时，吸睛的商品往往性价比差。'),
        click: {
          base: k('点击基线', '对数几率', '决定整体点击率。'),
          match: k('点击：口味', logitPerUnit, '口味对点击的影响有多大。'),
          appeal: k('点击：吸睛图片', logitPerSd, '吸睛的图片能拉来多少点击。'),
        },
        buy: {
          base: k('购买基线', '对数几率', '决定点击中最终成交的比例。'),
          match: k('购买：口味', logitPerUnit, '点击之后，口味对购买的影响有多大。'),
          value: k('购买：性价比', logitPerSd, '点击之后，真实的性价比对购买的影响有多大。'),
          priceSensitivity: k('购买：价格敏感度', '对数几率/对数价格', '价格越高，对购买的劝退作用有多强。'),
        },
        priceSensitivitySpread: k('价格敏感度离散度', '对数正态 σ', '顾客之间价格敏感度的差异有多大。'),
      },
      model: { sharedEmbeddings: { label: 'ESMM 共享嵌入', help: '关闭即为论文中的 ESMM-NS：CVR 塔学习自己的嵌入。' } },
    },
  },
};
