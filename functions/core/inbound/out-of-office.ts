// Out-of-office and other automatic answers that carry no Auto-Submitted header: recognised by
// the subject the common clients and servers give them (English, German, French, Spanish,
// Italian, Dutch, Portuguese, Japanese, Chinese). Such an answer is relayed but never counts
// as the interviewer having answered.

const OUT_OF_OFFICE_SUBJECT = new RegExp(
  [
    '^\\s*(?:',
    [
      'out of (?:the )?office',
      'automatic reply',
      'auto(?:matic)?[- ]?(?:reply|response)',
      'away from (?:the )?office',
      'on (?:vacation|holiday|leave)',
      'i am (?:currently )?(?:out|away)',
      'abwesenheitsnotiz',
      'automatische antwort',
      'abwesend',
      'réponse automatique',
      'absence',
      'absent(?:e)? du bureau',
      'respuesta automática',
      'fuera de la oficina',
      'risposta automatica',
      'fuori (?:sede|ufficio)',
      'automatisch antwoord',
      'afwezig',
      'resposta automática',
      'ausente',
      '不在',
      '自動応答',
      '自动回复',
    ].join('|'),
    ')(?=$|[\\s:：(\\[–—-])',
  ].join(''),
  'iu',
);

export function isOutOfOfficeSubject(subject: string | null | undefined): boolean {
  return subject ? OUT_OF_OFFICE_SUBJECT.test(subject) : false;
}
