/**
 * A part of the app (a screen's code and its store) loaded on first use, so the first screen's script does not
 * carry it. Every caller shares one load; `value` is set once it has loaded, for markup that shows the part only
 * when it is there. A failed load (a chunk the disk or the network did not deliver) is not kept: the next
 * `load()` tries again.
 */
export class Lazy<Loaded> {
  value = $state.raw<Loaded | undefined>(undefined);
  readonly #create: () => Promise<Loaded>;
  #pending: Promise<Loaded> | undefined;

  constructor(create: () => Promise<Loaded>) {
    this.#create = create;
  }

  load = (): Promise<Loaded> =>
    (this.#pending ??= this.#create().then(
      (loaded) => (this.value = loaded),
      (error: unknown) => {
        this.#pending = undefined;
        throw error;
      },
    ));
}
