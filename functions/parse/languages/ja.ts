// Japanese. Dates are written 2027年1月20日 (read by the date finder itself); the tables hold
// the words around them.
import type { LanguageTable } from './types.js';

export const ja: LanguageTable = {
  code: 'ja',
  deadline: ['締切', '期限'],
  jobNouns: [
    'エンジニア',
    'デザイナー',
    'マネージャー',
    'アナリスト',
    'サイエンティスト',
    'コンサルタント',
    'スペシャリスト',
    'プランナー',
    'リサーチャー',
    '開発者',
  ],
  months: [[], [], [], [], [], [], [], [], [], [], [], []],
  weekdays: [['月曜日'], ['火曜日'], ['水曜日'], ['木曜日'], ['金曜日'], ['土曜日'], ['日曜日']],
  relativeDays: { today: ['本日', '今日'], tomorrow: ['明日'], dayAfter: ['明後日'] },
  accepting: [
    '問題ございません',
    '問題ありません',
    '大丈夫です',
    '承知しました',
    '承知いたしました',
  ],
  declining: ['難しい', '都合が悪'],
  forwardLabels: {
    from: ['差出人', '送信者'],
    to: ['宛先'],
    cc: ['cc'],
    subject: ['件名'],
    date: ['送信日時', '日時', '日付'],
    replyTo: ['返信先'],
  },
  forwardMarkers: ['転送メッセージ', '元のメッセージ'],
  replyAttributions: [],
  zonePhrases: [[String.raw`日本時間`, 'Asia/Tokyo']],
  forwardPrefixes: ['転送'],
  interview: ['面接', '面談'],
  meetingWords: ['オンライン', 'ビデオ通話', '電話'],
  cancelled: ['中止', 'キャンセル', String.raw`(?:面接|実施|開催)を(?:見合わせ|取りやめ|取り止め)`],
  cancelledTitle: ['キャンセル', 'キャンセル済み', 'キャンセルされたイベント', '中止'],
  meetingNouns: ['ミーティング', '打ち合わせ', '予定'],
  moveVerbs: ['変更'],
  rescheduled: [
    '日程変更',
    '変更後',
    '延期',
    String.raw`(?:日程|日時)を(?:下記の(?:通り|とおり))?変更(?:させていただ|いたしま|しま)`,
  ],
  newTime: ['変更後'],
  newTimeToFind: [],
  oldTime: ['変更前'],
  notInterview: {
    // Meetings with an interview word outside hiring: leaving a job, a review with the current
    // manager, a school meeting about a child.
    notTheSeekers: [
      '退職面談',
      '退職面接',
      '評価面談',
      '保護者面談',
      '三者面談',
      // An event that says it has no bearing on selection: "選考への影響は一切ございません".
      String.raw`選考(?:への|に(?:は)?|とは|結果(?:に|へ)(?:は)?)(?:一切)?(?:影響|関係)(?:は|が)?(?:一切)?(?:ございません|ありません|しません|いたしません|ない)`,
    ],
    rejection: ['見送り', 'お見送り', 'ご期待に沿えない', 'ご期待に添えない', '残念ながら'],
    offer: ['内定'],
    assessment: ['課題'],
    survey: ['アンケート'],
    backgroundCheck: [],
    event: ['説明会', 'ウェビナー', '合同企業説明会', '就職フェア'],
    appointment: ['模擬面接', '健康診断', '入社式', '内定者研修', '入社前研修'],
    declined: ['辞退:'],
    receipt: ['ご応募ありがとうございます', '応募受付', 'エントリー受付', '別途ご案内'],
    chooseSlot: ['ご都合の良い日時', 'ご都合のよい日時', '候補日', 'ご希望の日時'],
    outreach: [],
    newsletter: ['配信停止'],
  },
  confirmed: [
    String.raw`日時[ \u3000]*[：:]`,
    // "下記の日程で一次面接を確定いたしました", "日程確定のご連絡"; not "確定後" (once it is fixed).
    String.raw`確定(?!後|次第|し次第)`,
    String.raw`決定(?:いたしました|しました)`,
  ],
  interviewerLead: ['面接官', 'ご対応者', '面接担当者', '担当面接官'],
  interviewerLabels: ['ご対応者', '面接担当者', '担当面接官', '面接担当'],
  interviewerVerb: [
    'が面接を担当',
    'が担当いたします',
    // "A、Bが担当する予定でございました": who was to hold it (a cancelled one too).
    String.raw`が(?:面接を)?担当(?:する|します|させていただ)`,
    // "A、Bの2名がお話をうかがいます": who will hear the seeker out.
    String.raw`がお話を(?:お?うかが|お?伺)`,
  ],
  senderTakesPart: [],
  senderArranges: [],
  organizerMark: ['主催者'],
  arrangerTitles: ['人事', '採用担当'],
  roleLabels: ['職種', '募集職種', '応募職種', 'ポジション', '募集ポジション'],
  // "バックエンドエンジニア職の最終面接", "データアナリストのポジション": the title before the word for a post.
  rolePatterns: [
    String.raw`(TITLE)(?:職|ポジション)(?:の|へ|に|として)`,
    String.raw`(TITLE)のポジション`,
  ],
  noon: ['正午'],
  meridiemBefore: { am: ['午前'], pm: ['午後'] },
  sameTime: ['同じ時間', '同時刻'],
};
