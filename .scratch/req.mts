import { findCompany } from '#parse/company.js';
import { findRole } from '#parse/role.js';

for (const t of [
  'Interview - Lena Fischer / Platform Engineer',
  'Lena Fischer / Platform Engineer interview',
])
  console.log(
    findRole({
      texts: ['See the invitation.'],
      titles: [t],
      company: null,
      people: ['Lena Fischer'],
    }),
  );
console.log(
  findCompany({
    texts: [
      'Hi Ana,\n\nthanks for your interest in Brightwater Labs. We would like to invite you to an interview.',
    ],
    subjects: ['Interview'],
    companyAddresses: [{ name: 'Omar Haddad', address: 'omar@brightwater-labs.example' }],
    sender: { name: 'Omar Haddad', address: 'omar@brightwater-labs.example' },
  }),
);
console.log(
  findCompany({
    texts: [
      'Hi Ana,\n\nthanks for your interest in Brightwater Labs. We would like to invite you to an interview.',
    ],
    subjects: ['Interview'],
    companyAddresses: [{ name: 'Omar Haddad', address: 'omar@gmail.com' }],
    sender: { name: 'Omar Haddad', address: 'omar@gmail.com' },
  }),
);
