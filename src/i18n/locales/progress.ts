/**
 * Strings of the `progress` namespace (generation progress, cancel, time left),
 * English and Simplified Chinese. Numbers arrive already formatted with `Intl` in the
 * current locale. The type makes the Chinese tree carry every English key.
 */
import type { SameKeys } from './shape';

export const progressEn = {
  generate: {
    barLabel: 'Generation progress',
    starting: 'Starting…',
    stage: {
      users: { video: 'Drawing the users and their tastes', shop: 'Drawing the shoppers and their tastes' },
      items: { video: 'Drawing the videos: length, quality, clickbait', shop: 'Drawing the products: price, appeal, value' },
      exposure: 'Logging what the platform showed: {{done}} of {{total}} impressions',
      labels: {
        video: 'Drawing clicks and watch time: {{done}} of {{total}} impressions',
        shop: 'Drawing clicks and purchases: {{done}} of {{total}} impressions',
      },
      split: 'Holding out the test impressions',
      summary: 'Summing up the logs',
    },
    done: '{{percent}} % done',
    valueText: '{{percent}} percent done: {{stage}}',
    cancel: 'Cancel',
    cancelLabel: 'Cancel generating',
    cancelled: 'Generation was cancelled: nothing you had before was lost. Press Generate to start again.',
  },
  timeLeft: {
    estimating: 'estimating the time left…',
    fewSeconds: 'a few seconds left',
    seconds: 'about {{seconds}} s left',
    minutes: 'about {{minutes}} min left',
    hours: 'about {{hours}} h {{minutes}} min left',
  },
  longRun: {
    train: 'At this speed the training needs {{time}}. Consider fewer impressions, fewer epochs or a smaller model; Cancel stops it.',
    generate: 'At this speed generating this world needs {{time}}. Consider fewer impressions, users or items; Cancel stops it.',
    minutes: 'about {{minutes}} more minutes',
    hours: 'about {{hours}} more hours',
  },
};

export const progressZh: SameKeys<typeof progressEn> = {
  generate: {
    barLabel: '生成进度',
    starting: '正在开始…',
    stage: {
      users: { video: '正在生成用户及其兴趣', shop: '正在生成顾客及其偏好' },
      items: { video: '正在生成视频：时长、质量、是否标题党', shop: '正在生成商品：价格、吸引力、性价比' },
      exposure: '正在记录平台的曝光：{{done}} / {{total}} 次',
      labels: {
        video: '正在抽取点击和观看时长：{{done}} / {{total}} 次曝光',
        shop: '正在抽取点击和购买：{{done}} / {{total}} 次曝光',
      },
      split: '正在留出测试用的曝光',
      summary: '正在汇总日志',
    },
    done: '已完成 {{percent}}%',
    valueText: '已完成百分之 {{percent}}：{{stage}}',
    cancel: '取消',
    cancelLabel: '取消生成',
    cancelled: '已取消生成，之前的内容都还在。点击“生成”可重新开始。',
  },
  timeLeft: {
    estimating: '正在估算剩余时间…',
    fewSeconds: '还剩几秒',
    seconds: '大约还剩 {{seconds}} 秒',
    minutes: '大约还剩 {{minutes}} 分钟',
    hours: '大约还剩 {{hours}} 小时 {{minutes}} 分钟',
  },
  longRun: {
    train: '按目前的速度，训练还需要{{time}}。可以考虑减少曝光数、训练轮数或缩小模型；点击“取消”即可停止。',
    generate: '按目前的速度，生成这个世界还需要{{time}}。可以考虑减少曝光数、用户数或物品数；点击“取消”即可停止。',
    minutes: '大约 {{minutes}} 分钟',
    hours: '大约 {{hours}} 小时',
  },
};
