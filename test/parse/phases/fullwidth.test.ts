// Japanese mail types digits, Latin letters and signs in their fullwidth forms, and older systems
// halfwidth katakana: the phases read them as the characters they stand for.
import { describe, expect, it } from 'vitest';
import { withNormalWidth } from '#parse/fullwidth.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';

describe('withNormalWidth', () => {
  it.each([
    ['３月９日（火）１０：３０～１１：１５', '3月9日(火)10:30~11:15'],
    ['２０２７／３／９', '2027/3/9'],
    ['日本時間（ＪＳＴ）', '日本時間(JST)'],
    ['ﾃﾞｰﾀ基盤ﾁｰﾑ', 'データ基盤チーム'],
  ])('folds %s', (text, expected) => {
    expect(withNormalWidth(text)).toBe(expected);
  });

  it.each([
    // Between words the fullwidth slash and comma are punctuation that lists people.
    '人事部　佐野 瑞穂／技術部　岡田 悠',
    '佐野，岡田',
    // Outside the width block nothing changes: an ellipsis, a no-break space, an ideographic space.
    'Thanks…\u00a0see you　then',
  ])('leaves punctuation between words alone: %s', (text) => {
    expect(withNormalWidth(text)).toBe(text);
  });
});

describe('a Japanese confirmation typed in fullwidth characters', () => {
  const message = (body: string[], subject = '【株式会社コトノハ】最終面接のご案内') =>
    [
      'From: Yui Hattori <yui.hattori@mailbox.example>',
      'To: Yui Hattori <yui.hattori@mailbox.example>',
      `Subject: Fwd: ${subject}`,
      'Date: Mon, 08 Mar 2027 18:20:00 +0900',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: 高木 亮介 <takagi.ryosuke@kotonoha.example>',
      'Date: 2027年3月8日(月) 17:55',
      `Subject: ${subject}`,
      'To: 服部 結衣 <yui.hattori@mailbox.example>',
      '',
      '服部 結衣 様',
      '',
      ...body,
    ].join('\r\n');

  it('reads the date, the range and the zone', async () => {
    const parsed = await parseEmail(
      message([
        '株式会社コトノハ 人事部の高木です。',
        '最終面接の日程が決まりましたので、ご連絡いたします。',
        '',
        '日時：２０２７年３月１５日（月）１６：３０～１７：３０（ＪＳＴ）',
        '会場：オンライン（Ｇｏｏｇｌｅ Ｍｅｅｔ）https://meet.example.com/kto-pqrs-xyz',
      ]),
      { timezone: 'America/New_York' },
    );
    const got = toExtraction(parsed);
    expect(got.kind).toBe('scheduled');
    expect(got.start).toBe('2027-03-15T16:30:00+09:00');
    expect(got.end).toBe('2027-03-15T17:30:00+09:00');
  });

  it('reads a date written with fullwidth slashes and a time in 時/分', async () => {
    const parsed = await parseEmail(
      message(['面接日時は ３／１７（水）１０時００分 からを予定しております（日本時間）。']),
      { timezone: 'America/New_York' },
    );
    expect(toExtraction(parsed).start).toBe('2027-03-17T10:00:00+09:00');
  });
});
