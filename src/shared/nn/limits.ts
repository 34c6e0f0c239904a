/**
 * Bounds on what the analyser accepts. They keep every count an exact integer in a double (below 2^53, checked
 * again after each layer) and every request small enough to refuse from its size alone.
 */
export const limits = {
  /** Layers in one network (the `nn:analyze` job refuses more as INPUT_TOO_LARGE). */
  layers: 5_000,
  /** Characters of description-language text. */
  textLength: 200_000,
  /** Channels, features, output channels, groups. */
  channels: 1 << 20,
  /** Height, width, kernel, stride, padding, dilation. */
  spatial: 1 << 16,
  /** Characters in a layer name. */
  nameLength: 200,
  /** Blocks inside blocks in the description language (a deeper text would overflow the parser's stack). */
  nesting: 64,
  /** Inputs of one concat or add. */
  joinInputs: 256,
} as const;
