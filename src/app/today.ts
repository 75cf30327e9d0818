import { localIsoDay } from '../format';
import { createContext, useContext, useEffect, useState } from 'react';
import type { Drop } from '../data/types';

/** The calendar day now on this computer, as YYYY-MM-DD. */
export const isoToday = (): string => localIsoDay();

/**
 * The day a pre-rendered page was built on. The build renders every page as of that day, and the
 * browser first renders as of the same day so the page it takes over matches; then it moves to
 * today.
 */
export const BuildDay = createContext<string | undefined>(undefined);

/** Today, or the build day while a pre-rendered page is being taken over. */
export function useToday(): string {
  const built = useContext(BuildDay);
  const [today, setToday] = useState(() => built ?? isoToday());
  useEffect(() => {
    // The real date is known only in the browser, after the page has been taken over.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToday(isoToday());
  }, []);
  return today;
}

/**
 * The day statuses are judged on: today for the latest view, the drop's publication day for a
 * snapshot.
 */
export function judgedOn(drops: Drop[], snapshot: string | undefined, today: string): string {
  if (snapshot) return drops.find((d) => d.id === snapshot)?.published ?? today;
  return today;
}
