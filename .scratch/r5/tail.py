
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
