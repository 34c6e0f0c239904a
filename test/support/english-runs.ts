/**
 * Runs of three or more English words in a text, for the checks that no English sentence reaches a Chinese
 * screen. Words the student types or reads as code (layer keywords, attribute tokens, PyTorch names) are allowed
 * and break a run; so do Chinese characters and full-width punctuation, which never join English words.
 */
export function englishRuns(text: string, allowed: ReadonlySet<string> = codeWords): string[] {
  const masked = text.replace(/[A-Za-z_][A-Za-z0-9_'.-]*/g, (word) => (allowed.has(word) ? '·' : word));
  return masked.match(/[A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*){2,}/g) ?? [];
}

/** Code a Chinese sentence may quote: the description language's keywords and tokens, PyTorch names. */
export const codeWords: ReadonlySet<string> = new Set([
  ...['conv', 'deconv', 'maxpool', 'avgpool', 'pool', 'max', 'avg', 'adaptiveavgpool', 'gap', 'fc', 'linear'],
  ...['flatten', 'bn', 'lrn', 'relu', 'relu6', 'leaky_relu', 'elu', 'sigmoid', 'tanh', 'gelu', 'silu'],
  ...['hardswish', 'softmax', 'dropout', 'concat', 'add', 'input', 'network', 'same', 'valid', 'nobias'],
  ...['ceil', 'inplace', 'dw', 'exclude-pad', 'kN', 'sN', 'pN', 'dN', 'gN', 'N', 'x', 'ceil_mode'],
  ...['count_include_pad', 'running_mean', 'running_var', 'output_size', 'False', 'True', 'PyTorch'],
  ...['MACs', 'FLOPs', 'BN', 'ReLU', 'Dropout', 'LRN', 'C_out', 'AlexNet', 'fc6', 'JSON', 'layers', 'name'],
  ...['kind', 'inputs', 'floor', 'FlopCounterMode', 'DeepSpeed', 'HxW'],
]);
