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
