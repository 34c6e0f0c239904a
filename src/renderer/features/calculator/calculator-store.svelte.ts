import { EngineError, type EngineErrorCode } from '../../../shared/engine/engine-error.ts';
import type { EngineRefusal } from '../../../shared/engine/refusal.ts';
import type { Analysis, Dtype } from '../../../shared/nn/analysis.ts';
import type { NnReadReply } from '../../../shared/engine/jobs/nn-read.ts';
import { readNetworkText } from '../../../shared/nn/dsl/parse.ts';
import { setInputShape } from '../../../shared/nn/dsl/input-line.ts';
import { printNetwork } from '../../../shared/nn/dsl/print.ts';
import type { NetworkProblem } from '../../../shared/nn/errors.ts';
import type { Explanation, ExplanationKey } from '../../../shared/nn/explanation.ts';
import type { NetworkSpec } from '../../../shared/nn/network.ts';
import { presetNetwork } from '../../../shared/nn/presets/index.ts';
import type { NetworkReason } from '../../../shared/nn/reason.ts';
import type { Pair, Shape } from '../../../shared/nn/shape.ts';
import type { MemoryUnit, TableOptions } from '../../../shared/nn/table.ts';
import type { EngineHost } from '../../lib/host/index.ts';
import { totalExplanation, type TotalKey } from './analysis-views.ts';
import {
  calculatorSettingsKey,
  isCalculatorSettings,
  memoryUnits,
  type CalculatorSettings,
  type EditorMode,
} from './calculator-settings.ts';
import { emptyNetwork } from './network-edit.ts';

export interface CalculatorDependencies {
  host: Pick<EngineHost, 'run'>;
  /** The remembered settings (lib/db/settings.ts in the app, a map in tests). */
  storage: {
    load(key: string): Promise<unknown>;
    save(key: string, value: CalculatorSettings): Promise<void>;
  };
  /** A busy state shows only when an analysis takes longer than this (fast ones would only flicker). */
  busyDelayMs?: number;
  /** Settings are written this long after the last change, not on every keystroke. */
  saveDelayMs?: number;
  /**
   * Typed text is read and analysed this long after the last keystroke: a quick typist's keys then start one
   * request, not one each (each would supersede the one before, and a superseded job costs its worker).
   */
  typingDelayMs?: number;
}

/**
 * The engine's reading of the text: its input shape and, for the layer list, the network (null while the text
 * editor shows: it needs only the input shape, and a network of thousands of layers is costly to receive); or
 * the syntax error.
 */
export type ParsedText =
  { ok: true; input: Shape | null; network: NetworkSpec | null } | { ok: false; problem: NetworkProblem };

/**
 * The engine failed (not the network: the engine itself), with its code for a message in the UI's language;
 * `reason` when the failure is about the network (a formula asked of a network that no longer reads).
 */
export interface EngineFailure {
  code: EngineErrorCode;
  refusal: EngineRefusal | null;
  reason?: NetworkReason;
}

/** The formula popover: one number of one layer (null: of the totals), its explanation once it arrives. */
export interface FormulaRequest {
  layer: string | null;
  key: ExplanationKey;
  explanation: Explanation | null;
  failure: EngineFailure | null;
}

export const defaultPreset = 'alexnet2012';

function parsedText(reply: NnReadReply): ParsedText {
  if (!reply.ok) return reply;
  return 'network' in reply
    ? { ok: true, input: reply.network.input, network: reply.network }
    : { ok: true, input: reply.outline.input, network: null };
}

function isCancelled(thrown: unknown): boolean {
  return thrown instanceof EngineError && thrown.code === 'CANCELLED';
}

/**
 * The Layer calculator's state (immich's store-as-class shape). The network lives as description-language text:
 * the text editor edits it directly; the engine reads it (`nn:read`) for the layer list, which prints its edits
 * back with the engine's printer, so the two views never disagree. Every change asks the engine host for a
 * fresh reading and analysis and aborts the ones before; typing waits for a short pause first. Nothing is parsed
 * or analysed on this, the UI thread, except the list's own edits (printed and read back to check them), so a
 * network of thousands of lines stays fluid; an invalid network keeps the last valid analysis.
 */
export class CalculatorStore {
  text = $state('');
  preset = $state<string | null>(null);
  mode = $state<EditorMode>('layers');
  dtype = $state<Dtype>('fp32');
  compute = $state<TableOptions['compute']>('macs');
  memory = $state<MemoryUnit[]>(['elements']);
  /** The last valid analysis: it stays on screen (dimmed) while the network is invalid. */
  analysis = $state.raw<Analysis | null>(null);
  /** Why the current network cannot be analysed; null when the analysis is current. */
  problem = $state.raw<NetworkProblem | null>(null);
  /** The engine itself failed (a crash, a refusal). */
  failure = $state.raw<EngineFailure | null>(null);
  busy = $state(false);
  formula = $state.raw<FormulaRequest | null>(null);
  /** The layer whose receptive field is drawn, and the unit of it. */
  fieldLayer = $state<string | null>(null);
  fieldUnit = $state<Pair>([0, 0]);
  /** An edit of the layer list that the text could not take, said once. */
  editRefusal = $state.raw<NetworkReason | null>(null);
  loaded = $state(false);

  /** The engine's reading of the text; null until the first reading arrives. */
  parsed = $state.raw<ParsedText | null>(null);
  readonly tableOptions: TableOptions = $derived({ compute: this.compute, memory: this.memory });
  /** The network's input shape as the text states it (null when missing or the text does not parse). */
  readonly inputShape: Shape | null = $derived(this.parsed?.ok ? this.parsed.input : null);

  /** Settles when the latest analysis has arrived (tests and the screenshots wait on it). */
  pending: Promise<void> = Promise.resolve();

  #analysisController: AbortController | null = null;
  #readController: AbortController | null = null;
  /** The pause after a keystroke: its timer, and the `pending` promise that settles once it has run. */
  #typing: { timer: ReturnType<typeof setTimeout>; settle: (done: Promise<void>) => void } | null = null;
  #formulaController: AbortController | null = null;
  #busyTimer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly dependencies: CalculatorDependencies) {}

  /**
   * Restores the last network and settings (or opens AlexNet-2012) and analyses it. Saved text that does not
   * read (saved by an older version, or broken before a reload) opens in the text editor with its error shown,
   * never as an empty network.
   */
  load = async (): Promise<void> => {
    await this.restore();
    await this.analyzeRestored();
  };

  /** Restores the last network and settings, or opens AlexNet-2012: the screen can show the text. */
  restore = async (): Promise<void> => {
    const saved = await this.dependencies.storage.load(calculatorSettingsKey).catch(() => undefined);
    if (isCalculatorSettings(saved)) {
      this.text = saved.text;
      this.preset = saved.preset;
      this.mode = saved.mode;
      this.dtype = saved.dtype;
      this.compute = saved.compute;
      this.memory = [...saved.memory];
    } else {
      this.text = printNetwork(presetNetwork(defaultPreset)!);
      this.preset = defaultPreset;
    }
    this.loaded = true;
  };

  /** Reads and analyses the restored text; text that does not read opens the text editor, its error shown. */
  analyzeRestored = async (): Promise<void> => {
    await this.#refresh();
    if (this.parsed?.ok === false) this.mode = 'text';
  };

  /** The text editor: every keystroke supersedes the analysis before it. */
  setText = (text: string): void => {
    if (text === this.text) return;
    this.text = text;
    this.preset = null;
    this.#changed('typed');
  };

  choosePreset = (name: string): void => {
    const network = presetNetwork(name);
    if (!network) return;
    this.text = printNetwork(network);
    this.preset = name;
    this.fieldLayer = null;
    this.#changed();
    this.#saveNow();
  };

  newNetwork = (): void => {
    this.text = printNetwork(emptyNetwork());
    this.preset = null;
    this.fieldLayer = null;
    this.mode = 'layers';
    this.#changed();
    this.#saveNow();
  };

  /**
   * The layer list's edits: the network printed back to text. Returns false (and says why) when the printed
   * text would not read back, which the list's own checks should already prevent.
   */
  applyNetwork = (network: NetworkSpec): boolean => {
    const text = printNetwork(network);
    const parsed = readNetworkText(text);
    if (!parsed.ok) {
      this.editRefusal = parsed.problem.reason;
      return false;
    }
    this.editRefusal = null;
    this.text = text;
    this.preset = null;
    // Read here already (to check it): the list shows its edit at once, and only the analysis goes to the engine.
    this.#readController?.abort();
    this.parsed = { ok: true, input: parsed.network.input, network: parsed.network };
    this.#changed('analysis');
    return true;
  };

  setInput = (shape: Shape): void => {
    const text = setInputShape(this.text, shape);
    if (text === this.text) return;
    this.text = text;
    this.preset = null;
    this.#changed();
  };

  setMode = (mode: EditorMode): void => {
    this.mode = mode;
    // The layer list needs the whole network, where the text editor's reading was only an outline.
    if (mode === 'layers' && this.parsed?.ok && this.parsed.network === null) this.pending = this.#read();
    this.#saveNow();
  };

  setDtype = (dtype: Dtype): void => {
    if (dtype === this.dtype) return;
    this.dtype = dtype;
    this.#changed('analysis');
    this.#saveNow();
  };

  setCompute = (compute: TableOptions['compute']): void => {
    this.compute = compute;
    this.#saveNow();
  };

  /** Shows or hides a memory unit; at least one stays shown. */
  toggleMemory = (unit: MemoryUnit): void => {
    const shown = this.memory.includes(unit);
    if (shown && this.memory.length === 1) return;
    const next = shown ? this.memory.filter((entry) => entry !== unit) : [...this.memory, unit];
    this.memory = memoryUnits.filter((entry) => next.includes(entry));
    this.#saveNow();
  };

  showField = (layer: string, unit: Pair = [0, 0]): void => {
    this.fieldLayer = layer;
    this.fieldUnit = unit;
  };

  /** Opens the formula of one number; the engine explains that one layer only. */
  explain = async (layer: string, key: ExplanationKey): Promise<void> => {
    this.#formulaController?.abort();
    const controller = new AbortController();
    this.#formulaController = controller;
    this.formula = { layer, key, explanation: null, failure: null };
    try {
      const outcome = await this.dependencies.host.run(
        'nn:analyze',
        { source: { type: 'text', text: this.text }, input: null, dtype: this.dtype, explain: [layer] },
        { signal: controller.signal },
      );
      if (this.#formulaController !== controller) return;
      const row = outcome.ok ? outcome.analysis.layers.find((entry) => entry.name === layer) : undefined;
      const found = row?.explanations?.[key] ?? null;
      this.formula = {
        layer,
        key,
        explanation: found,
        failure: found
          ? null
          : outcome.ok
            ? { code: 'INTERNAL', refusal: null }
            : { code: 'INVALID_INPUT', refusal: null, reason: outcome.problem.reason },
      };
    } catch (thrown) {
      if (isCancelled(thrown) || this.#formulaController !== controller) return;
      this.formula = { layer, key, explanation: null, failure: this.#engineMessage(thrown) };
    }
  };

  /** A totals cell: the sum over the layers, worked out here from the analysis on screen. */
  explainTotal = (key: TotalKey): void => {
    this.#formulaController?.abort();
    if (!this.analysis) return;
    this.formula = {
      layer: null,
      key,
      explanation: totalExplanation(this.analysis, key),
      failure: null,
    };
  };

  closeFormula = (): void => {
    this.#formulaController?.abort();
    this.#formulaController = null;
    this.formula = null;
  };

  /** The current settings, as saved. */
  get settings(): CalculatorSettings {
    return {
      text: this.text,
      preset: this.preset,
      mode: this.mode,
      dtype: this.dtype,
      compute: this.compute,
      memory: [...this.memory],
    };
  }

  /** Writes pending settings now (the window is closing). */
  flush = async (): Promise<void> => {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    await this.dependencies.storage.save(calculatorSettingsKey, this.settings).catch(() => {});
  };

  dispose = (): void => {
    this.#analysisController?.abort();
    this.#readController?.abort();
    if (this.#typing) clearTimeout(this.#typing.timer);
    this.#formulaController?.abort();
    clearTimeout(this.#busyTimer);
    clearTimeout(this.#saveTimer);
  };

  /**
   * After a change of text or settings: 'typed' reads and analyses after the typing pause, 'text' at once, and
   * 'analysis' only analyses (the text was read already, or did not change).
   */
  #changed(change: 'typed' | 'text' | 'analysis' = 'text'): void {
    this.closeFormula();
    this.#scheduleSave();
    const earlier = this.#typing;
    if (earlier) clearTimeout(earlier.timer);
    this.#typing = null;
    let done: Promise<void>;
    if (change === 'typed') {
      done = new Promise<void>((resolve) => {
        const typing = {
          timer: setTimeout(() => {
            this.#typing = null;
            resolve(this.#refresh());
          }, this.dependencies.typingDelayMs ?? 120),
          settle: (later: Promise<void>) => resolve(later),
        };
        this.#typing = typing;
      });
    } else {
      done = change === 'text' ? this.#refresh() : this.#analyze();
    }
    // Whoever waits on an earlier pause waits on this change instead.
    earlier?.settle(done);
    this.pending = done;
  }

  /** Reads and analyses the current text, each in the engine, each superseding the one before. */
  #refresh(): Promise<void> {
    const done = Promise.all([this.#read(), this.#analyze()]).then(() => {});
    this.pending = done;
    return done;
  }

  #read(): Promise<void> {
    this.#readController?.abort();
    const controller = new AbortController();
    this.#readController = controller;
    const detail = this.mode === 'layers' ? 'network' : 'outline';
    return this.dependencies.host
      .run('nn:read', { text: this.text, detail }, { signal: controller.signal })
      .then(
        (reply) => {
          if (this.#readController === controller) this.parsed = parsedText(reply);
        },
        (thrown: unknown) => {
          if (isCancelled(thrown) || this.#readController !== controller) return;
          this.failure = this.#engineMessage(thrown);
        },
      );
  }

  /** A switch is flipped rarely: it is written at once, so even an immediate reload keeps it. */
  #saveNow(): void {
    this.#scheduleSave();
    void this.flush();
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.flush(), this.dependencies.saveDelayMs ?? 400);
  }

  #analyze(): Promise<void> {
    this.#analysisController?.abort();
    const controller = new AbortController();
    this.#analysisController = controller;
    clearTimeout(this.#busyTimer);
    this.#busyTimer = setTimeout(() => {
      if (this.#analysisController === controller) this.busy = true;
    }, this.dependencies.busyDelayMs ?? 150);
    const request = this.dependencies.host
      .run(
        'nn:analyze',
        { source: { type: 'text', text: this.text }, input: null, dtype: this.dtype, explain: false },
        { signal: controller.signal },
      )
      .then(
        (outcome) => {
          if (this.#analysisController !== controller) return;
          this.failure = null;
          if (outcome.ok) {
            this.analysis = outcome.analysis;
            this.problem = null;
            this.#keepFieldLayer(outcome.analysis);
          } else {
            this.problem = outcome.problem;
          }
        },
        (thrown: unknown) => {
          if (isCancelled(thrown) || this.#analysisController !== controller) return;
          this.failure = this.#engineMessage(thrown);
        },
      )
      .finally(() => {
        if (this.#analysisController !== controller) return;
        clearTimeout(this.#busyTimer);
        this.busy = false;
      });
    this.pending = request;
    return request;
  }

  /** The receptive-field view keeps its layer while it exists; else it shows where the features end. */
  #keepFieldLayer(analysis: Analysis): void {
    const layer = analysis.layers.find((entry) => entry.name === this.fieldLayer);
    if (layer) return;
    this.fieldLayer = analysis.layers.length > 1 ? analysis.featureRf.layer : null;
    this.fieldUnit = [0, 0];
  }

  #engineMessage(thrown: unknown): EngineFailure {
    if (!(thrown instanceof EngineError)) throw thrown;
    return { code: thrown.code, refusal: thrown.refusal };
  }
}
