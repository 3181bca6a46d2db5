import { readFileSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { htmlToText } from '#parse/html-text.js';

const m = await PostalMime.parse(readFileSync(process.argv[2] as string));
console.log(htmlToText(m.html ?? ''));
