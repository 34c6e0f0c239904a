/**
 * Reads electronegativity's CSV report. The reader is strict on purpose: a report it cannot read in full fails
 * the gate, because a half-read report would pass it.
 */
export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  /** Relative to the scanned folder, or 'N/A' for a global check. */
  file: string;
  location: string;
  sample: string;
  description: string;
}

export const csvHeader = 'issue, severity, confidence, filename, location, sample, description, url';

export class ReportFormatError extends Error {
  override readonly name = 'ReportFormatError';
}

/** Splits one CSV line: fields are bare or double-quoted, with "" for a quote inside a quoted field. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let position = 0;
  for (;;) {
    if (line[position] === '"') {
      let value = '';
      position++;
      for (;;) {
        const quote = line.indexOf('"', position);
        if (quote < 0) throw new ReportFormatError(`unterminated quoted field in: ${line.slice(0, 120)}`);
        value += line.slice(position, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          position = quote + 2;
        } else {
          position = quote + 1;
          break;
        }
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', position);
      const end = comma < 0 ? line.length : comma;
      const value = line.slice(position, end);
      if (value.includes('"')) throw new ReportFormatError(`stray quote in: ${line.slice(0, 120)}`);
      fields.push(value);
      position = end;
    }
    if (position === line.length) return fields;
    if (line[position] !== ',')
      throw new ReportFormatError(`text after a quoted field in: ${line.slice(0, 120)}`);
    position++;
  }
}

export function parseElectronegativityCsv(text: string): Finding[] {
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  if (lines[0] !== csvHeader) {
    throw new ReportFormatError(
      `the report does not start with its header: ${JSON.stringify(lines[0] ?? '')}`,
    );
  }
  return lines.slice(1).map((line) => {
    const fields = splitCsvLine(line);
    const [issue, severity, confidence, file, location, sample, description, url] = fields;
    if (fields.length !== 8 || !issue || !/^[A-Z][A-Z0-9_]+$/.test(issue)) {
      throw new ReportFormatError(`not a finding (${fields.length} fields): ${line.slice(0, 120)}`);
    }
    if (url !== `https://github.com/doyensec/electronegativity/wiki/${issue}`) {
      throw new ReportFormatError(`the finding's link does not match its issue: ${line.slice(0, 120)}`);
    }
    return {
      issue,
      severity: severity!,
      confidence: confidence!,
      file: file!,
      location: location!,
      sample: sample!,
      description: description!,
    };
  });
}
