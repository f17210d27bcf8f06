import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CustomersModule } from '../customers/customers.module';
import { ReceiveWechatMessageCommand } from './commands/receive-wechat-message/receive-wechat-message.command';
import { ReceiveWechatMessageHttpController } from './commands/receive-wechat-message/receive-wechat-message.http.controller';
import { WechatPictureFetcher } from './infrastructure/wechat-picture.fetcher';

/** The WeChat official account channel (R-IN-1): the server callback that turns followers' messages into cases and notes. */
@Module({
  imports: [CasesModule, CustomersModule],
  controllers: [ReceiveWechatMessageHttpController],
  providers: [ReceiveWechatMessageCommand, WechatPictureFetcher],
})
export class WechatModule {}
