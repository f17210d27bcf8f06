import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLOUR: Record<string, string> = {
  new: 'blue',
  acknowledged: 'cyan',
  'in-progress': 'geekblue',
  'waiting-on-customer': 'purple',
  'waiting-on-parts': 'purple',
  resolved: 'green',
  closed: 'default',
  reopened: 'volcano',
};

/** A case status; the customer sees the customer's wording of some statuses (FH's separate labels). */
export function StatusTag({ status, audience = 'staff' }: { status: string; audience?: 'staff' | 'customer' }) {
  const { t } = useTranslation();
  const key = audience === 'customer' ? `customerStatus.${status}` : `status.${status}`;
  return <Tag color={STATUS_COLOUR[status] ?? 'default'}>{t(key, { defaultValue: t(`status.${status}`, status) })}</Tag>;
}

const PRIORITY_COLOUR: Record<string, string> = { P1: 'red', P2: 'orange', P3: 'blue', P4: 'default' };
export function PriorityTag({ priority }: { priority: string }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLOUR[priority]}>{t(`priority.${priority}`, priority)}</Tag>;
}

export function when(at: string | null | undefined, language: string): string {
  return at ? new Date(at).toLocaleString(language) : '—';
}
