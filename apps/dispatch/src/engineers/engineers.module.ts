import { Module } from '@nestjs/common';
import { PutEngineerHttpController } from './commands/put-engineer/put-engineer.http.controller';
import { ListEngineersHttpController } from './queries/list-engineers/list-engineers.http.controller';

@Module({ controllers: [PutEngineerHttpController, ListEngineersHttpController] })
export class EngineersModule {}
