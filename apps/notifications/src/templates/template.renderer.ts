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

/** How long the latest version of a template is taken from memory: a new version (a migration) is used within this. */
const LATEST_TTL_MS = 30_000;

/**
 * Renders a notice with Handlebars (logic-less enough for translators, strict about missing variables, compiled once
 * per template version). Plain text, so no HTML escaping; the context holds only what a notice may show (no customer
 * contact data: docs/notifications.md). The latest version per notice, language and channel is kept in memory for
 * LATEST_TTL_MS: every notice would otherwise read it once per channel (bench/notifications-delivery.ts).
 */
@Injectable()
export class TemplateRenderer {
  private readonly hbs = Handlebars.create();
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate>();
  private readonly latestCache = new Map<string, { template: NotificationTemplateEntity; until: number }>();

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
    const key = `${notice}|${language}|${channel}`;
    const cached = this.latestCache.get(key);
    if (cached && cached.until > Date.now()) return cached.template;
    const template = await this.lookUp(m, notice, language, channel);
    this.latestCache.set(key, { template, until: Date.now() + LATEST_TTL_MS });
    return template;
  }

  private async lookUp(m: EntityManager, notice: string, language: string, channel: string): Promise<NotificationTemplateEntity> {
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
