import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CallBackCreatedV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { callBackCreatedData } from '../integration/call-back-created.mapping';
import { CallBackEntity } from './call-back.entity';

@Injectable()
export class CallBackRepository {
  constructor(private readonly outbox: OutboxService) {}

  /** R-SV-3: a call-back task for a low score, due on a working day, with call-back.created; in the answer's transaction. */
  async open(m: EntityManager, input: Pick<CallBackEntity, 'surveyId' | 'responseId' | 'caseId' | 'customerId' | 'questionId' | 'score' | 'dueOn'>, now: Date): Promise<CallBackEntity> {
    const callBack = m.getRepository(CallBackEntity).create({
      id: uuidv7(),
      ...input,
      status: 'open',
      reached: null,
      notes: null,
      completedBy: null,
      completedAt: null,
      createdAt: now,
      version: 1,
    });
    await m.getRepository(CallBackEntity).insert(callBack);
    await this.outbox.append(m, CallBackCreatedV1, { aggregateId: callBack.id, sequence: 1, data: callBackCreatedData(callBack) });
    return callBack;
  }
}
