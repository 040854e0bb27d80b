/** Small timing helpers shared by the benchmarks. */
export function timeIt(fn: () => void, { minMs = 1500, minRuns = 3 } = {}): { perRunMs: number; runs: number } {
  fn(); // warm the JIT
  let runs = 0;
  const start = performance.now();
  while (runs < minRuns || performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return { perRunMs: (performance.now() - start) / runs, runs };
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
