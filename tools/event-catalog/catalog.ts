import { z } from 'zod';
import { EventContract, STREAMS, eventEnvelopeSchema } from '@aftersales/contracts-core';
import * as complaints from '@aftersales/contracts-complaints';
import * as dispatch from '@aftersales/contracts-dispatch';
import * as intake from '@aftersales/contracts-intake';
import * as integrations from '@aftersales/contracts-integrations';
import * as notifications from '@aftersales/contracts-notifications';
import * as rmaInventory from '@aftersales/contracts-rma-inventory';
import * as surveys from '@aftersales/contracts-surveys';
import * as warranty from '@aftersales/contracts-warranty';

export type JsonSchema = Record<string, unknown>;

function isContract(value: unknown): value is EventContract {
  const v = value as Partial<EventContract> | undefined;
  return !!v && typeof v === 'object' && typeof v.subject === 'string' && typeof v.producer === 'string' && v.schema instanceof z.ZodType;
}

/** Every event contract the contract libraries export, sorted by subject. */
export function allContracts(): EventContract[] {
  const found = new Map<string, EventContract>();
  for (const lib of [intake, dispatch, warranty, rmaInventory, complaints, surveys, notifications, integrations]) {
    for (const value of Object.values(lib)) if (isContract(value)) found.set(value.subject, value);
  }
  return [...found.values()].sort((a, b) => a.subject.localeCompare(b.subject));
}

/**
 * JSON Schema of an event's data. Generated in zod's "input" mode, which leaves additionalProperties open:
 * consumers must accept fields added later within the same major version.
 */
export function dataSchema(contract: EventContract): JsonSchema {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(contract.schema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
  return schema;
}

/** The full message: the envelope with `type` fixed to the subject and `data` the event's schema. */
export function messageSchema(contract: EventContract): JsonSchema {
  const envelope = z.toJSONSchema(eventEnvelopeSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema & {
    properties: Record<string, JsonSchema>;
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://aftersales.dev/events/${contract.subject}.json`,
    title: contract.subject,
    description: contract.summary,
    ...envelope,
    properties: {
      ...envelope.properties,
      type: { ...envelope.properties.type, const: contract.subject },
      source: { ...envelope.properties.source, const: contract.producer },
      data: dataSchema(contract),
    },
    examples: [exampleMessage(contract)],
  };
}

export function exampleMessage(contract: EventContract): Record<string, unknown> {
  return {
    specversion: '1.0',
    id: '0192f3a0-7c1e-7c3a-9a4e-00000000e0e0',
    type: contract.subject,
    source: contract.producer,
    time: '2026-11-23T08:15:00.000Z',
    subject: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    sequence: 1,
    correlationId: '0192f3a0-7c1e-7c3a-9a4e-00000000c0c0',
    causationId: null,
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    datacontenttype: 'application/json',
    data: contract.example,
  };
}

export function streamOf(contract: EventContract): { stream: string; subjects: string } {
  const s = STREAMS[contract.producer];
  return { stream: s.stream, subjects: `aftersales.${s.subjectToken}.>` };
}
