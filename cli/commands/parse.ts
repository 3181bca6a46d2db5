// `followup parse <file.eml>... [--tz Z] [--json]`: what followup understands from each file.
// --json prints one object per line, in argument order; files that cannot be read or are not
// emails get a message on stderr, the others are still processed, and the exit code is 1.
import { DateTime } from 'luxon';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import type { ParsedEmail } from '#parse/types.js';
import { readInputFile } from '../read-input.js';

export interface ParseFlags {
  /** The seeker's IANA zone (checked by the command-line parser). */
  tz: string;
  json?: boolean;
}

export async function runParse(files: string[], options: ParseFlags): Promise<number> {
  const zone = options.tz;
  let failures = 0;
  for (const file of files) {
    const { raw, error } = await readInputFile(file);
    if (error !== null) {
      process.stderr.write(`followup parse: ${error}\n`);
      failures++;
      continue;
    }
    const parsed = await parseEmail(raw, { timezone: zone });
    if (parsed.error) {
      const what =
        parsed.error.code === 'not_email'
          ? 'not an email'
          : parsed.error.code === 'too_large'
            ? 'too large'
            : 'unreadable';
      process.stderr.write(`followup parse: ${file}: ${what}: ${parsed.error.message}\n`);
      failures++;
      continue;
    }
    process.stdout.write(
      options.json ? `${JSON.stringify(jsonLine(file, parsed))}\n` : summary(file, parsed, zone),
    );
  }
  return failures > 0 ? 1 : 0;
}

function jsonLine(file: string, parsed: ParsedEmail) {
  return {
    file,
    ...toExtraction(parsed),
    coordinator: parsed.coordinator ?? null,
    decisionBy: parsed.decisionBy,
    notes: parsed.notes,
    confidence: parsed.confidence,
    warnings: parsed.warnings,
    sources: parsed.sources,
  };
}

function when(parsed: ParsedEmail, seekerZone: string): string {
  if (!parsed.start) return 'not found';
  const start = DateTime.fromISO(parsed.start, { setZone: true });
  const end = parsed.end ? DateTime.fromISO(parsed.end, { setZone: true }) : null;
  const zone = parsed.timezone ?? start.zoneName ?? seekerZone;
  const local = start.setZone(zone);
  let text = `${local.toFormat('ccc d LLL yyyy, HH:mm')}${end ? `–${end.setZone(zone).toFormat('HH:mm')}` : ''} ${parsed.timezone ?? local.toFormat('ZZ')}`;
  if (zone !== seekerZone) {
    const mine = start.setZone(seekerZone);
    text += `  (for you: ${mine.toFormat('ccc d LLL, HH:mm')}${end ? `–${end.setZone(seekerZone).toFormat('HH:mm')}` : ''} ${seekerZone})`;
  }
  return text;
}

function summary(file: string, parsed: ParsedEmail, seekerZone: string): string {
  const lines = [file];
  if (parsed.kind === 'not_interview') {
    lines.push('  not an interview confirmation');
  } else {
    lines.push(
      `  ${parsed.kind} · ${parsed.company ?? 'company unknown'} · ${parsed.role ?? 'role unknown'}`,
    );
    lines.push(`  when      ${when(parsed, seekerZone)}`);
    const people = parsed.interviewers.map((p) => (p.email ? `${p.name} <${p.email}>` : p.name));
    lines.push(`  with      ${people.length ? people.join(', ') : 'nobody named'}`);
    lines.push(`  link      ${parsed.meetingUrl ?? 'none (phone or in person)'}`);
    const coordinator = parsed.coordinator;
    if (coordinator)
      lines.push(
        `  arranged  ${[coordinator.name, coordinator.email && `<${coordinator.email}>`].filter(Boolean).join(' ')}`,
      );
    if (parsed.decisionBy) lines.push(`  decision  by ${parsed.decisionBy}`);
  }
  for (const note of parsed.notes) lines.push(`  note      ${note}`);
  for (const warning of parsed.warnings) lines.push(`  warning   ${warning}`);
  lines.push(`  confidence ${parsed.confidence}`);
  return `${lines.join('\n')}\n\n`;
}
