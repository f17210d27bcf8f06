import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { AppConfig, Public } from '@aftersales/platform-service-defaults';
import { Clock } from '../../../cases/infrastructure/clock';
import {
  WechatInbound,
  aesKeyOf,
  decryptMessage,
  encryptMessage,
  signatureMatches,
  timestampFresh,
  wechatSignature,
} from '../../domain/wechat-protocol';
import { WechatPictureFetcher } from '../../infrastructure/wechat-picture.fetcher';
import { WechatChannelSettings, wechatChannelSettings } from '../../wechat.config';
import { wechatBadMessage, wechatBadSignature, wechatDisabled } from '../../wechat.errors';
import { ReceiveWechatMessageCommand } from './receive-wechat-message.command';
import { WechatCallbackQuery, wechatCallbackQuery, wechatEncryptedEnvelope, wechatMessageFields } from './receive-wechat-message.request';

type Reply = { header(name: string, value: string): unknown };

// WeChat's strings come in CDATA; numbers (MsgId is 64-bit) must stay strings, and no entity of a DOCTYPE is expanded.
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, processEntities: false, ignoreDeclaration: true });
const builder = new XMLBuilder({ cdataPropName: '__cdata', format: false, suppressEmptyNode: false });

/**
 * The official account's server callback (R-IN-1), configured in the account as the server URL with its Token (and
 * EncodingAESKey in the security mode). Public: WeChat holds no token of ours; its signature is checked instead.
 */
@ApiTags('channels')
@Controller('v1/channels/wechat')
export class ReceiveWechatMessageHttpController {
  private readonly settings: WechatChannelSettings;

  constructor(
    private readonly command: ReceiveWechatMessageCommand,
    private readonly pictures: WechatPictureFetcher,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.settings = wechatChannelSettings(config);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'The server check WeChat makes when the URL is configured: answers echostr when the signature is right' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'echostr, exactly as sent' })
  @ApiForbiddenResponse({ description: 'The signature is missing, wrong or stale (INTAKE.WECHAT_BAD_SIGNATURE)' })
  @ApiNotFoundResponse({ description: 'The channel is not enabled (INTAKE.WECHAT_DISABLED)' })
  verify(@Query() raw: Record<string, unknown>, @Res({ passthrough: true }) reply: Reply): string {
    const query = this.signed(raw);
    if (!query.echostr) throw wechatBadSignature();
    reply.header('content-type', 'text/plain; charset=utf-8');
    return query.echostr;
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'A message or event from a follower of the official account: opens a case or adds to theirs, and answers with a passive reply',
    description:
      'Plain mode: the XML message, checked by signature. Security mode (encrypt_type=aes): the Encrypt envelope, checked by msg_signature, and the reply encrypted. A retry of the same MsgId gets the same reply and changes nothing.',
  })
  @ApiConsumes('text/xml')
  @ApiBody({ schema: { type: 'string', example: '<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[oOpenId]]></FromUserName><CreateTime>1764579600</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[打印机不出纸]]></Content><MsgId>24601230123456789</MsgId></xml>' } })
  @ApiProduces('application/xml')
  @ApiOkResponse({ description: 'The passive reply (XML), or `success` when there is nothing to say' })
  @ApiBadRequestResponse({ description: 'Not a WeChat message (INTAKE.WECHAT_BAD_MESSAGE)' })
  @ApiForbiddenResponse({ description: 'The signature is missing, wrong or stale (INTAKE.WECHAT_BAD_SIGNATURE)' })
  @ApiNotFoundResponse({ description: 'The channel is not enabled (INTAKE.WECHAT_DISABLED)' })
  async receive(@Query() raw: Record<string, unknown>, @Body() body: unknown, @Res({ passthrough: true }) reply: Reply): Promise<string> {
    const query = this.signed(raw);
    const aes = query.encrypt_type === 'aes';
    const message = aes ? this.decrypted(query, body) : toMessage(parse(body));
    const picture = message.msgType === 'image' && message.picUrl ? await this.pictures.fetch(message.picUrl, this.settings.mediaHosts) : null;
    const text = await this.command.execute(message, picture);
    if (text === null) {
      // WeChat's "nothing to say": it neither retries nor tells the follower the account failed.
      reply.header('content-type', 'text/plain; charset=utf-8');
      return 'success';
    }
    const passive = builder.build({
      xml: {
        ToUserName: { __cdata: message.fromUserName },
        FromUserName: { __cdata: message.toUserName },
        CreateTime: Math.floor(this.clock.now().getTime() / 1000),
        MsgType: { __cdata: 'text' },
        Content: { __cdata: text },
      },
    }) as string;
    reply.header('content-type', 'application/xml; charset=utf-8');
    return aes ? this.encrypted(passive, query) : passive;
  }

  /** The query, when the channel is on and the signature over token, timestamp and nonce is WeChat's and fresh. */
  private signed(raw: Record<string, unknown>): WechatCallbackQuery {
    if (!this.settings.enabled) throw wechatDisabled();
    const parsed = wechatCallbackQuery.safeParse(raw);
    if (!parsed.success) throw wechatBadSignature();
    const { signature, timestamp, nonce } = parsed.data;
    if (!timestamp || !nonce || !timestampFresh(timestamp, this.clock.now().getTime())) throw wechatBadSignature();
    if (!signatureMatches(wechatSignature(this.settings.token, timestamp, nonce), signature)) throw wechatBadSignature();
    return parsed.data;
  }

  private decrypted(query: WechatCallbackQuery, body: unknown): WechatInbound {
    const { encodingAesKey, appId, token } = this.settings;
    if (!encodingAesKey || !appId) throw wechatBadMessage('the security mode is not configured (WECHAT_ENCODING_AES_KEY, WECHAT_APP_ID)');
    const envelope = wechatEncryptedEnvelope.safeParse(parse(body));
    if (!envelope.success) throw wechatBadMessage('no Encrypt element');
    const expected = wechatSignature(token, query.timestamp ?? '', query.nonce ?? '', envelope.data.Encrypt);
    if (!signatureMatches(expected, query.msg_signature)) throw wechatBadSignature();
    let inner: string;
    try {
      inner = decryptMessage(envelope.data.Encrypt, aesKeyOf(encodingAesKey), appId);
    } catch (error) {
      throw wechatBadMessage(`cannot decrypt it (${(error as Error).message})`);
    }
    return toMessage(parse(inner));
  }

  private encrypted(passive: string, query: WechatCallbackQuery): string {
    const { encodingAesKey, appId, token } = this.settings;
    const encrypt = encryptMessage(passive, aesKeyOf(encodingAesKey ?? ''), appId ?? '');
    const timestamp = query.timestamp ?? String(Math.floor(this.clock.now().getTime() / 1000));
    const nonce = query.nonce ?? '';
    return builder.build({
      xml: {
        Encrypt: { __cdata: encrypt },
        MsgSignature: { __cdata: wechatSignature(token, timestamp, nonce, encrypt) },
        TimeStamp: timestamp,
        Nonce: { __cdata: nonce },
      },
    }) as string;
  }
}

/** The `<xml>` element of a posted body as plain fields. */
function parse(body: unknown): Record<string, unknown> {
  if (typeof body !== 'string' || !body.trim()) throw wechatBadMessage('the body is empty or not text/xml');
  let document: unknown;
  try {
    document = parser.parse(body, true);
  } catch (error) {
    throw wechatBadMessage(`not XML (${(error as Error).message.split('\n')[0]})`);
  }
  const root = (document as { xml?: unknown } | null)?.xml;
  if (!root || typeof root !== 'object' || Array.isArray(root)) throw wechatBadMessage('no <xml> root with fields');
  return root as Record<string, unknown>;
}

function toMessage(fields: Record<string, unknown>): WechatInbound {
  const parsed = wechatMessageFields.safeParse(fields);
  if (!parsed.success) throw wechatBadMessage(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const f = parsed.data;
  return {
    toUserName: f.ToUserName,
    fromUserName: f.FromUserName,
    createTime: f.CreateTime,
    msgType: f.MsgType.toLowerCase(),
    content: f.Content,
    msgId: f.MsgId,
    picUrl: f.PicUrl,
    mediaId: f.MediaId,
    format: f.Format,
    recognition: f.Recognition,
    event: f.Event,
  };
}
