import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { SendOutcome } from '../domain/retry';
import { OutgoingNotice } from './channel';

/**
 * Email over SMTP with nodemailer. 4xx SMTP answers and connection failures are transient; 5xx are permanent. With
 * NOTIFY_EMAIL_PROVIDER=log (development) nodemailer builds the message and it is written to the log instead.
 */
@Injectable()
export class EmailChannel implements OnModuleDestroy {
  private readonly logger = new Logger('Email');
  private readonly transport: Transporter;
  private readonly from: string;
  private readonly toLog: boolean;

  constructor(config: AppConfig) {
    this.from = config.get<string>('NOTIFY_MAIL_FROM');
    this.toLog = config.get<string>('NOTIFY_EMAIL_PROVIDER') === 'log';
    if (this.toLog) {
      this.transport = nodemailer.createTransport({ jsonTransport: true });
      return;
    }
    const timeout = config.get<number>('NOTIFY_SEND_TIMEOUT_MS');
    const url = new URL(config.get<string>('NOTIFY_SMTP_URL'));
    url.searchParams.set('connectionTimeout', String(timeout));
    url.searchParams.set('greetingTimeout', String(timeout));
    url.searchParams.set('socketTimeout', String(timeout));
    this.transport = nodemailer.createTransport(url.toString());
  }

  async send(notice: OutgoingNotice): Promise<SendOutcome> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: notice.address,
        subject: notice.subject ?? '',
        text: notice.body,
        // One id per delivery: a resend after a crash can be recognised by the receiving side.
        messageId: `<${notice.deliveryId}@notifications.aftersales>`,
        // RFC 3834: machine-sent, so auto-responders (and our own intake's email channel) do not answer it and loop;
        // Exchange and Outlook read X-Auto-Response-Suppress instead.
        headers: { 'X-Aftersales-Delivery': notice.deliveryId, 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
      });
      if (this.toLog) this.logger.log(`mail to ${notice.address}: ${notice.subject ?? ''}\n${notice.body}`);
      return { ok: true, providerRef: info.messageId ?? null };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const reason = `smtp: ${(error as Error).message}`.slice(0, 500);
      return { ok: false, retryable: code === undefined || code < 500, reason };
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
