import { Button, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag, when } from '../../widgets/labels';
import { ProblemAlert } from '../../widgets/ProblemAlert';
import { useCasePage } from '../agent/case-queries';

/** The customer's own cases only: intake scopes the list to the token's customer (R-IN-8). */
export function MyCases() {
  const { t, i18n } = useTranslation();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const page = useCasePage({}, cursors[cursors.length - 1]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('portal.title')}
        </Typography.Title>
        <Link to="/portal/cases/new">
          <Button type="primary">{t('portal.open')}</Button>
        </Link>
      </Space>
      <ProblemAlert error={page.error} />
      <List
        loading={page.isLoading}
        dataSource={page.data?.items ?? []}
        locale={{ emptyText: t('portal.none') }}
        renderItem={(c) => (
          <List.Item actions={[<StatusTag key="s" status={c.status} audience="customer" />]}>
            <List.Item.Meta
              title={<Link to={`/portal/cases/${c.id}`}>{c.caseNumber}</Link>}
              description={`${c.productModel} · ${c.serialNumber} · ${when(c.createdAt, i18n.language)} · ${c.symptoms}`}
            />
          </List.Item>
        )}
      />
      <Space>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('queue.previous')}
        </Button>
        <Button disabled={!page.data?.nextCursor} onClick={() => page.data?.nextCursor && setCursors([...cursors, page.data.nextCursor])}>
          {t('queue.next')}
        </Button>
      </Space>
    </Space>
  );
}
