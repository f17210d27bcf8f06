/**
 * The case queue: filters, pages from the server (cursor paging: 10,000 cases are never loaded at once), the next
 * clock to breach counting down in each row, coloured by the ladder, and refreshed while it is open.
 */
import { Button, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nextBreaching } from '../../sla/ladder';
import { PriorityTag, StatusTag, when } from '../../widgets/labels';
import { ProblemAlert } from '../../widgets/ProblemAlert';
import { SlaChip } from '../../widgets/SlaChip';
import { CaseFilters, CaseView, useCasePage, useClocks } from './case-queries';

const STATUSES: CaseView['status'][] = ['new', 'acknowledged', 'in-progress', 'waiting-on-customer', 'waiting-on-parts', 'resolved', 'closed', 'reopened'];
const PRIORITIES: CaseView['priority'][] = ['P1', 'P2', 'P3', 'P4'];

function NextBreach({ caseId, status }: { caseId: string; status: string }) {
  const { t } = useTranslation();
  const open = status !== 'closed';
  const clocks = useClocks(caseId, open);
  const next = clocks.data ? nextBreaching(clocks.data.clocks) : undefined;
  if (!open) return <span>—</span>;
  if (clocks.isLoading) return <span aria-busy="true">…</span>;
  return next ? <SlaChip clock={next} /> : <span>{t('sla.none')}</span>;
}

export function CaseQueue() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<CaseFilters>({});
  // The cursors of the pages walked through, so "previous" goes back without the server keeping state.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const page = useCasePage(filters, cursor);
  const change = (next: CaseFilters) => {
    setFilters(next);
    setCursors([undefined]);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('queue.title')}
        </Typography.Title>
        <Link to="/agent/cases/new">
          <Button type="primary">{t('queue.newFromCall')}</Button>
        </Link>
      </Space>
      <Space wrap role="search" aria-label={t('queue.filters')}>
        <Input.Search
          aria-label={t('queue.search')}
          placeholder={t('queue.search')}
          allowClear
          style={{ width: 280 }}
          onSearch={(q) => change({ ...filters, q: q.trim() || undefined })}
        />
        <Select
          aria-label={t('queue.status')}
          placeholder={t('queue.status')}
          allowClear
          style={{ width: 180 }}
          value={filters.status}
          options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(status) => change({ ...filters, status })}
        />
        <Select
          aria-label={t('queue.priority')}
          placeholder={t('queue.priority')}
          allowClear
          style={{ width: 140 }}
          value={filters.priority}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          onChange={(priority) => change({ ...filters, priority })}
        />
      </Space>
      <ProblemAlert error={page.error} />
      <Table<CaseView>
        rowKey="id"
        size="middle"
        loading={page.isFetching && !page.data}
        dataSource={page.data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('case.number'), dataIndex: 'caseNumber', render: (n: string, c) => <Link to={`/agent/cases/${c.id}`}>{n}</Link> },
          { title: t('case.contact'), render: (_, c) => c.contact.name },
          { title: t('case.product'), render: (_, c) => `${c.productModel} · ${c.serialNumber}` },
          { title: t('case.priority'), dataIndex: 'priority', render: (p: string) => <PriorityTag priority={p} /> },
          { title: t('case.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          { title: t('queue.nextBreach'), render: (_, c) => <NextBreach caseId={c.id} status={c.status} /> },
          { title: t('case.created'), dataIndex: 'createdAt', render: (at: string) => when(at, i18n.language) },
        ]}
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
