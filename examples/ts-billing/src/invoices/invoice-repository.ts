import type pg from 'pg';

/** Where an invoice is in its life. */
export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void';

/** An invoice row. Amounts are integer cents. */
export interface Invoice {
  id: number;
  customerId: number;
  number: string | null;
  status: InvoiceStatus;
  currency: string;
  totalCents: number;
  dueDate: string;
  issuedAt: Date | null;
  paidAt: Date | null;
}

/** One line of an invoice. */
export interface InvoiceLine {
  invoiceId: number;
  description: string;
  quantity: number;
  unitPriceCents: number;
}

/** An open invoice past its due date, with the address reminders go to. */
export interface OverdueInvoice extends Invoice {
  billingEmail: string | null;
}

const INVOICE_COLUMNS = `id, customer_id AS "customerId", number, status, currency, total_cents AS "totalCents",
  due_date::text AS "dueDate", issued_at AS "issuedAt", paid_at AS "paidAt"`;
const LINE_COLUMNS = `invoice_id AS "invoiceId", description, quantity, unit_price_cents AS "unitPriceCents"`;

/** Every query of the invoices module. */
export class InvoiceRepository {
  constructor(private readonly db: pg.Pool) {}

  async findById(id: number): Promise<Invoice | undefined> {
    // ok: parameterized-sql -- constant column list; the id is bound as $1
    const { rows } = await this.db.query<Invoice>(`SELECT ${INVOICE_COLUMNS} FROM invoices WHERE id = $1`, [id]);
    return rows[0];
  }

  async listForCustomer(customerId: number, limit: number, offset: number): Promise<Invoice[]> {
    const { rows } = await this.db.query<Invoice>(
      `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE customer_id = $1 ORDER BY due_date DESC LIMIT $2 OFFSET $3`,
      [customerId, limit, offset],
    );
    return rows;
  }

  async searchByCustomerName(name: string): Promise<Invoice[]> {
    const sql = `SELECT ${INVOICE_COLUMNS} FROM invoices
      WHERE customer_id IN (SELECT id FROM customers WHERE name ILIKE '%${name}%') ORDER BY due_date DESC`;
    // breaks: parameterized-sql
    const { rows } = await this.db.query<Invoice>(sql);
    return rows;
  }

  /** Lines of several invoices, grouped by invoice id. */
  async linesFor(invoiceIds: number[]): Promise<Map<number, InvoiceLine[]>> {
    // ok: no-query-in-loop -- one query with = ANY($1) for all the invoices
    const { rows } = await this.db.query<InvoiceLine>(
      `SELECT ${LINE_COLUMNS} FROM invoice_lines WHERE invoice_id = ANY($1) ORDER BY id`,
      [invoiceIds],
    );
    const byInvoice = new Map<number, InvoiceLine[]>(invoiceIds.map((id) => [id, []]));
    for (const line of rows) byInvoice.get(line.invoiceId)?.push(line);
    return byInvoice;
  }

  async listOverdue(asOf: string): Promise<OverdueInvoice[]> {
    const { rows } = await this.db.query<Invoice>(
      `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE status = 'open' AND due_date < $1 ORDER BY due_date`,
      [asOf],
    );
    const overdue: OverdueInvoice[] = [];
    for (const invoice of rows) {
      // breaks: no-query-in-loop
      const contact = await this.db.query<{ email: string }>('SELECT billing_email AS email FROM customers WHERE id = $1', [invoice.customerId]);
      overdue.push({ ...invoice, billingEmail: contact.rows[0]?.email ?? null });
    }
    return overdue;
  }

  /** Inserts a draft and all of its lines; run inside withTransaction. */
  async insertDraft(client: pg.PoolClient, customerId: number, currency: string, dueDate: string, lines: InvoiceLine[]): Promise<Invoice> {
    const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
    const inserted = await client.query<Invoice>(
      `INSERT INTO invoices (customer_id, status, currency, total_cents, due_date)
       VALUES ($1, 'draft', $2, $3, $4) RETURNING ${INVOICE_COLUMNS}`,
      [customerId, currency, totalCents, dueDate],
    );
    const invoice = inserted.rows[0]!;
    // ok: no-query-in-loop -- every line in one INSERT ... SELECT FROM unnest(...)
    await client.query(
      `INSERT INTO invoice_lines (invoice_id, description, quantity, unit_price_cents)
       SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[])`,
      [invoice.id, lines.map((line) => line.description), lines.map((line) => line.quantity), lines.map((line) => line.unitPriceCents)],
    );
    return invoice;
  }

  /** Moves a draft to open with its invoice number; undefined when it is not a draft. */
  async finalize(id: number, invoiceNumber: string): Promise<Invoice | undefined> {
    const { rows } = await this.db.query<Invoice>(
      `UPDATE invoices SET status = 'open', number = $2, issued_at = now()
       WHERE id = $1 AND status = 'draft' RETURNING ${INVOICE_COLUMNS}`,
      [id, invoiceNumber],
    );
    return rows[0];
  }

  /** Sets the status of an invoice that is currently in `from`; undefined when it is not. */
  async transition(id: number, from: InvoiceStatus, to: InvoiceStatus): Promise<Invoice | undefined> {
    const { rows } = await this.db.query<Invoice>(
      `UPDATE invoices SET status = $3, paid_at = CASE WHEN $3 = 'paid' THEN now() ELSE paid_at END
       WHERE id = $1 AND status = $2 RETURNING ${INVOICE_COLUMNS}`,
      [id, from, to],
    );
    return rows[0];
  }

  /** Invoices issued in [from, to), for the revenue report. */
  async issuedBetween(from: string, to: string): Promise<Invoice[]> {
    const { rows } = await this.db.query<Invoice>(
      `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE issued_at >= $1 AND issued_at < $2`,
      [from, to],
    );
    return rows;
  }
}
