import { DeadLetterRecord } from './dead-letter.entity';
import { InboxRecord } from './inbox.entity';
import { OutboxRecord } from './outbox.entity';

export { OutboxRecord, InboxRecord, DeadLetterRecord };
export { CreateMessagingTables1732320000000 } from './create-messaging-tables.migration';
export const messagingEntities = [OutboxRecord, InboxRecord, DeadLetterRecord];
