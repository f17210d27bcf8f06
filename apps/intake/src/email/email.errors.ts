/**
 * The email channel's refusals. They are SMTP replies, not HTTP problems: the listener turns each into the reply
 * code that tells the sending server what to do.
 */

/**
 * Loop protection (R-IN-1): one sender opened as many cases in the last hour as the channel allows. A temporary
 * refusal (450 4.7.1): the sending server keeps the mail and tries again later, so a person's sixth fault report
 * arrives once the hour has passed, while an auto-responder that answers every mail we send is slowed to the
 * sending server's retry schedule and finally bounces, instead of filling the queue.
 */
export class MailSenderThrottled extends Error {
  readonly code = 'INTAKE.MAIL_SENDER_THROTTLED';

  constructor(readonly limitPerHour: number) {
    super(`This sender opened ${limitPerHour} cases by mail in the last hour; please try again later`);
    this.name = 'MailSenderThrottled';
  }
}

export function mailSenderThrottled(limitPerHour: number): MailSenderThrottled {
  return new MailSenderThrottled(limitPerHour);
}
