import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IntegratorStatus } from '../domain/integrator-lifecycle';

/** An integrator (R-IG-1): `secretHash` is the SHA-256 of its client secret; the secret itself is never stored. */
@Entity({ name: 'integrators' })
export class IntegratorEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'client_id', type: 'text', unique: true }) clientId!: string;
  @Column({ name: 'secret_hash', type: 'text' }) secretHash!: string;
  /** R-IG-3: the subject patterns it may read. */
  @Column({ type: 'text', array: true }) subjects!: string[];
  @Column({ type: 'text' }) status!: IntegratorStatus;
  @Column({ name: 'registered_by', type: 'text' }) registeredBy!: string;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ name: 'revoked_by', type: 'text', nullable: true }) revokedBy!: string | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
}
