import { createHash } from 'node:crypto';
import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AppConfig, AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { CaseActivityEntity } from '../../../cases/infrastructure/case.entity';
import { attachmentRules } from '../../../config/attachments.config';
import { attachmentContentMismatch, customerInternalAttachment, visibleCase } from '../../case-attachment.errors';
import { AttachmentView, toAttachmentView } from '../../case-attachment.view';
import { AttachmentContentType, contentMismatch } from '../../domain/attachment-policy';
import { CaseAttachmentEntity } from '../../infrastructure/case-attachment.entity';
import { AddAttachmentRequest } from './add-attachment.request';

/** R-IN-2: an attachment and its activity entry (R-IN-3) in one transaction. */
@Injectable()
export class AddAttachmentCommand {
  private readonly maxBytes: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    config: AppConfig,
  ) {
    this.maxBytes = attachmentRules(config).maxBytes;
  }

  execute(caseId: string, request: AddAttachmentRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<AttachmentView>> {
    const isCustomer = user.roles.includes('customer');
    if (isCustomer && request.visibility === 'internal') {
      throw customerInternalAttachment();
    }
    const content = Buffer.from(request.contentBase64, 'base64');
    if (content.length > this.maxBytes) {
      throw new PayloadTooLargeException(`The attachment has ${content.length} bytes; at most ${this.maxBytes} are accepted`);
    }
    const mismatch = contentMismatch(request.contentType, content);
    if (mismatch) throw attachmentContentMismatch(mismatch);
    return this.dataSource.transaction(async (m) => {
      await visibleCase(m, caseId, user);
      return this.idempotency.execute(m, { key: idempotencyKey, scope: `add-attachment:${user.sub}:${caseId}`, request }, async () => {
        const attachment = await storeAttachment(m, caseId, { ...request, content }, `user:${user.sub}`, new Date());
        return { status: 201, body: toAttachmentView(attachment) };
      });
    });
  }
}

/** Stores a checked attachment and its activity entry in the caller's transaction (the email channel's too). */
export async function storeAttachment(
  m: EntityManager,
  caseId: string,
  file: { fileName: string; contentType: AttachmentContentType; content: Buffer; visibility: 'public' | 'internal' },
  uploadedBy: string,
  now: Date,
): Promise<CaseAttachmentEntity> {
  const attachment = Object.assign(new CaseAttachmentEntity(), {
    id: uuidv7(),
    caseId,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content,
    visibility: file.visibility,
    uploadedBy,
    uploadedAt: now,
  });
  await m.getRepository(CaseAttachmentEntity).insert(attachment);
  await m.getRepository(CaseActivityEntity).insert({
    id: uuidv7(),
    caseId,
    at: now,
    actor: attachment.uploadedBy,
    kind: 'attachment-added',
    visibility: attachment.visibility,
    detail: {
      attachmentId: attachment.id,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      sizeBytes: attachment.sizeBytes,
      sha256: attachment.sha256,
    },
  });
  return attachment;
}
