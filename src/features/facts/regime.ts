/**
 * Which regime of a fact a page shows on a given day, and what it says next to it: a change
 * coming within 90 days, or the previous value while it still matters after a switch.
 */
import type { FactData, FactRegime } from '#schemas/fact.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long before a new regime the pages announce it, and after a switch keep the old one. */
export const NOTICE_DAYS = 90;

export interface FactView {
  /** The regime the page states: the current one, else the next, else the last that ended. */
  shown: FactRegime;
  /** How the shown regime relates to the build date. */
  status: 'current' | 'upcoming' | 'ended';
  /** A regime that starts within NOTICE_DAYS of the build date (only when `shown` is current). */
  next?: FactRegime | undefined;
  /** The regime that ended before the current one, while it still matters. */
  previous?: FactRegime | undefined;
}

const startsAfter = (regime: FactRegime, on: Date) => regime.validFrom !== undefined && regime.validFrom > on;

const isActive = (regime: FactRegime, on: Date) =>
  !startsAfter(regime, on) && (regime.validUntil === undefined || on <= regime.validUntil);

function stillMatters(regime: FactRegime, on: Date): boolean {
  if (!regime.validUntil) return false;
  const until = regime.stillMattersUntil ?? new Date(regime.validUntil.getTime() + NOTICE_DAYS * DAY_MS);
  return on <= until;
}

export function viewFact(fact: Pick<FactData, 'regimes'>, on: Date): FactView {
  const regimes = fact.regimes;
  const currentIndex = regimes.findIndex((regime) => isActive(regime, on));
  if (currentIndex >= 0) {
    const shown = regimes[currentIndex]!;
    const following = regimes[currentIndex + 1];
    const before = regimes[currentIndex - 1];
    return {
      shown,
      status: 'current',
      next:
        following?.validFrom && following.validFrom.getTime() - on.getTime() <= NOTICE_DAYS * DAY_MS
          ? following
          : undefined,
      previous: before && stillMatters(before, on) ? before : undefined,
    };
  }
  const upcoming = regimes.find((regime) => startsAfter(regime, on));
  if (upcoming) {
    const before = regimes.filter((regime) => regime.validUntil && regime.validUntil < on).at(-1);
    return { shown: upcoming, status: 'upcoming', previous: before && stillMatters(before, on) ? before : undefined };
  }
  return { shown: regimes.at(-1)!, status: 'ended' };
}

/** The regimes a page has to mention on that day: the shown one and its neighbours in the view. */
export function regimesInView(view: FactView): FactRegime[] {
  return [view.previous, view.shown, view.next].filter((regime): regime is FactRegime => regime !== undefined);
}
