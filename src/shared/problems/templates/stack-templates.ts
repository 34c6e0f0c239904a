import { alexnetTableTemplate } from './alexnet-table.ts';
import { homework5 } from './homework-5.ts';
import { homework6 } from './homework-6.ts';
import { kernelStackTemplate } from './kernel-stack.ts';
import { receptiveFieldTemplate } from './receptive-field.ts';

/**
 * The layer-stack templates and their fixed instances, for the registry (registry.ts lists every template and
 * homework-1 … homework-6 by id): receptive field and jump of a stack (homework-5), the AlexNet table
 * (homework-6), one large kernel against stacked 3x3 ones.
 */
export const stackTemplates = [receptiveFieldTemplate, alexnetTableTemplate, kernelStackTemplate] as const;

export const stackHomework = [homework5, homework6] as const;
