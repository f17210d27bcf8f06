import { AddressInfo } from 'node:net';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { simpleParser, ParsedMail } from 'mailparser';
import { Counter, register } from 'prom-client';
import { SMTPServer, SMTPServerAddress, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { ZodError } from 'zod';
import { AppConfig, DomainError } from '@aftersales/platform-service-defaults';
import { messageKey, repliedToKeys, textOfHtml } from '../../domain/inbound-mail.policy';
import { EmailChannelSettings, emailChannelSettings } from '../../email.config';
import { MailSenderThrottled } from '../../email.errors';
import { InboundMail, ReceiveMailCommand, ReceiveMailOutcome } from './receive-mail.command';

const received =
  (register.getSingleMetric('intake_email_messages_total') as Counter<string> | undefined) ??
  new Counter({ name: 'intake_email_messages_total', help: 'Mail taken or refused by the email channel, by outcome', labelNames: ['outcome'] });

/** An SMTP reply: 4xx asks the sending server to try again later, 5xx refuses for good. */
function smtpError(responseCode: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The email channel's SMTP listener (smtp-server, mail parsed by mailparser). It accepts mail for the support
 * address only and answers 250 only once the case or note is committed; a failure on our side is a 451, so the
 * sending server keeps the mail and tries again (nothing is lost, and the retry is recognised by its Message-ID).
 * Plain SMTP without AUTH or TLS: it is meant to receive from the organisation's own mail server, which faces the
 * internet, filters spam and terminates TLS.
 */
@Injectable()
export class ReceiveMailSmtpListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EmailChannel');
  private readonly settings: EmailChannelSettings;
  private server: SMTPServer | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    config: AppConfig,
    private readonly command: ReceiveMailCommand,
  ) {
    this.settings = emailChannelSettings(config);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.enabled) return;
    const server = new SMTPServer({
      banner: 'after-sales intake: mail to the support address opens a case',
      size: this.settings.maxMessageBytes,
      rejectOversized: true,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      // RFC 3463 codes (5.1.1 no such mailbox, 5.3.4 too big, 4.3.0 try later) tell the sender's server what happened.
      hideENHANCEDSTATUSCODES: false,
      // Its own lines would carry addresses (PII); the channel logs what happened without them.
      logger: false,
      maxClients: 100,
      closeTimeout: this.settings.closeTimeoutMs,
      onRcptTo: (address, _session, callback) => callback(this.refusedRecipient(address)),
      onData: (stream, session, callback) => this.onData(stream, session, callback),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.settings.port, this.settings.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    // Client errors (a dropped connection) are the client's; an unhandled 'error' event would end the process.
    server.on('error', (error) => this.logger.warn(`SMTP connection error: ${error.message}`));
    this.server = server;
    this.logger.log(`SMTP listener on ${this.settings.host}:${this.address()?.port} for <${this.settings.supportAddress}>`);
  }

  /** Before the messaging backbone and the database close: stop taking mail, finish the transactions in flight. */
  async onModuleDestroy(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.allSettled([...this.inFlight]);
    this.logger.log('SMTP listener stopped');
  }

  /** Where the listener listens (tests bind port 0), or null when it does not run. */
  address(): { host: string; port: number } | null {
    const bound = this.server?.server.address() as AddressInfo | null | undefined;
    return bound ? { host: bound.address, port: bound.port } : null;
  }

  private refusedRecipient(address: SMTPServerAddress): Error | undefined {
    if (address.address.toLowerCase() === this.settings.supportAddress) return undefined;
    received.inc({ outcome: 'refused-recipient' });
    return smtpError(550, `<${address.address}>: no such mailbox here; write to <${this.settings.supportAddress}>`);
  }

  private onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null, message?: string) => void): void {
    const chunks: Buffer[] = [];
    // Past the limit the rest is read and dropped: smtp-server answers 552 itself (rejectOversized).
    stream.on('data', (chunk: Buffer) => {
      if (!stream.sizeExceeded) chunks.push(chunk);
    });
    stream.once('end', () => {
      if (stream.sizeExceeded) {
        received.inc({ outcome: 'refused-size' });
        return callback(smtpError(552, `Message exceeds the maximum size of ${this.settings.maxMessageBytes} bytes`));
      }
      const work = this.receive(Buffer.concat(chunks), session).then(
        (reply) => callback(null, reply),
        (error: Error) => callback(error),
      );
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
  }

  private async receive(raw: Buffer, session: SMTPServerSession): Promise<string> {
    let parsed: ParsedMail;
    try {
      parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
    } catch (error) {
      received.inc({ outcome: 'refused-unparsable' });
      this.logger.warn(`refused a mail that could not be parsed: ${describe(error)}`);
      throw smtpError(554, 'The message could not be parsed');
    }
    let result: ReceiveMailOutcome;
    try {
      result = await this.command.execute(toInboundMail(parsed, raw, session));
    } catch (error) {
      if (error instanceof MailSenderThrottled) {
        received.inc({ outcome: 'deferred-sender-limit' });
        this.logger.warn(`deferred a mail: its sender is over ${error.limitPerHour} new cases an hour (loop protection)`);
        throw smtpError(450, `4.7.1 ${error.message}`);
      }
      if (error instanceof ZodError || error instanceof DomainError) {
        // The same mail would be refused again: a permanent refusal, so the sender hears of it from their server.
        received.inc({ outcome: 'refused-invalid' });
        this.logger.warn(`refused a mail the open-case rules do not accept: ${describe(error)}`);
        throw smtpError(554, 'The message cannot be turned into a case');
      }
      received.inc({ outcome: 'failed' });
      this.logger.error(`could not store a mail, answered 451 so the sender retries: ${describe(error)}`);
      throw smtpError(451, 'Temporary failure; please try again later');
    }
    received.inc({ outcome: result.outcome });
    // No addresses or subjects in the log (PII): the case number says where the mail went.
    this.logger.log(`mail received: ${result.outcome}${'caseNumber' in result && result.caseNumber ? ` (${result.caseNumber})` : ''}`);
    switch (result.outcome) {
      case 'case-opened':
        return `OK: case ${result.caseNumber} opened`;
      case 'note-added':
        return `OK: added to case ${result.caseNumber}`;
      case 'duplicate':
        return result.caseNumber ? `OK: already received (case ${result.caseNumber})` : 'OK: already received';
      case 'ignored':
        return 'OK: automated mail, no case opened';
    }
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function toInboundMail(parsed: ParsedMail, raw: Buffer, session: SMTPServerSession): InboundMail {
  const from = parsed.from?.value.find((a) => a.address);
  const header = (name: string) => {
    const value = parsed.headers.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
  const contentType = parsed.headers.get('content-type');
  return {
    messageKey: messageKey(parsed.messageId, raw),
    envelopeFrom: envelopeFrom || null,
    from: from?.address ? { address: from.address, name: from.name } : null,
    subject: parsed.subject ?? '',
    // mailparser gives no text for an HTML-only body inside multipart/mixed (a mail with attachments from Outlook
    // or QQ Mail): without this the symptoms, model and serial would be lost.
    text: parsed.text?.trim() ? parsed.text : parsed.html ? textOfHtml(parsed.html) : '',
    repliesTo: repliedToKeys(parsed.inReplyTo, parsed.references),
    contentType: typeof contentType === 'object' && contentType && 'value' in contentType ? String(contentType.value) : undefined,
    headers: {
      autoSubmitted: header('auto-submitted'),
      precedence: header('precedence'),
      xAutoreply: header('x-autoreply'),
      xAutoResponseSuppress: header('x-auto-response-suppress'),
    },
    attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType, content: a.content })),
  };
}
