/** R-IN-4 classification: the contract's values, so the domain and the events cannot drift apart. */
export type { CaseCategory } from '@aftersales/contracts-intake';
