import json, sys
sys.path.insert(0,'../r2')
exec(open('../r2/gen.py').read().split("# 85")[0])
M={}
M['96-gmail-next-wednesday-three-oclock-ct'] = (plain(
"""From: Owen Castillo <owen.castillo@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Clinical Informatics Specialist - interview
Date: Thu, 4 Mar 2027 08:05:00 -0600
Message-ID: <CAK-96@mail.gmail.example>
""", """

---------- Forwarded message ---------
From: Bethany Lindqvist <blindqvist@prairiemed.example>
Date: Wed, Mar 3, 2027 at 4:48 PM
Subject: Clinical Informatics Specialist - interview
To: Owen Castillo <owen.castillo@gmail.example>


Hello Owen,

We'd love to have you in for a 30-minute video interview for the Clinical Informatics Specialist opening. You're booked for next Wednesday at 3 o'clock CT with Dr. Imani Brooks-Harlan, our Director of Informatics.

Webex: https://prairiemed.webex.example/meet/ibrooks

Warmly,
Bethany Lindqvist
Talent Acquisition | PrairieMed
"""), exp('scheduled','PrairieMed','Clinical Informatics Specialist','2027-03-10T15:00:00-06:00','2027-03-10T15:30:00-06:00','America/Chicago',
 [('Imani Brooks-Harlan',None)],'https://prairiemed.webex.example/meet/ibrooks'))
M['97-outlook-fr-de-envoye-9h-duree-1h'] = (plain(
"""From: Hugo Lefebvre <hugo.lefebvre@outlook.example>
To: interviews@followups.example.dev
Subject: TR: Entretien - Data Engineer
Date: Tue, 2 Mar 2027 14:10:00 +0100
Message-ID: <PA4P-97@outlook.example>
""", """

________________________________
De : Camille Rousseau <camille.rousseau@brumeanalytics.example>
Envoyé : mardi 2 mars 2027 13:52
À : Hugo Lefebvre <hugo.lefebvre@outlook.example>
Objet : Entretien - Data Engineer

Bonjour Hugo,

Suite à notre échange, je vous confirme votre entretien pour le poste de Data Engineer le mardi 16 mars à 9h (heure de Paris), pour une durée d'environ 1h. Vous rencontrerez Mme Léa Dubois-Martin, responsable data.

Lien Teams : https://teams.example.com/l/meetup-join/brume-hlef

Bien cordialement,
Camille Rousseau
Chargée de recrutement - Brume Analytics
""", 'quoted-printable'), exp('scheduled','Brume Analytics','Data Engineer','2027-03-16T09:00:00+01:00','2027-03-16T10:00:00+01:00','Europe/Paris',
 [('Léa Dubois-Martin',None)],'https://teams.example.com/l/meetup-join/brume-hlef'))
M['98-gmail-recruiter-asks-availability-negative'] = (plain(
"""From: Priyanka Sethi <priyanka.sethi@gmail.example>
To: interviews@followups.example.dev
Subject: Fwd: Quick chat about the QA Lead role?
Date: Wed, 3 Mar 2027 12:00:00 -0500
Message-ID: <CAL-98@mail.gmail.example>
""", """

---------- Forwarded message ---------
From: Gideon Marsh <gideon@ferrowave.example>
Date: Wed, Mar 3, 2027 at 11:20 AM
Subject: Quick chat about the QA Lead role?
To: <priyanka.sethi@gmail.example>


Hi Priyanka,

Thanks for applying to the QA Lead role at Ferrowave. I'd like to set up a first conversation. Which days next week work for you? I'm generally free after 2pm ET, and a call takes about 20 minutes. Once you reply I'll send over a calendar invite.

Cheers,
Gideon
"""), exp('not_interview',None,None,None,None,None,[],None))
for name, (raw, e) in M.items():
    open(name + '.eml', 'w').write(raw)
    open(name + '.expected.json', 'w').write(json.dumps(e, indent=2, ensure_ascii=False) + '\n')
