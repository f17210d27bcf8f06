import { CheckCircleOutlined, CloseCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COLOUR } from './colours';

export interface EntitlementLike {
  inWarranty: boolean;
  remedy: string;
  warrantyStartsOn: string | null;
  warrantyEndsOn: string | null;
  coverage: { parts: boolean; labour: boolean; onSite: boolean; travel: boolean };
  allowedServiceModes: string[];
  rules: { rule: string; outcome: 'passed' | 'failed' | 'not-applicable'; detail: string }[];
  /** A string or null; typed loosely because warranty's document describes its nullable strings as arrays. */
  slaPlanCode?: unknown;
}

const OUTCOME_ICON = {
  passed: <CheckCircleOutlined style={{ color: '#237804' }} />,
  failed: <CloseCircleOutlined style={{ color: '#a8071a' }} />,
  'not-applicable': <MinusCircleOutlined style={{ color: '#595959' }} />,
};

/** Warranty's decision and why (R-WA-7): every rule it applied, with its outcome and the detail. */
export function EntitlementCard({ decision, title }: { decision: EntitlementLike; title?: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{title ?? t('warranty.title')}</h2>} data-testid="entitlement">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={decision.inWarranty ? COLOUR.green : COLOUR.red} data-testid="in-warranty">
            {decision.inWarranty ? t('warranty.in') : t('warranty.out')}
          </Tag>
          <Tag>{t(`remedy.${decision.remedy}`, decision.remedy)}</Tag>
          {typeof decision.slaPlanCode === 'string' && <Tag>{t('warranty.plan', { plan: decision.slaPlanCode })}</Tag>}
        </Space>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('warranty.starts')}>{decision.warrantyStartsOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('warranty.ends')}>{decision.warrantyEndsOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('warranty.coverage')}>
            {(['parts', 'labour', 'onSite', 'travel'] as const)
              .filter((k) => decision.coverage[k])
              .map((k) => t(`coverage.${k}`))
              .join(', ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('warranty.modes')}>{decision.allowedServiceModes.map((m) => t(`mode.${m}`, m)).join(', ')}</Descriptions.Item>
        </Descriptions>
        <Typography.Text strong>{t('warranty.why')}</Typography.Text>
        <List
          size="small"
          dataSource={decision.rules}
          renderItem={(r) => (
            <List.Item>
              <Space align="start">
                <span role="img" aria-label={t(`outcome.${r.outcome}`)}>
                  {OUTCOME_ICON[r.outcome]}
                </span>
                <span>
                  <Typography.Text code>{r.rule}</Typography.Text> {r.detail}
                </span>
              </Space>
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
