/**
 * The public API of the models layer (tfjs only; the worker and the CLI import this).
 * Browser code also imports `./wasmAssetUrls` for the wasm binaries' URLs.
 */
export type { BackendChoice, BackendName, ConversionParts, ModelId, ModelSettings, TrainControl, TrainProgress, TrainStats, TrainedModel } from './types';
export { selectBackend, activeBackend, type BackendSelection, type SelectBackendOptions } from './backend';
export { trainModel } from './trainModel';
export { TrainingCancelled, NonFiniteLossError } from './trainLoop';
export { watchTimeWeights } from './watchTime/watchTimeModel';
export { weightedLogisticLoss, weightedLogisticLossJs, sigmoidJs } from './logisticLoss';
export { trainCvrModel, clickedRows, cvrTrainingSet } from './cvr/cvrModel';
export { trainEsmmModel, ctcvrLabel, type EsmmModel, type EsmmOptions } from './esmm/esmmModel';
export { esmmLoss, esmmLossJs, ctcvrLogitJs } from './esmm/esmmLoss';
