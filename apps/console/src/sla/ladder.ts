/**
 * How an SLA clock looks in the console: its tone on the ladder and the text that always comes with the colour
 * (WCAG 1.4.1: colour is never the only signal). The tones follow R-SLA-3's ladder: the engineer is warned at 75 %
 * of the target and the managers are escalated to at 100 %; before that, half the target gone is the first hint.
 */
export type ClockStateName = 'running' | 'paused' | 'breached' | 'met' | 'withdrawn';
export type SlaTone = 'on-track' | 'half-gone' | 'warned' | 'breached' | 'met' | 'withdrawn';

export interface ClockLike {
  state: ClockStateName;
  elapsedMinutes: number;
  targetMinutes: number;
}

/** R-SLA-3: the warning rung of the standard ladder. */
export const WARN_AT = 0.75;
export const HALF = 0.5;

/** The tone of a clock; a paused clock keeps the tone it had when it paused (its elapsed time stands still). */
export function slaTone(clock: ClockLike): SlaTone {
  if (clock.state === 'met') return 'met';
  if (clock.state === 'withdrawn') return 'withdrawn';
  if (clock.state === 'breached') return 'breached';
  const share = clock.targetMinutes > 0 ? clock.elapsedMinutes / clock.targetMinutes : 1;
  if (share >= 1) return 'breached';
  if (share >= WARN_AT) return 'warned';
  if (share >= HALF) return 'half-gone';
  return 'on-track';
}

/** Tag colours for each tone (white text at AA contrast on each). */
export const TONE_COLOUR: Record<SlaTone, string> = {
  'on-track': '#237804',
  'half-gone': '#874d00',
  warned: '#ad4e00',
  breached: '#a8071a',
  met: '#595959',
  withdrawn: '#595959',
};

/**
 * Wall-clock time to the deadline (ZD's lesson: the countdown is real time, even when the target counts business
 * hours), signed: negative once past it. Minutes when under an hour, else hours and minutes, else days and hours.
 */
export function countdown(dueAt: string | null, now: number): { overdue: boolean; text: string } | undefined {
  if (!dueAt) return undefined;
  const ms = Date.parse(dueAt) - now;
  const overdue = ms < 0;
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const text = d > 0 ? `${d}d ${h}h` : h > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : `${m}m`;
  return { overdue, text: overdue ? `-${text}` : text };
}

/** The clock that breaches next among those still running or paused (ZD's "next SLA breach"), or undefined. */
export function nextBreaching<T extends ClockLike & { dueAt: string | null }>(clocks: readonly T[]): T | undefined {
  const open = clocks.filter((c) => c.state === 'running' || c.state === 'paused' || (c.state === 'breached' && c.dueAt));
  return [...open].sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'))[0];
}
