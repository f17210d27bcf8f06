import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { intake, ok } from '../../api/clients';
import { StatusTag, when } from '../../widgets/labels';
import { ProblemAlert } from '../../widgets/ProblemAlert';
import { ActivityTimeline, NoteForm } from '../agent/CasePage';
import { useCase } from '../agent/case-queries';

/** The customer's view of their case: public history only (intake filters it, R-IN-8), and the decision on a resolution (R-IN-7). */
export function PortalCase() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const kase = useCase(id);
  const [rejecting, setRejecting] = useState(false);
  const refresh = () => Promise.all(['case', 'activity'].map((k) => queryClient.invalidateQueries({ queryKey: [k, id] })));
  const confirm = useMutation({
    mutationFn: async () => ok(await intake.POST('/v1/cases/{id}/close', { params: { path: { id } }, body: { confirmation: 'customer-confirmed', version: kase.data?.version } })),
    onSuccess: refresh,
  });
  const reject = useMutation({
    mutationFn: async (reason: string) =>
      ok(await intake.POST('/v1/cases/{id}/status', { params: { path: { id } }, body: { status: 'in-progress', reason, version: kase.data?.version as number } })),
    onSuccess: async () => {
      setRejecting(false);
      await refresh();
    },
  });
  if (kase.error) return <ProblemAlert error={kase.error} />;
  const c = kase.data;
  if (!c) return <Card loading />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {c.caseNumber}
        </Typography.Title>
        <StatusTag status={c.status} audience="customer" />
      </Space>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('case.product')}>
            {c.productModel} · {c.serialNumber}
          </Descriptions.Item>
          <Descriptions.Item label={t('case.created')}>{when(c.createdAt, i18n.language)}</Descriptions.Item>
          <Descriptions.Item label={t('portal.whatHappened')} span={2}>
            {c.symptoms}
          </Descriptions.Item>
          {c.entitlement && (
            <Descriptions.Item label={t('warranty.title')}>{c.entitlement.inWarranty ? t('warranty.in') : t('warranty.out')}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {c.status === 'resolved' && (
        <Alert
          type="success"
          showIcon
          message={t('portal.resolvedTitle')}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text>{c.resolution}</Typography.Text>
              <Space wrap>
                <Button type="primary" loading={confirm.isPending} onClick={() => confirm.mutate()}>
                  {t('portal.confirm')}
                </Button>
                <Button onClick={() => setRejecting(true)}>{t('portal.reject')}</Button>
              </Space>
              {rejecting && (
                <Form layout="vertical" onFinish={(v: { reason: string }) => reject.mutate(v.reason)}>
                  <Form.Item name="reason" label={t('portal.rejectReason')} rules={[{ required: true, message: t('form.required') }]}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Button htmlType="submit" loading={reject.isPending}>
                    {t('portal.sendReject')}
                  </Button>
                </Form>
              )}
              <ProblemAlert error={confirm.error ?? reject.error} />
            </Space>
          }
        />
      )}
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('activity.title')}</h2>}>
        <ActivityTimeline caseId={c.id} audience="customer" />
        {c.status !== 'closed' && <NoteForm caseId={c.id} allowInternal={false} />}
      </Card>
    </Space>
  );
}
