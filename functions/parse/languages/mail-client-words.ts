// What mail clients write around a forwarded message in languages the parser has no full table
// for: the header labels ("发件人:", "寄件者:"), the line that opens the forward, the subject
// prefix, and the month and weekday names a header's date line spells. A language with a full
// table keeps these in its table; adding one here is enough to unwrap its clients' forwards.
import type { MailClientWords } from './types.js';

/** Chinese, simplified (Outlook, Gmail, QQ/NetEase mail) and traditional (Outlook). */
const zh: MailClientWords = {
  code: 'zh',
  forwardLabels: {
    from: ['发件人', '寄件者', '寄件人'],
    to: ['收件人', '收件者'],
    cc: ['抄送', '副本'],
    subject: ['主题', '主旨'],
    date: ['发送时间', '日期', '时间', '寄件日期'],
  },
  forwardMarkers: ['转发的邮件', '原始邮件', '轉寄的郵件', '原始郵件'],
  forwardPrefixes: ['转发', '轉寄'],
};

export const MAIL_CLIENT_WORDS: MailClientWords[] = [zh];
