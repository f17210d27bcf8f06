import { PauseCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClockView } from '../api/undocumented';
import { TONE_COLOUR, countdown, slaTone } from '../sla/ladder';
import { useNow } from './use-now';

/** One clock as a chip: the ladder's colour, always with text (time left or overdue), the deadline in the tooltip. */
export function SlaChip({ clock, showName = true }: { clock: ClockView; showName?: boolean }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const tone = slaTone(clock);
  const left = clock.state === 'met' || clock.state === 'withdrawn' ? undefined : countdown(clock.dueAt, now);
  const name = t(`clock.${clock.clock}`, clock.clock);
  const text =
    clock.state === 'met'
      ? t('sla.met')
      : clock.state === 'withdrawn'
        ? t('sla.withdrawn')
        : left
          ? left.overdue
            ? t('sla.overdue', { time: left.text.slice(1) })
            : t('sla.left', { time: left.text })
          : t('sla.paused');
  const due = clock.dueAt ? new Date(clock.dueAt).toLocaleString(i18n.language) : t('sla.noDeadline');
  return (
    <Tooltip title={`${name}: ${t('sla.dueAt', { due })} · ${t(`tone.${tone}`)}`}>
      <Tag color={TONE_COLOUR[tone]} icon={clock.state === 'paused' ? <PauseCircleOutlined aria-label={t('sla.paused')} /> : undefined} data-tone={tone} tabIndex={0}>
        {showName ? `${name} · ` : ''}
        {text}
      </Tag>
    </Tooltip>
  );
}
