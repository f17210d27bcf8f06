import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'engineers' })
export class EngineerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column() name!: string;
  @Column({ name: 'home_branch' }) homeBranch!: string;
  @Column() region!: string;
  @Column({ type: 'text', array: true }) skills!: string[];
  @Column({ type: 'int' }) level!: number;
  @Column({ name: 'max_concurrent_orders', type: 'int' }) maxConcurrentOrders!: number;
  @Column() active!: boolean;
}
