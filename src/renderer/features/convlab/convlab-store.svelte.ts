import { ImageLabStore } from './image-lab-store.svelte.ts';
import type { ImagePipeline } from './image-pipeline.ts';
import type { LabHost } from './lab-engine.ts';
import { MatrixLabStore } from './matrix-lab-store.svelte.ts';

export type ConvLabTab = 'matrix' | 'image';

export interface ConvLabDependencies {
  host: LabHost;
  pipeline: ImagePipeline;
}

/**
 * The convolution lab for as long as the app runs (made once in main.ts, as the calculator's store is): both
 * panels and the tab shown, so that leaving the lab for another screen and coming back finds it as it was.
 */
export class ConvLabStore {
  tab = $state<ConvLabTab>('matrix');
  readonly matrix: MatrixLabStore;
  readonly images: ImageLabStore;

  constructor(dependencies: ConvLabDependencies) {
    this.matrix = new MatrixLabStore({ host: dependencies.host });
    this.images = new ImageLabStore(dependencies);
  }

  /**
   * The screen is leaving: the animation pauses at its step (no timer runs for a screen nobody sees); a trace
   * or a filter in flight finishes, and its result is there on return.
   */
  leave = (): void => {
    this.matrix.pause();
  };

  dispose = (): void => {
    this.matrix.dispose();
    this.images.dispose();
  };
}
