// Japanese mail indents its item block with full-width spaces ("　面接担当：", "　面接官：") and
// writes each person below as department, post and name with the address in full-width brackets:
// the label is read whatever indent opens it, and the recruiter who sent it is not taken. A label
// line indented like the panel above it ("  Location: …") continues no list of people.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: '小林 美咲', address: 'misaki.k@mail.example' };
const writer = { name: '高橋 蓮', address: 'ren.takahashi@kaze.example' };

describe('an interviewer label indented with full-width spaces', () => {
  it.each(['面接担当：', '面接官：', '面接担当者：'])('"　%s" over indented people', (label) => {
    const text = `小林 美咲 様\n\n採用担当の高橋です。二次面接のご案内です。\n\n　日時：2027年1月20日（水）14:00〜15:00\n　${label}\n　　開発本部 部長　佐藤 健（ken.sato@kaze.example）\n　　開発本部　　　 木村 遥\n\n当日は私は同席いたしません。\n\n高橋 蓮`;
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'kaze' }));
    expect(got.interviewers).toEqual([
      { name: '佐藤 健', email: 'ken.sato@kaze.example' },
      { name: '木村 遥', email: null },
    ]);
  });
});

describe('an indented list spaced out by HTML paragraphs', () => {
  it('a blank line between two items of the same indent does not end the list', () => {
    const text = `小林 美咲 様\n\n二次面接のご案内です。\n\n　日時：2027年1月20日（水）14:00〜15:00\n\n　面接官：\n\n　　開発本部 部長　佐藤 健（ken.sato@kaze.example）\n\n　　開発本部　　　 木村 遥\n\n当日は私は同席いたしません。\n\n高橋 蓮`;
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'kaze' }));
    expect(got.interviewers).toEqual([
      { name: '佐藤 健', email: 'ken.sato@kaze.example' },
      { name: '木村 遥', email: null },
    ]);
  });
});

describe('a label line indented like the panel above it', () => {
  it('continues no list of people', () => {
    const seeker = { name: 'Ines Carvalho', address: 'ines.c@mail.example' };
    const writer = { name: 'Hal Brook', address: 'hal.brook@redmesa.example' };
    const found = readPeople(
      peopleInput(
        'Ms. Carvalho,\n\n  Time: 0900h-1000h Pacific\n  Panel: Rowan Ekwueme (Program Lead)\n  Location: Building 2, 14 Harbor Rd, Long Beach, CA\n\nHal',
        { seeker, writer, organisation: 'redmesa' },
      ),
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Rowan Ekwueme']);
  });
});
