/** Contact: the feature's plain TypeScript entry (see README.md). */
export { encodedBodyLength, interestMessage, MAILTO_BODY_LIMIT } from './mailto.ts';
