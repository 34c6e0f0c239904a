/**
 * A one-node ONNX model (Conv, opset 13) encoded by hand, because no ONNX builder package is installed. Only the
 * protobuf fields onnxruntime reads are written; numbers are from onnx/onnx.proto3 (ModelProto, GraphProto,
 * NodeProto, AttributeProto, TensorProto, ValueInfoProto, TypeProto).
 */
export interface OnnxConvSpec {
  inputShape: [number, number, number, number];
  weight: Float32Array;
  weightShape: [number, number, number, number];
  bias: Float32Array | null;
  strides: [number, number];
  /** ONNX order: [top, left, bottom, right]. */
  pads: [number, number, number, number];
  dilations: [number, number];
  group: number;
}

const wireVarint = 0;
const wireBytes = 2;
const floatType = 1; // TensorProto.DataType.FLOAT
const attributeInt = 2; // AttributeProto.AttributeType.INT
const attributeInts = 7; // AttributeProto.AttributeType.INTS

class ProtoWriter {
  private readonly bytes: number[] = [];

  varint(field: number, value: number): this {
    this.key(field, wireVarint);
    this.rawVarint(value);
    return this;
  }

  bytesField(field: number, payload: Uint8Array): this {
    this.key(field, wireBytes);
    this.rawVarint(payload.length);
    for (const byte of payload) this.bytes.push(byte);
    return this;
  }

  string(field: number, text: string): this {
    return this.bytesField(field, new TextEncoder().encode(text));
  }

  message(field: number, build: (writer: ProtoWriter) => void): this {
    const inner = new ProtoWriter();
    build(inner);
    return this.bytesField(field, inner.finish());
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }

  private key(field: number, wire: number): void {
    this.rawVarint(field * 8 + wire);
  }

  private rawVarint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) + 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
  }
}

function tensorInitializer(writer: ProtoWriter, name: string, dims: number[], data: Float32Array): void {
  for (const dim of dims) writer.varint(1, dim);
  writer.varint(2, floatType);
  writer.string(8, name);
  writer.bytesField(9, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}

function valueInfo(writer: ProtoWriter, name: string, dims: number[]): void {
  writer.string(1, name);
  writer.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.varint(1, floatType);
      tensor.message(2, (shape) => {
        for (const dim of dims) shape.message(1, (dimension) => dimension.varint(1, dim));
      });
    }),
  );
}

function intsAttribute(writer: ProtoWriter, name: string, values: number[]): void {
  writer.string(1, name);
  for (const value of values) writer.varint(8, value);
  writer.varint(20, attributeInts);
}

/** The serialized ModelProto of `Y = Conv(X, W[, B])`, with W and B as initializers. */
export function encodeConvModel(spec: OnnxConvSpec, outputShape: number[]): Uint8Array {
  return new ProtoWriter()
    .varint(1, 8) // ir_version
    .string(2, 'deepdrill-bench') // producer_name
    .message(8, (opset) => opset.string(1, '').varint(2, 13))
    .message(7, (graph) => {
      graph.message(1, (node) => {
        node.string(1, 'X').string(1, 'W');
        if (spec.bias) node.string(1, 'B');
        node.string(2, 'Y').string(3, 'conv').string(4, 'Conv');
        node.message(5, (attribute) => intsAttribute(attribute, 'kernel_shape', spec.weightShape.slice(2)));
        node.message(5, (attribute) => intsAttribute(attribute, 'strides', spec.strides));
        node.message(5, (attribute) => intsAttribute(attribute, 'pads', spec.pads));
        node.message(5, (attribute) => intsAttribute(attribute, 'dilations', spec.dilations));
        node.message(5, (attribute) =>
          attribute.string(1, 'group').varint(3, spec.group).varint(20, attributeInt),
        );
      });
      graph.string(2, 'conv');
      graph.message(5, (tensor) => tensorInitializer(tensor, 'W', spec.weightShape, spec.weight));
      if (spec.bias) {
        const bias = spec.bias;
        graph.message(5, (tensor) => tensorInitializer(tensor, 'B', [bias.length], bias));
      }
      graph.message(11, (input) => valueInfo(input, 'X', spec.inputShape));
      graph.message(12, (output) => valueInfo(output, 'Y', outputShape));
    })
    .finish();
}
