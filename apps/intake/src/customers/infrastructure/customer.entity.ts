import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContactChannel, CustomerKind } from '../domain/customer';

@Entity({ name: 'customers' })
export class CustomerEntity {
  @PrimaryColumn('uuid') id!: string;
  /** Unique; given by the caller (e.g. the ERP's number) or assigned (CU-YYYYMMDD-NNNNNN). */
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) kind!: CustomerKind;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'int' }) version!: number;
}

/** PII (R-IN-8): stays in intake, never in events or logs. */
@Entity({ name: 'customer_contacts' })
export class ContactEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ name: 'preferred_channel', type: 'text' }) preferredChannel!: ContactChannel;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'customer_sites' })
export class SiteEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) address!: string;
  /** For dispatch by region (R-DS-3). */
  @Column({ type: 'text', nullable: true }) region!: string | null;
  /** IANA zone the site's SLA calendars run in (R-SLA-6). */
  @Column({ name: 'time_zone', type: 'text' }) timeZone!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
