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
