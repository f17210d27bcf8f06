/**
 * The time every case command and the auto-close sweep read: the platform's Clock (one per service, from
 * ServiceDefaultsModule), so tests move case deadlines and SLA timers together.
 */
export { Clock } from '@aftersales/platform-timers';
