/** A named figure no standard format carries (memory use, error rate, cache hit rate). */
export interface CustomMetric {
  name: string;
  value: number;
  unit: string;
  biggerIsBetter: boolean;
}

export interface CustomEvidence {
  kind: 'custom';
  metrics: CustomMetric[];
}
