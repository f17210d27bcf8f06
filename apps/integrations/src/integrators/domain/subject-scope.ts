/**
 * What an integrator may read (R-IG-3): NATS subject patterns over the platform's events, e.g.
 * `aftersales.intake.case.>` or `aftersales.*.case.closed.v1`. Pure: no NATS, only the wildcard rules
 * (`*` one token, `>` one or more tokens, last token only).
 */

const TOKEN = /^[a-z0-9_-]+$/;

export class InvalidSubjectPatternError extends Error {}

/** A readable pattern: under `aftersales.`, tokens of a-z 0-9 _ -, `*` anywhere after it, `>` only last. */
export function checkSubjectPattern(pattern: string): void {
  const tokens = pattern.split('.');
  if (tokens[0] !== 'aftersales' || tokens.length < 2) throw new InvalidSubjectPatternError(`${pattern}: a subject pattern starts with aftersales.`);
  tokens.slice(1).forEach((t, i) => {
    const last = i === tokens.length - 2;
    if (t === '>' && !last) throw new InvalidSubjectPatternError(`${pattern}: > may only be the last token`);
    if (t !== '>' && t !== '*' && !TOKEN.test(t)) throw new InvalidSubjectPatternError(`${pattern}: "${t}" is not a subject token (a-z, 0-9, _ and -, or * and >)`);
  });
}

/** True when every subject `filter` matches is also matched by `pattern` (a filter within one scope entry). */
export function patternCovers(pattern: string, filter: string): boolean {
  const p = pattern.split('.');
  const f = filter.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return f.length > i;
    if (i >= f.length) return false;
    if (f[i] === '>') return false;
    if (p[i] === '*') continue;
    if (p[i] !== f[i]) return false;
  }
  return p.length === f.length;
}

/** R-IG-3: a filter an integrator asks for lies within the subjects its token names. */
export function withinScope(scope: readonly string[], filter: string): boolean {
  return scope.some((pattern) => patternCovers(pattern, filter));
}

/** R-IG-3: one event subject (no wildcards) the integrator may read. */
export function mayRead(scope: readonly string[], subject: string): boolean {
  return withinScope(scope, subject);
}
