import { createHmac } from 'node:crypto';
import { Router, type Request } from 'express';
import { config } from '../config.js';
import { pool, withTransaction } from '../db.js';
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from '../errors.js';
import { buildRevenueReport } from '../reports/revenue-report.js';
import { planDunning } from './dunning.js';
import { InvoiceRepository, type Invoice, type InvoiceLine } from './invoice-repository.js';

// Every invoice endpoint was added to this module, which has grown past the
// 150-line standard; see examples/README.md.

const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;
const MAX_LINES = 200;
const CURRENCIES = new Set(['EUR', 'USD', 'GBP']);
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

const invoices = new InvoiceRepository(pool);

/** Routes of the invoices API; server.ts mounts them under /api. */
export const invoiceRouter = Router();

/** A draft invoice as the client sends it. */
interface DraftRequest {
  customerId: number;
  currency: string;
  dueDate: string;
  lines: InvoiceLine[];
}

function isWholeNumber(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

function parseId(value: string | undefined): number {
  const id = Number(value);
  if (!isWholeNumber(id, 1)) throw new ValidationError(`invalid id ${String(value)}`);
  return id;
}

function parsePage(req: Request): { limit: number; offset: number } {
  const limit = Number(req.query.limit ?? DEFAULT_PAGE_SIZE);
  const offset = Number(req.query.offset ?? 0);
  if (!isWholeNumber(limit, 1) || limit > MAX_PAGE_SIZE) throw new ValidationError(`limit must be 1 to ${MAX_PAGE_SIZE}`);
  if (!isWholeNumber(offset, 0)) throw new ValidationError('offset must be zero or more');
  return { limit, offset };
}

function parseLine(value: unknown, index: number): InvoiceLine {
  const line = (value ?? {}) as Record<string, unknown>;
  if (typeof line.description !== 'string' || line.description.trim() === '') {
    throw new ValidationError(`lines[${index}].description is required`);
  }
  if (!isWholeNumber(line.quantity, 1)) throw new ValidationError(`lines[${index}].quantity must be 1 or more`);
  if (!isWholeNumber(line.unitPriceCents, 0)) {
    throw new ValidationError(`lines[${index}].unitPriceCents must be a whole number of cents`);
  }
  return { invoiceId: 0, description: line.description.trim(), quantity: line.quantity, unitPriceCents: line.unitPriceCents };
}

function parseDraft(body: unknown): DraftRequest {
  const draft = (body ?? {}) as Record<string, unknown>;
  if (!isWholeNumber(draft.customerId, 1)) throw new ValidationError('customerId is required');
  if (typeof draft.currency !== 'string' || !CURRENCIES.has(draft.currency)) {
    throw new ValidationError(`currency must be one of ${[...CURRENCIES].join(', ')}`);
  }
  if (typeof draft.dueDate !== 'string' || !DATE_PATTERN.test(draft.dueDate)) {
    throw new ValidationError('dueDate must be a date: YYYY-MM-DD');
  }
  if (!Array.isArray(draft.lines) || draft.lines.length === 0 || draft.lines.length > MAX_LINES) {
    throw new ValidationError(`lines must have 1 to ${MAX_LINES} entries`);
  }
  const lines = draft.lines.map((line: unknown, index: number) => parseLine(line, index));
  return { customerId: draft.customerId, currency: draft.currency, dueDate: draft.dueDate, lines };
}

function monthRange(year: number, month: number): [string, string] {
  if (month < 1 || month > 12) throw new ValidationError('month must be between 01 and 12');
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  return [`${year}-${String(month).padStart(2, '0')}-01`, `${next}-01`];
}

function invoiceNumberFor(id: number, issued: Date): string {
  return `INV-${issued.getUTCFullYear()}-${String(id).padStart(6, '0')}`;
}

function toJson(invoice: Invoice, lines?: InvoiceLine[]) {
  return { ...invoice, total: `${(invoice.totalCents / 100).toFixed(2)} ${invoice.currency}`, lines };
}

async function loadInvoice(id: number): Promise<Invoice> {
  const invoice = await invoices.findById(id);
  if (!invoice) throw new NotFoundError(`invoice ${id}`);
  return invoice;
}

/** Tells the accounting system that an invoice was paid. */
async function notifyAccounting(invoice: Invoice): Promise<void> {
  const response = await fetch(config.accountingWebhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'invoice.paid', invoiceId: invoice.id, totalCents: invoice.totalCents }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`accounting webhook answered ${response.status}`);
}

invoiceRouter.get('/invoices/search', async (req, res) => {
  const name = String(req.query.customer ?? '').trim();
  if (name.length < 2) throw new ValidationError('customer must have at least 2 characters');
  res.json(await invoices.searchByCustomerName(name));
});

invoiceRouter.get('/invoices/overdue', async (_req, res) => {
  const today = new Date();
  const overdue = await invoices.listOverdue(today.toISOString().slice(0, 10));
  res.json(planDunning(overdue, today));
});

invoiceRouter.get('/invoices/:id', async (req, res) => {
  const invoice = await loadInvoice(parseId(req.params.id));
  const lines = await invoices.linesFor([invoice.id]);
  res.json(toJson(invoice, lines.get(invoice.id)));
});

invoiceRouter.get('/customers/:customerId/invoices', async (req, res) => {
  const { limit, offset } = parsePage(req);
  const page = await invoices.listForCustomer(parseId(req.params.customerId), limit, offset);
  const lines = await invoices.linesFor(page.map((invoice) => invoice.id));
  res.json(page.map((invoice) => toJson(invoice, lines.get(invoice.id))));
});

invoiceRouter.post('/invoices', async (req, res) => {
  const draft = parseDraft(req.body);
  const invoice = await withTransaction((client) =>
    invoices.insertDraft(client, draft.customerId, draft.currency, draft.dueDate, draft.lines),
  );
  res.status(201).json(toJson(invoice, draft.lines));
});

invoiceRouter.post('/invoices/:id/finalize', async (req, res) => {
  const id = parseId(req.params.id);
  let invoice: Invoice | undefined;
  try {
    invoice = await invoices.finalize(id, invoiceNumberFor(id, new Date()));
    // ok: no-catch-all -- narrows on the error code and rethrows everything else
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`the invoice number for ${id} is already taken`);
    throw error;
  }
  if (!invoice) throw new ConflictError(`invoice ${id} is not a draft`);
  res.json(toJson(invoice));
});

invoiceRouter.post('/invoices/:id/pay', async (req, res) => {
  const id = parseId(req.params.id);
  const invoice = await invoices.transition(id, 'open', 'paid');
  if (!invoice) throw new ConflictError(`invoice ${id} is not open`);
  // breaks: no-catch-all
  void notifyAccounting(invoice).catch(() => {});
  res.json(toJson(invoice));
});

invoiceRouter.post('/invoices/:id/void', async (req, res) => {
  const id = parseId(req.params.id);
  const invoice = await invoices.transition(id, 'open', 'void');
  if (!invoice) throw new ConflictError(`invoice ${id} is not open`);
  res.json(toJson(invoice));
});

invoiceRouter.get('/invoices/:id/download-link', async (req, res) => {
  const invoice = await loadInvoice(parseId(req.params.id));
  if (!invoice.number) throw new ConflictError(`invoice ${invoice.id} has no PDF before it is finalized`);
  const expires = Math.floor(Date.now() / 1000) + config.downloadLinkSeconds;
  const signature = createHmac('sha256', config.linkSigningSecret).update(`${invoice.number}.${expires}`).digest('base64url');
  const path = `${config.invoiceBucket}/${invoice.number}.pdf`;
  res.set('Cache-Control', 'no-store');
  res.json({ url: `https://files.example.com/${path}?expires=${expires}&signature=${signature}`, expires });
});

// Code line 151 of this module: from here on, the file is past the limit.
// breaks: max-file-lines
invoiceRouter.get('/reports/revenue', async (req, res) => {
  const match = MONTH_PATTERN.exec(String(req.query.month ?? ''));
  if (!match) throw new ValidationError('month must be YYYY-MM');
  const [from, to] = monthRange(Number(match[1]), Number(match[2]));
  const issued = await invoices.issuedBetween(from, to);
  const lines = await invoices.linesFor(issued.map((invoice) => invoice.id));
  res.json(buildRevenueReport(issued, lines, from));
});

invoiceRouter.get('/customers/:customerId/invoices.csv', async (req, res) => {
  const { limit, offset } = parsePage(req);
  const page = await invoices.listForCustomer(parseId(req.params.customerId), limit, offset);
  const header = 'number,status,currency,total_cents,due_date';
  const rows = page.map((invoice) =>
    [invoice.number ?? '', invoice.status, invoice.currency, invoice.totalCents, invoice.dueDate].join(','),
  );
  res.type('text/csv').attachment(`invoices-${req.params.customerId}.csv`).send([header, ...rows].join('\n'));
});
