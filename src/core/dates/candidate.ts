import type { DateSource } from '../types';

export type Kind = 'published' | 'modified';

/** One date found somewhere on the page, before choosing. */
export interface Candidate {
  value: string;
  kind: Kind;
  source: DateSource;
  /** Trust within its source: lower is better (e.g. article:published_time before "date"). */
  rank: number;
}
