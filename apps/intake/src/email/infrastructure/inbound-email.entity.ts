import { Column, Entity, PrimaryColumn } from 'typeorm';

export type InboundEmailOutcome = 'case-opened' | 'note-added' | 'ignored';

/** A mail the channel took, by its message key (Message-ID, else the hash of its bytes). */
@Entity({ name: 'inbound_email' })
export class InboundEmailEntity {
  @PrimaryColumn({ name: 'message_key', type: 'text' }) messageKey!: string;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ type: 'text' }) outcome!: InboundEmailOutcome;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
}
