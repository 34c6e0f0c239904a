/**
 * Anki's cloze syntax: `{{c1::answer}}` or `{{c1::answer::hint}}`. Card N of a cloze text hides every deletion
 * numbered N and shows the others as plain text.
 *
 * Anki closes a deletion at the first `}}`, so `{{c1::$\frac{1}{x^{2}}$}}` breaks there. Here a deletion
 * closes at the first `}}` that is outside math (`$…$`, `$$…$$`) and outside balanced braces, so TeX inside
 * a deletion is safe.
 */

/** Plain text, or one deletion with where it starts (0-based offset into the whole text). */
export type ClozeSegment =
  | { kind: 'text'; text: string }
  | { kind: 'deletion'; number: number; answer: string; hint: string | null; offset: number };

/** Why a cloze text cannot be read; `offset` is where the problem starts (0-based, in the text). */
export type ClozeProblem =
  | { code: 'CLOZE_UNCLOSED'; offset: number }
  | { code: 'CLOZE_EMPTY'; offset: number; number: number }
  | { code: 'CLOZE_NO_DELETION'; offset: 0 };

export type ClozeParse = { ok: true; segments: ClozeSegment[] } | { ok: false; problem: ClozeProblem };

const opening = /\{\{c(\d{1,3})::/g;

/** Splits a cloze text into text and deletions; refuses an unclosed or empty deletion, or none at all. */
export function parseCloze(text: string): ClozeParse {
  const segments: ClozeSegment[] = [];
  let textStart = 0;
  opening.lastIndex = 0;
  for (let match = opening.exec(text); match !== null; match = opening.exec(text)) {
    const bodyStart = match.index + match[0].length;
    const end = findClosing(text, bodyStart);
    if (end === null) return { ok: false, problem: { code: 'CLOZE_UNCLOSED', offset: match.index } };
    const number = Number(match[1]);
    const body = text.slice(bodyStart, end);
    const separator = findHintSeparator(body);
    const answer = separator === null ? body : body.slice(0, separator);
    const hint = separator === null ? null : body.slice(separator + 2);
    if (number < 1 || answer.trim() === '') {
      return { ok: false, problem: { code: 'CLOZE_EMPTY', offset: match.index, number } };
    }
    if (match.index > textStart) segments.push({ kind: 'text', text: text.slice(textStart, match.index) });
    segments.push({ kind: 'deletion', number, answer, hint, offset: match.index });
    textStart = end + 2;
    opening.lastIndex = textStart;
  }
  if (!segments.some((segment) => segment.kind === 'deletion')) {
    return { ok: false, problem: { code: 'CLOZE_NO_DELETION', offset: 0 } };
  }
  if (textStart < text.length) segments.push({ kind: 'text', text: text.slice(textStart) });
  return { ok: true, segments };
}

/**
 * The index of the `}}` that closes a deletion whose body starts at `start`: skips `$…$` / `$$…$$` math and
 * `\$`, and counts `{`/`}` so a TeX group's closing brace is never taken for the deletion's.
 */
function findClosing(text: string, start: number): number | null {
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const character = text[index]!;
    if (character === '\\') {
      index += 2;
      continue;
    }
    if (character === '$') {
      const delimiter = text[index + 1] === '$' ? '$$' : '$';
      const close = findMathEnd(text, index + delimiter.length, delimiter);
      if (close !== null) {
        index = close + delimiter.length;
        continue;
      }
    }
    if (character === '{') depth++;
    else if (character === '}') {
      if (depth === 0 && text[index + 1] === '}') return index;
      depth = Math.max(0, depth - 1);
    }
    index++;
  }
  return null;
}

/** Where math that opened with `delimiter` closes, skipping escaped characters; null when it never does. */
function findMathEnd(text: string, from: number, delimiter: string): number | null {
  for (let index = from; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text.startsWith(delimiter, index)) return index;
  }
  return null;
}

/** The first `::` of a deletion's body outside math and braces (what follows it is the hint). */
function findHintSeparator(body: string): number | null {
  let depth = 0;
  for (let index = 0; index < body.length; index++) {
    const character = body[index]!;
    if (character === '\\') index++;
    else if (character === '$') {
      const delimiter = body[index + 1] === '$' ? '$$' : '$';
      const close = findMathEnd(body, index + delimiter.length, delimiter);
      if (close !== null) index = close + delimiter.length - 1;
    } else if (character === '{') depth++;
    else if (character === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && body.startsWith('::', index)) return index;
  }
  return null;
}

/** The card numbers a cloze text makes, in ascending order (`c1` and `c3` → [1, 3]). */
export function clozeNumbers(segments: readonly ClozeSegment[]): number[] {
  const numbers = new Set<number>();
  for (const segment of segments) if (segment.kind === 'deletion') numbers.add(segment.number);
  return [...numbers].sort((a, b) => a - b);
}

/** One side of a cloze card: text, a hidden gap (with its hint), or the answer revealed on the back. */
export type ClozeSidePart =
  { kind: 'text'; text: string } | { kind: 'gap'; hint: string | null } | { kind: 'revealed'; text: string };

/**
 * The question or answer side of card `number`: its deletions become gaps (question) or revealed answers
 * (answer side); every other deletion shows its answer as plain text. Neighbouring text parts are merged.
 */
export function clozeSide(
  segments: readonly ClozeSegment[],
  number: number,
  side: 'question' | 'answer',
): ClozeSidePart[] {
  const parts: ClozeSidePart[] = [];
  for (const segment of segments) {
    const part: ClozeSidePart =
      segment.kind === 'text'
        ? segment
        : segment.number !== number
          ? { kind: 'text', text: segment.answer }
          : side === 'question'
            ? { kind: 'gap', hint: segment.hint }
            : { kind: 'revealed', text: segment.answer };
    const previous = parts.at(-1);
    if (part.kind === 'text' && previous?.kind === 'text') previous.text += part.text;
    else parts.push(part.kind === 'text' ? { kind: 'text', text: part.text } : part);
  }
  return parts;
}

/**
 * A side as text with Anki's markers: a gap is `[...]` or `[hint]`, a revealed answer `[answer]`. Math stays
 * `$…$`, so the result can go straight to the math renderer.
 */
export function clozeSideText(parts: readonly ClozeSidePart[]): string {
  return parts
    .map((part) =>
      part.kind === 'text' ? part.text : part.kind === 'gap' ? `[${part.hint ?? '...'}]` : `[${part.text}]`,
    )
    .join('');
}
