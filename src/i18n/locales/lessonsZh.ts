/**
 * Simplified Chinese strings of the `lessons` namespace. The type makes this tree
 * carry every English key; i18n.test.ts checks no leaf is empty.
 */
import type { SameKeys } from './shape';
import type { lessonsEn } from './lessonsEn';

export const lessonsZh: SameKeys<typeof lessonsEn> = {
  language: { name: '简体中文' },
  menu: {
    label: '引导课程',
    busy: '当前步骤完成后即可开始课程。',
    presenter: '演示模式',
  },
  titles: {
    video: '点击还是观看时长？',
    shop: '点击还是购买？',
    objective: '选择优化目标',
  },
  panel: {
    region: '课程',
    progress: '第 {{n}} 步，共 {{total}} 步',
    back: '上一步',
    next: '下一步',
    exit: '退出课程',
    resetRoom: '重置课堂',
    startOver: '从头开始',
    resetRoomConfirm: '再按一次即重置课堂',
    startOverConfirm: '再按一次即从头开始',
    resetConfirmNote: '这会清除所有答案和结果。{{seconds}} 秒内再按一次即执行；按 Esc 保留。',
    resetHint: '回到第一步，世界和随机种子保持不变；答案和结果会被清除。需要再按一次确认。',
    keys: '按键：→、PageDown 或空格键前进；← 或 PageUp 后退；↓ ↑ 滚动课程内容。',
    moreBelow: '下面还有内容',
    inPage: '页面上带框的按钮作用相同。',
    working: '正在处理……',
    training: '训练中……已完成 {{percent}}',
    done: '已完成',
    refusedKnobs: '“生成”需要等待：场景编辑器里有无法使用的值。请改正它，或点击“恢复预设”。',
    world: {
      text: '这门课程在{{world}}上进行，而页面现在显示的是{{shown}}：这里无法完成课程的步骤。',
      back: '回到课程的世界',
      names: { video: '视频平台', shop: '网店' },
    },
    resume: {
      text: '你之前已经到了第 {{n}} 步。重新加载页面会保留你的答案，但不会保留训练好的模型：重建这次运行（同一个世界、同一个随机种子）即可回到那里。',
      button: '重建运行并回到第 {{n}} 步',
      working: '正在重建运行……',
    },
    blocked: {
      world: '请先回到课程的世界，再继续。',
      busy: '完成后即可继续。',
      generate: '请先点击“生成”，再继续。',
      train: '请先训练模型，再继续。',
      compare: '请先运行 A/B 测试，再继续。',
      predict: '请回答两个问题后再继续。',
      chooseGoal: '请选择一个目标后再继续。',
      chooseObjective: '请选择一个优化目标和一个理由后再继续。',
      result: '结果已经变化：请重新运行 A/B 测试后再继续。',
    },
    another: '试试其他课程',
  },
  left: {
    text: '你已离开引导课程“{{title}}”（第 {{n}} 步，共 {{total}} 步）：这个链接打开了另一个场景。在关闭页面之前，你的答案都会保留。',
    back: '回到课程',
    dismiss: '关闭',
  },
  actions: {
    generate: '生成世界',
    train: '训练模型',
    compare: '运行 A/B 测试',
  },
  policy: {
    ctr: '按点击排序',
    watchTime: '按观看时长排序',
    ctrXcvr: 'BASE',
    esmm: 'ESMM',
    esmmNs: 'ESMM-NS',
    random: '随机排序',
    oracle: '全知排序（oracle）',
  },
  policyLong: {
    ctr: '按点击排序（点击模型）',
    watchTime: '按预期观看时长排序（观看时长模型）',
    ctrXcvr: 'BASE：点击率 × 只在被点击曝光上学习的转化率模型',
    esmm: 'ESMM：在全部曝光上同时学习点击和购买',
    esmmNs: 'ESMM-NS：嵌入不共享的 ESMM',
    random: '随机排序',
    oracle: '全知排序（知道真实情况）',
  },
  metric: {
    adMinutesPer1k: { name: '广告分钟数', unit: '广告分钟 / 每千次曝光' },
    clicksPer1k: { name: '点击数', unit: '次点击 / 每千次曝光' },
    watchMinutesPer1k: { name: '观看分钟数', unit: '观看分钟 / 每千次曝光' },
    purchasesPer1k: { name: '购买数', unit: '次购买 / 每千次曝光' },
    gmvPer1k: { name: 'GMV', unit: '元 GMV / 每千次曝光' },
  },
  format: {
    manyTimes: '许多倍',
  },
  predict: {
    winner: '哪一种排序会带来更多{{metric}}？',
    ratio: '差距有多大？',
    ratioLabels: { same: '差不多（不到 1.2 倍）', x1_5: '1.2～1.6 倍', x2: '1.7～2.7 倍', x4: '2.8 倍或以上' },
    ratioInline: { same: '差不多', x1_5: '1.2～1.6 倍', x2: '1.7～2.7 倍', x4: '2.8 倍或以上' },
    locked: '结果已经揭晓，你的预测已锁定。',
  },
  reveal: {
    heading: '你的预测与实际结果',
    yours: '你的预测',
    yoursText: '{{winner}}会带来更多，是另一种排序的 {{size}}。',
    yoursSame: '两者带来的差不多。',
    yoursSameLean: '两者带来的差不多，{{winner}}略多一点。',
    measured: 'A/B 测试的结果',
    winnerText: '胜出的是{{winner}}，它带来的{{metric}}是{{loser}}的 {{ratio}}：{{winnerValue}} 对 {{loserValue}}（{{unit}}）。',
    sameText: '两者带来的{{metric}}差不多：{{winnerValue}} 和 {{loserValue}}（{{unit}}），比值为 {{ratio}}。',
    sizeMeasured: '在你的选项中，这属于“{{bucket}}”。',
    verdict: {
      spotOn: '完全正确：胜者和差距都猜对了。',
      bigger: '胜者猜对了；实际差距比你预测的更大。',
      smaller: '胜者猜对了；实际差距比你预测的更小。',
      wrongWinner: '这次没猜中：{{winner}}带来的更多。',
      missedGap: '你预计两者差不多，但{{winner}}明显带来的更多。',
      tooClose: '你预计会有明显差距，但两者其实差不多。',
    },
    also: '与此同时，{{winner}}得到的{{metric}}是{{loser}}的 {{ratio}}（{{winnerValue}} 对 {{loserValue}}，{{unit}}）。',
    why: '原因',
    biasOrder: {
      better: '在全部留出曝光上，{{esmm}} 的转化率估计给潜在买家排的顺序比 BASE 更好（AUC {{esmmAuc}} 对 {{baseAuc}}；0.5 相当于抛硬币），而排序用的正是这个顺序。',
      worse: '在全部留出曝光上，这次运行中 {{esmm}} 的转化率估计给潜在买家排的顺序不如 BASE（AUC {{esmmAuc}} 对 {{baseAuc}}；0.5 相当于抛硬币）。',
      same: '在全部留出曝光上，{{esmm}} 的转化率估计给潜在买家排的顺序与 BASE 相当（AUC {{esmmAuc}} 对 {{baseAuc}}；0.5 相当于抛硬币）。',
    },
    biasLevel: '在没有人点击的曝光上，BASE 的转化率模型平均预测转化率为 {{baseShare}}，{{esmm}} 为 {{esmmShare}}，而真实值是 {{truthShare}}：{{verdict}}。',
    levelVerdict: {
      both: { below: '两者的数值水平都不对，都预测得太低', above: '两者的数值水平都不对，都预测得太高', same: '两者的数值水平都基本准确' },
      each: 'BASE {{base}}，{{esmm}} {{ours}}',
      one: { below: '预测得太低', above: '预测得太高', same: '基本准确' },
    },
  },
  choose: {
    goalQuestion: '你的业务目标',
    goals: {
      adRevenue: { label: '广告收入', hint: '视频平台，按观看的广告分钟数赚钱' },
      purchases: { label: '购买数', hint: '网店，以订单数量考核' },
      gmv: { label: 'GMV', hint: '网店，以成交总额（GMV，元）考核' },
    },
    objectiveQuestion: '按什么排序……',
    objectives: {
      adRevenue: { ctr: '预测点击率（CTR）', watchTime: '预期观看时长' },
      purchases: {
        ctr: '预测点击率（CTR）',
        ctrXcvr: '预期购买：CTR × 只在点击样本上学习的转化率（BASE）',
        esmm: '在全部曝光上学习的预期购买（ESMM）',
      },
      gmv: {
        ctr: '预测点击率（CTR）',
        ctrXcvr: '预期 GMV：CTR × 只在点击样本上学习的转化率 × 价格（BASE）',
        esmm: '预期 GMV：在全部曝光上学习的购买 × 价格（ESMM）',
      },
    },
    short: {
      adRevenue: { ctr: '点击', watchTime: '预期观看时长' },
      purchases: { ctr: '点击', ctrXcvr: 'BASE 的预期购买（pCTR × pCVR）', esmm: 'ESMM 的预期购买（pCTCVR）' },
      gmv: { ctr: '点击', ctrXcvr: 'BASE 的预期 GMV（pCTR × pCVR × 价格）', esmm: 'ESMM 的预期 GMV（pCTCVR × 价格）' },
    },
    reasonQuestion: '为什么选它？',
    reasons: {
      measuresGoal: '它衡量的正是业务的收入',
      mostData: '它可供学习的数据最多',
      easiest: '它最容易衡量',
      accurate: '它的模型离线指标最准',
    },
    feedback: {
      measuresGoal: '你的理由：它衡量的正是业务的收入。这个理由站得住脚。',
      mostData: '你的理由：数据最多。数据多确实有助于学习，但模型只学得会它被训练去预测的东西：大量点击教会的是点击，而不是观看时长或购买。',
      easiest: '你的理由：最容易衡量。这很诱人，但排序只会交付你要求的东西，容易统计的并不一定能带来收入。',
      accurate: '你的理由：离线指标最准。把错误的目标预测得再准，排出来的仍然是错误的目标；这里决定业务结果的并不是 AUC 的高低。',
    },
    verdict: {
      best: '你的选择带来的{{metric}}最多：按{{picked}}排序带来 {{value}}（{{unit}}）。',
      notBest: '按{{picked}}排序带来 {{value}}（{{unit}}）；按{{best}}排序带来的是它的 {{ratio}}（{{bestValue}}）。',
      ranking: '各优化目标的收获',
      explain: {
        adRevenue: '广告收入随观看分钟数增长，所以预测观看时长的目标才跟着收入走；按点击排序会奖励那些让人很快离开的标题党视频。',
        purchases: '一次购买需要先点击、再下单。ESMM 在全部曝光上同时学习这两步；只看点击会偏向吸睛的商品，而只在点击样本上学习的转化率模型在它实际排序的地方存在偏差。',
        gmv: 'GMV（成交总额）等于购买数乘以价格，所以“预期购买 × 价格”才跟着它走；而 ESMM 对购买的估计是在全部曝光上学到的。',
      },
      surprise: '这一次，按{{best}}排序超过了与目标相符的那个优化目标。小规模的世界噪声较大：换一个随机种子，看看哪个结果更稳定。',
    },
  },
  summary: {
    score: '猜对胜者：{{total}} 次预测中 {{right}} 次。差距也猜对：{{total}} 次中 {{exact}} 次。',
    objectiveScore: '你选择的目标带来的收益是可选目标中最佳者的 {{share}}（图表比较的则是理论最优排序）。',
  },
  video: {
    steps: {
      intro: {
        title: '这个平台靠什么赚钱？',
        text: '这个视频平台靠广告赚钱：每个视频开始前播放一段广告，较长的视频每看几分钟还会插播广告。所以业务想要的是广告分钟数，而广告分钟数来自用户真正观看。你将在同一批日志上训练两个推荐模型，一个按点击排序，一个按预期观看时长排序，并预测哪一个赚得更多。',
      },
      generate: {
        title: '生成平台',
        text: '点击“生成”：应用会创建一批真实行为已知的用户和视频，并记录用户点击和观看了什么。模型只能看到这些日志。',
        done: '看看页面上标题党视频那一行：它们被点击得更多，但用户只看了其中很小一部分。',
      },
      train: {
        title: '训练两个模型',
        text: '点击“训练”。点击模型学习哪些视频会被点击。观看时长模型也从同样的点击中学习，但每次点击按观看的分钟数加权。',
        done: '两个模型都训练好了。曲线说明它们学到了东西；至于能不能赚钱，是另一个问题。',
      },
      predict: {
        title: '你的预测',
        text: '在 A/B 测试之前：哪一种排序会带来更多广告分钟数？多出多少？',
      },
      compare: {
        title: '运行 A/B 测试',
        text: '点击“比较”：每个模型为同一批用户填满前 10 个推荐位，已知的真实情况会告诉我们每种排序能赚多少。',
        done: '结果出来了。下一步：看看你的预测如何。',
      },
      reveal: {
        title: '你的预测与实际结果',
        text: '按点击排序会让屏幕上充满标题党视频，用户点开后十几秒就离开。按预期观看时长排序推荐的是用户会看完的视频，而广告随观看分钟数而来。',
      },
      summary: {
        title: '我们学到了什么',
        text: '推荐系统的好坏取决于它所优化的目标。',
        point1: '一个能准确预测点击的模型仍然可能赚得更少：业务卖的并不是点击。',
        point2: '按预期观看时长排序（YouTube 的加权逻辑回归）跟着广告走，因此带来更多广告分钟数。',
        point3: '先根据业务目标选定优化目标，再选择模型。',
      },
    },
  },
  shop: {
    steps: {
      intro: {
        title: '点击不等于购买',
        text: '这家网店在顾客下单时才赚钱。吸睛的商品点击多，但其中很多性价比不高，很少有人买。你将训练三个推荐模型：一个按点击排序；BASE 用点击率乘以一个只在点击样本上学习的转化率模型；ESMM 在全部曝光上同时学习点击和购买。然后预测哪一个卖得更多。',
      },
      generate: {
        title: '生成网店',
        text: '点击“生成”：应用会创建一批真实行为已知的顾客和商品，并记录顾客点击和购买了什么。',
        done: '注意被点击的曝光有多少：在点击样本上训练的转化率模型只看到了数据中很小、也很特殊的一部分。',
      },
      train: {
        title: '训练三个模型',
        text: '点击“训练”。CTR 模型学习点击。BASE 的转化率模型只用被点击的曝光来学习哪些点击会变成购买。ESMM 在全部曝光上学习“点击并购买”。',
        done: '三个模型都训练好了。在 A/B 测试之前，先来做预测。',
      },
      predictClicks: {
        title: '预测一：点击还是购买？',
        text: '哪一种排序卖得更多：按点击排序，还是 ESMM？多出多少？',
      },
      predictBase: {
        title: '预测二：转化率模型在哪里学习',
        text: 'BASE 只从被点击的曝光中学习转化，却要为每位顾客给所有商品排序。它会比 ESMM 卖得多还是少？差多少？',
      },
      compare: {
        title: '运行 A/B 测试',
        text: '点击“比较”：每个模型为同一批顾客填满前 10 个推荐位，已知的真实情况会告诉我们每种排序带来多少购买。',
        done: '结果出来了。下一步：看看你的两个预测。',
      },
      revealClicks: {
        title: '预测一与实际结果',
        text: '按点击排序会推高那些吸睛、被点击却没人买的商品。ESMM 按“点击并购买”的概率排序，这正是网店的收入来源。',
      },
      revealBase: {
        title: '预测二与实际结果',
        text: '点击的人并不是随机样本。一个只见过点击的转化率模型，被用在了没有人点击的曝光上，而它从未在那里学习过（即 ESMM 论文所说的样本选择偏差）。它的训练样本也少得多：在相同的训练设置下，它的转化率模型得到的训练步数只有 ESMM 的一小部分（论文指出的另一个问题：数据稀疏），差距有一部分来自这里：在同样的点击上多训练一些步数，BASE 在这家店里卖出的和 ESMM 差不多。ESMM 则在全部曝光上学习“点击并购买”。它的转化率塔只通过 pCTR × pCVR 训练，从来没有自己的转化标签，所以它能赢得的是在整个空间上估计值的顺序，而不是一个可以直接引用的转化率。',
      },
      summary: {
        title: '我们学到了什么',
        text: '推荐系统的好坏取决于它所优化的目标。',
        point1: '点击只是通往购买的一步，而不是目标：按点击排序卖得更少。',
        point2: '只在被点击的曝光上学习的转化率模型，被用在了没有人点击、它从未学习过的曝光上（论文所说的样本选择偏差）。',
        point3: 'ESMM 在全部曝光上同时学习点击和“点击并购买”。它要赢得的是在整个空间上估计值的顺序，这正是排序所用的；它给出的转化率本身并没有校准。',
      },
    },
  },
  objective: {
    steps: {
      goal: {
        title: '你的业务目标',
        text: '你是产品经理。选出你的业务所考核的目标，或者请主持人为你指定一个。应用会打开能实现这个目标的世界。',
      },
      objective: {
        title: '选择优化目标',
        text: '你的团队可以按以下任一目标训练排序模型。你会按哪个排序？为什么？',
      },
      generate: {
        title: '生成世界',
        text: '点击“生成”，创建这个世界和它的日志。',
        done: '世界已经准备好了。模型只能从它的日志中学习。',
      },
      train: {
        title: '训练模型',
        text: '点击“训练”：每个优化目标都在同一批日志上训练，这样你的选择就能和其他目标比较。',
        done: '训练完成。现在来检验你的选择。',
      },
      compare: {
        title: '检验你的选择',
        text: '点击“比较”：A/B 测试按你的目标排序，并衡量每个优化目标带来的收益。',
        done: '结果出来了。下一步：你的选择赢了吗？',
      },
      verdict: {
        title: '你的选择带来的最多吗？',
        text: '每个优化目标都为同一批人给同样的候选排序；下面是各自为你的目标带来的收益。',
      },
      summary: {
        title: '我们学到了什么',
        text: '从业务目标出发，再决定按什么排序。',
        point1: '优化目标决定了排序交付的是什么：点击、观看时长还是购买。',
        point2: '容易衡量、数据充足或离线指标准确都不够：优化目标必须衡量业务的收入。',
        point3: '要在 A/B 测试中用业务指标检验这个选择，而不只看离线指标。',
      },
    },
  },
};
