import { z } from 'zod';
import { ServiceName, serviceForSubjectToken } from './services';

const SUBJECT_PATTERN = /^aftersales\.([a-z]+)\.([a-z][a-z-]*)\.([a-z][a-z-]*)\.v([1-9][0-9]*)$/;

export interface EventContract<TSchema extends z.ZodType = z.ZodType> {
  /** `aftersales.<service>.<entity>.<event>.v<major>`, past tense. */
  readonly subject: string;
  readonly producer: ServiceName;
  readonly entity: string;
  readonly event: string;
  readonly version: number;
  readonly summary: string;
  /** Validates `data` on publish and on consume. */
  readonly schema: TSchema;
  /** A valid payload: shown in the catalog and checked against the schema by a test. */
  readonly example: z.infer<TSchema>;
}

export type EventData<C extends EventContract> = z.infer<C['schema']>;

/** One call per event file: the only way to declare an integration event. */
export function defineEvent<TSchema extends z.ZodType>(input: {
  subject: string;
  summary: string;
  schema: TSchema;
  example: z.infer<TSchema>;
}): EventContract<TSchema> {
  const match = SUBJECT_PATTERN.exec(input.subject);
  if (!match) {
    throw new Error(`Event subject "${input.subject}" is not aftersales.<service>.<entity>.<event>.v<major>`);
  }
  const producer = serviceForSubjectToken(match[1]);
  if (!producer) {
    throw new Error(`Event subject "${input.subject}" names no known producing service`);
  }
  return Object.freeze({
    subject: input.subject,
    producer,
    entity: match[2],
    event: match[3],
    version: Number(match[4]),
    summary: input.summary,
    schema: input.schema,
    example: input.example,
  });
}
