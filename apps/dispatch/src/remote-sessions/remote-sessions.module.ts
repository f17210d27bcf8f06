import { Module } from '@nestjs/common';
import { RemoteSessionsHttpController } from './commands/remote-sessions.http.controller';

@Module({ controllers: [RemoteSessionsHttpController] })
export class RemoteSessionsModule {}
