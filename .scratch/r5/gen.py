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

# ---------------------------------------------------------------- 177
text177 = """FYI this is for Tues. Still waiting to hear back on the Thurs 2pm one from the other place.

---------- Forwarded message ---------
From: Oakhurst Mutual Careers <no-reply@candidates.hirewell.example>
Date: Thu, Jan 14, 2027 at 3:22 PM
Subject: You're booked: Hiring Manager Conversation - Oakhurst Mutual
To: <marisol.quintero88@gmail.example>


OAKHURST MUTUAL  |  Candidate Portal

Hello Marisol,

Good news: your next step is booked. Everything you need is below and in your candidate portal.

INTERVIEW DETAILS
Position: Claims Automation Analyst (Req #CA-20931)
Stage: Hiring Manager Conversation
Date: Tue, 19 Jan 2027
Time: 10:00 AM - 10:45 AM Central Time (US & Canada)
Format: Video (Zoom)
Join link: https://oakhurstmutual.zoom.example/j/93311820455?pwd=T2FrSHVyc3Q
Meeting with:
Claims Operations Director Benedikt Aalto-Ruiz
Senior Automation Analyst Yuki Ferreira-Lam

Add to calendar: Google <https://candidates.hirewell.example/cal/g/ev_93311> | Outlook <https://candidates.hirewell.example/cal/o/ev_93311> | Apple (.ics) <https://candidates.hirewell.example/cal/ics/ev_93311.ics>

Can't make it? Use "Request a new time" in your portal at least 24 hours ahead: https://candidates.hirewell.example/portal/oakhurst/requests

Questions? Your recruiter is Dominique Haddad (dominique.haddad@oakhurstmutual.example). Dominique won't be on the call but is happy to help you prepare.

This message was sent on behalf of Oakhurst Mutual by Hirewell. Please do not reply to this address.
"""
card177 = """<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;color:#222;border:1px solid #ddd">
<tr><td style="background:#0b3d5c;color:#fff;padding:14px 22px;font-weight:bold">OAKHURST MUTUAL &nbsp;|&nbsp; Candidate Portal</td></tr>
<tr><td style="padding:18px 22px;font-size:15px">Hello Marisol,<br><br>Good news: your next step is booked. Everything you need is below and in your candidate portal.</td></tr>
<tr><td style="padding:0 22px"><table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="background:#f5f8fa;font-size:14px">
<tr><td colspan="2" style="font-weight:bold;letter-spacing:1px">INTERVIEW DETAILS</td></tr>
<tr><td style="color:#666;width:130px">Position</td><td>Claims Automation Analyst (Req #CA-20931)</td></tr>
<tr><td style="color:#666">Stage</td><td>Hiring Manager Conversation</td></tr>
<tr><td style="color:#666">Date</td><td>Tue, 19 Jan 2027</td></tr>
<tr><td style="color:#666">Time</td><td>10:00 AM &ndash; 10:45 AM Central Time (US &amp; Canada)</td></tr>
<tr><td style="color:#666">Format</td><td>Video (Zoom)</td></tr>
<tr><td style="color:#666">Join link</td><td><a href="https://oakhurstmutual.zoom.example/j/93311820455?pwd=T2FrSHVyc3Q">https://oakhurstmutual.zoom.example/j/93311820455?pwd=T2FrSHVyc3Q</a></td></tr>
<tr><td style="color:#666;vertical-align:top">Meeting with</td><td>Claims Operations Director Benedikt Aalto-Ruiz<br>Senior Automation Analyst Yuki Ferreira-Lam</td></tr>
</table></td></tr>
<tr><td style="padding:14px 22px;font-size:14px">Add to calendar: <a href="https://candidates.hirewell.example/cal/g/ev_93311">Google</a> | <a href="https://candidates.hirewell.example/cal/o/ev_93311">Outlook</a> | <a href="https://candidates.hirewell.example/cal/ics/ev_93311.ics">Apple (.ics)</a></td></tr>
<tr><td style="padding:0 22px 14px 22px;font-size:14px">Can't make it? Use &quot;Request a new time&quot; in <a href="https://candidates.hirewell.example/portal/oakhurst/requests">your portal</a> at least 24 hours ahead.<br><br>Questions? Your recruiter is Dominique Haddad (<a href="mailto:dominique.haddad@oakhurstmutual.example">dominique.haddad@oakhurstmutual.example</a>). Dominique won't be on the call but is happy to help you prepare.</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;border-top:1px solid #eee">This message was sent on behalf of Oakhurst Mutual by Hirewell. Please do not reply to this address.</td></tr>
</table>"""
html177 = ('<div dir="ltr">FYI this is for Tues. Still waiting to hear back on the Thurs 2pm one from the other place.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
           'From: <strong class="gmail_sendername" dir="auto">Oakhurst Mutual Careers</strong> <span dir="auto">&lt;no-reply@candidates.hirewell.example&gt;</span><br>'
           'Date: Thu, Jan 14, 2027 at 3:22 PM<br>Subject: You\'re booked: Hiring Manager Conversation - Oakhurst Mutual<br>'
           'To: &lt;<a href="mailto:marisol.quintero88@gmail.example">marisol.quintero88@gmail.example</a>&gt;<br></div><br><br>' + card177 + '</div></div>\n')
M['177-gmail-ats-portal-card-titles-before-names-ct'] = (alt("""Return-Path: <marisol.quintero88@gmail.example>
From: Marisol Quintero <marisol.quintero88@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: You're booked: Hiring Manager Conversation - Oakhurst Mutual
Date: Thu, 14 Jan 2027 18:40:02 -0500
Message-ID: <CAM177q@mail.gmail.example>
""", text177, html177, b='000000000000b177'),
 exp('scheduled', 'Oakhurst Mutual', 'Claims Automation Analyst', '2027-01-19T10:00:00-06:00',
     '2027-01-19T10:45:00-06:00', 'America/Chicago',
     [('Benedikt Aalto-Ruiz', None), ('Yuki Ferreira-Lam', None)],
     'https://oakhurstmutual.zoom.example/j/93311820455?pwd=T2FrSHVyc3Q',
     ('Dominique Haddad', 'dominique.haddad@oakhurstmutual.example')))

# ---------------------------------------------------------------- 178
text178 = """Internal posting - sending here so I don't lose track of it.

Anjali Sharma
Senior Pricing Analyst | Northgate Insurance
T 416-555-0113

-----Original Appointment-----
From: Gabriel Tremblay-Roy <gabriel.tremblay-roy@northgateins.example>
Sent: Thursday, February 4, 2027 11:06 AM
To: Anjali Sharma; Marie-Ève Lachance-Wong
Subject: Internal interview - Pricing Analytics Lead
When: Tuesday, February 9, 2027 1:30 PM-2:15 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Anjali,

Thanks for applying through the internal mobility program. This is our conversation about the Pricing Analytics Lead role on my team. I'll be joined by our VP, Actuarial Pricing, Marie-Ève Lachance-Wong, who'd like to hear how you'd approach the auto rate review.

Your current manager has been told about the application, as the internal transfer policy requires, so no need to keep this quiet.

Talk soon,
Gabriel

Gabriel Tremblay-Roy
Director, Pricing Analytics | Northgate Insurance
100 King St W, Toronto ON M5X 1C9

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.example.net/l/meetup-join/19%3ameeting_Tm9ydGhnYXRlLXByaWNpbmctbGVhZA%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>
Meeting ID: 264 118 093 552
Passcode: hT4qZp
Download Teams<https://www.microsoft.example/microsoft-teams/download-app> | Join on the web<https://www.microsoft.example/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 647-555-0187,,482913557#<tel:+16475550187,,482913557#>   Canada, Toronto
(833) 555-0144,,482913557#<tel:8335550144,,482913557#>   Canada (Toll-free)
Phone Conference ID: 482 913 557#
Find a local number<https://dialin.teams.example/a1b2> | Reset PIN<https://dialin.teams.example/usp/pstnconferencing>
Learn More<https://aka.example/JoinTeamsMeeting> | Meeting options<https://teams.example.net/meetingOptions/?organizerId=77e1&tenantId=a1b2>
________________________________________________________________________________
"""
M['178-outlook-desktop-internal-transfer-teams-dialin-toronto'] = (alt("""From: Anjali Sharma <anjali.sharma@northgateins.example>
To: interviews@followups.example.dev
Subject: FW: Internal interview - Pricing Analytics Lead
Date: Thu, 4 Feb 2027 16:31:47 +0000
Message-ID: <YQBPR0101MB178@YQBPR0101MB.CANPRD01.PROD.OUTLOOK.example>
""", text178, html_of(text178), b='_000_YQBPR0101MB178_'),
 exp('scheduled', 'Northgate Insurance', 'Pricing Analytics Lead', '2027-02-09T13:30:00-05:00',
     '2027-02-09T14:15:00-05:00', 'America/New_York',
     [('Gabriel Tremblay-Roy', 'gabriel.tremblay-roy@northgateins.example'), ('Marie-Ève Lachance-Wong', None)],
     'https://teams.example.net/l/meetup-join/19%3ameeting_Tm9ydGhnYXRlLXByaWNpbmctbGVhZA%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d'))

# ---------------------------------------------------------------- 179
text179 = """Details for Wednesday below.

________________________________
From: Fergus Whitlock <fergus.whitlock@larchmonttalent.example>
Sent: 22 February 2027 11:48
To: Imogen Beckett <imogen.beckett@outlook.example>
Subject: Interview confirmation - Management Accountant - Harrowgate Logistics

Hi Imogen,

Lovely to speak earlier. As promised, here's the confirmation for your first-stage interview with my client, Harrowgate Logistics, for their Management Accountant vacancy (12-month FTC, hybrid).

Date: Wednesday 3rd March 2027
Time: 2.30pm to 3.30pm (UK time)
Venue: Harrowgate Logistics, Unit 7, Aire Valley Business Park, Leeds LS10 1PT (ask for the finance team at reception)
Panel: their Finance Director, A. J. Penhaligon, and Niamh Ní Bhraonáin, Head of FP&A

It'll be a competency-based interview followed by a short discussion of a month-end pack they'll hand you on the day - no preparation needed beyond reading their latest accounts, which are on Companies House. Dress is smart casual.

Could you give me a quick call after you come out? I'd love to hear how it went while it's fresh.

Kind regards,

Fergus Whitlock
Senior Consultant - Finance & Accounting
Larchmont Talent Ltd

T: +44 (0)113 496 0721 | M: +44 (0)7700 900418
Office hours: Monday-Friday, 8.30am-5.30pm (Thursdays until 7pm)
2nd Floor, 14 Park Row, Leeds LS1 5HD
www.larchmonttalent.example

Larchmont Talent Ltd is registered in England and Wales, company no. 09876543. We act as an employment agency in relation to permanent and fixed-term vacancies. This email and any attachments are confidential and intended only for the named recipient. If you have received it in error, please notify the sender and delete it.
"""
M['179-outlook-web-uk-agency-client-initials-particle-signature-hours'] = (alt("""From: Imogen Beckett <imogen.beckett@outlook.example>
To: interviews@followups.example.dev
Subject: Fw: Interview confirmation - Management Accountant - Harrowgate Logistics
Date: Mon, 22 Feb 2027 19:02:13 +0000
Message-ID: <DB9PR02MB179@DB9PR02MB.eurprd02.prod.outlook.example>
""", text179, html_of(text179), b='_000_DB9PR02MB179_'),
 exp('scheduled', 'Harrowgate Logistics', 'Management Accountant', '2027-03-03T14:30:00+00:00',
     '2027-03-03T15:30:00+00:00', 'Europe/London',
     [('A. J. Penhaligon', None), ('Niamh Ní Bhraonáin', None)], None,
     ('Fergus Whitlock', 'fergus.whitlock@larchmonttalent.example')))

# ---------------------------------------------------------------- 180
text180 = """

Get Outlook for Android<https://aka.example/AAb9ysg>
________________________________
From: Careers | Saffronline Software <careers@saffronline.example>
Sent: Wednesday, February 10, 2027 5:47:12 PM
To: rohan.deshpande91@outlook.example <rohan.deshpande91@outlook.example>
Subject: Telephonic Interview - Site Reliability Engineer - Saffronline Software Pvt. Ltd.

Dear Rohan,

Greetings from Saffronline Software!

Thank you for your interest in the Site Reliability Engineer opening (Job Code: SRE-BLR-114). We are happy to inform you that your profile has been shortlisted for a telephonic screening round. Please find the details below.

Date: 12-Feb-2027 (Friday)
Time: 11:30 AM IST
Duration: 30 mins
Mode: Telephonic. Ms. Kavya Reddy from our Talent Acquisition team will call you on your registered mobile number (+91 98XXX XX214). Kindly ensure you are in a place with good network coverage.

Please keep your updated resume handy and be ready to discuss your current CTC, expected CTC and notice period.

Kindly acknowledge this mail.

Regards,
Talent Acquisition Team
Saffronline Software Pvt. Ltd.
Plot No. 42, Outer Ring Road, Bellandur, Bengaluru 560103
Phone: +91 80 4567 1200 (Mon-Sat, 9:30 AM - 6:30 PM)
"""
M['180-outlook-android-india-telephonic-she-will-call-pvt-ltd'] = (alt("""From: Rohan Deshpande <rohan.deshpande91@outlook.example>
To: interviews@followups.example.dev
Subject: Fw: Telephonic Interview - Site Reliability Engineer - Saffronline Software Pvt. Ltd.
Date: Wed, 10 Feb 2027 12:31:09 +0000
Message-ID: <PN3P287MB180@PN3P287MB.INDP287.PROD.OUTLOOK.example>
""", text180, html_of(text180), b='_000_PN3P287MB180_'),
 exp('scheduled', 'Saffronline Software', 'Site Reliability Engineer', '2027-02-12T11:30:00+05:30',
     '2027-02-12T12:00:00+05:30', 'Asia/Kolkata',
     [('Kavya Reddy', None)], None))
# ---------------------------------------------------------------- 181
def row181(t, s, w):
    return f'<tr><td style="padding:6px 10px;border:1px solid #ccc;white-space:nowrap">{t}</td><td style="padding:6px 10px;border:1px solid #ccc">{s}</td><td style="padding:6px 10px;border:1px solid #ccc">{w}</td></tr>\n'
html181 = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">Full day on Thursday. All times are Singapore time.</div>
<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt"><br></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Charmaine Goh &lt;charmaine.goh@meranticapital.example&gt;<br>
<b>Sent:</b> Friday, February 26, 2027 4:18 PM<br>
<b>To:</b> Darren Lim &lt;darren.lim.sg@outlook.example&gt;<br>
<b>Subject:</b> Final round schedule - Quantitative Risk Analyst - Thu 4 Mar</font><div>&nbsp;</div></div>
<div style="font-family:Arial,sans-serif;font-size:11pt">
<p>Hi Darren,</p>
<p>Thank you for confirming your availability. Please find your final round schedule at Meranti Capital below. All sessions are in person at our office, Level 21, Marina Bay Financial Centre Tower 2. Please report to the Level 21 reception by 9.15am; I will meet you there and walk you between rooms.</p>
<p><b>Thursday, 4 March 2027 (SGT)</b></p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:10.5pt">
<tr style="background:#1f4e79;color:#fff"><th style="padding:6px 10px;text-align:left">Time</th><th style="padding:6px 10px;text-align:left">Session</th><th style="padding:6px 10px;text-align:left">Interviewer</th></tr>
""" + row181('9.30am &ndash; 10.15am', 'Technical deep-dive: market risk models', 'Head of Market Risk &ndash; Tan Wei Ling')
 + row181('10.15am &ndash; 10.30am', 'Break', '&ndash;')
 + row181('10.30am &ndash; 11.15am', 'Modelling case study', 'Vice President, Quant Research &ndash; Arjun Pillai-Menon')
 + row181('11.15am &ndash; 12.00pm', 'Behavioural interview', 'Director, Risk Technology &ndash; Sebastian de Souza')
 + row181('12.00pm &ndash; 1.00pm', 'Lunch with the team (informal)', '&ndash;')
 + row181('1.00pm &ndash; 1.45pm', 'Hiring manager conversation', 'Managing Director, Enterprise Risk &ndash; Helena Koh')
 + """</table>
<p>Please bring your NRIC or passport for building access. Light refreshments will be available during the break. If anything changes on the day, you can reach me at +65 6555 0182.</p>
<p>Best regards,<br>Charmaine Goh<br>Talent Acquisition Partner | Meranti Capital<br>8 Marina Boulevard, #21-01, Singapore 018981</p>
</div></body></html>
""")
M['181-outlook-web-sg-panel-day-break-lunch-titles-before-names'] = (single("""From: Darren Lim <darren.lim.sg@outlook.example>
To: interviews@followups.example.dev
Subject: FW: Final round schedule - Quantitative Risk Analyst - Thu 4 Mar
Date: Fri, 26 Feb 2027 09:02:40 +0000
Message-ID: <SI2PR06MB181@SI2PR06MB.apcprd06.prod.outlook.example>
""", 'text/html', html181, 'quoted-printable'),
 exp('scheduled', 'Meranti Capital', 'Quantitative Risk Analyst', '2027-03-04T09:30:00+08:00',
     '2027-03-04T13:45:00+08:00', 'Asia/Singapore',
     [('Tan Wei Ling', None), ('Arjun Pillai-Menon', None), ('Sebastian de Souza', None), ('Helena Koh', None)], None,
     ('Charmaine Goh', 'charmaine.goh@meranticapital.example')))

# ---------------------------------------------------------------- 182
text182 = """---------- Forwarded message ---------
From: Lerato Mokoena <lerato.mokoena@proteastaffing.example>
Date: Tue, Feb 16, 2027 at 10:05 AM
Subject: Client interview - Senior Kotlin Developer (6-month contract) - Fynbos Pay
To: Pieter van Wyk <pietervanwyk.dev@gmail.example>
Cc: Thabo Nkosi <thabo.nkosi@fynbospay.example>


Hi Pieter,

As discussed, my client Fynbos Pay would like to interview you for the Senior Kotlin Developer contract (6 months, possible extension, fully remote). Their Engineering Lead, Thabo Nkosi (cc'd), will run the interview and has set up the Zoom below. Please join a few minutes early.

Thursday, 18 February 2027, 09:00 - 10:00 SAST

Thabo Nkosi is inviting you to a scheduled Zoom meeting.

Topic: Fynbos Pay | Senior Kotlin Developer (contract) | Pieter van Wyk
Time: Feb 18, 2027 09:00 AM Johannesburg

Join Zoom Meeting
https://fynbospay.zoom.example/j/84522139087?pwd=RnluYm9zUGF5

Meeting ID: 845 2213 9087
Passcode: 551902

---

One tap mobile
+27105007944,,84522139087#,,,,*551902# South Africa
+27218340109,,84522139087#,,,,*551902# South Africa

---

Dial by your location
* +27 10 500 7944 South Africa
* +27 21 834 0109 South Africa

Meeting ID: 845 2213 9087
Passcode: 551902

Find your local number: https://fynbospay.zoom.example/u/abX3kP

Rate and terms stay as agreed (R850/hour through Protea). Once you're done, give me a shout and I'll chase their feedback.

Lerato Mokoena
Contract Recruitment Consultant | Protea Contract Staffing
Tel: +27 21 555 0142 | Cell: +27 82 555 0199
Office hours: Mon-Fri 08:00-17:00
"""
M['182-gmail-za-staffing-contract-client-zoom-boilerplate-sast'] = (alt("""From: Pieter van Wyk <pietervanwyk.dev@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Client interview - Senior Kotlin Developer (6-month contract) - Fynbos Pay
Date: Tue, 16 Feb 2027 10:31:55 +0200
Message-ID: <CAP182vw@mail.gmail.example>
""", text182, html_of(text182), b='000000000000c182'),
 exp('scheduled', 'Fynbos Pay', 'Senior Kotlin Developer', '2027-02-18T09:00:00+02:00',
     '2027-02-18T10:00:00+02:00', 'Africa/Johannesburg',
     [('Thabo Nkosi', 'thabo.nkosi@fynbospay.example')],
     'https://fynbospay.zoom.example/j/84522139087?pwd=RnluYm9zUGF5',
     ('Lerato Mokoena', 'lerato.mokoena@proteastaffing.example')))

# ---------------------------------------------------------------- 183
text183 = """moved again ugh

Sent from my iPhone

Begin forwarded message:

> From: Mei Chen <mei.chen@harbourlane.example>
> Date: 8 March 2027 at 10:02:31 am AEDT
> To: mei.chen.design@icloud.example
> Subject: FW: Interview time change - Senior Service Designer
>
> 
> 
> ________________________________
> From: Isla Thompson <isla.thompson@wattlefinch.example>
> Sent: Monday, 8 March 2027 9:12 AM
> To: Mei Chen <mei.chen@harbourlane.example>
> Subject: FW: Interview time change - Senior Service Designer
>
> Hi Mei,
>
> So sorry, Callum needs to shuffle things again - see his note below. Thursday 11 March, 3:00-4:00pm AEDT works on our side, so I've locked it in and cancelled Wednesday's slot. Same Teams link as before:
> https://teams.example.net/l/meetup-join/19%3ameeting_V2F0dGxlRmluY2gtU1NE%40thread.v2/0
>
> Cheers,
> Isla Thompson
> Talent Partner | Wattle & Finch
> Gadigal Country, Level 4, 55 Foveaux St, Surry Hills NSW 2010
>
> ________________________________
> From: Callum O'Dea <callum.odea@wattlefinch.example>
> Sent: Sunday, 7 March 2027 8:40 PM
> To: Isla Thompson <isla.thompson@wattlefinch.example>
> Subject: Interview time change - Senior Service Designer
>
> Hi Isla,
>
> Can we move Mei's interview again? I've been pulled into a client workshop on Wednesday morning, so 10am Wednesday 10 March no longer works. Could we do Thursday 11 March, 3-4pm instead? Same format, video. It'll be me and Priyanka Sundaram from the design practice.
>
> Thanks,
> Callum
"""
M['183-iphone-au-double-forward-moved-again-aedt'] = (single("""From: Mei Chen <mei.chen.design@icloud.example>
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0 (1.0)
Subject: Fwd: Interview time change - Senior Service Designer
Date: Mon, 8 Mar 2027 12:55:10 +1100
Message-Id: <D183-AU@icloud.example>
To: interviews@followups.example.dev
X-Mailer: iPhone Mail (22D82)
""".replace('Content-Type: text/plain; charset=utf-8\nMime-Version: 1.0 (1.0)\n', ''), 'text/plain', text183, 'quoted-printable'),
 exp('rescheduled', 'Wattle & Finch', 'Senior Service Designer', '2027-03-11T15:00:00+11:00',
     '2027-03-11T16:00:00+11:00', 'Australia/Sydney',
     [("Callum O'Dea", 'callum.odea@wattlefinch.example'), ('Priyanka Sundaram', None)],
     'https://teams.example.net/l/meetup-join/19%3ameeting_V2F0dGxlRmluY2gtU1NE%40thread.v2/0',
     ('Isla Thompson', 'isla.thompson@wattlefinch.example')))

# ---------------------------------------------------------------- 184
text184 = """this is the campus one, interview suite in Jarvis

---------- Forwarded message ---------
From: Co-op & Career Centre <careers-noreply@lakeheadpoly.example>
Date: Fri, Jan 22, 2027 at 9:15 AM
Subject: On-campus interview confirmed: Brightwater Energy - Junior Process Engineer (Summer 2027 Co-op)
To: Tariq Haddad <t.haddad@mail.lakeheadpoly.example>


Hello Tariq,

Your on-campus interview has been booked through PolyCareers.

Employer: Brightwater Energy Ltd.
Position: Junior Process Engineer - Summer 2027 Co-op (Job ID 48213)
Date: Thursday, January 28, 2027
Time: 1:30 p.m. - 2:00 p.m. (Eastern)
Location: Career Centre, Room CC-214 (Interview Suite B), Jarvis Hall
Interviewer(s): Olamide Adeyemi-Clarke, P.Eng., Process Engineering Supervisor; Rhiannon St. Clair, Campus Recruitment Specialist

Please arrive 10 minutes early and check in at the front desk. Business casual attire is recommended.

Cancellation policy: cancelling less than 48 hours before the interview counts as a no-show and may limit your access to on-campus recruiting.

Need a hand? Drop-in resume and interview help runs Monday to Friday, 10:00 a.m. - 3:00 p.m., in CC-101. Book a mock interview any time on PolyCareers.

Co-op & Career Centre
Lakehead Polytechnic
"""
M['184-gmail-ca-campus-interview-career-centre-credentials'] = (alt("""From: Tariq Haddad <tariq.haddad.eng@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: On-campus interview confirmed: Brightwater Energy - Junior Process Engineer (Summer 2027 Co-op)
Date: Fri, 22 Jan 2027 12:48:31 -0500
Message-ID: <CAT184hd@mail.gmail.example>
""", text184, html_of(text184), b='000000000000d184'),
 exp('scheduled', 'Brightwater Energy', 'Junior Process Engineer', '2027-01-28T13:30:00-05:00',
     '2027-01-28T14:00:00-05:00', 'America/Toronto',
     [('Olamide Adeyemi-Clarke', None), ('Rhiannon St. Clair', None)], None))

# ---------------------------------------------------------------- 185
text185 = """

Get Outlook for iOS<https://aka.example/o0ukef>
________________________________
From: Nathaniel Osei-Bonsu <nathaniel.osei-bonsu@cobaltbio.example>
Sent: Thursday, February 25, 2027 2:14:55 PM
To: Sofia Lindahl <sofia.lindahl@outlook.example>
Cc: Marieke van den Broek <marieke.vandenbroek@cobaltbio.example>
Subject: Technical interview - Scientist II, Assay Development

Hi Sofia,

Thanks for sending over your poster, it made for a good read. I'd like to invite you to a 60-minute technical interview on Wednesday, March 3 at 1:00 PM Pacific. Our Director of Assay Development, Dr. Marieke van den Broek, will join me; we'll spend most of the hour on your ELISA optimisation work and leave time for your questions.

Webex details are below.

Best,
Nate

Nathaniel Osei-Bonsu, PhD
Associate Director, Biomarker Assays
Cobalt Biosciences | 1200 Harbor Bay Pkwy, Alameda, CA 94502
Office: (510) 555-0172

-- Do not delete or change any of the following text. --

When it's time, join the Webex meeting here.

Meeting number (access code): 2634 118 0942
Meeting password: xY7mQ4vPz32

Join meeting<https://cobaltbio.webex.example/cobaltbio/j.php?MTID=m5f2c1e0a9b8d7c6e5f4a3b2c1d0e9f8a>

Tap to join from a mobile device (attendees only)
+1-415-555-0134,,26341180942## US Toll
+1-312-555-0166,,26341180942## US Toll (Chicago)

Join by phone
+1-415-555-0134 US Toll
Global call-in numbers<https://cobaltbio.webex.example/cobaltbio/globalcallin.php?MTID=m5f2c1e0a9b8d7c6e5f4a3b2c1d0e9f8a>

Join from a video system or application
Dial 26341180942@cobaltbio.webex.example
You can also dial 173.243.2.68 and enter your meeting number.

If you are a host, click here<https://cobaltbio.webex.example/cobaltbio/j.php?MTID=m8a9b0c1d2e3f&host=1> to view host information.

Need help? Go to https://help.webex.example
"""
M['185-outlook-ios-webex-boilerplate-dr-particle-join-me-pt'] = (alt("""From: Sofia Lindahl <sofia.lindahl@outlook.example>
To: interviews@followups.example.dev
Subject: Fw: Technical interview - Scientist II, Assay Development
Date: Thu, 25 Feb 2027 23:20:41 +0000
Message-ID: <BY5PR13MB185@BY5PR13MB.namprd13.prod.outlook.example>
""", text185, html_of(text185), b='_000_BY5PR13MB185_'),
 exp('scheduled', 'Cobalt Biosciences', 'Scientist II, Assay Development', '2027-03-03T13:00:00-08:00',
     '2027-03-03T14:00:00-08:00', 'America/Los_Angeles',
     [('Nathaniel Osei-Bonsu', 'nathaniel.osei-bonsu@cobaltbio.example'),
      ('Marieke van den Broek', 'marieke.vandenbroek@cobaltbio.example')],
     'https://cobaltbio.webex.example/cobaltbio/j.php?MTID=m5f2c1e0a9b8d7c6e5f4a3b2c1d0e9f8a'))
# ---------------------------------------------------------------- 186
ics186 = """BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
DTSTART:20261118T133000Z\r
DTEND:20261118T141500Z\r
DTSTAMP:20261112T021144Z\r
ORGANIZER;CN=Jordan Pike:mailto:jordan.pike@gmail.example\r
UID:3v8cq1pike1118coffee@google.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\r
 ;CN=Jordan Pike;X-NUM-GUESTS=0:mailto:jordan.pike@gmail.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE\r
 ;CN=Noor Abbasi;X-NUM-GUESTS=0:mailto:noor.abbasi.pm@gmail.example\r
DESCRIPTION:Been way too long! Coffee before work? My treat.\\n\\nHappy to tel\r
 l you what it's really like on the growth team at Lumenfield and I can pass\r
  your resume to our recruiter if you still want me to. No prep\\, it's just \r
 us :)\\n\\n- J\r
LOCATION:Birchwood Cafe\\, 214 W 10th St\r
SEQUENCE:0\r
STATUS:CONFIRMED\r
SUMMARY:coffee catch-up ☕ (Jordan / Noor)\r
TRANSP:OPAQUE\r
END:VEVENT\r
END:VCALENDAR\r
"""
text186 = """coffee w Jordan on Wed - he might refer me at Lumenfield

---------- Forwarded message ---------
From: Jordan Pike <jordan.pike@gmail.example>
Date: Wed, Nov 11, 2026 at 9:11 PM
Subject: Invitation: coffee catch-up ☕ (Jordan / Noor) @ Wed Nov 18, 2026 8:30am - 9:15am (EST) (noor.abbasi.pm@gmail.example)
To: <noor.abbasi.pm@gmail.example>


You have been invited to the following event.

coffee catch-up ☕ (Jordan / Noor)
When: Wednesday Nov 18, 2026 8:30am - 9:15am Eastern Time - New York
Where: Birchwood Cafe, 214 W 10th St
Who:
* Jordan Pike - organizer
* noor.abbasi.pm@gmail.example

Been way too long! Coffee before work? My treat.

Happy to tell you what it's really like on the growth team at Lumenfield and I can pass your resume to our recruiter if you still want me to. No prep, it's just us :)

- J

Going (noor.abbasi.pm@gmail.example)? Yes - Maybe - No
Invitation from Google Calendar
"""
M['186-gmail-coffee-chat-with-friend-invite-negative'] = ("""From: Noor Abbasi <noor.abbasi.pm@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Invitation: coffee catch-up =?utf-8?q?=E2=98=95?= (Jordan / Noor) @ Wed Nov 18, 2026 8:30am - 9:15am (EST) (noor.abbasi.pm@gmail.example)
Date: Thu, 12 Nov 2026 07:20:18 -0500
Message-ID: <CAN186ab@mail.gmail.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000e186m"

--000000000000e186m
""" + part('text/plain', text186, 'quoted-printable') + """
--000000000000e186m
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

""" + base64.encodebytes(ics186.encode()).decode() + "\n--000000000000e186m--\n", NEG())

# ---------------------------------------------------------------- 187
text187 = """Adding so I remember to prep questions for this one.

-----Original Message-----
From: Quarry Lane Hiring <hiring-noreply@quarrylane.teamtailor.example>
Sent: Thursday, November 19, 2026 4:02 PM
To: Renata Oliveira <renata.oliveira@quarrylane.example>
Subject: You're interviewing Marcus Bell (Senior QA Engineer) on Tue, Nov 24

Hi Renata,

You've been added to the interview panel for the candidate below. Thanks for helping us hire!

Candidate: Marcus Bell
Role: Senior QA Engineer
Stage: Technical panel
When: Tuesday, November 24, 2026, 2:00 PM - 2:45 PM ET
Where: Zoom - https://quarrylane.zoom.example/j/96120044871
Your focus area: test strategy and automation frameworks
Other panelists: Devon Price (Engineering Manager)

Before the interview: review the candidate's resume and the interview kit: https://quarrylane.teamtailor.example/kits/qa-senior-panel
After the interview: submit your scorecard within 24 hours: https://quarrylane.teamtailor.example/scorecards/88213

Please don't share interview questions with candidates.

Quarry Lane Talent Team
"""
M['187-outlook-desktop-seeker-is-the-interviewer-panel-negative'] = (alt("""From: Renata Oliveira <renata.oliveira@quarrylane.example>
To: interviews@followups.example.dev
Subject: FW: You're interviewing Marcus Bell (Senior QA Engineer) on Tue, Nov 24
Date: Thu, 19 Nov 2026 21:15:02 +0000
Message-ID: <MN2PR10MB187@MN2PR10MB.namprd10.prod.outlook.example>
""", text187, html_of(text187), b='_000_MN2PR10MB187_'), NEG())

# ---------------------------------------------------------------- 188
text188 = """first day!! :)

---------- Forwarded message ---------
From: Ines Carvalho-Boyd <ines.carvalho-boyd@tallowby.example>
Date: Mon, Feb 15, 2027 at 1:40 PM
Subject: Welcome to Tallowby - your first day
To: Kenji Watanabe-Ross <kenji.wr@gmail.example>
Cc: People Team <people@tallowby.example>


Hi Kenji,

We're so glad you accepted our offer for the Data Engineer role, and the whole team is looking forward to having you on board. Here's what your first day looks like.

Start date: Monday, March 1, 2027
Arrival: 8:45 AM at the main reception, 500 Queens Quay W, Toronto (ask for me)
9:00 AM - 12:00 PM: orientation with the People team (laptop set-up, benefits, security badge)
12:00 PM - 1:00 PM: lunch with the data platform team
1:00 PM - 2:00 PM: 1:1 with me to go over your first 30 days
2:00 PM onwards: getting your dev environment running with your onboarding buddy, Arash Farahani

Please bring two pieces of ID for your payroll forms and fill in the direct-deposit form in Workday before Friday, February 26.

See you on the 1st!

Ines Carvalho-Boyd
Engineering Manager, Data Platform | Tallowby
"""
M['188-gmail-first-day-onboarding-schedule-negative'] = (alt("""From: Kenji Watanabe-Ross <kenji.wr@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Welcome to Tallowby - your first day
Date: Mon, 15 Feb 2027 14:02:55 -0500
Message-ID: <CAK188wr@mail.gmail.example>
""", text188, html_of(text188), b='000000000000f188'), NEG())

# ---------------------------------------------------------------- 189
text189 = """practice round before the real ones

---------- Forwarded message ---------
From: Career Services Appointments <appointments@careers.wexfordstate.example>
Date: Thu, Apr 8, 2027 at 11:03 AM
Subject: Appointment confirmed: Mock Interview (Technical) on Tuesday, April 13
To: <dmitri.okafor@wexfordstate.example>


Hi Dmitri,

Your appointment with Wexford State Career Services is confirmed.

Appointment type: Mock Interview (Technical, 45 minutes)
Career advisor: Felicity Okonkwo-Hart
Date: Tuesday, April 13, 2027
Time: 3:00 PM - 3:45 PM Eastern
Location: Career Services, Stanhope Hall Room 108, or join online: https://wexfordstate.zoom.example/j/71830094412

To get the most out of your mock interview, bring the job description for a role you're applying to (for example a software engineer internship) and your current resume. Your advisor will record the session if you'd like to review it afterwards.

Need to cancel? Please do so at least 24 hours ahead in Handshake so another student can use the slot.

Wexford State University Career Services
Walk-in hours: Monday-Thursday, 1:00-4:00 PM
"""
M['189-gmail-university-mock-interview-appointment-negative'] = (alt("""From: Dmitri Okafor <dmitri.okafor@wexfordstate.example>
To: interviews@followups.example.dev
Subject: Fwd: Appointment confirmed: Mock Interview (Technical) on Tuesday, April 13
Date: Thu, 8 Apr 2027 11:30:46 -0400
Message-ID: <CAD189ok@mail.gmail.example>
""", text189, html_of(text189), b='000000000000a189'), NEG())

# ---------------------------------------------------------------- 190
text190 = """Not a job thing, but it is an interview of sorts, so parking it here.

Leah

Begin forwarded message:

From: Tomasz Wróbel <tomasz@buildandbreak.example>
Subject: Recording confirmed - Build & Break podcast, episode 112
Date: 2 March 2027 at 14:26:09 GMT
To: Leah Adeyinka <leah.adeyinka@icloud.example>

Hi Leah,

Thanks so much for agreeing to come on Build & Break! Here's everything for the recording.

Recording: Tuesday 9 March, 4:00pm-5:00pm UK time
Where: our Riverside studio, https://riverside.example/studio/build-and-break?t=lead112
Host: me (Tomasz), with my co-host Hannah Oyelaran-Smith
Topic: your talk on incident reviews and what you learned running the platform team at Gantry

It's a relaxed conversation rather than a grilling, and we'll send you the edit before it goes out. A decent pair of wired headphones makes a big difference to the sound.

Cheers,
Tomasz

Tomasz Wróbel
Producer & host, Build & Break
"""
M['190-apple-uk-podcast-interview-recording-negative'] = (alt("""From: Leah Adeyinka <leah.adeyinka@icloud.example>
To: interviews@followups.example.dev
Subject: Fwd: Recording confirmed - Build & Break podcast, episode 112
Date: Tue, 2 Mar 2027 18:40:12 +0000
Message-Id: <E190-AB@icloud.example>
X-Mailer: Apple Mail (2.3826.400.131.1.6)
""", text190, html_of(text190), b='Apple-Mail=_190'), NEG())

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
