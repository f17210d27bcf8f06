import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** One Aliyun SmsReport, pushed in batches as a JSON array (docs/notifications.md, "Receipts"). */
export const smsReceiptSchema = z.looseObject({
  phone_number: z.string().min(1).max(40),
  success: z.boolean(),
  err_code: z.string().max(100).default(''),
  err_msg: z.string().max(500).default(''),
  biz_id: z.string().min(1).max(100),
  out_id: z.string().max(100).default(''),
  report_time: z.string().max(40).optional(),
  sms_size: z.string().max(10).optional(),
});
export const recordSmsReceiptsSchema = z.array(smsReceiptSchema).min(1).max(1000);
export class RecordSmsReceiptsRequest extends createZodDto(recordSmsReceiptsSchema) {}
