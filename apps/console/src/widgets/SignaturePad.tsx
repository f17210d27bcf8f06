/**
 * The customer's signature on the engineer's phone (R-DS-4, 签字确认), drawn with signature_pad and sent as the base64
 * PNG dispatch stores. Touch, pen and mouse; "clear" starts again.
 */
import { Button, Space } from 'antd';
import SignaturePadLib from 'signature_pad';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function SignaturePad({ onChange, label }: { onChange: (png: string | undefined) => void; label: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePadLib>(undefined);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    // Sharp on high-density screens: the drawing buffer follows the device pixels.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    el.width = el.offsetWidth * ratio;
    el.height = el.offsetHeight * ratio;
    el.getContext('2d')?.scale(ratio, ratio);
    const p = new SignaturePadLib(el, { backgroundColor: 'rgb(255,255,255)' });
    p.addEventListener('endStroke', () => onChange(p.isEmpty() ? undefined : p.toDataURL('image/png').replace(/^data:image\/png;base64,/, '')));
    pad.current = p;
    return () => p.off();
  }, [onChange]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid="signature-pad" style={{ width: '100%', height: 160, border: '1px solid #8c8c8c', borderRadius: 4, touchAction: 'none', background: '#fff' }} />
      <Button
        size="small"
        onClick={() => {
          pad.current?.clear();
          onChange(undefined);
        }}
      >
        {t('signature.clear')}
      </Button>
    </Space>
  );
}
