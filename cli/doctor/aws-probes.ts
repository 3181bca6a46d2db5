// Doctor's probes over the AWS SDK, DNS and HTTP. Read-only calls only: DescribeStacks,
// GetEmailIdentity, GetAccount, DescribeActiveReceiptRuleSet, GetQueueAttributes, a DNS MX
// lookup and one GET of the link pages.
import { type CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DescribeActiveReceiptRuleSetCommand, type SESClient } from '@aws-sdk/client-ses';
import {
  GetAccountCommand,
  GetEmailIdentityCommand,
  type SESv2Client,
} from '@aws-sdk/client-sesv2';
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { errorMessage } from '#core/error-message.js';
import type { MxRecord, UrlProbe } from './checks.js';
import type { DoctorProbes } from './run-checks.js';

export interface DoctorClients {
  cloudFormation: CloudFormationClient;
  sesv2: SESv2Client;
  /** SES v1: receipt rules have no v2 API. */
  ses: SESClient;
  sqs: SQSClient;
  resolveMx: (domain: string) => Promise<MxRecord[]>;
  fetch: typeof globalThis.fetch;
}

const named = (error: unknown, name: string) => (error as { name?: string } | null)?.name === name;

export function awsProbes(clients: DoctorClients): DoctorProbes {
  return {
    async describeStack(stackName) {
      try {
        const { Stacks } = await clients.cloudFormation.send(
          new DescribeStacksCommand({ StackName: stackName }),
        );
        const stack = Stacks?.[0];
        if (!stack) return null;
        return { status: stack.StackStatus ?? 'UNKNOWN', outputs: stack.Outputs ?? [] };
      } catch (error) {
        // CloudFormation says "Stack with id X does not exist" as a ValidationError.
        if (named(error, 'ValidationError') && /does not exist/.test(errorMessage(error))) {
          return null;
        }
        throw error;
      }
    },

    async emailIdentity(domain) {
      try {
        const out = await clients.sesv2.send(
          new GetEmailIdentityCommand({ EmailIdentity: domain }),
        );
        return {
          verifiedForSending: out.VerifiedForSendingStatus === true,
          dkimStatus: out.DkimAttributes?.Status ?? null,
          dkimSigning: out.DkimAttributes?.SigningEnabled === true,
        };
      } catch (error) {
        if (named(error, 'NotFoundException')) return null;
        throw error;
      }
    },

    async account() {
      const out = await clients.sesv2.send(new GetAccountCommand({}));
      return {
        productionAccessEnabled: out.ProductionAccessEnabled === true,
        sendingEnabled: out.SendingEnabled !== false,
        enforcementStatus: out.EnforcementStatus ?? null,
      };
    },

    async activeRuleSet() {
      const out = await clients.ses.send(new DescribeActiveReceiptRuleSetCommand({}));
      return out.Metadata?.Name ?? null;
    },

    resolveMx: (domain) => clients.resolveMx(domain),

    async get(url): Promise<UrlProbe> {
      try {
        const response = await clients.fetch(url, {
          method: 'GET',
          redirect: 'manual',
          signal: AbortSignal.timeout(10_000),
        });
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => {
          headers[key.toLowerCase()] = value;
        });
        return { status: response.status, headers, body: (await response.text()).slice(0, 2000) };
      } catch (error) {
        return { error: errorMessage(error) };
      }
    },

    async queueDepth(queueUrl) {
      const { Attributes } = await clients.sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: queueUrl,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      return {
        visible: Number(Attributes?.ApproximateNumberOfMessages ?? 0),
        inFlight: Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0),
      };
    },
  };
}
