import express, { type NextFunction, type Request, type Response } from 'express';
import { config } from './config.js';
import { pool } from './db.js';
import { HttpError } from './errors.js';
import { invoiceRouter } from './invoices/invoice-routes.js';

const app = express();
app.disable('x-powered-by');
app.use(express.json({ limit: '1mb' }));
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.use('/api', invoiceRouter);

// Express 5 passes errors thrown by async handlers to this middleware.
app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
  if (error instanceof HttpError) {
    res.status(error.status).json({ error: error.message });
    return;
  }
  console.error(`${req.method} ${req.originalUrl} failed`, error);
  res.status(500).json({ error: 'Internal Server Error' });
});

const server = app.listen(config.port, () => {
  console.log(`billing listening on port ${config.port}`);
});

process.on('SIGTERM', () => {
  server.close(() => void pool.end());
});
