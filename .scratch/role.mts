import { cleanRole } from '#parse/role.js';

for (const t of process.argv.slice(2)) console.log(JSON.stringify(cleanRole(t)));
