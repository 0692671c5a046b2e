export { type MailOutboxRow, type MailStatus, mailStatuses } from '../../db/schema/index.ts';
export { type DispatchResult, dispatchOutbox, maxAttempts, retryDelayMs } from './dispatch-outbox.ts';
export { enqueueMail, type MailRequest } from './enqueue-mail.ts';
export { escapeHtml, formatMailDate, type MailContent, renderLayout } from './layout.ts';
export { listOutbox, type OutboxPage } from './list-outbox.ts';
export { createMailer, type Mailer, type OutgoingMail } from './mailer.ts';
export { type MailMessageKey, mailCatalogues, mailTranslator } from './messages.ts';
export { type OutboxWorker, type OutboxWorkerOptions, startOutboxWorker } from './outbox-worker.ts';
export {
  type RenderedMail,
  renderMail,
  type TemplateName,
  type TemplateParams,
  templateNames,
  templates,
} from './templates.ts';
