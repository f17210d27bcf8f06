import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttachmentContentType } from '../domain/attachment-policy';

@Entity({ name: 'case_attachments' })
export class CaseAttachmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ name: 'content_type', type: 'text' }) contentType!: AttachmentContentType;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  /** Hex SHA-256 of the content: integrity on download, and a way to spot the same file attached twice. */
  @Column({ type: 'text' }) sha256!: string;
  /** Loaded only for a download (`addSelect`), never for lists. */
  @Column({ type: 'bytea', select: false }) content!: Buffer;
  /** Internal attachments are hidden from the customer, as internal notes are (R-IN-8). */
  @Column({ type: 'text' }) visibility!: 'public' | 'internal';
  @Column({ name: 'uploaded_by', type: 'text' }) uploadedBy!: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt!: Date;
}
