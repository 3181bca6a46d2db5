// The employer when a tool or an agency writes: a tool's robot mailbox names no company, the
// meeting names it ("your interview with Halvard Shipping"), and an agency's subject may label it.
import { describe, expect, it } from 'vitest';
import { isRoleAddress } from '#parse/addresses.js';
import { findCompany } from '#parse/company.js';

const company = (
  subject: string,
  text: string,
  sender: { name: string | null; address: string },
  others: { name: string | null; address: string }[] = [],
) =>
  findCompany({
    texts: [text],
    subjects: [subject],
    companyAddresses: [sender, ...others],
    sender,
  }).company;

describe('a machine mailbox', () => {
  it.each(['wd-notify', 'ats.noreply', 'hire-bounces', 'acme_alerts', 'ta+do-not-reply'])(
    '%s is no person',
    (local) => {
      expect(isRoleAddress(`${local}@tool.example`)).toBe(true);
    },
  );

  it.each(['jo.notley', 'alerta.silva', 'mailerova'])('%s is a person', (local) => {
    expect(isRoleAddress(`${local}@firm.example`)).toBe(false);
  });
});

describe('the company the meeting is with', () => {
  it('"Your interview with X" from a tool, X ending like a company', () => {
    expect(
      company(
        'Interview scheduled',
        'Hello,\n\nYour interview with Halvard Shipping Logistics for the Dispatcher position is scheduled for Monday, March 8 at 10:00 AM.',
        { name: 'Hiring Portal', address: 'portal-notify@hiresuite.example' },
      ),
    ).toBe('Halvard Shipping Logistics');
  });

  it('"Interview at X" in the subject', () => {
    expect(
      company(
        'Interview at Juniper Ridge Analytics',
        'Your interview has been booked for Tuesday at 2pm.',
        { name: null, address: 'no-reply@bookings.example' },
      ),
    ).toBe('Juniper Ridge Analytics');
  });

  it('a person after "interview with" is no company', () => {
    expect(
      company(
        'Interview with Marcus Bell',
        'Your interview with Marcus Bell is on Tuesday at 2pm.',
        { name: null, address: 'no-reply@bookings.example' },
      ),
    ).toBeNull();
  });
});

describe('a scheduling mailbox named after the company', () => {
  it.each(['Harrowgate Interview Scheduling', 'Harrowgate Interview Team'])(
    '%s names Harrowgate',
    (name) => {
      expect(
        company(
          'Invitation: Systems chat',
          'Who: Imogen Tait, Pavel Ruiz, Harrowgate Interview Scheduling',
          { name, address: 'interview-scheduling@harrowgate.example' },
        ),
      ).toBe('Harrowgate');
    },
  );
});

describe('an agency’s subject that labels its client', () => {
  it('"Client: X" in the subject names the employer', () => {
    expect(
      company(
        'Interview confirmation | Client: Orchard Lane Foods',
        'Hi Sam,\n\nOrchard Lane Foods would like to see you on Thursday at 11am.\n\nKit Moran\nTalentway Recruiting',
        { name: 'Kit Moran', address: 'kit.moran@talentway.example' },
      ),
    ).toBe('Orchard Lane Foods');
  });
});

describe("a tool's robot mailbox under the hiring company's name", () => {
  it('takes the name it shows over the tool named in the footer', () => {
    expect(
      company(
        'Your interview is booked',
        'Hi Priya,\n\nBrackwater Survey Group has scheduled your interview for Tuesday, March 2 at 3:00 PM.\n\nManage your candidate profile at Hireloom.\n© 2027 Hireloom Inc.',
        { name: 'Brackwater Survey Group', address: 'alerts@hireloom.example' },
      ),
    ).toBe('Brackwater Survey Group');
  });

  it('not when the text never names it again', () => {
    expect(
      company(
        'Your interview is booked',
        'Hi Priya,\n\nYour interview for the Surveyor role at Hireloom Partners is on Tuesday, March 2 at 3:00 PM.',
        { name: 'Brackwater Survey Group', address: 'alerts@hireloom.example' },
      ),
    ).not.toBe('Brackwater Survey Group');
  });
});

describe("an agency's mail names the job's company", () => {
  const agent = { name: 'Noemi Strand', address: 'noemi@pathwayrecruiting.example' };
  const signed = (line: string) =>
    `Hi Ravi,\n\n${line} Thursday at 3pm works for them.\n\nNoemi\nPathway Recruiting`;

  it.each([
    [
      'your interview for the Payroll Lead position at Ashcombe Textiles is set.',
      'Ashcombe Textiles',
    ],
    ['the Payroll Lead role with Ashcombe Textiles is moving fast.', 'Ashcombe Textiles'],
    [
      'your interview with Ashcombe Textiles for the Payroll Lead role is set.',
      'Ashcombe Textiles',
    ],
  ])('%s', (line, name) => {
    expect(company('Interview', signed(line), agent)).toBe(name);
  });

  it('"the … role with Kenji Mori" names the interviewer, not the company', () => {
    expect(
      company('Interview', signed('the Payroll Lead role with Omar Lindqvist is next.'), agent),
    ).not.toBe('Omar Lindqvist');
  });
});

describe('"on behalf of" a person', () => {
  it('names no company: "on behalf of Ruairi Banerjee, our Head of Tooling"', () => {
    const writer = { name: 'Oona Tallis', address: 'oona.tallis@kesselwerk.example' };
    for (const after of [', our Head of Tooling, who', ', who would like'])
      expect(
        company(
          'Interview',
          `Hi Mateus, I'm writing on behalf of Ruairi Banerjee${after} to meet you on Monday.`,
          writer,
        ),
      ).not.toBe('Ruairi Banerjee');
  });
});

describe("a tool's team name in the sender that the text never writes", () => {
  it('yields to the company the text names', () => {
    expect(
      company(
        'Your interview has been moved',
        'Hi Ana,\n\nYour interview for Field Technician at Brackwater Utilities has been moved.\n\nNew time: Friday, March 12, 9:00 AM\n\nBrackwater Utilities Recruiting',
        { name: 'Slotwise Scheduling', address: 'no-reply@slotwise-mail.example' },
      ),
    ).toBe('Brackwater Utilities');
  });

  it('still names the company when the text names none', () => {
    expect(
      company(
        'Interview confirmed',
        'Hi Ana,\n\nYour interview is confirmed for Friday, March 12, 9:00 AM.',
        { name: 'Brackwater Utilities Recruiting', address: 'no-reply@hiremail.example' },
      ),
    ).toBe('Brackwater Utilities');
  });
});
