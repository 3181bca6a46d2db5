import json, base64, quopri
M = {}
def exp(kind, company, role, start, end, tz, ivs, url):
    return dict(kind=kind, company=company, role=role, start=start, end=end, timezone=tz,
                interviewers=[dict(name=n, email=e) for n, e in ivs], meetingUrl=url)

def plain(hdr, body, cte='8bit', charset='utf-8'):
    if cte == 'base64':
        b = base64.encodebytes(body.encode(charset)).decode()
    elif cte == 'quoted-printable':
        b = quopri.encodestring(body.encode(charset)).decode()
    else:
        b = body
    return hdr + f'MIME-Version: 1.0\nContent-Type: text/plain; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n' + b

# 85 Apple Mail, quarter past ten, Eastern in words, "X and Y will join me"
M['85-apple-begin-forwarded-quarter-past-eastern-words'] = (plain(
"""From: Ravi Menon <ravi.menon@icloud.example>
To: interviews@followups.example.dev
Subject: Fwd: Next step: Data Analyst interview
Date: Mon, 8 Mar 2027 10:31:02 -0500
Message-ID: <C1D2-85@icloud.example>
""", """Sharing the details below.

Begin forwarded message:

From: Marisol Okafor <marisol.okafor@tidewellhealth.example>
Subject: Next step: Data Analyst interview
Date: 8 March 2027 at 10:12:40 GMT-5
To: Ravi Menon <ravi.menon@icloud.example>

Hi Ravi,

Thanks again for chatting with me last week. I'd like to set up your interview for the Data Analyst position at Tidewell Health on Wednesday, March 10 at a quarter past ten in the morning, Eastern time. Plan on 45 minutes. Priya Raman (Analytics Lead) and Tomasz Wójcik will join me.

Zoom: https://tidewellhealth.zoom.example/j/88300127741

Best,
Marisol Okafor
Talent Partner, Tidewell Health
""", 'quoted-printable'), exp('scheduled','Tidewell Health','Data Analyst','2027-03-10T10:15:00-05:00','2027-03-10T11:00:00-05:00','America/New_York',
 [('Marisol Okafor','marisol.okafor@tidewellhealth.example'),('Priya Raman',None),('Tomasz Wójcik',None)],'https://tidewellhealth.zoom.example/j/88300127741'))

# 86 Outlook NL, verplaatst, 15.30 uur
M['86-outlook-nl-gesprek-verplaatst-dotted-time'] = (plain(
"""From: Lars Peeters <lars.peeters@outlook.example>
To: interviews@followups.example.dev
Subject: FW: Gesprek verplaatst - Frontend Developer
Date: Mon, 1 Mar 2027 11:20:44 +0100
Message-ID: <AM0P-86@outlook.example>
""", """

________________________________
Van: Sanne de Groot <sanne.degroot@polderstack.example>
Verzonden: maandag 1 maart 2027 11:04
Aan: Lars Peeters <lars.peeters@outlook.example>
Onderwerp: Gesprek verplaatst - Frontend Developer

Beste Lars,

Helaas moeten we ons gesprek van woensdag 3 maart verplaatsen. Het nieuwe tijdstip is dinsdag 9 maart 2027 om 15.30 uur (Nederlandse tijd). Je spreekt dan met Joost van der Berg, teamlead frontend. Het gesprek duurt een uur.

Teams-link: https://teams.example.com/l/meetup-join/pst-lars-9maart

Met vriendelijke groet,

Sanne de Groot
Recruiter | PolderStack
"""), exp('rescheduled','PolderStack','Frontend Developer','2027-03-09T15:30:00+01:00','2027-03-09T16:30:00+01:00','Europe/Amsterdam',
 [('Joost van der Berg',None)],'https://teams.example.com/l/meetup-join/pst-lars-9maart'))

# 87 Outlook pt-PT info session (negative)
M['87-outlook-pt-sessao-informativa-estagios'] = (plain(
"""From: Inês Carvalho <ines.carvalho@hotmail.example>
To: interviews@followups.example.dev
Subject: RE: Convite: sessão informativa - Programa de Estágios
Date: Tue, 2 Mar 2027 09:02:11 +0000
Message-ID: <DB7P-87@hotmail.example>
""", """

________________________________
De: Equipa de Recrutamento Marés Digital <recrutamento@maresdigital.example>
Enviado: segunda-feira, 1 de março de 2027 17:45
Para: Inês Carvalho <ines.carvalho@hotmail.example>
Assunto: Convite: sessão informativa - Programa de Estágios

Olá Inês,

Obrigado pela tua candidatura ao Programa de Estágios de Verão. Antes da fase de entrevistas, convidamos todos os candidatos para uma sessão informativa online na quinta-feira, 11 de março, às 18h00 (hora de Lisboa), onde vamos apresentar as equipas e responder a perguntas.

A sessão é transmitida aqui: https://maresdigital.example/live/estagios-2027
Não é necessária inscrição.

Até breve,
Equipa de Recrutamento
Marés Digital
""", 'quoted-printable'), exp('not_interview',None,None,None,None,None,[],None))

# 88 Gmail career fair booth (negative)
M['88-gmail-career-fair-booth-afternoon'] = (plain(
"""From: Jordan Whitfield <jordan.whitfield@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Meet Corvane at the Spring Tech Career Fair
Date: Mon, 1 Mar 2027 19:05:00 -0500
Message-ID: <CAF-88@mail.gmail.example>
""", """

---------- Forwarded message ---------
From: Corvane Campus Team <campus@corvane.example>
Date: Mon, Mar 1, 2027 at 2:00 PM
Subject: Meet Corvane at the Spring Tech Career Fair
To: <jordan.whitfield@gmail.example>


Hi Jordan,

Our engineers will be at booth 14 of the Spring Tech Career Fair this Thursday, March 4, from 1pm to 4pm ET in the Hollis Student Center. Stop by to chat with our recruiters about internships and new-grad roles, and bring a copy of your resume.

Can't make it? Join our virtual booth instead: https://corvane.example/events/spring-fair

See you there,
Corvane Campus Recruiting
"""), exp('not_interview',None,None,None,None,None,[],None))

# 89 Outlook application received, interviews week of (negative)
M['89-outlook-web-application-received-week-of'] = (plain(
"""From: Hannah Osei <hannah.osei@outlook.example>
To: interviews@followups.example.dev
Subject: FW: We received your application - Site Reliability Engineer
Date: Wed, 3 Mar 2027 08:14:09 -0500
Message-ID: <BY5P-89@outlook.example>
""", """

________________________________
From: Quarrystone Careers <no-reply@quarrystone.example>
Sent: Tuesday, March 2, 2027 4:51 PM
To: Hannah Osei <hannah.osei@outlook.example>
Subject: We received your application - Site Reliability Engineer

Dear Hannah,

Thank you for applying for the Site Reliability Engineer position at Quarrystone. Our team reviews every application carefully. If you are shortlisted, first interviews will take place during the week of March 15, and a recruiter will reach out to find a time that suits you.

You can check the status of your application at any time: https://careers.quarrystone.example/status

Kind regards,
The Quarrystone Talent Team
"""), exp('not_interview',None,None,None,None,None,[],None))

# 90 Gmail IST tomorrow, cc'ing interviewer, Date header +0530
M['90-gmail-ist-tomorrow-ccing-interviewer'] = (plain(
"""From: Vikram Joshi <vikram.joshi.dev@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Platform Engineer - technical round
Date: Tue, 2 Mar 2027 19:10:00 +0530
Message-ID: <CAG-90@mail.gmail.example>
""", """

---------- Forwarded message ---------
From: Neha Kulkarni <neha.k@kestrelrobotics.example>
Date: Tue, 2 Mar 2027 at 18:40
Subject: Platform Engineer - technical round
To: Vikram Joshi <vikram.joshi.dev@gmail.example>
Cc: Ananya Krishnan <ananya.krishnan@kestrelrobotics.example>


Hi Vikram,

Good news - the team would like to move you to the technical round for the Platform Engineer role. Would tomorrow at 11:30 IST suit you? I've gone ahead and blocked it. I'm cc'ing Ananya, who will run the round; it takes about an hour.

Meeting link: https://meet.example.com/kst-vkj-tech

Thanks,
Neha
Kestrel Robotics | Talent Acquisition
""", 'base64'), exp('scheduled','Kestrel Robotics','Platform Engineer','2027-03-03T11:30:00+05:30','2027-03-03T12:30:00+05:30','Asia/Kolkata',
 [('Ananya Krishnan','ananya.krishnan@kestrelrobotics.example')],'https://meet.example.com/kst-vkj-tech'))

# 91 Outlook IT, HTML only, titles Dott.ssa / ing.
html91 = """<html><body><div style="font-family:Calibri">
<p>&nbsp;</p>
<div style="border-top:solid #E1E1E1 1.0pt"><p><b>Da:</b> Chiara Lombardi &lt;chiara.lombardi@lanternastudio.example&gt;<br>
<b>Inviato:</b> luned&igrave; 1 marzo 2027 15:22<br>
<b>A:</b> Paolo Greco &lt;paolo.greco@libero.example&gt;<br>
<b>Oggetto:</b> Colloquio Product Designer - Lanterna Studio</p></div>
<p>Gentile Paolo,</p>
<p>a seguito della Sua candidatura per la posizione di <b>Product Designer</b>, Le confermiamo il colloquio per <b>gioved&igrave; 11 marzo alle ore 10:00</b> (ora italiana). Durata prevista: 45 minuti.</p>
<p>Incontrer&agrave; la Dott.ssa Giulia Ferraris (Head of Design) e l&#39;ing. Marco Bellandi.</p>
<p>Link Google Meet: <a href="https://meet.example.com/lnt-pgreco-pd">https://meet.example.com/lnt-pgreco-pd</a></p>
<p>Cordiali saluti,<br>Chiara Lombardi<br>HR &ndash; Lanterna Studio</p>
</div></body></html>
"""
M['91-outlook-it-html-only-dottssa-ing'] = ("""From: Paolo Greco <paolo.greco@libero.example>
To: interviews@followups.example.dev
Subject: I: Colloquio Product Designer - Lanterna Studio
Date: Mon, 1 Mar 2027 16:02:10 +0100
Message-ID: <VI1P-91@libero.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b91"

--b91
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring(html91.encode()).decode() + "\n--b91--\n",
 exp('scheduled','Lanterna Studio','Product Designer','2027-03-11T10:00:00+01:00','2027-03-11T10:45:00+01:00','Europe/Rome',
 [('Giulia Ferraris',None),('Marco Bellandi',None)],'https://meet.example.com/lnt-pgreco-pd'))

# 92 Outlook JA, 〜 range, parenthesised romanisation
M['92-outlook-ja-niji-mensetsu-wave-range'] = (plain(
"""From: Aoi Fujita <aoi.fujita@outlook.example>
To: interviews@followups.example.dev
Subject: FW: 【二次面接のご案内】バックエンドエンジニア
Date: Mon, 1 Mar 2027 12:40:00 +0900
Message-ID: <TY2P-92@outlook.example>
""", """

________________________________
差出人: 採用担当 森田 <saiyo@tsubamesoft.example>
送信日時: 2027年3月1日 月曜日 10:20
宛先: Aoi Fujita <aoi.fujita@outlook.example>
件名: 【二次面接のご案内】バックエンドエンジニア

藤田 葵 様

ツバメソフト採用担当の森田です。
バックエンドエンジニア職の二次面接の日程が確定しましたので、ご案内いたします。

日時：3月10日(水) 14:00〜15:00（日本時間）
面接官：開発部 部長 石井 健太
形式：オンライン（Google Meet）
URL：https://meet.example.com/tsb-fujita-2nd

当日はどうぞよろしくお願いいたします。

ツバメソフト 採用担当 森田
""", 'base64'), exp('scheduled','ツバメソフト','バックエンドエンジニア','2027-03-10T14:00:00+09:00','2027-03-10T15:00:00+09:00','Asia/Tokyo',
 [('石井 健太',None)],'https://meet.example.com/tsb-fujita-2nd'))

# 93 Outlook ES, Enviado el, 16:30h hora de Madrid, de la particle
M['93-outlook-es-enviado-el-hora-madrid-de-la'] = (plain(
"""From: =?iso-8859-1?Q?=C1lvaro_Ruiz?= <alvaro.ruiz@outlook.example>
To: interviews@followups.example.dev
Subject: RV: Entrevista - Analista de Riesgos
Date: Mon, 1 Mar 2027 10:02:00 +0100
Message-ID: <PR3P-93@outlook.example>
""", """

-----Mensaje original-----
De: Lucía Navarro <lucia.navarro@bancoalameda.example>
Enviado el: lunes, 1 de marzo de 2027 9:15
Para: Álvaro Ruiz <alvaro.ruiz@outlook.example>
Asunto: Entrevista - Analista de Riesgos

Hola Álvaro:

Te confirmamos la entrevista para el puesto de Analista de Riesgos el martes 9 de marzo a las 16:30h (hora de Madrid), en nuestras oficinas de Paseo de la Castellana 120, planta 4. La entrevista será con María José de la Fuente, directora de Riesgos, y durará unos 30 minutos.

Un saludo,
Lucía Navarro
Selección de Personal - Banco Alameda
""", 'quoted-printable', 'iso-8859-1'), exp('scheduled','Banco Alameda','Analista de Riesgos','2027-03-09T16:30:00+01:00','2027-03-09T17:00:00+01:00','Europe/Madrid',
 [('María José de la Fuente',None)],None))

# 94 Gmail thread: booked at 2pm, seeker asked to move, newest reply moves to 4pm
M['94-gmail-thread-seeker-asks-later-moved'] = (plain(
"""From: Mei Chen <mei.chen.work@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Re: Interview confirmation - Solutions Architect
Date: Tue, 2 Mar 2027 15:40:00 -0500
Message-ID: <CAH-94@mail.gmail.example>
""", """

---------- Forwarded message ---------
From: Rosa Delgado <rosa.delgado@brightforge.example>
Date: Tue, Mar 2, 2027 at 3:31 PM
Subject: Re: Interview confirmation - Solutions Architect
To: Mei Chen <mei.chen.work@gmail.example>


No problem at all, Mei. I've moved it to 4pm ET the same day and updated the calendar invite. Devon is still your interviewer.

Rosa

On Tue, Mar 2, 2027 at 1:05 PM Mei Chen <mei.chen.work@gmail.example> wrote:
> Hi Rosa, thank you! Something came up on my side at 2pm - could we start
> two hours later?
>
> On Mon, Mar 1, 2027 at 10:12 AM Rosa Delgado <rosa.delgado@brightforge.example> wrote:
>> Hi Mei,
>>
>> You're confirmed for your Solutions Architect interview at Brightforge on
>> Thursday, March 4 at 2pm ET, one hour, with Devon Achebe
>> (devon.achebe@brightforge.example).
>>
>> Zoom: https://brightforge.zoom.example/j/5550197733
>>
>> Rosa Delgado
>> Recruiting Coordinator, Brightforge
"""), exp('rescheduled','Brightforge','Solutions Architect','2027-03-04T16:00:00-05:00','2027-03-04T17:00:00-05:00','America/New_York',
 [('Devon Achebe','devon.achebe@brightforge.example')],'https://brightforge.zoom.example/j/5550197733'))

# 95 Gmail invitation with ICS attached, Australia/Sydney, AEDT
ics95 = """BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
DTSTART;TZID=Australia/Sydney:20270305T090000\r
DTEND;TZID=Australia/Sydney:20270305T094500\r
DTSTAMP:20270301T223000Z\r
ORGANIZER;CN=Harbourline Recruiting:mailto:recruiting@harbourline.example\r
UID:hb-95-interview@harbourline.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wei Ling Tan:mailto:weiling.tan@harbourline.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Sam Whitaker:mailto:sam.whitaker@gmail.example\r
DESCRIPTION:Interview for the Mobile Engineer role at Harbourline. You'll meet Wei Ling Tan\\, Engineering Manager.\\nJoin: https://meet.example.com/hbl-swhit-mob\r
LOCATION:https://meet.example.com/hbl-swhit-mob\r
SUMMARY:Interview: Sam Whitaker / Mobile Engineer\r
STATUS:CONFIRMED\r
SEQUENCE:0\r
END:VEVENT\r
END:VCALENDAR\r
"""
M['95-gmail-invite-ics-attached-sydney-aedt'] = ("""From: Sam Whitaker <sam.whitaker@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Invitation: Interview: Sam Whitaker / Mobile Engineer @ Fri 5 Mar 2027 9am - 9:45am (AEDT)
Date: Tue, 2 Mar 2027 09:35:00 +1100
Message-ID: <CAJ-95@mail.gmail.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="m95"

--m95
Content-Type: text/plain; charset="UTF-8"

---------- Forwarded message ---------
From: Harbourline Recruiting <recruiting@harbourline.example>
Date: Tue, 2 Mar 2027 at 09:30
Subject: Invitation: Interview: Sam Whitaker / Mobile Engineer @ Fri 5 Mar 2027 9am - 9:45am (AEDT)
To: <sam.whitaker@gmail.example>


Interview: Sam Whitaker / Mobile Engineer
Friday 5 Mar 2027 9am – 9:45am Sydney time
Joining info: https://meet.example.com/hbl-swhit-mob

Guests
Wei Ling Tan
Sam Whitaker

--m95
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

""" + base64.encodebytes(ics95.encode()).decode() + "--m95--\n",
 exp('scheduled','Harbourline','Mobile Engineer','2027-03-05T09:00:00+11:00','2027-03-05T09:45:00+11:00','Australia/Sydney',
 [('Wei Ling Tan','weiling.tan@harbourline.example')],'https://meet.example.com/hbl-swhit-mob'))

for name, (raw, e) in M.items():
    open(name + '.eml', 'w', encoding='ascii' if 'iso-8859' in raw else 'utf-8').write(raw)
    open(name + '.expected.json', 'w').write(json.dumps(e, indent=2, ensure_ascii=False) + '\n')
