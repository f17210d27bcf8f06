import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BusinessCalendar } from '@aftersales/platform-calendar';
import type { LeavePeriod } from '../domain/engineer-availability';

@Entity({ name: 'engineers' })
export class EngineerEntity {
  /** The engineer's user id (the `sub` of their token). */
  @PrimaryColumn('uuid') id!: string;
  @Column() name!: string;
  /** Code of the org unit the engineer belongs to. */
  @Column({ name: 'home_branch' }) homeBranch!: string;
  @Column() region!: string;
  /** Fault types (hardware, software, network, installation). */
  @Column({ type: 'text', array: true }) skills!: string[];
  @Column({ name: 'product_lines', type: 'text', array: true, default: () => `'{}'` }) productLines!: string[];
  @Column({ type: 'text', array: true, default: () => `'{}'` }) territories!: string[];
  @Column({ type: 'int' }) level!: number;
  @Column({ default: false }) expert!: boolean;
  @Column({ name: 'max_concurrent_orders', type: 'int' }) maxConcurrentOrders!: number;
  /** Assigned and in-progress work orders, kept in the assignment's transaction. */
  @Column({ name: 'open_orders', type: 'int', default: 0 }) openOrders!: number;
  @Column({ type: 'jsonb', nullable: true }) calendar!: BusinessCalendar | null;
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` }) leave!: LeavePeriod[];
  @Column() active!: boolean;
  /** Work email and mobile, for the notifier (EngineerProfileChangedV1). */
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  /** Counts the profile's changes: the sequence of its events. */
  @Column({ type: 'int', default: 0 }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
