import { Module } from '@nestjs/common';
import { EndRemoteSessionCommand } from './commands/end-remote-session/end-remote-session.command';
import { EndRemoteSessionHttpController } from './commands/end-remote-session/end-remote-session.http.controller';
import { StartRemoteSessionCommand } from './commands/start-remote-session/start-remote-session.command';
import { StartRemoteSessionHttpController } from './commands/start-remote-session/start-remote-session.http.controller';
import { ListRemoteSessionsHttpController } from './queries/list-remote-sessions/list-remote-sessions.http.controller';
import { ListRemoteSessionsQuery } from './queries/list-remote-sessions/list-remote-sessions.query';

/** R-DS-1, R-DS-2: remote assistance with consent, before any on-site visit where possible. */
@Module({
  controllers: [StartRemoteSessionHttpController, EndRemoteSessionHttpController, ListRemoteSessionsHttpController],
  providers: [StartRemoteSessionCommand, EndRemoteSessionCommand, ListRemoteSessionsQuery],
})
export class RemoteSessionsModule {}
