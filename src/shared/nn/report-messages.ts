import type { LocalizedText } from '../deck/localized-text.ts';
import type { MemoryUnit, TableColumn } from './table.ts';

/**
 * The words of the written analysis (the CLI's table, Markdown and CSV, and the calculator's exports), in both
 * languages. The English is the CLI's documented output (docs/cli.md); the Chinese follows GLOSSARY.md.
 * Keyed by closed unions, so a new column or line without its wording fails to compile.
 */
export const reportMessages = {
  columns: {
    name: { zh: '名字', en: 'Name' },
    layer: { zh: '层', en: 'Layer' },
    output: { zh: '输出', en: 'Output' },
    params: { zh: '参数量', en: 'Params' },
    macs: { zh: 'MACs', en: 'MACs' },
    flops: { zh: 'FLOPs', en: 'FLOPs' },
    elements: { zh: '激活值（元素）', en: 'Activations' },
    bytes: { zh: '显存占用（字节，{dtype}）', en: 'Bytes ({dtype})' },
    megabytes: { zh: '显存占用（MB，{dtype}，10^6 字节）', en: 'MB ({dtype}, 10^6 B)' },
    rf: { zh: '感受野', en: 'RF' },
    jump: { zh: '累积步长', en: 'Jump' },
    start: { zh: '起点', en: 'Start' },
  } satisfies Record<
    Exclude<TableColumn['key'], 'compute' | MemoryUnit> | 'macs' | 'flops' | MemoryUnit,
    LocalizedText
  >,
  total: { zh: '合计', en: 'Total' },
  layers: { zh: '{count} 层', en: '{count} layers' },
  /** A bottleneck that no layer holds (e.g. a network without parameters). */
  none: { zh: '无', en: 'none' },
  summary: {
    model: {
      zh: '模型 {model}，输入 {input}，{dtype}（每个元素 {bytes} 字节）',
      en: 'Model {model}, input {input}, {dtype} ({bytes} bytes per element)',
    },
    params: {
      zh: '参数量 {total}（权重 {weights}，偏置 {bias}；BN 的移动平均统计量另计：{buffers}）',
      en: 'Params {total} (weights {weights}, bias {bias}; BN buffers apart: {buffers})',
    },
    compute: {
      zh: 'MACs {macs}（卷积层和全连接层，不含偏置），FLOPs {flops}（2 × MACs），其他运算 {other}',
      en: 'MACs {macs} (conv + linear, bias excluded), FLOPs {flops} (2 x MACs), other ops {other}',
    },
    activations: {
      zh: '激活值 {elements} 个元素 = {bytes} 字节（各层存储的输出，不含输入）；输入 {input}；推理峰值 {peak}',
      en: 'Activations {elements} elements = {bytes} bytes (stored layer outputs, input excluded); input {input}; inference peak {peak}',
    },
    bottlenecks: {
      zh: '瓶颈：参数瓶颈 {params}；显存瓶颈 {memory}；计算瓶颈 {compute}',
      en: 'Bottlenecks: params {params}; memory {memory}; compute {compute}',
    },
    featureRf: {
      zh: '特征末端（{layer}）的感受野：{size}，累积步长 {jump}，起点 {start}',
      en: 'Receptive field where the features end ({layer}): {size}, jump {jump}, start {start}',
    },
    warning: { zh: '警告，{layer}：{note}', en: 'Warning, {layer}: {note}' },
  },
} as const;
