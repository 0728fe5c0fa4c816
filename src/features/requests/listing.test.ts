import { describe, expect, it } from 'vitest';
import { expiredButActive, hasExpired, isListed, postedAfterExpiry } from '#schemas/requests.ts';
import { boardOn, type ListedRequest } from './listing.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

const request = (id: string, fields: Partial<ListedRequest> = {}): ListedRequest => ({
  id,
  kind: 'technology-request',
  country: 'IT',
  posted: day('2026-11-01'),
  expires: day('2027-03-31'),
  status: 'active',
  ...fields,
});

describe('expiry', () => {
  it('keeps a request listed through its expiry day and drops it the day after', () => {
    const item = request('a');
    expect(isListed(item, day('2027-03-31'))).toBe(true);
    expect(hasExpired(item, day('2027-03-31'))).toBe(false);
    expect(isListed(item, day('2027-04-01'))).toBe(false);
    expect(hasExpired(item, day('2027-04-01'))).toBe(true);
  });

  it('never lists a closed request, even before it expires', () => {
    expect(isListed(request('a', { status: 'closed' }), day('2026-12-01'))).toBe(false);
  });

  it('words an expired request still active and one posted after it expires', () => {
    expect(expiredButActive(request('a'), day('2027-04-01'))).toMatch(
      /^expired on 2027-03-31 but "status" is still active: set "status: closed"/,
    );
    expect(expiredButActive(request('a', { status: 'closed' }), day('2027-04-01'))).toBeUndefined();
    expect(expiredButActive(request('a'), day('2027-03-31'))).toBeUndefined();
    expect(postedAfterExpiry({ posted: day('2027-05-01'), expires: day('2027-03-31') })).toMatch(
      /"posted" \(2027-05-01\) is after "expires" \(2027-03-31\)/,
    );
    expect(postedAfterExpiry({ posted: day('2027-03-31'), expires: day('2027-03-31') })).toBeUndefined();
  });
});

describe('the board', () => {
  const requests = [
    request('old', { posted: day('2026-10-01') }),
    request('offer-ch', { kind: 'technology-offer', country: 'CH', posted: day('2026-11-20') }),
    request('expired', { expires: day('2026-11-30') }),
    request('closed', { status: 'closed' }),
  ];

  it('lists the active, unexpired requests on the build date, newest first', () => {
    expect(boardOn(requests, day('2026-12-06')).map((item) => item.id)).toEqual(['offer-ch', 'old']);
    expect(boardOn(requests, day('2026-11-30')).map((item) => item.id)).toEqual(['offer-ch', 'expired', 'old']);
  });

  it('filters by kind and by country', () => {
    const today = day('2026-12-06');
    expect(boardOn(requests, today, { kind: 'technology-offer' }).map((item) => item.id)).toEqual(['offer-ch']);
    expect(boardOn(requests, today, { country: 'IT' }).map((item) => item.id)).toEqual(['old']);
    expect(boardOn(requests, today, { country: 'CH', kind: 'technology-request' })).toEqual([]);
  });
});
