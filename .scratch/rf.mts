import { readFileSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { reflow } from '#parse/reflow.js';
import { TRANSFORMATIONS } from '../test/parse/support/invariance.ts';

const [file, rewrite] = process.argv.slice(2);
let raw = readFileSync(file as string);
if (rewrite) raw = (TRANSFORMATIONS[rewrite] as (b: Buffer) => Buffer)(raw) as Buffer;
const e = await PostalMime.parse(raw);
console.log(reflow(e.text ?? ''));
