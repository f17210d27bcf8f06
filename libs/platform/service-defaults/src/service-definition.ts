import { z } from 'zod';
import { ServiceName } from '@aftersales/contracts-core';

/** A TypeORM entity or migration class. */
export type ClassType = abstract new (...args: never[]) => object;

export interface ServiceDefinition {
  service: ServiceName;
  /** OpenAPI title. */
  title: string;
  description?: string;
  entities: ClassType[];
  /** The service's own migrations; the platform tables' migrations are prepended. */
  migrations: ClassType[];
  /** The service's own environment variables, validated with the base ones at start. */
  configSchema?: z.ZodObject;
  /** Text media types accepted besides JSON, handed to the handler as a string (intake: text/calendar). */
  textBodyTypes?: string[];
}
