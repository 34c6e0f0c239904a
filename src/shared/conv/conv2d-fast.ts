import { conv2d, type Conv2dOptions } from './conv2d.ts';
import { conv2dOutputShape, type Shape4 } from './conv-shapes.ts';
import type { Tensor } from './tensor.ts';
import { wasmKernels, type WasmKernels } from './wasm/kernels.ts';
import {
  allocateWinograd,
  convolveWinograd,
  packWinogradWeights,
  usesWinograd,
  winogradKernelBytes,
  winogradLayout,
} from './winograd.ts';

/**
 * The size of one block of packed patches: im2col packs this many bytes of columns, the GEMM consumes them,
 * then the next block reuses the space, so the patches stay in L2 (1 MB a core here) instead of going out to
 * memory and back (the whole matrix of a 3x3 layer on 64x56x56 is 7.2 MB).
 */
const patchBlockBytes = 128 * 1024;

/**
 * Where the GEMM reads patch column strips of eight output positions:
 * - input: a 1x1 kernel at stride 1 without padding, whose patch matrix [Cin x H*W] is the input itself;
 * - phases: each output row's own strips, straight from splitPhases' planes (the last strip of a row is
 *   partial, so used when that wastes at most 1/8 of the work);
 * - packed: packPatches strips, packed per block of columns.
 * Each output element sums the same products in the same order on every source: the bits never depend on it.
 */
export type PatchSource = 'input' | 'phases' | 'packed';

/**
 * Float32 conv2d on the WebAssembly SIMD kernels: the path of large inputs (images, real layers). Three methods
 * (convMethod):
 * - direct: at stride 1 when each group maps few input channels to few output channels (depthwise, a single
 *   image plane), slide the kernel over a zero-padded plane; im2col would only copy the input k*k times.
 * - Winograd F(2x2, 3x3): a 3x3 layer at stride 1 between many channels (winograd.ts), 2.25x fewer
 *   multiply-adds than the GEMM on the same tiles.
 * - im2col + GEMM: otherwise, multiply the weights by the patch matrix in 4x8 register tiles, which reuses
 *   every loaded value 4 or 8 times. The GEMM reads the patches where they are (see PatchSource): a 1x1
 *   layer's input, or the zero-padded input split into column phases (implicit im2col); narrow outputs, whose
 *   rows would leave strips of eight half empty, pack them (explicit im2col) a block of columns at a time.
 * Without WebAssembly (kernels null) it falls back to the exact Float64 loops and rounds to float32.
 * Matches conv2d within float32 rounding (relative 1e-5 on the test shapes). `output`, when given, receives the
 * result: a caller that convolves again and again (the lab's sliders) skips a fresh allocation, which costs page
 * faults (measured here: ~5 ms for 1.6 MB when the previous buffer was just freed).
 */
export function conv2dFast(
  input: Tensor,
  weight: Tensor,
  bias: Float32Array | Float64Array | null,
  options: Conv2dOptions,
  kernels: WasmKernels | null = wasmKernels(),
  output?: Float32Array,
): Tensor<Float32Array> {
  const shape = conv2dOutputShape(
    input.shape as Shape4,
    weight.shape as Shape4,
    bias?.length ?? null,
    options,
  );
  if (!kernels) {
    const exact = conv2d(input, weight, bias, options);
    const result = output?.subarray(0, exact.data.length) ?? new Float32Array(exact.data.length);
    result.set(exact.data);
    return { shape, data: result };
  }
  const [batch, inChannels, height, width] = input.shape as Shape4;
  const [outChannels, groupInChannels, kernelHeight, kernelWidth] = weight.shape as Shape4;
  const [, , outHeight, outWidth] = shape;
  const { stride, padding, dilation, groups } = options;
  const groupOutChannels = outChannels / groups;
  const kernelArea = kernelHeight * kernelWidth;
  const inPlane = height * width;
  const outPlane = outHeight * outWidth;
  const method = convMethod(weight.shape as Shape4, options);
  const direct = method === 'direct';
  const paddedHeight = height + padding[0] + padding[1];
  const paddedWidth = width + padding[2] + padding[3];
  const depth = groupInChannels * kernelArea;
  const source = patchSource(weight.shape as Shape4, options, outHeight, outWidth);
  const blockColumns = Math.max(8, Math.floor(patchBlockBytes / (depth * 4 * 8)) * 8);
  const phaseWidth = Math.ceil(paddedWidth / stride[1]);
  const phaseFloats = groupInChannels * stride[1] * paddedHeight * phaseWidth;

  kernels.reset();
  // 32 spare bytes: the GEMM may read up to 7 floats past the input's last row (never stored).
  const inputAddress = kernels.allocate(input.data.length * 4 + 32);
  const weightAddress = kernels.allocate(weight.data.length * 4);
  const biasAddress = bias ? kernels.allocate(outChannels * 4) : 0;
  const outputAddress = kernels.allocate(batch * outChannels * outPlane * 4);
  const winograd =
    method === 'winograd'
      ? winogradLayout(groupInChannels, groupOutChannels, height, width, outHeight, outWidth)
      : null;
  const winogradMemory = winograd && allocateWinograd(kernels, winograd, groups);
  /** One group's weights packed for the GEMM (packRows), in bytes. */
  const packedGroupBytes = Math.ceil(groupOutChannels / 4) * 4 * depth * 4;
  const workAddress = direct
    ? kernels.allocate(paddedHeight * paddedWidth * 4)
    : method === 'gemm'
      ? kernels.allocate(groups * packedGroupBytes)
      : 0;
  const patchesAddress =
    method !== 'gemm'
      ? 0
      : source === 'packed'
        ? kernels.allocate(blockColumns * depth * 4)
        : source === 'phases'
          ? kernels.allocate(phaseFloats * 4 + 32)
          : inputAddress;
  const offsetsAddress = method === 'gemm' ? kernels.allocate(depth * 4) : 0;
  if (method === 'gemm') {
    kernels.ints(offsetsAddress, depth).set(
      patchOffsets(source, groupInChannels, weight.shape as Shape4, options, {
        inPlane,
        paddedHeight,
        phaseWidth,
      }),
    );
  }
  kernels.floats(inputAddress, input.data.length).set(input.data);
  const weightTarget = kernels.floats(weightAddress, weight.data.length);
  if (options.flipKernel) rotateKernels(weight, weightTarget);
  else weightTarget.set(weight.data);
  if (bias) kernels.floats(biasAddress, outChannels).set(bias);
  const run = kernels.exports;
  /** Where a group's weights are, packed for the GEMM (or transformed for Winograd). */
  const packedWeightsOf = (group: number) =>
    winograd && winogradMemory
      ? winogradMemory.packed + group * winogradKernelBytes(winograd)
      : workAddress + group * packedGroupBytes;
  // Each group's weights are packed (or transformed) once, for every image of the batch.
  for (let group = 0; group < groups && !direct; group++) {
    const groupWeights = weightAddress + group * groupOutChannels * depth * 4;
    if (winograd) packWinogradWeights(kernels, winograd, groupWeights, packedWeightsOf(group));
    else run.packRows(groupWeights, groupOutChannels, depth, packedWeightsOf(group));
  }

  for (let n = 0; n < batch; n++) {
    for (let group = 0; group < groups; group++) {
      const firstIn = n * inChannels + group * groupInChannels;
      const firstOut = n * outChannels + group * groupOutChannels;
      if (direct) {
        // Each input plane is padded once and slid under every output channel of its group; each output still
        // sums its input channels in ascending order, so the bits are those of one output at a time.
        const [top, bottom, left, right] = padding;
        for (let ic = 0; ic < groupInChannels; ic++) {
          run.padPlane(
            inputAddress + (firstIn + ic) * inPlane * 4,
            height,
            width,
            top,
            bottom,
            left,
            right,
            workAddress,
          );
          for (let ocInGroup = 0; ocInGroup < groupOutChannels; ocInGroup++) {
            const oc = group * groupOutChannels + ocInGroup;
            const weights = weightAddress + (oc * groupInChannels + ic) * kernelArea * 4;
            run.correlatePlane(
              workAddress,
              paddedWidth,
              weights,
              kernelHeight,
              kernelWidth,
              dilation[0],
              dilation[1],
              outputAddress + (firstOut + ocInGroup) * outPlane * 4,
              outHeight,
              outWidth,
              ic > 0,
              bias ? bias[oc]! : 0,
            );
          }
        }
        continue;
      }
      if (winograd && winogradMemory) {
        convolveWinograd(
          kernels,
          winograd,
          winogradMemory,
          {
            input: inputAddress + firstIn * inPlane * 4,
            packedKernels: packedWeightsOf(group),
            bias: bias ? biasAddress + group * groupOutChannels * 4 : 0,
            output: outputAddress + firstOut * outPlane * 4,
          },
          padding,
        );
        continue;
      }
      const packedWeights = packedWeightsOf(group);
      const groupBias = bias ? biasAddress + group * groupOutChannels * 4 : 0;
      const groupInput = inputAddress + firstIn * inPlane * 4;
      const groupOutput = outputAddress + firstOut * outPlane * 4;
      if (source === 'phases') {
        const [top, bottom, left] = padding;
        run.splitPhases(
          groupInput,
          groupInChannels,
          height,
          width,
          top,
          bottom,
          left,
          stride[1],
          phaseWidth,
          patchesAddress,
        );
        const lineBytes = stride[0] * phaseWidth * 4;
        run.gemm(
          packedWeights,
          patchesAddress,
          offsetsAddress,
          32,
          lineBytes,
          outHeight,
          outWidth,
          groupOutChannels,
          depth,
          groupBias,
          groupOutput,
          outPlane,
        );
        continue;
      }
      for (let first = 0; first < outPlane; first += blockColumns) {
        const end = Math.min(first + blockColumns, outPlane);
        if (source === 'packed') {
          run.packPatches(
            groupInput,
            groupInChannels,
            height,
            width,
            kernelHeight,
            kernelWidth,
            stride[0],
            stride[1],
            padding[0],
            padding[2],
            dilation[0],
            dilation[1],
            outWidth,
            first,
            end,
            patchesAddress,
          );
        }
        run.gemm(
          packedWeights,
          source === 'packed' ? patchesAddress : groupInput + first * 4,
          offsetsAddress,
          source === 'packed' ? depth * 32 : 32,
          0,
          1,
          end - first,
          groupOutChannels,
          depth,
          groupBias,
          groupOutput + first * 4,
          outPlane,
        );
      }
    }
  }
  // new + set, not slice(): V8's slice of a view on WebAssembly memory is ~25x slower (measured, Node 20).
  const result =
    output?.subarray(0, batch * outChannels * outPlane) ?? new Float32Array(batch * outChannels * outPlane);
  result.set(kernels.floats(outputAddress, result.length));
  return { shape, data: result };
}

/** How conv2dFast computes a layer (see conv2dFast): the methods sum in different orders, so their float32
 * results may differ in the last bits, and a split job's parts must all take the method of the whole. */
export type ConvMethod = 'direct' | 'winograd' | 'gemm';

export function convMethod(
  weightShape: Shape4,
  options: Pick<Conv2dOptions, 'stride' | 'dilation' | 'groups'>,
): ConvMethod {
  const [outChannels, groupInChannels, kernelHeight, kernelWidth] = weightShape;
  const groupOutChannels = outChannels / options.groups;
  if (usesDirectKernel(options.stride, groupInChannels, groupOutChannels)) return 'direct';
  return usesWinograd(
    [kernelHeight, kernelWidth],
    options.stride,
    options.dilation,
    groupInChannels,
    groupOutChannels,
  )
    ? 'winograd'
    : 'gemm';
}

/**
 * Whether conv2dFast slides the kernel directly (stride 1, at most 4 channel pairs per group) rather than using
 * Winograd or im2col + GEMM. The methods sum in different orders, so their float32 results may differ in the
 * last bits.
 */
export function usesDirectKernel(
  stride: readonly [number, number],
  groupInChannels: number,
  groupOutChannels: number,
): boolean {
  return stride[0] === 1 && stride[1] === 1 && groupInChannels * groupOutChannels <= 4;
}

/** Which PatchSource the GEMM path reads for this layer (see PatchSource). */
export function patchSource(
  weightShape: Shape4,
  options: Conv2dOptions,
  outHeight: number,
  outWidth: number,
): PatchSource {
  const [, , kernelHeight, kernelWidth] = weightShape;
  const oneByOne = kernelHeight === 1 && kernelWidth === 1;
  if (oneByOne && options.stride.every((step) => step === 1) && options.padding.every((side) => side === 0)) {
    return 'input';
  }
  const rowStripColumns = Math.ceil(outWidth / 8) * 8 * outHeight;
  return rowStripColumns * 8 <= outHeight * outWidth * 9 ? 'phases' : 'packed';
}

/**
 * Byte offsets of patch row k = (channel, ky, kx) from a strip's start, for the GEMM. input: row k is input
 * channel k. phases: the tap's cell for the strip's first output (oy, ox) is padded row oy*sy + ky*dy, column
 * ox*sx + kx*dx, i.e. phase (kx*dx) % sx, phase column ox + floor(kx*dx / sx). packed: rows of eight floats.
 */
function patchOffsets(
  source: PatchSource,
  groupInChannels: number,
  weightShape: Shape4,
  options: Conv2dOptions,
  plane: { inPlane: number; paddedHeight: number; phaseWidth: number },
): Int32Array {
  const [, , kernelHeight, kernelWidth] = weightShape;
  const [dilationY, dilationX] = options.dilation;
  const strideX = options.stride[1];
  const { inPlane, paddedHeight, phaseWidth } = plane;
  const offsets = new Int32Array(groupInChannels * kernelHeight * kernelWidth);
  let k = 0;
  for (let channel = 0; channel < groupInChannels; channel++) {
    for (let ky = 0; ky < kernelHeight; ky++) {
      for (let kx = 0; kx < kernelWidth; kx++) {
        const phase = (kx * dilationX) % strideX;
        const column = Math.floor((kx * dilationX) / strideX);
        const phaseRow = (channel * strideX + phase) * paddedHeight + ky * dilationY;
        offsets[k] =
          source === 'input'
            ? k * inPlane * 4
            : source === 'phases'
              ? (phaseRow * phaseWidth + column) * 4
              : k * 32;
        k++;
      }
    }
  }
  return offsets;
}

/** Every kernel rotated by 180 degrees ("true convolution"), written into `target` (WebAssembly memory). */
function rotateKernels(weight: Tensor, target: Float32Array): void {
  const [, , kernelHeight, kernelWidth] = weight.shape as Shape4;
  const area = kernelHeight * kernelWidth;
  for (let start = 0; start < weight.data.length; start += area) {
    for (let cell = 0; cell < area; cell++) target[start + cell] = weight.data[start + area - 1 - cell]!;
  }
}
