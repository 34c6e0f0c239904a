/** The entry of the engine's WebAssembly module: every exported kernel. */
export * from './conv-kernels';
export * from './image-kernels';
export * from './check-kernels';
export * from './winograd-kernels';
