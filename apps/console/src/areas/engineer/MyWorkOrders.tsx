import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dispatch, ok } from '../../api/clients';
import type { WorkOrderView } from '../../api/undocumented';
import { countdown } from '../../sla/ladder';
import { useUser } from '../../shell/session-context';
import { COLOUR } from '../../widgets/colours';
import { PriorityTag, when } from '../../widgets/labels';
import { ProblemAlert } from '../../widgets/ProblemAlert';
import { useNow } from '../../widgets/use-now';

/** Every open order of mine, most urgent first, today's visits first (dispatch's engineer day). */
export function MyWorkOrders() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const now = useNow();
  const day = useQuery({
    queryKey: ['my-day', user.sub],
    queryFn: async () =>
      ok(await dispatch.GET('/v1/engineers/{id}/work-orders/today', { params: { path: { id: user.sub }, query: { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone } } })) as unknown as {
        items: (WorkOrderView & { visitToday: boolean })[];
      },
    refetchInterval: 20_000,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
        {t('engineer.title')}
      </Typography.Title>
      <ProblemAlert error={day.error} />
      <List
        loading={day.isLoading}
        dataSource={day.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('engineer.none')} /> }}
        renderItem={(w) => {
          const respond = !w.customerContactedAt ? countdown(w.respondBy, now) : undefined;
          return (
            <List.Item>
              <Card size="small" style={{ width: '100%' }}>
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Link to={`/engineer/work-orders/${w.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
                    {w.workOrderNumber}
                  </Link>
                  <Space wrap size={4}>
                    <PriorityTag priority={w.priority} />
                    <Tag>{t(`woStatus.${w.status}`, w.status)}</Tag>
                    {w.visitToday && <Tag color={COLOUR.blue}>{t('engineer.visitToday')}</Tag>}
                    {respond && <Tag color={respond.overdue ? COLOUR.red : COLOUR.orange}>{t('engineer.callBy', { time: respond.text })}</Tag>}
                  </Space>
                  <Typography.Text>
                    {w.caseNumber} · {w.productModel} · {w.serialNumber}
                  </Typography.Text>
                  {w.siteAddress && <Typography.Text type="secondary">{w.siteAddress}</Typography.Text>}
                  {w.nextVisitAt && <Typography.Text type="secondary">{t('engineer.nextVisit', { at: when(w.nextVisitAt, i18n.language) })}</Typography.Text>}
                </Space>
              </Card>
            </List.Item>
          );
        }}
      />
    </Space>
  );
}
