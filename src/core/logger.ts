import pino from 'pino';

export type Logger = pino.Logger;

/** The process logger: JSON lines on stdout, one per event, with the request id where there is one. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'accroche' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true },
  });
}
