import json, base64, quopri, sys
M = {}

def exp(kind, company, role, start, end, tz, ivs, url, coord=None):
    e = dict(kind=kind, company=company, role=role, start=start, end=end, timezone=tz,
             interviewers=[dict(name=n, email=m) for n, m in ivs], meetingUrl=url)
    return e, (None if coord is None else dict(name=coord[0], email=coord[1]))

NEG = lambda: exp('not_interview', None, None, None, None, None, [], None)

def enc(body, cte, charset='utf-8'):
    if cte == 'base64':
        return base64.encodebytes(body.encode(charset)).decode()
    if cte == 'quoted-printable':
        return quopri.encodestring(body.encode(charset)).decode()
    return body

def part(ctype, body, cte='8bit', charset='utf-8', extra=''):
    return (f'Content-Type: {ctype}; charset="{charset}"\n{extra}Content-Transfer-Encoding: {cte}\n\n'
            + enc(body, cte, charset))

def single(hdr, ctype, body, cte='8bit', charset='utf-8'):
    return hdr + 'MIME-Version: 1.0\n' + part(ctype, body, cte, charset)

def alt(hdr, text, html, cte='quoted-printable', b='alt0001'):
    return (hdr + f'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="{b}"\n\n'
            f'--{b}\n' + part('text/plain', text, cte) + f'\n--{b}\n' + part('text/html', html, cte) + f'\n--{b}--\n')

def html_of(text):
    """A simple HTML rendering of plain text, one <div> per line."""
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    return '<div dir="ltr">' + ''.join(f'<div>{esc(l) if l else "<br>"}</div>\n' for l in text.split('\n')) + '</div>\n'

# ---------------------------------------------------------------- 205
text205 = """Two back to back on Thursday. Putting it in here.

---------- Forwarded message ---------
From: Brightline Mobility Recruiting <no-reply@brightline.recruitee.example>
Date: Mon, Feb 22, 2027 at 11:48 AM
Subject: Your upcoming interview with Brightline Mobility
To: <owen.kessler.dev@gmail.example>


Hi Owen,

Your interview for Staff Android Engineer has been scheduled. Here's your itinerary.

YOUR UPCOMING INTERVIEW
Thursday, February 25, 2027
All times Eastern Standard Time (EST)

Schedule
1:00 PM - 1:45 PM  |  Android architecture
Mobile Platform Lead - Keiko Hargreaves-Nakamura
1:45 PM - 2:30 PM  |  Product collaboration
Group Product Manager - Dario Villanueva

How to join: Google Meet - https://meet.example.com/bgl-owen-kssl
Add to Google Calendar: https://brightline.recruitee.example/cal/google/i_55120
Download .ics: https://brightline.recruitee.example/cal/ics/i_55120.ics

Manage this interview in your candidate portal: https://brightline.recruitee.example/portal/i_55120

Good luck!
Talent Team, Brightline Mobility
"""
M['205-gmail-ats-two-sessions-title-dash-name-est'] = (alt("""From: Owen Kessler <owen.kessler.dev@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Your upcoming interview with Brightline Mobility
Date: Mon, 22 Feb 2027 13:05:44 -0500
Message-ID: <CAO205ks@mail.gmail.example>
""", text205, html_of(text205), b='000000000000b205'),
 exp('scheduled', 'Brightline Mobility', 'Staff Android Engineer', '2027-02-25T13:00:00-05:00',
     '2027-02-25T14:30:00-05:00', 'America/New_York',
     [('Keiko Hargreaves-Nakamura', None), ('Dario Villanueva', None)],
     'https://meet.example.com/bgl-owen-kssl'))

# ---------------------------------------------------------------- 206
text206 = """Recruiter call Friday, she's ringing me.

________________________________
From: Poppy Ainsworth <poppy.ainsworth@thistledown.example>
Sent: 09 February 2027 15:22
To: Callum Reid <callum.reid@outlook.example>
Subject: Quick call about the Customer Insight Manager role

Hi Callum,

Thanks for applying for our Customer Insight Manager role - I enjoyed reading your CV. I'd like to have a 20-minute introductory call to talk through the role and your experience before we line up interviews with the team.

I've popped it in for this Friday at 11am (UK time) and I'll give you a ring on the mobile number on your CV (07700 900 482). If that no longer suits, just reply and we'll find another slot.

Speak Friday,

Poppy Ainsworth
Talent Partner
Thistledown Home Insurance
Direct: 0161 496 0813 | Working hours: Mon-Thu, 9am-3pm
"""
M['206-outlook-web-uk-recruiter-will-ring-this-friday'] = (alt("""From: Callum Reid <callum.reid@outlook.example>
To: interviews@followups.example.dev
Subject: Fw: Quick call about the Customer Insight Manager role
Date: Tue, 9 Feb 2027 18:10:31 +0000
Message-ID: <LO2P265MB206@LO2P265MB.GBRP265.PROD.OUTLOOK.example>
""", text206, html_of(text206), b='_000_LO2P265MB206_'),
 exp('scheduled', 'Thistledown Home Insurance', 'Customer Insight Manager', '2027-02-12T11:00:00+00:00',
     '2027-02-12T11:20:00+00:00', 'Europe/London',
     [('Poppy Ainsworth', 'poppy.ainsworth@thistledown.example')], None))

# ---------------------------------------------------------------- 207
text207 = """again rescheduled, 3rd time now

---------- Forwarded message ---------
From: Tarangini Systems Hiring <hiring@tarangini.darwinbox.example>
Date: Mon, 15 Mar 2027 at 6:12 PM
Subject: Interview Rescheduled | Technical Round 2 | Data Engineer | Tarangini Systems
To: <sneha.iyer.de@gmail.example>


Dear Sneha Iyer,

Please note that your Technical Round 2 for the position of Data Engineer (Job ID: TS-DE-0412) has been rescheduled due to the unavailability of the panel. The revised schedule is given below.

Revised Schedule
Date: 17-Mar-2027 (Wednesday)
Time: 02:30 PM to 03:30 PM (IST)
Mode: Microsoft Teams - https://teams.example.net/l/meetup-join/19%3ameeting_VGFyYW5naW5pLURFLVIy%40thread.v2/0
Panel: Mr. Venkat Subramanian (Engineering Manager), Ms. Farah Deshmukh-Khan (Lead Data Engineer)

Original Schedule (cancelled)
Date: 16-Mar-2027 (Tuesday)
Time: 11:00 AM to 12:00 PM (IST)

Kindly join 5 minutes before the scheduled time with a working camera and a stable internet connection. Please do not reply to this email; for any queries write to ta.support@tarangini.example.

Regards,
Talent Acquisition Team
Tarangini Systems Pvt. Ltd., Pune
"""
M['207-gmail-india-ats-revised-schedule-mr-ms-panel-ist'] = (alt("""From: Sneha Iyer <sneha.iyer.de@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Interview Rescheduled | Technical Round 2 | Data Engineer | Tarangini Systems
Date: Mon, 15 Mar 2027 21:40:12 +0530
Message-ID: <CAS207iy@mail.gmail.example>
""", text207, html_of(text207), b='000000000000c207'),
 exp('rescheduled', 'Tarangini Systems', 'Data Engineer', '2027-03-17T14:30:00+05:30',
     '2027-03-17T15:30:00+05:30', 'Asia/Kolkata',
     [('Venkat Subramanian', None), ('Farah Deshmukh-Khan', None)],
     'https://teams.example.net/l/meetup-join/19%3ameeting_VGFyYW5naW5pLURFLVIy%40thread.v2/0'))

# ---------------------------------------------------------------- 208
text208 = """

Get Outlook for iOS<https://aka.example/o0ukef>
________________________________
From: Lachlan Murray <lachlan.murray@coralreefanalytics.example>
Sent: Tuesday, April 13, 2027 4:51:07 PM
To: Ana Tupou <ana.tupou@outlook.example>
Subject: Interview - Senior Data Analyst

Hi Ana,

Thanks for your time on the phone last week. I'd love to get you in front of the team for the Senior Data Analyst role: the interview will be with myself and our Head of Data, Priya Venkataraman-Hughes, on Monday 19 April, 10:30-11:30am AEST (Brisbane time), over Zoom.

Lachlan Murray is inviting you to a scheduled Zoom meeting.

Topic: Senior Data Analyst interview - Ana Tupou
Time: Apr 19, 2027 10:30 AM Brisbane

Join Zoom Meeting
https://coralreefanalytics.zoom.example/j/81544092217?pwd=Q29yYWxSZWVm

Meeting ID: 815 4409 2217
Passcode: 447120

One tap mobile
+61730532000,,81544092217#,,,,*447120# Australia
+61280156011,,81544092217#,,,,*447120# Australia

Cheers,
Lachlan

Lachlan Murray | Analytics Manager
Coral Reef Analytics | Level 9, 120 Edward St, Brisbane QLD 4000
M 0400 555 017
"""
M['208-outlook-ios-au-brisbane-aest-myself-and-head-of-zoom'] = (alt("""From: Ana Tupou <ana.tupou@outlook.example>
To: interviews@followups.example.dev
Subject: Fw: Interview - Senior Data Analyst
Date: Tue, 13 Apr 2027 07:02:55 +0000
Message-ID: <ME3P282MB208@ME3P282MB.AUSP282.PROD.OUTLOOK.example>
""", text208, html_of(text208), b='_000_ME3P282MB208_'),
 exp('scheduled', 'Coral Reef Analytics', 'Senior Data Analyst', '2027-04-19T10:30:00+10:00',
     '2027-04-19T11:30:00+10:00', 'Australia/Brisbane',
     [('Lachlan Murray', 'lachlan.murray@coralreefanalytics.example'), ('Priya Venkataraman-Hughes', None)],
     'https://coralreefanalytics.zoom.example/j/81544092217?pwd=Q29yYWxSZWVm'))

# ---------------------------------------------------------------- 209
text209 = """ugh, cancelled. at least they said they'll rebook

-------- Forwarded Message --------
Subject: Tomorrow's interview - Clinical Research Associate
Date: Wed, 3 Mar 2027 16:10:22 -0700
From: Harpreet Sandhu <harpreet.sandhu@prairiegenomics.example>
To: Jonah Whitehorse <jonah.whitehorse@fastmail.example>



Hi Jonah,

I'm sorry for the late notice, but we need to cancel tomorrow's 10:00am MT interview for the Clinical Research Associate position. Dr. Yolanda Ferreira-Obi, our Director of Clinical Research, who was going to interview you, is unwell and has had to take a few days off.

We're still very keen to meet you. I'll reach out early next week with some new times once Yolanda is back.

Apologies again,
Harpreet

Harpreet Sandhu
People & Culture Advisor | Prairie Genomics
Calgary, AB
"""
M['209-thunderbird-ca-cancel-tomorrow-interviewer-unwell-mt'] = (alt("""From: Jonah Whitehorse <jonah.whitehorse@fastmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Tomorrow's interview - Clinical Research Associate
Date: Wed, 3 Mar 2027 17:31:09 -0700
Message-ID: <a9c2-209@fastmail.example>
User-Agent: Mozilla Thunderbird
""", text209, html_of(text209), b='------------b209tb'),
 exp('cancelled', 'Prairie Genomics', 'Clinical Research Associate', '2027-03-04T10:00:00-07:00',
     None, 'America/Edmonton', [('Yolanda Ferreira-Obi', None)], None))

# ---------------------------------------------------------------- 210
ics210 = """BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:Asia/Singapore\r
X-LIC-LOCATION:Asia/Singapore\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0800\r
TZOFFSETTO:+0800\r
TZNAME:+08\r
DTSTART:19700101T000000\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
DTSTART;TZID=Asia/Singapore:20270401T150000\r
DTEND;TZID=Asia/Singapore:20270401T160000\r
DTSTAMP:20270326T031522Z\r
ORGANIZER;CN=Goh Kok Wei:mailto:kokwei.goh@tembusuanalytics.example\r
UID:5t2p8tembusu0401@google.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\r
 ;CN=Goh Kok Wei;X-NUM-GUESTS=0:mailto:kokwei.goh@tembusuanalytics.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\r
 ;CN=Nurul Huda binte Rahman;X-NUM-GUESTS=0:mailto:nurulhuda.rahman@tembusuanalytics.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\r
 ;CN=Marcus Teo;X-NUM-GUESTS=0:mailto:marcus.teo@lioncitysearch.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE\r
 ;CN=Ravi Chandran;X-NUM-GUESTS=0:mailto:ravi.chandran.sg@gmail.example\r
X-GOOGLE-CONFERENCE:https://meet.example.com/tmb-ravi-pm1\r
DESCRIPTION:Second interview for the Product Manager\\, Risk Platform role.\\n\\nN\r
 urul Huda and I will walk through a product case together - no preparation n\r
 eeded.\\n\\nJoin with Google Meet: https://meet.example.com/tmb-ravi-pm1\r
LOCATION:\r
SEQUENCE:0\r
STATUS:CONFIRMED\r
SUMMARY:Tembusu Analytics - Product Manager\\, Risk Platform - 2nd interview (Ravi Chandran)\r
TRANSP:OPAQUE\r
END:VEVENT\r
END:VCALENDAR\r
"""
text210 = """Second round with Tembusu, invite attached.

---------- Forwarded message ---------
From: Marcus Teo <marcus.teo@lioncitysearch.example>
Date: Fri, Mar 26, 2027 at 11:40 AM
Subject: Fwd: Invitation: Tembusu Analytics - Product Manager, Risk Platform - 2nd interview (Ravi Chandran) @ Thu 1 Apr 2027 3pm - 4pm (SGT)
To: Ravi Chandran <ravi.chandran.sg@gmail.example>


Hi Ravi, great news - Tembusu want you back! Kok Wei's invite is below and attached; please accept it from your side. I'll call you on Wednesday evening to prep.

Marcus Teo | Principal Consultant, Technology
Lion City Search Pte. Ltd. | EA Licence No. 19C9876

---------- Forwarded message ---------
From: Goh Kok Wei <kokwei.goh@tembusuanalytics.example>
Date: Fri, Mar 26, 2027 at 11:15 AM
Subject: Invitation: Tembusu Analytics - Product Manager, Risk Platform - 2nd interview (Ravi Chandran) @ Thu 1 Apr 2027 3pm - 4pm (SGT)
To: <marcus.teo@lioncitysearch.example>


Tembusu Analytics - Product Manager, Risk Platform - 2nd interview (Ravi Chandran)
Thursday 1 Apr 2027 3pm - 4pm (Singapore Standard Time)

Second interview for the Product Manager, Risk Platform role.

Nurul Huda and I will walk through a product case together - no preparation needed.

Join with Google Meet: https://meet.example.com/tmb-ravi-pm1

Guests
Goh Kok Wei - organiser
Nurul Huda binte Rahman
Marcus Teo - optional
ravi.chandran.sg@gmail.example
"""
M['210-gmail-sg-agency-double-forward-client-invite-ics-binte'] = ("""From: Ravi Chandran <ravi.chandran.sg@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Invitation: Tembusu Analytics - Product Manager, Risk Platform - 2nd interview (Ravi Chandran) @ Thu 1 Apr 2027 3pm - 4pm (SGT)
Date: Fri, 26 Mar 2027 13:02:40 +0800
Message-ID: <CAR210ch@mail.gmail.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000d210m"

--000000000000d210m
""" + part('text/plain', text210, 'quoted-printable') + """
--000000000000d210m
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

""" + base64.encodebytes(ics210.encode()).decode() + "\n--000000000000d210m--\n",
 exp('scheduled', 'Tembusu Analytics', 'Product Manager, Risk Platform', '2027-04-01T15:00:00+08:00',
     '2027-04-01T16:00:00+08:00', 'Asia/Singapore',
     [('Goh Kok Wei', 'kokwei.goh@tembusuanalytics.example'),
      ('Nurul Huda binte Rahman', 'nurulhuda.rahman@tembusuanalytics.example')],
     'https://meet.example.com/tmb-ravi-pm1'))

# ---------------------------------------------------------------- 211
text211 = """so now I wait I guess

---------- Forwarded message ---------
From: Kestrel Bay Careers <scheduling@kestrelbay.goodtime.example>
Date: Tue, Jan 12, 2027 at 9:02 AM
Subject: We've received your availability - Senior Accountant
To: <maya.okonjo.cpa@gmail.example>


Hi Maya,

Thanks for sharing your availability for your interviews for the Senior Accountant role at Kestrel Bay. We received the following windows (Eastern Time):

- Tuesday, January 19: 10:00 AM - 12:00 PM
- Wednesday, January 20: 1:00 PM - 4:00 PM
- Friday, January 22: 9:00 AM - 11:30 AM

Our coordinator will confirm your final schedule, including your interviewers and the video link, within two business days. You don't need to do anything else for now.

Need to update your availability? https://kestrelbay.goodtime.example/availability/mo-5521

Kestrel Bay Talent Acquisition
"""
M['211-gmail-availability-received-windows-negative'] = (alt("""From: Maya Okonjo <maya.okonjo.cpa@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: We've received your availability - Senior Accountant
Date: Tue, 12 Jan 2027 09:40:18 -0500
Message-ID: <CAM211ok@mail.gmail.example>
""", text211, html_of(text211), b='000000000000e211'), NEG())

# ---------------------------------------------------------------- 212
text212 = """FYI they're calling my old boss Thursday

-----Original Message-----
From: Keturah Mills <keturah.mills@harbourlightfinance.example>
Sent: Monday, November 30, 2026 2:37 PM
To: Elliot Brandvold <elliot.brandvold@hotmail.example>
Subject: Reference call - Thursday

Hi Elliot,

Thank you for sending over your referees. I've arranged a call with Greta Lindqvist (your former manager at Norrvik Bank) for Thursday, December 3 at 3:00 PM ET; it should take about 15 minutes. I'll try your second referee, Paul Okafor, later in the week.

You don't need to be on the call. Could you give Greta a quick heads-up that I'll be calling her on +1 (617) 555-0148?

Many thanks,
Keturah Mills
Senior Recruiter | Harbourlight Finance
"""
M['212-outlook-desktop-reference-call-with-referee-negative'] = (alt("""From: Elliot Brandvold <elliot.brandvold@hotmail.example>
To: interviews@followups.example.dev
Subject: FW: Reference call - Thursday
Date: Mon, 30 Nov 2026 20:12:45 +0000
Message-ID: <SN6PR04MB212@SN6PR04MB.namprd04.prod.outlook.example>
""", text212, html_of(text212), b='_000_SN6PR04MB212_'), NEG())

out = sys.argv[1] if len(sys.argv) > 1 else '.'
from email.header import Header
def encode_subject(raw):
    head, sep, rest = raw.partition('\n\n')
    lines = head.split('\n')
    for i, l in enumerate(lines):
        if l.startswith('Subject: ') and not l.isascii():
            lines[i] = 'Subject: ' + Header(l[9:], 'utf-8', maxlinelen=76).encode()
    return '\n'.join(lines) + sep + rest
for name, (raw, (e, coord)) in M.items():
    raw = encode_subject(raw)
    open(f'{out}/{name}.eml', 'w', encoding='utf-8').write(raw)
    open(f'{out}/{name}.expected.json', 'w').write(json.dumps(e, indent=2, ensure_ascii=False) + '\n')
json.dump({k: v[1][1] for k, v in M.items()}, open(f'{out}/coordinators.json', 'w'), indent=1)
print(len(M))
