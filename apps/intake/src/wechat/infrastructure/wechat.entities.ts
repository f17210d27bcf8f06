import { Column, Entity, PrimaryColumn } from 'typeorm';

export type WechatInboundOutcome = 'case-opened' | 'note-added' | 'linked' | 'asked-to-identify' | 'ignored';

/**
 * A post WeChat made to the callback, by its key (MsgId, or sender and time for events), with the passive reply we
 * gave: a retry of the same post (WeChat tries three times when it hears nothing within 5 s) gets the same reply
 * and changes nothing.
 */
@Entity({ name: 'wechat_inbound' })
export class WechatInboundEntity {
  @PrimaryColumn({ name: 'inbound_key', type: 'text' }) inboundKey!: string;
  @Column({ name: 'open_id', type: 'text' }) openId!: string;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ type: 'text' }) outcome!: WechatInboundOutcome;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'reply_text', type: 'text', nullable: true }) replyText!: string | null;
}

/**
 * A follower of the official account (their OpenID) and, once they identified themselves by a phone number or a
 * case number, the customer contact they are. `lastMessageAt` opens WeChat's 48-hour window for customer-service
 * messages back to them (R-IN-6).
 */
@Entity({ name: 'wechat_followers' })
export class WechatFollowerEntity {
  @PrimaryColumn({ name: 'open_id', type: 'text' }) openId!: string;
  @Column({ name: 'account_id', type: 'text' }) accountId!: string;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId!: string | null;
  @Column({ name: 'linked_by', type: 'text', nullable: true }) linkedBy!: 'phone' | 'case-number' | null;
  @Column({ name: 'linked_at', type: 'timestamptz', nullable: true }) linkedAt!: Date | null;
  /** What an unknown follower wrote before identifying themselves: it opens their case once they have. */
  @Column({ name: 'pending_text', type: 'text', nullable: true }) pendingText!: string | null;
  @Column({ name: 'last_message_at', type: 'timestamptz' }) lastMessageAt!: Date;
  @Column({ type: 'boolean', default: true }) subscribed!: boolean;
}
