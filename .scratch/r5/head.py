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

