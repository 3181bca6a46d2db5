// Facts the stack and the Lambda handlers must agree on, defined once for both.

/** Where the receipt rule stores each raw message in the bucket: `<prefix><SES message id>`. */
export const RAW_MAIL_PREFIX = 'inbound/';
