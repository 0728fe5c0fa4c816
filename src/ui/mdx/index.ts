/**
 * The components editors may use in MDX without importing them. Keep this list short: each
 * entry is documented for editors in CONTRIBUTING.md.
 */
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import Steps from './Steps.astro';
import { Fact, FeeSchedule } from '#features/facts/astro.ts';

export const mdxComponents = { Callout, Comparison, Steps, Fact, FeeSchedule };
