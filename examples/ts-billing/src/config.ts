/** Reads a required environment variable; startup fails when it is missing. */
function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

/** Settings read once at startup. */
export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: requireEnv('DATABASE_URL'),
  // ok: no-hardcoded-secrets -- read from the environment
  stripeApiKey: requireEnv('STRIPE_API_KEY'),
  accountingWebhookUrl: requireEnv('ACCOUNTING_WEBHOOK_URL'),
  invoiceBucket: process.env.INVOICE_BUCKET ?? 'acme-invoices',
  // Signs the download links of invoice PDFs (HMAC-SHA256).
  // breaks: no-hardcoded-secrets
  linkSigningSecret: 'KdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWv',
  downloadLinkSeconds: 15 * 60,
} as const;
