import { aliyunCodeIsRetryable } from './aliyun-codes';
import { tencentCodeIsRetryable } from './tencent-codes';
import { isStalled, retryDelayMs } from './retry';

describe('retries', () => {
  it('doubles from the base and stops growing at the cap, however long the provider is down', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 30_000, 200_000))).toEqual([30_000, 60_000, 120_000, 200_000, 200_000]);
    expect(retryDelayMs(20, 30_000, 600_000)).toBe(600_000);
    expect(retryDelayMs(5000, 30_000, 600_000)).toBe(600_000);
  });

  it('reports a delivery as waiting for its provider once, at NOTIFY_MAX_ATTEMPTS', () => {
    expect([5, 6, 7].map((n) => isStalled(n, 6))).toEqual([false, true, false]);
  });

  it('retries Aliyun system errors, throttling and flow control; never a bad number, template or account', () => {
    for (const code of ['isp.SYSTEM_ERROR', 'Throttling.User', 'isv.BUSINESS_LIMIT_CONTROL']) expect({ code, retry: aliyunCodeIsRetryable(code) }).toEqual({ code, retry: true });
    for (const code of ['isv.MOBILE_NUMBER_ILLEGAL', 'isv.SMS_TEMPLATE_ILLEGAL', 'isv.SMS_SIGNATURE_ILLEGAL', 'isv.TEMPLATE_MISSING_PARAMETERS', 'isv.INVALID_JSON_PARAM', 'isv.AMOUNT_NOT_ENOUGH', 'isv.DAY_LIMIT_CONTROL', 'isp.RAM_PERMISSION_DENY']) {
      expect({ code, retry: aliyunCodeIsRetryable(code) }).toEqual({ code, retry: false });
    }
  });

  it('retries Tencent Cloud internal errors and frequency limits; never an unapproved template, a blacklisted or bad number', () => {
    for (const code of ['InternalError.Timeout', 'InternalError.OtherError', 'LimitExceeded.DeliveryFrequencyLimit']) expect({ code, retry: tencentCodeIsRetryable(code) }).toEqual({ code, retry: true });
    for (const code of ['FailedOperation.TemplateIncorrectOrUnapproved', 'FailedOperation.PhoneNumberInBlacklist', 'InvalidParameterValue.IncorrectPhoneNumber', 'UnauthorizedOperation.RequestIpNotInWhitelist']) {
      expect({ code, retry: tencentCodeIsRetryable(code) }).toEqual({ code, retry: false });
    }
  });
});
