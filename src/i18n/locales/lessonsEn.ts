/**
 * English strings of the `lessons` namespace: the guided lessons, the lesson panel
 * and presenter mode. Step texts live under `<lesson>.steps.<step id>` with `title`,
 * `text` and, where a step has one, `done` (shown once its checkpoint passes).
 * Numbers arrive already formatted in the current locale.
 */

export const lessonsEn = {
  language: { name: 'English' },
  menu: {
    label: 'Guided lessons',
    busy: 'Lessons can start once the current step has finished.',
    presenter: 'Presenter mode',
  },
  titles: {
    video: 'Clicks or watch time?',
    shop: 'Clicks or purchases?',
    objective: 'Pick the objective',
  },
  panel: {
    region: 'Lesson',
    progress: 'Step {{n}} of {{total}}',
    back: 'Back',
    next: 'Next',
    exit: 'Leave the lesson',
    resetRoom: 'Reset room',
    startOver: 'Start over',
    resetRoomConfirm: 'Press again to reset the room',
    startOverConfirm: 'Press again to start over',
    resetConfirmNote: 'This clears every answer and result. Press again within {{seconds}} seconds to go ahead; Esc keeps them.',
    resetHint: 'Back to step one with the same world and seed; answers and results are cleared. Asks for a second press first.',
    keys: 'Keys: →, PageDown or Space for next; ← or PageUp for back; ↓ ↑ scroll the lesson.',
    moreBelow: 'More below',
    inPage: 'The outlined button on the page does the same.',
    working: 'Working on it…',
    training: 'Training… {{percent}} done',
    done: 'Done',
    refusedKnobs: 'Generate waits: the scenario editor shows a value that cannot be used. Fix it, or press Reset to preset.',
    world: {
      text: 'This lesson works on {{world}}, and the page now shows {{shown}}: its steps cannot be done there.',
      back: 'Back to the lesson’s world',
      names: { video: 'the video platform', shop: 'the online shop' },
    },
    resume: {
      text: 'You had reached step {{n}}. A reload keeps your answers but not the trained models: rebuild the run (same world, same seed) to get back there.',
      button: 'Rebuild the run and go back to step {{n}}',
      working: 'Rebuilding the run…',
    },
    blocked: {
      world: 'Go back to the lesson’s world to go on.',
      busy: 'Next opens when this is done.',
      generate: 'Press Generate to go on.',
      train: 'Train the models to go on.',
      compare: 'Run the A/B test to go on.',
      predict: 'Answer both questions to go on.',
      chooseGoal: 'Pick a goal to go on.',
      chooseObjective: 'Pick an objective and a reason to go on.',
      result: 'The results changed: run the A/B test again to go on.',
    },
    another: 'Try another lesson',
  },
  left: {
    text: 'You left the guided lesson “{{title}}” at step {{n}} of {{total}}: this link opens another scenario. Your answers are kept until you close the page.',
    back: 'Back to the lesson',
    dismiss: 'Dismiss',
  },
  actions: {
    generate: 'Generate the world',
    train: 'Train the models',
    compare: 'Run the A/B test',
  },
  policy: {
    ctr: 'ranking by clicks',
    watchTime: 'ranking by watch time',
    ctrXcvr: 'BASE',
    esmm: 'ESMM',
    esmmNs: 'ESMM-NS',
    random: 'a random ranking',
    oracle: 'the oracle',
  },
  /** The names the prediction forms offer: what each ranking is, in a few words. */
  policyLong: {
    ctr: 'Ranking by clicks (the click model)',
    watchTime: 'Ranking by expected watch time (the watch-time model)',
    ctrXcvr: 'BASE: clicks × a conversion model learned on clicked impressions only',
    esmm: 'ESMM: clicks and purchases learned together over every impression',
    esmmNs: 'ESMM-NS: ESMM with separate embeddings',
    random: 'A random ranking',
    oracle: 'The oracle (knows the truth)',
  },
  metric: {
    adMinutesPer1k: { name: 'ad minutes', unit: 'ad minutes per 1,000 impressions' },
    clicksPer1k: { name: 'clicks', unit: 'clicks per 1,000 impressions' },
    watchMinutesPer1k: { name: 'minutes watched', unit: 'minutes watched per 1,000 impressions' },
    purchasesPer1k: { name: 'purchases', unit: 'purchases per 1,000 impressions' },
    gmvPer1k: { name: 'GMV', unit: 'yuan of GMV per 1,000 impressions' },
  },
  format: {
    manyTimes: 'many times',
  },
  predict: {
    winner: 'Which will earn more {{metric}}?',
    ratio: 'By how much?',
    ratioLabels: { same: 'About the same (under 1.2×)', x1_5: '1.2× to 1.6×', x2: '1.7× to 2.7×', x4: '2.8× or more' },
    ratioInline: { same: 'about the same', x1_5: '1.2× to 1.6× as much', x2: '1.7× to 2.7× as much', x4: '2.8× as much or more' },
    locked: 'Your prediction is locked in: the result is out.',
  },
  reveal: {
    heading: 'Your prediction against the result',
    yours: 'You predicted',
    yoursText: '{{winner}} earns more, {{size}}.',
    yoursSame: 'The two earn about the same.',
    yoursSameLean: 'The two earn about the same, {{winner}} a little ahead.',
    measured: 'The A/B test measured',
    winnerText: 'The winner is {{winner}}, with {{ratio}} the {{metric}} of {{loser}}: {{winnerValue}} against {{loserValue}} {{unit}}.',
    sameText: 'The two earned about the same {{metric}}: {{winnerValue}} and {{loserValue}} {{unit}} (a ratio of {{ratio}}).',
    sizeMeasured: 'That is “{{bucket}}” on your scale.',
    verdict: {
      spotOn: 'Spot on: the right winner and the right size.',
      bigger: 'Right winner; the gap was bigger than you predicted.',
      smaller: 'Right winner; the gap was smaller than you predicted.',
      wrongWinner: 'Not this time: {{winner}} earned more.',
      missedGap: 'You expected about the same, but {{winner}} earned clearly more.',
      tooClose: 'You expected a clear gap, but the two earned about the same.',
    },
    also: 'Meanwhile {{winner}} got {{ratio}} the {{metric}} of {{loser}} ({{winnerValue}} against {{loserValue}} {{unit}}).',
    why: 'Why',
    biasOrder: {
      better:
        'Over every held-out impression, {{esmm}}’s conversion estimate orders the would-be buyers better than BASE’s (AUC {{esmmAuc}} against {{baseAuc}}; 0.5 is a coin toss), and that order is what a ranking uses.',
      worse: 'Over every held-out impression, {{esmm}}’s conversion estimate orders the would-be buyers worse than BASE’s in this run (AUC {{esmmAuc}} against {{baseAuc}}; 0.5 is a coin toss).',
      same: 'Over every held-out impression, {{esmm}}’s conversion estimate orders the would-be buyers about as well as BASE’s (AUC {{esmmAuc}} against {{baseAuc}}; 0.5 is a coin toss).',
    },
    biasLevel: 'On impressions nobody clicked, BASE’s conversion model predicted {{baseShare}} conversion on average and {{esmm}} {{esmmShare}}, against a true {{truthShare}}: {{verdict}}.',
    levelVerdict: {
      both: { below: 'neither gets the level right, both predict too little', above: 'neither gets the level right, both predict too much', same: 'both get the level about right' },
      each: 'BASE {{base}}, {{esmm}} {{ours}}',
      one: { below: 'predicts too little', above: 'predicts too much', same: 'is about right' },
    },
  },
  choose: {
    goalQuestion: 'Your business goal',
    goals: {
      adRevenue: { label: 'Ad revenue', hint: 'a video platform paid by the minute of ads watched' },
      purchases: { label: 'Purchases', hint: 'a shop judged on the number of orders' },
      gmv: { label: 'GMV', hint: 'a shop judged on the yuan paid (gross merchandise value)' },
    },
    objectiveQuestion: 'Rank by…',
    objectives: {
      adRevenue: { ctr: 'Predicted clicks (CTR)', watchTime: 'Expected watch time' },
      purchases: {
        ctr: 'Predicted clicks (CTR)',
        ctrXcvr: 'Expected purchases: CTR × a conversion rate learned on clicked impressions only (BASE)',
        esmm: 'Expected purchases learned over every impression (ESMM)',
      },
      gmv: {
        ctr: 'Predicted clicks (CTR)',
        ctrXcvr: 'Expected GMV: CTR × conversion learned on clicked impressions only × price (BASE)',
        esmm: 'Expected GMV: purchases learned over every impression × price (ESMM)',
      },
    },
    /** Short names of the objectives for sentences and the ranking: "ranking by …". */
    short: {
      adRevenue: { ctr: 'clicks', watchTime: 'expected watch time' },
      purchases: { ctr: 'clicks', ctrXcvr: 'BASE’s expected purchases (pCTR × pCVR)', esmm: 'ESMM’s expected purchases (pCTCVR)' },
      gmv: { ctr: 'clicks', ctrXcvr: 'BASE’s expected GMV (pCTR × pCVR × price)', esmm: 'ESMM’s expected GMV (pCTCVR × price)' },
    },
    reasonQuestion: 'Why this one?',
    reasons: {
      measuresGoal: 'It measures what the business earns',
      mostData: 'It has the most data to learn from',
      easiest: 'It is the easiest to measure',
      accurate: 'Its model is the most accurate offline',
    },
    feedback: {
      measuresGoal: 'Your reason: an objective that measures what the business earns. That is the reason that holds up.',
      mostData: 'Your reason: the most data. More data helps a model learn, but only about what it is trained to predict: many clicks teach clicks, not minutes or purchases.',
      easiest: 'Your reason: the easiest to measure. Tempting, but a ranking delivers what it is asked for, and what is easy to count is not always what pays.',
      accurate: 'Your reason: offline accuracy. An accurate model of the wrong target still ranks for the wrong target; a high AUC did not decide the business result here.',
    },
    verdict: {
      best: 'Your pick earned the most {{metric}}: ranking by {{picked}} brought {{value}} {{unit}}.',
      notBest: 'Ranking by {{picked}} brought {{value}} {{unit}}; ranking by {{best}} brought {{ratio}} as much ({{bestValue}}).',
      ranking: 'What each objective earned',
      explain: {
        adRevenue: 'Ad revenue grows with the minutes watched, so the objective that predicts watch time follows the money; ranking by clicks rewards clickbait that people leave.',
        purchases: 'A purchase needs a click and then a buy. ESMM learns both over every impression; clicks alone reward eye-catching products, and a conversion model learned on clicks only is biased where it ranks.',
        gmv: 'GMV is purchases times price, so expected purchases times price follows it; ESMM’s estimate of purchases is the one learned over every impression.',
      },
      surprise: 'In this run, ranking by {{best}} came out ahead of the objective that follows the goal. Small worlds are noisy: try another seed to see which result holds.',
    },
  },
  summary: {
    score: 'Right winner: {{right}} of {{total}} predictions. Right size as well: {{exact}} of {{total}}.',
    objectiveScore: 'Your pick earned {{share}} of what the best of the objectives on offer earned (the charts compare with the best possible ranking instead).',
  },
  video: {
    steps: {
      intro: {
        title: 'What does this platform sell?',
        text: 'This video platform earns from ads: one before each video that starts, and more during long videos, every few minutes watched. So the business wants ad minutes, and ad minutes come from people actually watching. You will train two recommenders on the same logs, one ranking by clicks and one by expected watch time, and predict which earns more.',
      },
      generate: {
        title: 'Build the platform',
        text: 'Press Generate: the app creates users and videos whose true behaviour it knows, and logs what the users clicked and watched. The models will see only these logs.',
        done: 'Look at the clickbait row on the page: clickbait is clicked more often, but people watch only a small part of it.',
      },
      train: {
        title: 'Train two models',
        text: 'Press Train. The click model learns which videos get clicked. The watch-time model learns from the same clicks, but each click counts as many times as the minutes watched.',
        done: 'Both models are trained. Their curves show that they learned; whether they earn money is another question.',
      },
      predict: {
        title: 'Your prediction',
        text: 'Before the A/B test: which ranking will earn more ad minutes, and by how much?',
      },
      compare: {
        title: 'Run the A/B test',
        text: 'Press Compare: each model fills the top 10 slots for the same users, and the known truth tells what each ranking earns.',
        done: 'The results are in. Next: how did your prediction do?',
      },
      reveal: {
        title: 'Your prediction against the result',
        text: 'Ranking by clicks fills the screen with clickbait that people abandon within seconds. Ranking by expected watch time shows videos people finish, and the ads come with the minutes watched.',
      },
      summary: {
        title: 'What we learned',
        text: 'The recommender is only as good as the goal it optimises.',
        point1: 'A model that predicts clicks well can still earn less: clicks were not what the business sells.',
        point2: 'Ranking by expected watch time (YouTube’s weighted logistic regression) follows the ads, so it earns more ad minutes.',
        point3: 'Choose the objective from the business goal first, then the model.',
      },
    },
  },
  shop: {
    steps: {
      intro: {
        title: 'Clicks are not purchases',
        text: 'This shop earns when people buy. Eye-catching products get clicked, but many are poor value and rarely bought. You will train three recommenders: one ranks by clicks; BASE multiplies clicks by a conversion model learned on clicked impressions only; ESMM learns clicks and purchases together over every impression. Then you predict which sells more.',
      },
      generate: {
        title: 'Build the shop',
        text: 'Press Generate: the app creates shoppers and products whose true behaviour it knows, and logs what the shoppers clicked and bought.',
        done: 'Notice how few impressions are clicked: a conversion model trained on clicks sees only a small, unusual part of the data.',
      },
      train: {
        title: 'Train three models',
        text: 'Press Train. The CTR model learns clicks. BASE’s conversion model learns which clicks end in a purchase, from clicked impressions only. ESMM learns click-and-buy over all impressions.',
        done: 'All three are trained. Next, before any A/B test, you predict.',
      },
      predictClicks: {
        title: 'Prediction 1: clicks or purchases?',
        text: 'Which ranking will sell more: ranking by clicks, or ESMM? And by how much?',
      },
      predictBase: {
        title: 'Prediction 2: where the conversion model learned',
        text: 'BASE learned conversion only from clicked impressions, yet it ranks every product for every shopper. Will it sell more or less than ESMM, and by how much?',
      },
      compare: {
        title: 'Run the A/B test',
        text: 'Press Compare: each model fills the top 10 slots for the same shoppers, and the known truth tells how many purchases each ranking earns.',
        done: 'The results are in. Next: your two predictions.',
      },
      revealClicks: {
        title: 'Prediction 1 against the result',
        text: 'Ranking by clicks promotes eye-catching products that people click and then do not buy. ESMM ranks by the chance of a click and a purchase, which is what the shop earns from.',
      },
      revealBase: {
        title: 'Prediction 2 against the result',
        text: 'The people who click are not a random sample. A conversion model that only ever saw clicks is used on impressions nobody clicked, where it never learned (the sample selection bias of the ESMM paper). It also learned from far fewer examples: with the same training settings its conversion model gets a small fraction of ESMM’s training steps (the paper’s other problem, data sparsity), and part of the gap comes from that: given more steps on the same clicks, BASE sells about as much as ESMM in this shop. ESMM learns click-and-buy over every impression instead. Its conversion tower is trained only through pCTR × pCVR, never on a conversion label of its own, so what it can gain is the order of its estimates over the whole space, not a conversion rate you could quote.',
      },
      summary: {
        title: 'What we learned',
        text: 'The recommender is only as good as the goal it optimises.',
        point1: 'A click is a step towards a purchase, not the goal: ranking by clicks sold less.',
        point2: 'A conversion model learned on clicked impressions only is used on impressions nobody clicked, where it never learned (the paper’s sample selection bias).',
        point3: 'ESMM learns clicks and click-and-buy together over every impression. What it is built to gain is the order of its estimates over that whole space, which is what a ranking uses; its conversion rates are not calibrated.',
      },
    },
  },
  objective: {
    steps: {
      goal: {
        title: 'Your business goal',
        text: 'You are the product manager. Pick the goal your business is judged on, or let the facilitator give you one. The app opens the world that earns it.',
      },
      objective: {
        title: 'Pick the objective',
        text: 'Your team can train a ranking on one of these objectives. Which would you rank by, and why?',
      },
      generate: {
        title: 'Build the world',
        text: 'Press Generate to create the world and its logs.',
        done: 'The world is ready. The models will learn only from its logs.',
      },
      train: {
        title: 'Train the models',
        text: 'Press Train: every objective is trained on the same logs, so your pick can be compared with the others.',
        done: 'Trained. Now test your pick.',
      },
      compare: {
        title: 'Test your pick',
        text: 'Press Compare: the A/B test ranks for your goal and measures what each objective earns.',
        done: 'The results are in. Next: did your pick win?',
      },
      verdict: {
        title: 'Did your pick earn the most?',
        text: 'Each objective ranked the same candidates for the same people; here is what each earned of your goal.',
      },
      summary: {
        title: 'What we learned',
        text: 'Start from the business goal, then choose what to rank by.',
        point1: 'The objective decides what a ranking delivers: clicks, minutes or purchases.',
        point2: 'Easy, plentiful or accurate is not enough: the objective must measure what the business earns.',
        point3: 'Test the choice in an A/B test on the business metric, not only offline.',
      },
    },
  },
};
