// The deployment's mail domain: the SES domain identity with Easy DKIM, and its DNS (the MX record
// to the region's inbound endpoint and the three DKIM CNAMEs), created in Route 53 when a hosted
// zone is configured, otherwise printed as stack outputs to create by hand.
import { Aws, CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import { CfnRecordSet, HostedZone, MxRecord } from 'aws-cdk-lib/aws-route53';
import {
  ConfigurationSet,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { systemSender } from '../functions/core/config.js';
import type { StackConfig } from './config.js';
import type { FollowupFunction } from './followup-function.js';

export interface MailDomainProps {
  domain: string;
  /** The address forwards go to; nothing is ever sent from it. */
  inboundAddress: string;
  /** Owners' own addresses: in the SES sandbox, the only recipients allowed. */
  sandboxRecipients: string[];
  hostedZone: StackConfig['hostedZone'];
  sesConfigurationSet: string | null;
  /** Output ids for the records printed when there is no hosted zone. */
  outputIds: { mx: string; dkim: (n: number) => string };
}

export class MailDomain extends Construct {
  readonly identity: EmailIdentity;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: MailDomainProps,
  ) {
    super(scope, id);
    const configurationSet = props.sesConfigurationSet
      ? ConfigurationSet.fromConfigurationSetName(
          this,
          'ConfigurationSet',
          props.sesConfigurationSet,
        )
      : undefined;
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.domain),
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      dkimSigning: true,
      configurationSet,
    });

    const inboundEndpoint = `inbound-smtp.${Aws.REGION}.amazonaws.com`;
    const stack = Stack.of(this);
    if (props.hostedZone) {
      const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
        hostedZoneId: props.hostedZone.id,
        zoneName: props.hostedZone.name.replace(/\.$/, ''),
      });
      new MxRecord(this, 'MxRecord', {
        zone,
        recordName: `${props.domain}.`,
        values: [{ priority: 10, hostName: inboundEndpoint }],
        ttl: Duration.hours(1),
      });
      // L1 records: the token names are already fully qualified, and CnameRecord would append
      // the zone name to a name it cannot read at synth time.
      this.identity.dkimRecords.forEach((record, i) => {
        new CfnRecordSet(this, `DkimRecord${i + 1}`, {
          hostedZoneId: zone.hostedZoneId,
          name: record.name,
          type: 'CNAME',
          resourceRecords: [record.value],
          ttl: '3600',
        });
      });
    } else {
      new CfnOutput(stack, props.outputIds.mx, {
        description: 'Create this DNS record by hand (no hosted zone configured)',
        value: `${props.domain} MX 10 ${inboundEndpoint}`,
      });
      this.identity.dkimRecords.forEach((record, i) => {
        new CfnOutput(stack, props.outputIds.dkim(i + 1), {
          description: 'Create this DNS record by hand (no hosted zone configured)',
          value: `${record.name} CNAME ${record.value}`,
        });
      });
    }
  }

  /**
   * Lets a function send through SES from this domain, as followup's own address only, or also
   * as an owner. Owners' sending addresses are matched by the domain, not listed, so owners can
   * change without a deploy: such a function may send as any address of the deployment domain
   * except the inbound address, but never as another identity of the account (such as an owner's
   * own address verified for the SES sandbox).
   */
  grantSend(fn: FollowupFunction, senders: 'followup' | 'followup-and-owners') {
    const stack = Stack.of(this);
    const identityArn = (identity: string) =>
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity });
    const { domain, inboundAddress, sandboxRecipients, sesConfigurationSet } = this.props;
    fn.allow({
      sid: senders === 'followup' ? 'SendAsFollowup' : 'SendAsFollowupOrOwners',
      actions: ['ses:SendEmail'],
      resources: [
        identityArn(domain),
        // In the SES sandbox, sends are also authorized against the verified recipient.
        ...sandboxRecipients.map(identityArn),
        ...(sesConfigurationSet
          ? [
              stack.formatArn({
                service: 'ses',
                resource: 'configuration-set',
                resourceName: sesConfigurationSet,
              }),
            ]
          : []),
      ],
      conditions:
        senders === 'followup'
          ? { StringEquals: { 'ses:FromAddress': systemSender({ domain }).address } }
          : {
              StringLike: { 'ses:FromAddress': `*@${domain}` },
              StringNotEquals: { 'ses:FromAddress': inboundAddress },
            },
    });
  }
}
