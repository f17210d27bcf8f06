import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuthUser, CurrentUser, Page, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { attachmentNotFound, visibleCase } from '../../case-attachment.errors';
import { AttachmentPageResponse, AttachmentView, toAttachmentView } from '../../case-attachment.view';
import { CaseAttachmentEntity } from '../../infrastructure/case-attachment.entity';

const READERS = ['customer', 'agent', 'engineer', 'expert', 'manager', 'admin'] as const;
class PageQuery extends createZodDto(z.strictObject(pageQuery)) {}

interface Reply {
  header(name: string, value: string | number): unknown;
}

@ApiTags('cases')
@Controller('v1/cases/:id/attachments')
export class ListAttachmentsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Attachments of a case (without content), newest first; customers see public ones of their own cases' })
  @ApiOkResponse({ type: AttachmentPageResponse.Output })
  async list(@Param('id', new ParseUUIDPipe()) caseId: string, @Query() query: PageQuery, @CurrentUser() user: AuthUser): Promise<Page<AttachmentView>> {
    await visibleCase(this.dataSource, caseId, user);
    const qb = this.dataSource.getRepository(CaseAttachmentEntity).createQueryBuilder('a').where('a.case_id = :caseId', { caseId });
    if (user.roles.includes('customer')) qb.andWhere(`a.visibility = 'public'`);
    return paginate(qb, query, toAttachmentView);
  }

  @Get(':attachmentId/content')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Download an attachment: its bytes with its content type; Repr-Digest carries the SHA-256' })
  @ApiProduces('application/octet-stream')
  async download(
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer> {
    await visibleCase(this.dataSource, caseId, user);
    const found = await this.dataSource
      .getRepository(CaseAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .where('a.id = :attachmentId AND a.case_id = :caseId', { attachmentId, caseId })
      .getOne();
    if (!found || (user.roles.includes('customer') && found.visibility !== 'public')) throw attachmentNotFound(attachmentId);
    reply.header('content-type', found.contentType);
    reply.header('content-length', found.sizeBytes);
    // Never rendered inline: a stored file cannot run as a page of ours.
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(found.fileName)}`);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('repr-digest', `sha-256=:${Buffer.from(found.sha256, 'hex').toString('base64')}:`);
    reply.header('etag', `"${found.sha256}"`);
    return found.content;
  }
}
