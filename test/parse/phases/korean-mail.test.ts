// Korean, read from its own language table: a Gmail forward's "전달된 메일" block with
// "보낸사람:", dates written 2027년 4월 6일, clock times with 오전/오후 and 시/분 ("오후 2시 30분"),
// "한국 시간", the interviewer after "면접관:", the title before "포지션", and the words that cancel.
import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '#parse/clock-times.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { kindOf } from '../support/kind-input.js';

const forward = (body: string) =>
  Buffer.from(
    [
      'From: Minji Park <minji.park@mail.example>',
      'To: interviews@followups.example.dev',
      'Subject: Fwd: 데이터 분석가 면접 안내',
      'Date: Mon, 29 Mar 2027 09:00:00 +0900',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- 전달된 메일 ---------',
      '보낸사람: 오세린 <serin.oh@bomnal-data.example>',
      'Date: 2027년 3월 29일 (월) 오전 8:40',
      'Subject: 데이터 분석가 면접 안내',
      'To: <minji.park@mail.example>',
      '',
      body,
      '',
    ].join('\n'),
  );

describe('a Korean invitation forwarded from Gmail', () => {
  it('reads the day, the afternoon range, the zone, the role and the interviewer', async () => {
    const got = toExtraction(
      await parseEmail(
        forward(
          '안녕하세요, 박민지님.\n\n데이터 분석가 포지션 면접 일정을 아래와 같이 안내드립니다.\n\n- 일시: 2027년 4월 6일(화) 오후 2시 30분 ~ 3시 30분 (한국 시간)\n- 면접관: 분석팀 팀장 한지우 (Han Ji-woo, jiwoo.han@bomnal-data.example)\n\n오세린 드림\n봄날데이터 인사팀',
        ),
        { timezone: 'America/New_York' },
      ),
    );
    expect(got).toMatchObject({
      kind: 'scheduled',
      start: '2027-04-06T14:30:00+09:00',
      end: '2027-04-06T15:30:00+09:00',
      role: '데이터 분석가',
    });
    expect(got.interviewers.map((i) => i.email)).toEqual(['jiwoo.han@bomnal-data.example']);
  });
});

describe('Korean clock readings', () => {
  it.each([
    ['오전 9시', '9:00'],
    ['오후 4시 15분', '16:15'],
    ['오후 1시 반', '13:30'],
  ])('%s', (text, hm) => {
    const r = findTimeRanges(`면접은 ${text}에 시작합니다.`)[0];
    expect(r && `${r.start.hour}:${String(r.start.minute).padStart(2, '0')}`).toBe(hm);
  });

  it('a length in hours is no clock reading: "2시간"', () => {
    expect(findTimeRanges('면접은 약 2시간 소요됩니다.')).toEqual([]);
  });

  it('a cancellation', () => {
    expect(kindOf('면접 일정 안내', '4월 6일 오후 2시 면접이 취소되었습니다.')).toBe('cancelled');
  });
});
