import { Injectable } from '@nestjs/common';
import { SignJWT, errors, jwtVerify } from 'jose';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { surveyRules } from '../../config/surveys.config';
import { linkExpired, linkInvalid } from '../survey.errors';

const AUDIENCE = 'aftersales:survey-link';
const ALGORITHM = 'HS256';

/**
 * R-SV-1: a survey link is a JWT (HS256, SURVEY_LINK_SECRET) naming the survey (sub) and its one link (jti), valid
 * until the survey expires. Signing the same survey again gives the same link, so a reminder repeats it. Single use is
 * the survey's state: an answered survey refuses its link.
 */
@Injectable()
export class SurveyLinkSigner {
  private readonly key: Uint8Array;
  private readonly baseUrl: string;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    const rules = surveyRules(config);
    this.key = new TextEncoder().encode(rules.linkSecret);
    this.baseUrl = rules.linkBaseUrl;
  }

  async token(link: { surveyId: string; linkId: string; issuedAt: Date; expiresAt: Date }): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM })
      .setSubject(link.surveyId)
      .setJti(link.linkId)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(link.issuedAt.getTime() / 1000))
      .setExpirationTime(Math.floor(link.expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  url(token: string): string {
    const url = new URL(this.baseUrl);
    url.searchParams.set('t', token);
    return url.toString();
  }

  /** The survey and link a token names; a forged or malformed one is LINK_INVALID, an expired one LINK_EXPIRED. */
  async verify(token: string): Promise<{ surveyId: string; linkId: string }> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: [ALGORITHM], audience: AUDIENCE, currentDate: this.clock.now(), requiredClaims: ['sub', 'jti', 'exp'] });
      return { surveyId: payload.sub as string, linkId: payload.jti as string };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw linkExpired(typeof error.payload.exp === 'number' ? new Date(error.payload.exp * 1000) : null);
      throw linkInvalid();
    }
  }
}
