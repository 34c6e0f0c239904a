/** The one reader of what people type: numbers, shapes and matrices, with how each was read. */
export type { Range } from './check-value.ts';
export { describeReading, inputMessages, wordReadReason } from './messages.ts';
export { printMatrix, printNumber, printShape, unfilledCell } from './print.ts';
export { readMatrix, type MatrixOptions } from './read-matrix.ts';
export { readInteger, readNumber, type NumberOptions } from './read-number.ts';
export { readShape, type ShapeOptions } from './read-shape.ts';
export * from './reading.ts';
