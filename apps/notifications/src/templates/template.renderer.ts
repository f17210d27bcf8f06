import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { EntityManager } from 'typeorm';
import { NotificationTemplateEntity } from './infrastructure/template.entity';
import { templateMissing } from './template.errors';

export interface RenderedNotice {
  templateId: string;
  templateVersion: number;
  subject: string | null;
  body: string;
  smsTemplateCode: string | null;
  /** The gateway's TemplateParam: string values only (Aliyun refuses others). */
  smsParams: Record<string, string>;
}

/**
 * Renders a notice with Handlebars (logic-less enough for translators, strict about missing variables, compiled once
 * per template version). Plain text, so no HTML escaping; the context holds only what a notice may show (no customer
 * contact data: docs/notifications.md).
 */
@Injectable()
export class TemplateRenderer {
  private readonly hbs = Handlebars.create();
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate>();

  async render(m: EntityManager, notice: string, language: string, channel: string, context: Record<string, string | number>): Promise<RenderedNotice> {
    const template = await this.latest(m, notice, language, channel);
    return {
      templateId: template.id,
      templateVersion: template.version,
      subject: template.subject === null ? null : this.apply(`${template.id}:subject`, template.subject, context),
      body: this.apply(`${template.id}:body`, template.body, context),
      smsTemplateCode: template.smsTemplateCode,
      smsParams: Object.fromEntries(template.smsParams.map((name) => [name, String(context[name] ?? '')])),
    };
  }

  private async latest(m: EntityManager, notice: string, language: string, channel: string): Promise<NotificationTemplateEntity> {
    // A missing translation falls back to zh-CN, the language every template exists in.
    for (const lang of language === 'zh-CN' ? ['zh-CN'] : [language, 'zh-CN']) {
      const found = await m.getRepository(NotificationTemplateEntity).findOne({ where: { notice, language: lang, channel }, order: { version: 'DESC' } });
      if (found) return found;
    }
    throw templateMissing(notice, language, channel);
  }

  private apply(key: string, source: string, context: Record<string, string | number>): string {
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.hbs.compile(source, { noEscape: true, strict: true });
      this.compiled.set(key, fn);
    }
    return fn(context);
  }
}
