import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { idempotencyKey, intake, ok } from '../../api/clients';
import type { components as IntakeSchemas } from '../../api/generated/intake';
import { useUser } from '../../shell/session-context';
import { ProblemAlert } from '../../widgets/ProblemAlert';

type OpenCaseRequest = IntakeSchemas['schemas']['OpenCaseRequest'];
const CATEGORIES: OpenCaseRequest['category'][] = ['fault-hardware', 'fault-software', 'fault-network', 'installation', 'upgrade', 'consultation', 'return-exchange'];

/** A customer opens a case on the web (R-IN-1); intake takes the customer from the token, never from the form. */
export function OpenCase() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const key = useRef(idempotencyKey());
  const open = useMutation({
    mutationFn: async (v: { serialNumber: string; productModel: string; category: OpenCaseRequest['category']; symptoms: string; phone?: string }) =>
      ok(
        await intake.POST('/v1/cases', {
          params: { header: { 'Idempotency-Key': key.current } },
          body: {
            channel: 'web',
            contact: { name: user.name ?? user.sub, ...(v.phone ? { phone: v.phone } : {}) },
            productModel: v.productModel,
            serialNumber: v.serialNumber,
            category: v.category,
            // The priority is the service desk's to set; a customer's request starts at the normal one.
            priority: 'P3',
            symptoms: v.symptoms,
          },
        }),
      ),
    onSuccess: (c) => navigate(`/portal/cases/${c.id}`),
  });
  return (
    <Card title={<Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>{t('portal.open')}</Typography.Title>}>
      <Form layout="vertical" initialValues={{ category: 'fault-hardware' }} onFinish={(v) => open.mutate(v)}>
        <Form.Item name="serialNumber" label={t('newCase.serial')} rules={[{ required: true, message: t('form.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="productModel" label={t('newCase.model')} rules={[{ required: true, message: t('form.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="category" label={t('case.category')}>
          <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="symptoms" label={t('portal.whatHappened')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="phone" label={t('newCase.contactPhone')}>
          <Input inputMode="tel" />
        </Form.Item>
        <ProblemAlert error={open.error} />
        <Button type="primary" htmlType="submit" loading={open.isPending}>
          {t('portal.submit')}
        </Button>
      </Form>
    </Card>
  );
}
