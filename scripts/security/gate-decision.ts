import type { Finding } from './electronegativity-csv.ts';
import { staticRules, type Violation } from './static-checks.ts';

/**
 * Findings in src/ that were reviewed and accepted. Keep this list short; each entry says why the finding does
 * not apply, and matches one issue in one file (and, where given, only a sample that still looks safe).
 */
export interface AllowedFinding {
  issue: string;
  file: string;
  sample?: RegExp;
  why: string;
}

export const allowedFindings: readonly AllowedFinding[] = [
  {
    issue: 'CSP_GLOBAL_CHECK',
    // "No CSP has been detected": electronegativity only reads <meta> tags and webRequest header literals.
    file: 'N/A',
    sample: /^N\/A$/,
    why:
      'the one CSP is a header sent by app:// (main/content-security-policy.ts), which electronegativity cannot ' +
      'see; the static check csp-header demands it, and a unit test checks it against the built renderer',
  },
  {
    issue: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.ts',
    why: 'both calls sit behind isAllowedExternalLink (security.ts, link-handlers.ts), tested',
  },
  {
    issue: 'AUXCLICK_JS_CHECK',
    file: 'main/window.ts',
    why: 'a middle-click opens a new window, and setWindowOpenHandler denies every new window',
  },
  {
    issue: 'PRELOAD_JS_CHECK',
    file: 'main/window.ts',
    why: 'the preload was reviewed: one function per contract channel, no ipcRenderer, unit-tested',
  },
];

/**
 * What the insecure canary must make electronegativity report. If one goes missing, the tool or our reading
 * of its report broke, and a clean src/ result would mean nothing.
 */
export const expectedCanaryFindings: readonly string[] = [
  'CONTEXT_ISOLATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'OPEN_EXTERNAL_JS_CHECK',
  'HTTP_RESOURCES_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'SECURITY_WARNINGS_DISABLED_JS_CHECK',
  'CSP_GLOBAL_CHECK',
  'LIMIT_NAVIGATION_GLOBAL_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
];

export interface GateInput {
  sourceFindings: readonly Finding[];
  sourceViolations: readonly Violation[];
  canaryFindings: readonly Finding[];
  canaryViolations: readonly Violation[];
}

export interface GateVerdict {
  passed: boolean;
  /** Human-readable lines, problems first. */
  report: string[];
}

export function isAllowed(finding: Finding, allowlist: readonly AllowedFinding[] = allowedFindings): boolean {
  return allowlist.some(
    (entry) =>
      entry.issue === finding.issue &&
      entry.file === finding.file &&
      (entry.sample === undefined || entry.sample.test(finding.sample)),
  );
}

export function decideGate(
  input: GateInput,
  allowlist: readonly AllowedFinding[] = allowedFindings,
): GateVerdict {
  const problems: string[] = [];
  const notes: string[] = [];
  for (const finding of input.sourceFindings) {
    const line = `${finding.issue} (${finding.severity}) at src/${finding.file}:${finding.location}: ${finding.sample}`;
    if (isAllowed(finding, allowlist)) notes.push(`allowed: ${line}`);
    else problems.push(`src/ finding: ${line} (${finding.description})`);
  }
  for (const violation of input.sourceViolations) {
    problems.push(`src/ static check ${violation.rule} at src/${violation.where}: ${violation.explain}`);
  }
  const canaryIssues = new Set(input.canaryFindings.map((finding) => finding.issue));
  const missing = expectedCanaryFindings.filter((issue) => !canaryIssues.has(issue));
  for (const issue of missing) problems.push(`canary: electronegativity no longer reports ${issue}`);
  const missingFindings = missing.length;
  const canaryRules = new Set(input.canaryViolations.map((violation) => violation.rule));
  for (const rule of staticRules) {
    if (!canaryRules.has(rule.id)) problems.push(`canary: static check ${rule.id} no longer fires`);
  }
  const passed = problems.length === 0;
  const summary = [
    `src/: ${input.sourceFindings.length} electronegativity findings (${notes.length} allowed), ` +
      `${input.sourceViolations.length} static violations`,
    `canary: ${expectedCanaryFindings.length - missingFindings} of ${expectedCanaryFindings.length} required ` +
      `findings seen, ${canaryRules.size} of ${staticRules.length} static checks fired`,
    passed ? 'security gate: PASSED' : `security gate: FAILED (${problems.length} problems)`,
  ];
  return { passed, report: [...problems, ...notes, ...summary] };
}
