/** IP decision helper: the feature's plain TypeScript entry (see README.md). */
export {
  adviceFor,
  decisionResult,
  decisionTextsOf,
  IP_DECISION_FILE,
  type IpDecisionReading,
  guidesNamedByTheHelper,
  type IpDecisionProblem,
  ipDecisionProblems,
  type Market,
  marketLabels,
  markets,
  needLabels,
  type ProtectionNeed,
  protectionNeeds,
  readIpDecision,
} from './ip-decision.ts';
