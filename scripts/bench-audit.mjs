/*
 * The audit's share of the benchmark: `auditCase` on generated itemized bills of
 * 2,000 and 20,000 lines (a long hospital stay: 30 days of visits, labs with
 * panels and their tests, drugs, a few duplicates), median of several runs.
 * The TypeScript source is loaded through vite's SSR loader, as the app builds it.
 */
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const CODES = ['99233', '99232', '80053', '82565', '85025', '36415', 'J2405', '96374', '71046', '93005', '0450', '84520', '80061', '82465', '83718', '84478'];

export function generatedBill(count) {
  const lines = [];
  const eobLines = [];
  for (let i = 0; i < count; i += 1) {
    const day = String(1 + (i % 30)).padStart(2, '0');
    const code = CODES[(i * 7) % CODES.length];
    const charge = 1000 + ((i * 7919) % 200000);
    lines.push({ id: `line-${i + 1}`, date: `2026-01-${day}`, code, units: 1 + (i % 3), charge,
      ...(i % 11 === 0 ? { modifiers: ['25'] } : {}), ...(i % 13 === 0 ? { revenueCode: '0450' } : {}), ...(i % 17 === 0 ? { diagnoses: ['R07.9'] } : {}) });
    if (i % 50 === 0) lines.push({ ...lines.at(-1), id: `copy-${i}` });
    eobLines.push({ code, date: `2026-01-${day}`, billed: charge, allowed: charge / 2 | 0, planPaid: charge / 4 | 0, deductible: 0, coinsurance: charge / 4 | 0, copay: 0, notCovered: 0,
      adjustments: [{ group: 'CO', reason: '45', amount: charge - (charge / 2 | 0) }] });
  }
  return {
    id: 'bench', title: 'Generated stay', provider: { name: 'Bench Hospital', kind: 'hospital', nonprofit: true, inNetwork: true },
    facilityInNetwork: true, emergency: true, coverage: 'insured', statementBalance: 50_000_000, lines,
    eob: { status: 'processed', lines: eobLines, patientResponsibility: 10_000_000 },
    household: { size: 3, annualIncome: 6_000_000, state: 'OH' },
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median ms of `auditCase` per bill size. */
export async function auditTimings(sizes = [2_000, 20_000], runs = 15) {
  const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
  try {
    const { auditCase } = await server.ssrLoadModule('/src/domain/audit/index.ts');
    const timings = {};
    for (const size of sizes) {
      const bill = generatedBill(size);
      for (let i = 0; i < 20; i += 1) auditCase(bill, '2026-02-15'); // warm up the JIT
      const times = [];
      for (let i = 0; i < runs; i += 1) {
        globalThis.gc?.(); // start each run without the previous run's garbage (node --expose-gc)
        const start = performance.now();
        const findings = auditCase(bill, '2026-02-15');
        times.push(performance.now() - start);
        if (findings.length === 0) throw new Error('the generated bill should have findings');
      }
      timings[size] = median(times);
    }
    return timings;
  } finally {
    await server.close();
  }
}
