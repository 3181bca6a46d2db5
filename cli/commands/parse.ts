// `followup parse <file.eml>... [--tz Z] [--json]`: what followup understands from each file.
// --json prints one object per line, in argument order; files that cannot be read or are not
// emails get a message on stderr, the others are still processed, and the exit code is 1.
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import type { ParsedEmail } from '#parse/types.js';
import { coordinatorOf, kindText, personText, unsureText } from '../extraction-text.js';
import { readInputFile } from '../read-input.js';
import { formatDay, formatSpan } from '../when-format.js';

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

function when(parsed: ParsedEmail, seekerZone: string): string[] {
  if (!parsed.start) return ['not found'];
  const zone = parsed.timezone ?? seekerZone;
  const lines = [formatSpan(parsed.start, parsed.end, zone)];
  if (zone !== seekerZone)
    lines.push(`for you: ${formatSpan(parsed.start, parsed.end, seekerZone)}`);
  return lines;
}

function summary(file: string, parsed: ParsedEmail, seekerZone: string): string {
  const lines = [file, `  ${kindText(parsed.kind)}`];
  const field = (label: string, value: string) => lines.push(`  ${label.padEnd(11)} ${value}`);
  if (parsed.kind !== 'not_interview') {
    field('company', parsed.company ?? 'not found');
    field('role', parsed.role ?? 'not found');
    const [first, ...more] = when(parsed, seekerZone);
    field('when', first ?? '');
    for (const line of more) field('', line);
    field(
      'with',
      parsed.interviewers.length ? parsed.interviewers.map(personText).join(', ') : 'nobody named',
    );
    const coordinator = coordinatorOf(parsed);
    if (coordinator) field('arranged by', personText(coordinator));
    field('link', parsed.meetingUrl ?? 'none (phone or in person)');
    if (parsed.decisionBy) field('decision', `by ${formatDay(parsed.decisionBy)}`);
  }
  for (const note of parsed.notes) field('note', note);
  for (const warning of parsed.warnings) field('warning', warning);
  const unsure = unsureText(parsed);
  if (unsure) field('unsure', unsure);
  return `${lines.join('\n')}\n\n`;
}
