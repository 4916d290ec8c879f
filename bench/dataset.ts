/** The benchmark dataset is the engine's demo dataset; see engine/demo/dataset.ts. */
export { generateDataset, datasetToOpenMetrics, DATASET_START_MS, type Dataset, type DatasetSeries } from '../engine/demo/dataset';
