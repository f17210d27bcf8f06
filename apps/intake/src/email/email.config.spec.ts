import { ConfigError, loadConfig } from '@aftersales/platform-service-defaults';
import { intakeService } from '../intake.service-definition';
import { emailChannelSettings } from './email.config';

const base = {
  PORT: '3001',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/aftersales_intake',
  NATS_URL: 'nats://127.0.0.1:4222',
  AUTH_JWT_SECRET: 'x'.repeat(32),
};
const load = (env: Record<string, string>) => loadConfig('intake', intakeService.configSchema, { ...base, ...env });
const problems = (env: Record<string, string>) => {
  try {
    load(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('intake config: the email channel', () => {
  it('is off by default, and otherwise listens on 127.0.0.1:2525 with documented case defaults', () => {
    expect(emailChannelSettings(load({}))).toMatchObject({ enabled: false, host: '127.0.0.1', port: 2525, defaultCategory: 'consultation', defaultPriority: 'P3' });
  });

  it('takes the support address in any case and keeps the other intake variables', () => {
    const config = load({ EMAIL_SMTP_ENABLED: 'yes', EMAIL_SUPPORT_ADDRESS: 'Support@Example.com', CASE_ATTACHMENT_MAX_BYTES: '1000' });
    expect(emailChannelSettings(config)).toMatchObject({ enabled: true, supportAddress: 'support@example.com' });
    expect(config.get('CASE_ATTACHMENT_MAX_BYTES')).toBe(1000);
  });

  it('stops the service naming each bad variable, and the support address when enabled without one', () => {
    expect(problems({ EMAIL_SMTP_ENABLED: 'true' })).toEqual([{ variable: 'EMAIL_SUPPORT_ADDRESS', message: 'is required when EMAIL_SMTP_ENABLED is true' }]);
    expect(problems({ EMAIL_SMTP_PORT: '70000', EMAIL_DEFAULT_PRIORITY: 'P9', EMAIL_SUPPORT_ADDRESS: 'nobody' }).map((p) => p.variable).sort()).toEqual([
      'EMAIL_DEFAULT_PRIORITY',
      'EMAIL_SMTP_PORT',
      'EMAIL_SUPPORT_ADDRESS',
    ]);
  });
});
