/** IP decision helper: the feature's plain TypeScript entry (see README.md). */
export {
  decisionResult,
  decisionTextsOf,
  IP_DECISION_FILE,
  type IpDecisionReading,
  type Market,
  marketLabels,
  markets,
  needLabels,
  type ProtectionNeed,
  protectionNeeds,
  readIpDecision,
} from './ip-decision.ts';
