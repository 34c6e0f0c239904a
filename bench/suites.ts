import { analyzeSuite } from './analyze.ts';
import { calculatorSuite } from './calculator.ts';
import { convSuite } from './conv.ts';
import { convlabSuite } from './convlab.ts';
import { splitSuite } from './split.ts';
import { startupSuite } from './startup.ts';
import { statsSuite } from './stats.ts';
import type { BenchSuite } from './suite.ts';

/** Every benchmark suite, one file each in this folder. */
export const suites: BenchSuite[] = [
  analyzeSuite,
  convSuite,
  splitSuite,
  startupSuite,
  convlabSuite,
  calculatorSuite,
  statsSuite,
];
