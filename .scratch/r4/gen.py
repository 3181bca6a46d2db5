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

# ---------------------------------------------------------------- 99
body99_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview Confirmed</title></head>
<body style="margin:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1f2937">
<tr><td style="padding:20px 28px;font-size:13px;font-weight:bold;color:#0f766e">LINDENWOOD HEALTH</td></tr>
<tr><td style="padding:4px 28px;font-size:22px;font-weight:bold">Interview Confirmed</td></tr>
<tr><td style="padding:12px 28px;font-size:15px;line-height:22px">Hi Tessa,<br><br>Your interview for <b>Senior Product Manager, Patient Experience</b> has been confirmed. The details are below. Your interviewer will also send a calendar hold.</td></tr>
<tr><td style="padding:8px 28px;font-size:15px;font-weight:bold">Your interview process</td></tr>
<tr><td style="padding:0 28px">
<table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #e5e7eb;font-size:14px">
<tr style="background:#f9fafb"><th align="left">Stage</th><th align="left">Status</th><th align="left">When</th></tr>
<tr><td>Recruiter Screen</td><td>Completed</td><td>Thu, Jan 28, 2027, 2:00 PM</td></tr>
<tr><td>Hiring Manager Interview</td><td><b>Confirmed</b></td><td>Thursday, February 11, 2027<br>11:30 AM &ndash; 12:15 PM PST</td></tr>
<tr><td>Team Panel</td><td>Not yet scheduled</td><td>&mdash;</td></tr>
</table></td></tr>
<tr><td style="padding:16px 28px 4px 28px;font-size:15px;font-weight:bold">Hiring Manager Interview</td></tr>
<tr><td style="padding:0 28px">
<table role="presentation" cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#6b7280;width:120px">Interviewer</td><td>Rosalind Achebe, VP of Product (<a href="mailto:rosalind.achebe@lindenwoodhealth.example">rosalind.achebe@lindenwoodhealth.example</a>)</td></tr>
<tr><td style="color:#6b7280">Duration</td><td>45 minutes</td></tr>
<tr><td style="color:#6b7280">Location</td><td>Video call &ndash; <a href="https://lindenwoodhealth.zoom.example/j/84120937551">https://lindenwoodhealth.zoom.example/j/84120937551</a></td></tr>
<tr><td style="color:#6b7280">Time zone</td><td>(GMT-08:00) Pacific Time &ndash; Los Angeles</td></tr>
</table></td></tr>
<tr><td style="padding:16px 28px;font-size:14px;line-height:21px">Need to reschedule? Reply to this email or contact Jonah Feld, Recruiting Coordinator, at <a href="mailto:jonah.feld@lindenwoodhealth.example">jonah.feld@lindenwoodhealth.example</a>.<br><br>
<a href="https://trk.fernhire.example/c/eJyNkMFuwyAMhp8m3EAYSEMOHFq1ke7TpBd2hAZNSUmJIk19-zlpu0mbJk0Y9tv_l_3bUmQvO6VWfIjKlWPc4NZpgBhEmvuWjLA_4PLPqDx1NC__Ep1kD1Bfa4">Track your application</a></td></tr>
<tr><td style="padding:12px 28px 24px 28px;font-size:11px;color:#9ca3af">Lindenwood Health &middot; 1450 Alder Way, Sacramento, CA 95814<br>Sent via Fernhire on behalf of Lindenwood Health. <a href="https://trk.fernhire.example/u/eJyNkMFuwy">Unsubscribe</a> &middot; <a href="https://fernhire.example/privacy">Privacy Policy</a></td></tr>
</table></td></tr></table></body></html>
"""
text99 = """

---------- Forwarded message ---------
From: Lindenwood Health Careers <no-reply@mail.fernhire.example>
Date: Mon, Feb 8, 2027 at 4:05 PM
Subject: Interview Confirmed: Senior Product Manager, Patient Experience at Lindenwood Health
To: <tessa.brandt.pm@gmail.example>


LINDENWOOD HEALTH

Interview Confirmed

Hi Tessa,

Your interview for *Senior Product Manager, Patient Experience* has been confirmed. The details are below. Your interviewer will also send a calendar hold.

Your interview process
Stage Status When
Recruiter Screen Completed Thu, Jan 28, 2027, 2:00 PM
Hiring Manager Interview *Confirmed* Thursday, February 11, 2027
11:30 AM – 12:15 PM PST
Team Panel Not yet scheduled —

Hiring Manager Interview
Interviewer Rosalind Achebe, VP of Product (rosalind.achebe@lindenwoodhealth.example)
Duration 45 minutes
Location Video call – https://lindenwoodhealth.zoom.example/j/84120937551
Time zone (GMT-08:00) Pacific Time – Los Angeles

Need to reschedule? Reply to this email or contact Jonah Feld, Recruiting Coordinator, at jonah.feld@lindenwoodhealth.example.

Track your application
<https://trk.fernhire.example/c/eJyNkMFuwyAMhp8m3EAYSEMOHFq1ke7TpBd2hAZNSUmJIk19-zlpu0mbJk0Y9tv_l_3bUmQvO6VWfIjKlWPc4NZpgBhEmvuWjLA_4PLPqDx1NC__Ep1kD1Bfa4>

Lindenwood Health · 1450 Alder Way, Sacramento, CA 95814
Sent via Fernhire on behalf of Lindenwood Health. Unsubscribe
<https://trk.fernhire.example/u/eJyNkMFuwy> · Privacy Policy
<https://fernhire.example/privacy>
"""
html99 = ('<div dir="ltr"><br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
          'From: <strong class="gmail_sendername" dir="auto">Lindenwood Health Careers</strong> <span dir="auto">&lt;no-reply@mail.fernhire.example&gt;</span><br>'
          'Date: Mon, Feb 8, 2027 at 4:05 PM<br>Subject: Interview Confirmed: Senior Product Manager, Patient Experience at Lindenwood Health<br>'
          'To: &lt;<a href="mailto:tessa.brandt.pm@gmail.example">tessa.brandt.pm@gmail.example</a>&gt;<br></div><br><br>'
          + body99_html.split('<body style="margin:0;background:#f3f4f6">')[1].split('</body>')[0] + '</div></div>\n')
M['99-gmail-ats-stage-table-past-screen-pst'] = (alt("""Return-Path: <tessa.brandt.pm@gmail.example>
From: Tessa Brandt <tessa.brandt.pm@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Interview Confirmed: Senior Product Manager, Patient Experience at Lindenwood Health
Date: Mon, 8 Feb 2027 19:22:41 -0500
Message-ID: <CAF99xq@mail.gmail.example>
""", text99, html99, b='000000000000a99f'),
 exp('scheduled', 'Lindenwood Health', 'Senior Product Manager, Patient Experience',
     '2027-02-11T11:30:00-08:00', '2027-02-11T12:15:00-08:00', 'America/Los_Angeles',
     [('Rosalind Achebe', 'rosalind.achebe@lindenwoodhealth.example')],
     'https://lindenwoodhealth.zoom.example/j/84120937551',
     ('Jonah Feld', 'jonah.feld@lindenwoodhealth.example')))

# ---------------------------------------------------------------- 100
text100 = """Hi, forwarding the details from Declan.

Harriet

________________________________
From: Declan Marsh <declan.marsh@brightwell-recruitment.example>
Sent: 09 February 2027 16:12
To: Harriet Oduya <h.oduya@outlook.example>
Subject: Interview confirmed – Financial Analyst – Halden Freight

Hi Harriet,

Great news – Halden Freight would like to meet you for the Financial Analyst role. I’ve confirmed the following with their HR team:

Date: Thursday 18th February
Time: 10.00am – 11.00am GMT
Location: Halden Freight, 3rd Floor, 40 Whitworth Street, Manchester M1 3NR

You’ll be meeting Fiona Carrick (Head of FP&A) and Ravi Sood, one of their senior analysts. Fiona will take you through a short case study (roughly 20 minutes), so bring a calculator. Please aim to arrive 10 minutes early and ask for Fiona at reception.

Could you confirm by EOD Wednesday that you’re happy with this? Give me a call on 0161 496 0732 after the interview and let me know how it went.

Kind regards,

Declan Marsh
Senior Consultant – Finance & Accounting
Brightwell Recruitment Ltd
T: 0161 496 0732 | M: 07700 900418
Office hours: Mon–Fri 8.30–17.30
www.brightwell-recruitment.example

Brightwell Recruitment Ltd is registered in England and Wales, company no. 08812345. Registered office: 12 Peter Street, Manchester M2 5QR. Brightwell Recruitment acts as an employment agency in relation to permanent positions. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender on +44 161 496 0700 and delete it from your system. Calls may be recorded for training purposes.
"""
M['100-outlook-web-uk-agency-dotted-times-disclaimer'] = (alt("""From: Harriet Oduya <h.oduya@outlook.example>
To: "interviews@followups.example.dev" <interviews@followups.example.dev>
Subject: FW: Interview confirmed – Financial Analyst – Halden Freight
Date: Tue, 9 Feb 2027 18:40:12 +0000
Message-ID: <AM9PR07MB100@AM9PR07MB.eurprd07.prod.outlook.example>
Content-Language: en-GB
""", text100, html_of(text100), b='_000_AM9PR07MB100_'),
 exp('scheduled', 'Halden Freight', 'Financial Analyst', '2027-02-18T10:00:00+00:00',
     '2027-02-18T11:00:00+00:00', 'Europe/London', [('Fiona Carrick', None), ('Ravi Sood', None)], None,
     ('Declan Marsh', 'declan.marsh@brightwell-recruitment.example')))

# ---------------------------------------------------------------- 101
text101 = """Agenda below. Reminder to self: book parking.

________________________________
From: Kelsey Drummond-Hale <kelsey.drummondhale@northlightenergy.example>
Sent: Friday, December 4, 2026 2:37 PM
To: Aarav Menon <aarav.menon@outlook.example>
Subject: Your onsite on Wednesday, December 9 – Senior Reservoir Engineer

Hi Aarav,

Thanks again for your flexibility. Your onsite for the Senior Reservoir Engineer position is set for Wednesday, December 9 at our downtown Calgary office (Level 12, 500 4 Ave SW). All times below are Mountain Time.

8:45 am – Arrive at reception on Level 12; I’ll meet you there
9:00 – 9:45 am – Technical deep dive – Grant Okonkwo, Reservoir Engineering Manager
9:45 – 10:30 am – Simulation case study – Dr. Mei-Lin Zhao, Principal Engineer
10:30 – 10:45 am – Break
10:45 – 11:30 am – Behavioural interview – Sunita Bhatt, HR Business Partner
11:30 am – 12:30 pm – Lunch with members of the team (informal)
12:30 – 1:15 pm – Closing conversation – Pierre-Luc Gagnon, VP Subsurface

Please send me any dietary requirements by Monday so I can sort out lunch. Visitor parking is validated at reception; the building opens at 7:00 am.

Looking forward to meeting you in person!

Kelsey

Kelsey Drummond-Hale
Talent Coordinator | Northlight Energy
403-555-0187
"""
M['101-outlook-web-ca-panel-day-breaks-lunch-mountain'] = (alt("""From: Aarav Menon <aarav.menon@outlook.example>
To: interviews@followups.example.dev
Subject: FW: Your onsite on Wednesday, December 9 – Senior Reservoir Engineer
Date: Fri, 4 Dec 2026 22:03:55 +0000
Message-ID: <YT3PR01MB101@YT3PR01MB.CANPRD01.PROD.OUTLOOK.example>
""", text101, html_of(text101), b='_000_YT3PR01MB101_'),
 exp('scheduled', 'Northlight Energy', 'Senior Reservoir Engineer', '2026-12-09T09:00:00-07:00',
     '2026-12-09T13:15:00-07:00', 'America/Edmonton',
     [('Grant Okonkwo', None), ('Mei-Lin Zhao', None), ('Sunita Bhatt', None), ('Pierre-Luc Gagnon', None)], None,
     ('Kelsey Drummond-Hale', 'kelsey.drummondhale@northlightenergy.example')))

# ---------------------------------------------------------------- 102
ics102 = """BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:America/Chicago\r
X-LIC-LOCATION:America/Chicago\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:-0600\r
TZOFFSETTO:-0500\r
TZNAME:CDT\r
DTSTART:19700308T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:-0500\r
TZOFFSETTO:-0600\r
TZNAME:CST\r
DTSTART:19701101T020000\r
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
DTSTART;TZID=America/Chicago:20270304T140000\r
DTEND;TZID=America/Chicago:20270304T150000\r
DTSTAMP:20270226T181502Z\r
ORGANIZER;CN=Farah Qureshi:mailto:farah.qureshi@tidewateranalytics.example\r
UID:6k2m9qv3b1tidewater0304@google.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\r
 ;CN=Farah Qureshi;X-NUM-GUESTS=0:mailto:farah.qureshi@tidewateranalytics.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\r
 ;CN=Owen Pryce;X-NUM-GUESTS=0:mailto:owen.pryce@tidewateranalytics.example\r
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE\r
 ;CN=CHI-7-Harbor (6) [Zoom Room];X-NUM-GUESTS=0:mailto:c_1889a7e4b2room@resource.calendar.google.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE\r
 ;CN=jordan.ellis@gmail.example;X-NUM-GUESTS=0:mailto:jordan.ellis@gmail.example\r
X-GOOGLE-CONFERENCE:https://meet.example.com/tdw-jell-dsc\r
CREATED:20270226T181459Z\r
DESCRIPTION:Hi Jordan — looking forward to talking properly. Owen Pryce from \r
 our modelling team will join me\\, and we'll leave 10 minutes for your quest\r
 ions.\\n\\nJoin with Google Meet: https://meet.example.com/tdw-jell-dsc\\nJoi\r
 n by phone: (US) +1 415-555-0199 PIN: 771 034 219#\\n\\n-::~:~::~:~:~:~:~:~\r
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nPlease do not edit this secti\r
 on.\r
LAST-MODIFIED:20270226T181501Z\r
LOCATION:\r
SEQUENCE:0\r
STATUS:CONFIRMED\r
SUMMARY:Tidewater Analytics – Data Scientist interview (Jordan Ellis)\r
TRANSP:OPAQUE\r
END:VEVENT\r
END:VCALENDAR\r
"""
M['102-apple-bare-ics-no-body-organizer-join-me-room'] = ("""From: Jordan Ellis <jordan.ellis@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Invitation: Tidewater Analytics – Data Scientist interview (Jordan Ellis)
Date: Fri, 26 Feb 2027 12:31:09 -0600
Message-Id: <8C1D2E0A-102@gmail.example>
Mime-Version: 1.0 (Mac OS X Mail 16.0)
Content-Type: multipart/mixed; boundary="Apple-Mail=_102"

--Apple-Mail=_102
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset=us-ascii



--Apple-Mail=_102
Content-Disposition: attachment; filename=invite.ics
Content-Type: text/calendar; name="invite.ics"; method=REQUEST
Content-Transfer-Encoding: base64

""" + base64.encodebytes(ics102.encode()).decode() + "\n--Apple-Mail=_102--\n",
 exp('scheduled', 'Tidewater Analytics', 'Data Scientist', '2027-03-04T14:00:00-06:00',
     '2027-03-04T15:00:00-06:00', 'America/Chicago',
     [('Farah Qureshi', 'farah.qureshi@tidewateranalytics.example'), ('Owen Pryce', 'owen.pryce@tidewateranalytics.example')],
     'https://meet.example.com/tdw-jell-dsc'))

# ---------------------------------------------------------------- 103
teams = """<div style="width:100%">________________________________________________________________________________</div>
<div style="font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#252424">
<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px">Microsoft Teams meeting</span></div>
<div style="margin-bottom:20px"><div style="font-weight:bold"><span style="font-size:14px">Join on your computer, mobile app or room device</span></div>
<a href="https://teams.example.net/l/meetup-join/19%3ameeting_NWFkYzE0ZTYtdmFzdGFyYS0wMTE0%40thread.v2/0?context=%7b%22Tid%22%3a%2217ac%22%7d" style="font-size:14px;color:#6264a7">Click here to join the meeting</a></div>
<div style="margin-bottom:20px"><span style="font-size:14px">Meeting ID: </span><span style="font-size:16px">412 665 903 217</span><br>
<span style="font-size:14px">Passcode: </span><span style="font-size:16px">9Kq2Xz</span></div>
<div style="margin-bottom:24px"><a href="https://www.microsoft.example/microsoft-teams/download-app" style="color:#6264a7">Download Teams</a> | <a href="https://www.microsoft.example/microsoft-teams/join-a-meeting" style="color:#6264a7">Join on the web</a></div>
<div style="margin-bottom:4px;font-weight:bold"><span style="font-size:14px">Or call in (audio only)</span></div>
<div><a href="tel:+918047182235,,512903447#" style="color:#6264a7">+91 80 4718 2235,,512903447#</a> &nbsp; India, Bengaluru</div>
<div><a href="tel:+13235550170,,512903447#" style="color:#6264a7">+1 323-555-0170,,512903447#</a> &nbsp; United States, Los Angeles</div>
<div style="margin-bottom:4px">Phone Conference ID: 512 903 447#</div>
<div style="margin-bottom:24px"><a href="https://dialin.teams.example/3c1f" style="color:#6264a7">Find a local number</a> | <a href="https://dialin.teams.example/usp/pstnconferencing" style="color:#6264a7">Reset PIN</a></div>
<div><a href="https://aka.example/JoinTeamsMeeting" style="color:#6264a7">Learn More</a> | <a href="https://teams.example.net/meetingOptions/?organizerId=4d1" style="color:#6264a7">Meeting options</a></div>
</div>
<div style="width:100%">________________________________________________________________________________</div>
"""
def p(s):
    return f'<p class="MsoNormal">{s}<o:p></o:p></p>\n'
html103 = ("""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>
<body lang="EN-IN"><div class="WordSection1">
""" + p('Interview confirmed for Thursday. Noting it here.') + p('&nbsp;') + p('Karthik') + p('&nbsp;')
 + """<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Deepa Krishnan &lt;deepa.krishnan@vastaratech.example&gt; <br>
<b>Sent:</b> Monday, January 11, 2027 6:02 PM<br>
<b>To:</b> Karthik Raman &lt;karthik.raman@outlook.example&gt;<br>
<b>Cc:</b> TA Team &lt;ta.blr@vastaratech.example&gt;<br>
<b>Subject:</b> Interview Schedule | Senior Java Developer | Vastara Technologies<o:p></o:p></p></div>
""" + p('&nbsp;') + p('Dear Karthik,') + p('&nbsp;') + p('Greetings from Vastara Technologies!') + p('&nbsp;')
 + p('Further to our telephonic discussion, we are pleased to schedule your Technical Round 2 for the position of <b>Senior Java Developer</b>. Please find the details below:')
 + p('&nbsp;')
 + p('<b>Date:</b> 14-Jan-2027 (Thursday)') + p('<b>Time:</b> 3:00 PM to 4:00 PM IST') + p('<b>Mode:</b> Microsoft Teams (link below)')
 + p('<b>Panel:</b> Mr. Rakesh Iyer (Lead Engineer – Payments) and Ms. Sneha Kulkarni (Engineering Manager)')
 + p('&nbsp;')
 + p('Kindly keep a government ID proof and your updated resume handy, and join 5 minutes before the scheduled time. Do confirm your availability by replying to this mail.')
 + p('&nbsp;') + p('Regards,') + p('Deepa Krishnan') + p('Talent Acquisition | Vastara Technologies Pvt. Ltd.')
 + p('Mob: +91 98450 12763 | Board: +91 80 4091 2200') + p('Prestige Tech Park, Outer Ring Road, Bengaluru 560103') + p('&nbsp;')
 + teams + p('&nbsp;')
 + '<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">DISCLAIMER: The information contained in this e-mail message and/or attachments to it may contain confidential or privileged information of Vastara Technologies Pvt. Ltd. If you are not the intended recipient, any dissemination, use, review, distribution, printing or copying of the information contained in this e-mail message and/or attachments to it are strictly prohibited. If you have received this communication in error, please notify us by reply e-mail or telephone (+91 80 4091 2200, 10:00 AM to 6:00 PM IST, Monday to Friday) and immediately and permanently delete the message and any attachments. Thank you.</span><o:p></o:p></p>\n'
 + '</div></body></html>\n')
M['103-outlook-desktop-in-teams-dialin-ist-panel-titles'] = (single("""From: Karthik Raman <karthik.raman@outlook.example>
To: "interviews@followups.example.dev" <interviews@followups.example.dev>
Subject: FW: Interview Schedule | Senior Java Developer | Vastara Technologies
Date: Mon, 11 Jan 2027 12:48:30 +0000
Message-ID: <PN3P287MB103@PN3P287MB.INDP287.PROD.OUTLOOK.example>
Content-Language: en-IN
""", 'text/html', html103, 'base64'),
 exp('scheduled', 'Vastara Technologies', 'Senior Java Developer', '2027-01-14T15:00:00+05:30',
     '2027-01-14T16:00:00+05:30', 'Asia/Kolkata', [('Rakesh Iyer', None), ('Sneha Kulkarni', None)],
     'https://teams.example.net/l/meetup-join/19%3ameeting_NWFkYzE0ZTYtdmFzdGFyYS0wMTE0%40thread.v2/0?context=%7b%22Tid%22%3a%2217ac%22%7d',
     ('Deepa Krishnan', 'deepa.krishnan@vastaratech.example')))

# ---------------------------------------------------------------- 104
text104 = """

Sent from my iPhone

Begin forwarded message:

From: Bridget Nakamura <bridget.nakamura@saltbushlabs.example>
Date: 1 March 2027 at 4:38:12 pm AEDT
To: Tom Gallagher <tomgallagher88@icloud.example>
Subject: Re: UX Researcher role – next step

Hi Tom,

Thanks for sending through your portfolio, I loved the wayfinding study. Confirming our chat for the UX Researcher role on Friday 5 March, 2:00–2:45pm Melbourne time, at our office (Level 3, 180 Flinders Lane). It’ll be me and Mitch Evans, our Design Director. Just buzz Saltbush Labs when you arrive.

Cheers,
Bridget

Sent from my iPhone

--
Saltbush Labs Pty Ltd | ABN 51 824 753 556
P: +61 3 9015 4428 | Office hours 9am–5:30pm, Mon–Fri
This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please delete it and let us know. Saltbush Labs does not accept liability for any loss caused by viruses.
"""
M['104-iphone-au-interviewer-me-and-disclaimer-office-hours'] = (single("""From: Tom Gallagher <tomgallagher88@icloud.example>
Subject: Fwd: UX Researcher role – next step
Date: Tue, 2 Mar 2027 07:55:02 +1100
Message-Id: <F1A2-104@icloud.example>
To: interviews@followups.example.dev
X-Mailer: iPhone Mail (20D67)
""", 'text/plain', text104, 'quoted-printable'),
 exp('scheduled', 'Saltbush Labs', 'UX Researcher', '2027-03-05T14:00:00+11:00', '2027-03-05T14:45:00+11:00',
     'Australia/Melbourne', [('Bridget Nakamura', 'bridget.nakamura@saltbushlabs.example'), ('Mitch Evans', None)], None))

# ---------------------------------------------------------------- 105
text105 = """FYI — this is for Tuesday. I'll take it from home.

---------- Forwarded message ---------
From: Nadia Petrova <npetrova@corvane.example>
Date: Fri, Mar 5, 2027 at 5:02 PM
Subject: FW: Interview Confirmed – Product Designer at Quayside
To: nadia.petrova.design@gmail.example <nadia.petrova.design@gmail.example>




________________________________
From: Quayside Hiring Team <no-reply@hire.tallyats.example>
Sent: Friday, March 5, 2027 4:51 PM
To: Nadia Petrova <npetrova@corvane.example>
Subject: Interview Confirmed – Product Designer at Quayside

Quayside

Interview Confirmed

Hi Nadia,

You're all set! Here are the details of your upcoming interview.

Product Designer – Portfolio Review
Tuesday, March 9, 2027
1:00pm - 1:45pm EST
Location: Google Meet – https://meet.example.com/qsd-npet-pdr

Interviewers
Bronwyn Achterberg · Design Lead
Samir Haddad · Senior Product Designer

Scheduled by Keisha Mahone (keisha.mahone@quayside.example)

Add to calendar: Google<https://u4921.ct.tallyats.example/ls/click?upn=aHR0cHM6Ly9jYWxlbmRhci5leGFtcGxlLmNvbS8-3D> | Outlook<https://u4921.ct.tallyats.example/ls/click?upn=b3V0bG9vay1pY3MtMDMwOQ-3D> | iCal<https://hire.tallyats.example/ics/qsd-88412.ics>

Need to make a change? Let us know<https://u4921.ct.tallyats.example/ls/click?upn=cmVzY2hlZHVsZS1xc2QtODg0MTI-3D>

—
Sent by Tally on behalf of Quayside · Unsubscribe<https://u4921.ct.tallyats.example/ls/click?upn=dW5zdWI-3D>
"""
M['105-gmail-double-forward-work-to-personal-ats-card'] = (alt("""From: Nadia Petrova <nadia.petrova.design@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: FW: Interview Confirmed – Product Designer at Quayside
Date: Fri, 5 Mar 2027 20:14:33 -0500
Message-ID: <CAM105pz@mail.gmail.example>
""", text105, html_of(text105), b='00000000000010505'),
 exp('scheduled', 'Quayside', 'Product Designer', '2027-03-09T13:00:00-05:00', '2027-03-09T13:45:00-05:00',
     'America/New_York', [('Bronwyn Achterberg', None), ('Samir Haddad', None)], 'https://meet.example.com/qsd-npet-pdr',
     ('Keisha Mahone', 'keisha.mahone@quayside.example')))

# ---------------------------------------------------------------- 106
N = '\u00a0'
text106 = f"""ugh, new time + new people


---------- Forwarded message ---------
From: Wren Callaghan <wren.callaghan@tidalpine.example>
Date: Mon, Jan 11, 2027 at 5:44{N}PM
Subject: Change to your interview – Backend Developer (Payments) 📅
To: Aisha Karim <aisha.karim@gmail.example>


Hi Aisha,

I’m so sorry — Graham’s been pulled into an offsite, so we can’t do Wednesday at 11 after all. We’ve moved your interview to Friday,{N}January{N}15 at 10:30{N}a.m. PT (we’re in Vancouver); it’s still an hour. You’ll now be speaking with Noor{N}Barakat (noor.barakat@tidalpine.example) and Mateus{N}Oliveira (mateus.oliveira@tidalpine.example) instead.

Same Zoom link as before: https://tidalpine.zoom.example/j/6627180044

Let me know if that doesn’t work — I’ll make it right.

Wren

Wren Callaghan | People & Talent | Tidal Pine Software
“Build calm software.”
"""
subj106 = '=?UTF-8?B?' + base64.b64encode('Fwd: Change to your interview – Backend Developer (Payments) 📅'.encode()).decode() + '?='
M['106-gmail-encoded-subject-nbsp-smart-quotes-moved-pt'] = (alt(f"""From: Aisha Karim <aisha.karim@gmail.example>
To: interviews@followups.example.dev
Subject: {subj106}
Date: Tue, 12 Jan 2027 09:12:10 -0800
Message-ID: <CAK106nb@mail.gmail.example>
""", text106, html_of(text106).replace(N, '&nbsp;'), b='000000000000b106'),
 exp('rescheduled', 'Tidal Pine Software', 'Backend Developer (Payments)', '2027-01-15T10:30:00-08:00',
     '2027-01-15T11:30:00-08:00', 'America/Vancouver',
     [('Noor Barakat', 'noor.barakat@tidalpine.example'), ('Mateus Oliveira', 'mateus.oliveira@tidalpine.example')],
     'https://tidalpine.zoom.example/j/6627180044', ('Wren Callaghan', 'wren.callaghan@tidalpine.example')))

# ---------------------------------------------------------------- 107
text107 = """Big one!!

Begin forwarded message:

From: Carmen Liu <carmen.liu@ironleafrobotics.example>
Subject: Onsite interview – Controls Software Engineer – logistics
Date: March 24, 2027 at 10:16:40 AM CDT
To: Devon Achterberg-Reyes <devon.ar@icloud.example>

Hi Devon,

We’re excited to host you! Here’s the plan for your onsite for the Controls Software Engineer role:

Onsite: Thursday, April 8 – full day, 9:00 AM to 4:00 PM Central, at our Minneapolis office (1200 Marquette Ave, 5th floor)

Your agenda, with the names of the people you’ll meet, will follow next week. The day includes lunch with the team and a tour of the test lab.

Travel: you’re booked at the Hotel Kinsley (check-in from 3:00 PM on Wednesday, April 7; checkout by 11:00 AM on Friday). Your return flight leaves at 6:40 PM on Thursday, so you’ll have plenty of time after we wrap up.

Please reply with any dietary restrictions and confirm your flight preferences by EOD Friday (March 26) so our travel team can finalize bookings.

Best,
Carmen

Carmen Liu
Recruiting Coordinator | Ironleaf Robotics
(612) 555-0148
"""
M['107-apple-full-day-onsite-eod-friday-hotel-times'] = (single("""From: Devon Achterberg-Reyes <devon.ar@icloud.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0)
Subject: Fwd: Onsite interview – Controls Software Engineer – logistics
Date: Wed, 24 Mar 2027 11:02:15 -0500
Message-Id: <D0E1-107@icloud.example>
To: interviews@followups.example.dev
""".replace('Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\nMime-Version: 1.0 (Mac OS X Mail 16.0)\n', ''),
 'text/plain', text107, 'quoted-printable'),
 exp('scheduled', 'Ironleaf Robotics', 'Controls Software Engineer', '2027-04-08T09:00:00-05:00',
     '2027-04-08T16:00:00-05:00', 'America/Chicago', [], None,
     ('Carmen Liu', 'carmen.liu@ironleafrobotics.example')))

# ---------------------------------------------------------------- 108
text108 = """Fingers crossed.

________________________________
From: Priyanka Deshmukh <priyanka.deshmukh@harrowgate.example>
Sent: Thursday, February 18, 2027 3:26 PM
To: Marcus Bell <marcus.bell@outlook.example>
Subject: Thank you for interviewing with Harrowgate

Hi Marcus,

Thank you for taking the time to meet with Ellie Saunders and Rohan Pillai on Tuesday afternoon for the Platform Engineer role; they both enjoyed the conversation about your database migration project.

We’re finishing the remaining interviews this week and expect to make a decision by Friday, February 26. I’ll be in touch either way. If anything comes up in the meantime, I’m reachable at (555) 013-2290, 9am–5pm ET.

Best regards,
Priyanka

Priyanka Deshmukh
Senior Technical Recruiter | Harrowgate
"""
M['108-outlook-web-thanks-for-interviewing-decision-date'] = (alt("""From: Marcus Bell <marcus.bell@outlook.example>
To: interviews@followups.example.dev
Subject: FW: Thank you for interviewing with Harrowgate
Date: Thu, 18 Feb 2027 21:05:44 +0000
Message-ID: <BN8PR10MB108@BN8PR10MB.namprd10.prod.outlook.example>
""", text108, html_of(text108), b='_000_BN8PR10MB108_'), NEG())

# ---------------------------------------------------------------- 109
html109 = """<div dir="ltr">might be worth going to the CV clinic?<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Northbeam Talent</strong> <span dir="auto">&lt;hello@news.northbeamtalent.example&gt;</span><br>Date: Mon, 18 Jan 2027 at 08:00<br>Subject: This week at Northbeam: 6 roles hiring now + a live CV clinic<br>To: &lt;olu.adebayo@gmail.example&gt;<br></div><br><br>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;color:#222">
<tr><td style="padding:18px;font-size:24px;background:#0b3954;color:#fff">Northbeam Talent Weekly</td></tr>
<tr><td style="padding:16px 18px;font-size:15px">Morning Olu, here’s what’s new this week. Interview season is in full swing, so we’ve lined up a couple of sessions to help you prepare.</td></tr>
<tr><td style="padding:4px 18px;font-size:18px;font-weight:bold">Live CV clinic</td></tr>
<tr><td style="padding:4px 18px;font-size:15px">Thursday 21 January, 6:00–7:00pm GMT on Zoom, hosted by our senior consultants Hannah Price and Jamal Whitfield. Bring your CV and your interview questions. <a href="https://northbeam.zoom.example/w/81234409911">Register here</a>.</td></tr>
<tr><td style="padding:4px 18px;font-size:15px">Interview coaching drop-in: every Tuesday, 12.30–13.30, at our Leeds office (Park Row).</td></tr>
<tr><td style="padding:12px 18px 4px;font-size:18px;font-weight:bold">Roles hiring now</td></tr>
<tr><td style="padding:0 18px"><table cellpadding="4" style="font-size:14px">
<tr><td><b>Senior Data Engineer</b></td><td>Leeds (hybrid)</td><td>£65–75k</td><td>Interviews w/c 1 Feb</td></tr>
<tr><td><b>Payroll Manager</b></td><td>York</td><td>£48k</td><td>Apply by 29 Jan</td></tr>
<tr><td><b>Graduate Quantity Surveyor</b></td><td>Sheffield</td><td>£30k</td><td>Assessment day 10 Feb</td></tr>
<tr><td><b>Front-End Developer</b></td><td>Remote UK</td><td>£55k</td><td>Immediate start</td></tr>
<tr><td><b>HR Advisor</b></td><td>Bradford</td><td>£36k</td><td>Interviews this week</td></tr>
<tr><td><b>Site Engineer</b></td><td>Hull</td><td>£42k</td><td>Apply by 5 Feb</td></tr>
</table></td></tr>
<tr><td style="padding:16px 18px;font-size:12px;color:#777">Northbeam Talent Ltd, 3 Park Row, Leeds LS1 5HN. You’re receiving this because you registered with Northbeam. <a href="https://news.northbeamtalent.example/unsub?u=oa77">Unsubscribe</a> · <a href="https://news.northbeamtalent.example/prefs?u=oa77">Email preferences</a></td></tr>
</table></div></div>
"""
text109 = """might be worth going to the CV clinic?

---------- Forwarded message ---------
From: Northbeam Talent <hello@news.northbeamtalent.example>
Date: Mon, 18 Jan 2027 at 08:00
Subject: This week at Northbeam: 6 roles hiring now + a live CV clinic
To: <olu.adebayo@gmail.example>


Northbeam Talent Weekly
Morning Olu, here’s what’s new this week. Interview season is in full swing, so we’ve lined up a couple of sessions to help you prepare.
Live CV clinic
Thursday 21 January, 6:00–7:00pm GMT on Zoom, hosted by our senior consultants Hannah Price and Jamal Whitfield. Bring your CV and your interview questions. Register here <https://northbeam.zoom.example/w/81234409911>.
Interview coaching drop-in: every Tuesday, 12.30–13.30, at our Leeds office (Park Row).
Roles hiring now
*Senior Data Engineer* Leeds (hybrid) £65–75k Interviews w/c 1 Feb
*Payroll Manager* York £48k Apply by 29 Jan
*Graduate Quantity Surveyor* Sheffield £30k Assessment day 10 Feb
*Front-End Developer* Remote UK £55k Immediate start
*HR Advisor* Bradford £36k Interviews this week
*Site Engineer* Hull £42k Apply by 5 Feb
Northbeam Talent Ltd, 3 Park Row, Leeds LS1 5HN. You’re receiving this because you registered with Northbeam. Unsubscribe <https://news.northbeamtalent.example/unsub?u=oa77> · Email preferences <https://news.northbeamtalent.example/prefs?u=oa77>
"""
M['109-gmail-uk-agency-newsletter-jobs-cv-clinic'] = (alt("""From: Olu Adebayo <olu.adebayo@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: This week at Northbeam: 6 roles hiring now + a live CV clinic
Date: Mon, 18 Jan 2027 12:40:02 +0000
Message-ID: <CAO109nw@mail.gmail.example>
""", text109, html109, b='000000000000n109'), NEG())

# ---------------------------------------------------------------- 110
text110 = """

---------- Forwarded message ---------
From: Quillstone Careers <careers@quillstone.example>
Date: Wed, Feb 10, 2027 at 11:30 AM
Subject: Getting ready to interview at Quillstone? Start here
To: <lena.fischer.dev@gmail.example>


Hi Lena,

Thanks for your interest in engineering roles at Quillstone! Whether or not you’ve been scheduled yet, here’s everything we share with candidates to help them prepare.

LIVE Q&A: Inside the Quillstone engineering interview
Wednesday, February 17, 12:00–12:45 PM ET
Hosted by Amara Obi (Engineering Manager) and Luis Ferrer (Technical Recruiter)
Save your spot: https://quillstone.webinar.example/register/inside-eng-interviews

What our process looks like
1. Recruiter conversation – 30 minutes
2. Technical interview – 60 minutes, pair programming in your language of choice
3. Virtual onsite – four 45-minute interviews, usually on one day

Read our interview guide: https://quillstone.example/careers/interview-guide
Practice problems: https://quillstone.example/careers/practice

Good luck!
The Quillstone Talent Team

You are receiving this email because you applied for a position at Quillstone. Manage preferences: https://quillstone.example/prefs
"""
M['110-gmail-interview-prep-guide-live-qa-webinar'] = (single("""From: Lena Fischer <lena.fischer.dev@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Getting ready to interview at Quillstone? Start here
Date: Wed, 10 Feb 2027 13:02:51 -0500
Message-ID: <CAL110qs@mail.gmail.example>
""", 'text/plain', text110, 'quoted-printable'), NEG())

# ---------------------------------------------------------------- 111
html111 = """<html><head><meta charset="utf-8"></head><body>
<div>Does this mean an interview is coming?</div><div><br></div>
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Meridian Foods Careers &lt;meridianfoods@myworkday.example&gt;<br>
<b>Sent:</b> Monday, February 1, 2027 3:41 PM<br>
<b>To:</b> Grace Thompson &lt;grace.thompson@outlook.example&gt;<br>
<b>Subject:</b> Your application status has changed</font><div>&nbsp;</div></div>
<div>
<table width="640" style="font-family:Arial;font-size:14px;color:#333">
<tr><td style="background:#005cb9;color:#fff;padding:14px;font-size:18px">Meridian Foods</td></tr>
<tr><td style="padding:14px">Dear Grace,<br><br>The status of your application has been updated.</td></tr>
<tr><td style="padding:0 14px"><table cellpadding="5">
<tr><td><b>Job Requisition</b></td><td>R-20481 Supply Chain Analyst</td></tr>
<tr><td><b>Status</b></td><td>Interview &ndash; Scheduling</td></tr>
<tr><td><b>Updated on</b></td><td>02/01/2027 3:41 PM</td></tr>
</table></td></tr>
<tr><td style="padding:14px">A member of our recruiting team will contact you to schedule an interview at a time that works for you. No action is required right now. You can check your application at any time in the <a href="https://meridianfoods.wd5.myworkday.example/en-US/External/userHome">Candidate Home</a>.</td></tr>
<tr><td style="padding:14px;font-size:11px;color:#888">This is an automated message. Please do not reply. Meridian Foods is an equal opportunity employer.</td></tr>
</table></div></body></html>
"""
M['111-outlook-web-workday-status-changed-no-time'] = (single("""From: Grace Thompson <grace.thompson@outlook.example>
To: interviews@followups.example.dev
Subject: FW: Your application status has changed
Date: Mon, 1 Feb 2027 21:10:09 +0000
Message-ID: <CH2PR11MB111@CH2PR11MB.namprd11.prod.outlook.example>
""", 'text/html', html111, 'base64'), NEG())

# ---------------------------------------------------------------- 112
text112 = """Do I need to do anything with this?

---------- Forwarded message ---------
From: Jess Moreau <jess.moreau@copperfinch.example>
Date: Fri, Jan 15, 2027 at 1:18 PM
Subject: Reimbursement for your onsite visit
To: Kwabena Asante <kwabena.asante@gmail.example>
Cc: AP Team <ap@copperfinch.example>


Hi Kwabena,

Thanks again for visiting us on Thursday, January 14 for your onsite interviews with the platform team. We hope the trip went smoothly!

To be reimbursed for travel, please submit your receipts (flights, hotel, ground transport, meals up to $75/day) through the link below by Friday, January 29 at 5:00 PM PT:
https://copperfinch.expenses.example/candidate/claim?ref=KA-0114

Payments are issued by direct deposit within 10 business days. If you have any questions, our Accounts Payable team is available Monday to Friday, 8am–4pm PT, at (555) 014-7720.

Best,
Jess Moreau
Recruiting Coordinator, Copperfinch
"""
M['112-gmail-onsite-expense-reimbursement-deadline'] = (single("""From: Kwabena Asante <kwabena.asante@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Reimbursement for your onsite visit
Date: Fri, 15 Jan 2027 17:44:20 -0500
Message-ID: <CAK112re@mail.gmail.example>
""", 'text/plain', text112, 'quoted-printable'), NEG())

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
