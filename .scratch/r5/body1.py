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
