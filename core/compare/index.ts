/** Comparing two plans of one roster (core/compare/model.ts describes what is compared). */
export { comparePlans } from './compare';
export { sortGroupDifferences, treatmentText } from './list';
export * from './model';
