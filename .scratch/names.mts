import { findNames } from '#parse/names.js';

for (const t of process.argv.slice(2)) console.log(JSON.stringify(findNames(t).map((n) => n.name)));
