import type { Invoice, InvoiceLine } from '../invoices/invoice-repository.js';

const TOP_LINE_COUNT = 10;

/** Totals of one currency, in integer cents. */
export interface CurrencyTotals {
  invoices: number;
  invoiced: number;
  paid: number;
  outstanding: number;
  voided: number;
  averageInvoice: number;
}

/** The monthly revenue report for the finance team. */
export interface RevenueReport {
  month: string;
  invoiceCount: number;
  customers: number;
  byStatus: Record<string, number>;
  byCurrency: Record<string, CurrencyTotals>;
  topLines: { description: string; quantity: number; amountCents: number }[];
  largestInvoice: { id: number; number: string | null; currency: string; totalCents: number } | null;
  paidWithinTermsPercent: number;
  generatedAt: string;
}

// This function does all of its work in one body and has grown past the 50-line
// standard; see examples/README.md. The split would be: totals, lines, summary.
// breaks: max-function-lines
export function buildRevenueReport(issued: Invoice[], lines: Map<number, InvoiceLine[]>, month: string): RevenueReport {
  const byStatus: Record<string, number> = {};
  const byCurrency: Record<string, CurrencyTotals> = {};
  const lineTotals = new Map<string, { quantity: number; amountCents: number }>();
  const customers = new Set<number>();
  let largest: Invoice | undefined;
  let paidCount = 0;
  let paidWithinTerms = 0;

  for (const invoice of issued) {
    byStatus[invoice.status] = (byStatus[invoice.status] ?? 0) + 1;
    customers.add(invoice.customerId);
    const totals = (byCurrency[invoice.currency] ??= {
      invoices: 0, invoiced: 0, paid: 0, outstanding: 0, voided: 0, averageInvoice: 0,
    });
    if (invoice.status === 'void') {
      totals.voided += invoice.totalCents;
      continue;
    }
    totals.invoices += 1;
    totals.invoiced += invoice.totalCents;
    if (invoice.status === 'paid') {
      totals.paid += invoice.totalCents;
      paidCount += 1;
    } else {
      totals.outstanding += invoice.totalCents;
    }
    if (invoice.paidAt && invoice.paidAt.toISOString().slice(0, 10) <= invoice.dueDate) {
      paidWithinTerms += 1;
    }
    if (!largest || invoice.totalCents > largest.totalCents) {
      largest = invoice;
    }
    for (const line of lines.get(invoice.id) ?? []) {
      const entry = lineTotals.get(line.description) ?? { quantity: 0, amountCents: 0 };
      entry.quantity += line.quantity;
      entry.amountCents += line.quantity * line.unitPriceCents;
      lineTotals.set(line.description, entry);
    }
  }

  for (const totals of Object.values(byCurrency)) {
    totals.averageInvoice = totals.invoices > 0 ? Math.round(totals.invoiced / totals.invoices) : 0;
  }
  const topLines = [...lineTotals.entries()]
    .map(([description, totals]) => ({ description, ...totals }))
    .sort((left, right) => right.amountCents - left.amountCents)
    .slice(0, TOP_LINE_COUNT);

  return {
    month,
    invoiceCount: issued.length,
    customers: customers.size,
    byStatus,
    byCurrency,
    topLines,
    largestInvoice: largest
      ? { id: largest.id, number: largest.number, currency: largest.currency, totalCents: largest.totalCents }
      : null,
    paidWithinTermsPercent: paidCount > 0 ? Math.round((paidWithinTerms / paidCount) * 100) : 0,
    generatedAt: new Date().toISOString(),
  };
}
