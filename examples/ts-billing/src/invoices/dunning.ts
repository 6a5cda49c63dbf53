import type { OverdueInvoice } from './invoice-repository.js';

/** A step of the reminder sequence and how many days after the due date it starts. */
interface DunningStep {
  name: 'reminder' | 'final-notice' | 'collections';
  afterDays: number;
}

// ok: naming-convention -- module-level constants may be UPPER_SNAKE_CASE
const DUNNING_STEPS: readonly DunningStep[] = [
  { name: 'reminder', afterDays: 7 },
  { name: 'final-notice', afterDays: 21 },
  { name: 'collections', afterDays: 45 },
];
const DAY_MS = 24 * 60 * 60 * 1000;
const SMALL_BALANCE_CENTS = 500;

/** What to send about one overdue invoice. */
export interface DunningAction {
  invoiceId: number;
  email: string | null;
  step: DunningStep['name'];
  daysOverdue: number;
}

/** Whole days between the due date (YYYY-MM-DD, UTC) and `today`. */
// breaks: naming-convention
export function days_overdue(dueDate: string, today: Date): number {
  return Math.floor((today.getTime() - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS);
}

/** The latest step each overdue invoice has reached; small balances only ever get reminders. */
export function planDunning(overdue: OverdueInvoice[], today: Date): DunningAction[] {
  const actions: DunningAction[] = [];
  for (const invoice of overdue) {
    const daysOverdue = days_overdue(invoice.dueDate, today);
    let step: DunningStep | undefined;
    for (const candidate of DUNNING_STEPS) {
      if (daysOverdue >= candidate.afterDays) {
        // breaks: max-nesting-depth
        if (candidate.name !== 'reminder' && invoice.totalCents < SMALL_BALANCE_CENTS) {
          continue;
        }
        step = candidate;
      }
    }
    if (step) actions.push({ invoiceId: invoice.id, email: invoice.billingEmail, step: step.name, daysOverdue });
  }
  return actions;
}
