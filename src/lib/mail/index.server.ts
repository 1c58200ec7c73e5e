/** The public entry of mail for other features (server code); docs/architecture.md. */
export { clearOldBodies, enqueueMail, enqueueMails, type NewMessage } from './outbox.server.ts';
export { smtpTransport, startMailSender, type MailSenderOptions } from './sender.server.ts';
