// Facts the stack and the Lambda handlers must agree on, defined once for both.

/** Where the receipt rule stores each raw message in the bucket: `<prefix><SES message id>`. */
export const RAW_MAIL_PREFIX = 'inbound/';

/**
 * The stack's outputs, by key: `followup doctor` and `followup owners --stack` find the
 * deployment's pieces through them (the welcome email of `owners add --stack` is written with
 * the inbound address, link base URL and mail domain, and sent with the configuration set).
 */
export const STACK_OUTPUT = {
  inboundAddress: 'InboundAddress',
  linkBaseUrl: 'LinkBaseUrl',
  domain: 'MailDomain',
  /** Only when a configuration set is configured; the CLI's welcome email sends through it. */
  sesConfigurationSet: 'SesConfigurationSet',
  ruleSetName: 'ReceiptRuleSetName',
  deadLetterQueueUrl: 'DeadLetterQueueUrl',
  tableName: 'TableName',
  scheduleGroupName: 'ScheduleGroupName',
  dnsMx: 'DnsRecordMx',
  dnsDkim: (n: number) => `DnsRecordDkim${n}`,
} as const;
