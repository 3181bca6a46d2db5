// A calendar's own notification as text (what a forward of "Invitation from Google Calendar"
// holds): the meeting link printed without its scheme, and the calendar's and the video
// service's product names, which name no employer.
import { describe, expect, it } from 'vitest';
import { findCompany } from '#parse/company.js';
import { findMeetingUrl } from '#parse/meeting-url.js';

describe('a meeting link printed without its scheme', () => {
  it.each([
    ['Join with Google Meet\nmeet.google.com/kpt-wzaa-rrm', 'https://meet.google.com/kpt-wzaa-rrm'],
    ['Join Zoom Meeting\nlarkhill.zoom.us/j/81234567', 'https://larkhill.zoom.us/j/81234567'],
  ])('%s', (text, url) => {
    expect(findMeetingUrl([text])).toBe(url);
  });

  it('a host that is no meeting service stays unread without its scheme', () => {
    expect(findMeetingUrl(['Join here:\nportal.larkhill.example/room/4'])).toBeNull();
  });

  it('an address on a meeting host is no link', () => {
    expect(findMeetingUrl(['Questions? Write to help@zoom.us/support today'])).toBeNull();
  });
});

describe("a calendar's and a video service's product names", () => {
  it("name no employer, even from the calendar service's own mailbox", () => {
    const sender = { name: 'Google Calendar', address: 'calendar-notification@google.com' };
    expect(
      findCompany({
        texts: [
          'Invitation from Google Calendar\n\nPanel - Data Platform\nJoin with Google Meet\nmeet.google.com/kpt-wzaa-rrm\n\nGuests\nOdile Brack - organizer\nodile.brack@saltwind-energy.example',
        ],
        subjects: ['Invitation: Panel - Data Platform'],
        companyAddresses: [
          sender,
          { name: 'Odile Brack', address: 'odile.brack@saltwind-energy.example' },
        ],
        sender,
      }).company,
    ).toBe('Saltwind Energy');
  });
});
