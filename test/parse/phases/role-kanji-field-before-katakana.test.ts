// A Japanese title often starts with its field in kanji before the katakana ("機械学習エンジニア",
// "組み込みエンジニア"); "our company" (弊社, 当社) before a title is never part of it.
import { describe, expect, it } from 'vitest';
import { findRole } from '#parse/role.js';

const role = (text: string) => findRole({ texts: [text], titles: ['ご案内'], company: null }).role;

describe('a Japanese title with a field in kanji before the katakana', () => {
  it.each([
    [
      'この度はカエデ工業の機械学習エンジニア職にご応募いただき、ありがとうございます。',
      '機械学習エンジニア',
    ],
    ['弊社の組み込みエンジニアのポジションについて、面接のご案内です。', '組み込みエンジニア'],
    ['制御ソフトウェアエンジニア職への応募を受け付けました。', '制御ソフトウェアエンジニア'],
  ])('%s', (text, title) => {
    expect(role(text)).toBe(title);
  });

  it.each([
    ['弊社バックエンドエンジニア職へのご応募ありがとうございます。', 'バックエンドエンジニア'],
    ['当社データアナリスト職にご関心をお寄せいただき', 'データアナリスト'],
  ])('not "our company": %s', (text, title) => {
    expect(role(text)).toBe(title);
  });
});
