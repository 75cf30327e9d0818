/**
 * How many rounds of requests after the page's own HTML came before the first chart. Each request
 * is one round after the latest request that had fully arrived when it was asked for (the HTML,
 * first, is round 1), so a file the HTML names is one round after it and a file only a script asks
 * for is at least two.
 */
export function requestRounds(requests: { start: number; end: number }[], before: number): number {
  const sorted = [...requests].filter((r) => r.start < before).sort((a, b) => a.start - b.start);
  const rounds: number[] = [];
  sorted.forEach((r, i) => {
    const waitedOn = sorted
      .slice(0, i)
      .flatMap((p, j) => (p.end <= r.start ? [rounds[j] ?? 0] : []));
    rounds.push(1 + Math.max(0, ...waitedOn));
  });
  return Math.max(0, ...rounds) === 0 ? 0 : Math.max(...rounds) - 1;
}
