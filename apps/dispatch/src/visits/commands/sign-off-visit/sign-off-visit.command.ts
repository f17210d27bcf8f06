import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { signOff } from '../../domain/visit';
import { signatureNotPng, signatureTooLarge } from '../../visit.errors';
import { VisitView } from '../../visit.view';
import { VisitSteps, notInFuture } from '../visit-step';
import { SIGNATURE_MAX_BYTES, SignOffVisitRequest } from './sign-off-visit.request';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** R-DS-4, R-DS-8: the customer's sign-off (签字确认), its signature image stored as bytes with its SHA-256. */
@Injectable()
export class SignOffVisitCommand {
  constructor(private readonly steps: VisitSteps) {}

  execute(visitId: string, request: SignOffVisitRequest, user: AuthUser): Promise<VisitView> {
    const png = Buffer.from(request.signaturePng, 'base64');
    if (png.length > SIGNATURE_MAX_BYTES) throw signatureTooLarge(SIGNATURE_MAX_BYTES);
    if (png.length < PNG_MAGIC.length + 12 || !png.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) throw signatureNotPng();
    return this.steps.record(visitId, user, ({ visit, now }) => {
      const signedAt = notInFuture(request.signedAt, now, 'signedAt');
      visit.signaturePng = png;
      return signOff(visit, { customerName: request.customerName, signedAt, signatureBytes: png.length, signatureSha256: createHash('sha256').update(png).digest('hex') });
    });
  }
}
