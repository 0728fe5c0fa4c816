/** IP decision helper: the feature's plain TypeScript entry (see README.md). */
export {
  adviceFor,
  decisionTexts,
  guidesNamedByTheHelper,
  type Market,
  marketLabels,
  markets,
  needLabels,
  type ProtectionNeed,
  protectionNeeds,
} from './ip-decision.ts';
