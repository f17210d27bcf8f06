import { BadRequestException, PipeTransform } from '@nestjs/common';
import { z } from 'zod';

/** Warehouse codes and part numbers: letters, digits, dot, dash, underscore (CENTRAL, BR-SH, PSU-500W). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
export const code = z.string().regex(CODE_PATTERN, 'letters, digits, ".", "-" or "_", at most 50');
export const serialNumber = z.string().regex(/^[\x21-\x7e]{1,100}$/, '1-100 visible characters');
export const reference = z.string().trim().min(1).max(100);

/** A path parameter that must be a code; anything else is a 400 before the command runs. */
export class CodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!CODE_PATTERN.test(value)) throw new BadRequestException(`${value.slice(0, 60)} is not a code (letters, digits, ".", "-" or "_", at most 50)`);
    return value;
  }
}

/** `?limit=&cursor=` for lists keyed by a code rather than a UUIDv7 id: in code order. */
export const codePageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: code.optional().describe('nextCursor of the previous page'),
};

/** A serial number in a path: 1-100 visible characters. */
export class SerialPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[\x21-\x7e]{1,100}$/.test(value)) throw new BadRequestException('A serial number is 1-100 visible characters');
    return value;
  }
}
