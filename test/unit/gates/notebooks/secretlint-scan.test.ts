import { describe, expect, it } from 'vitest';
import {
  presetRules,
  RULE_KEYWORDS,
  secretlintMatches,
} from '../../../../src/gates/notebooks/secretlint-scan.js';
import { PROBED } from './fake-tokens.js';

describe('secretlintMatches', () => {
  it('has keywords for every rule of the preset it runs, so an upgrade that adds one is seen', async () => {
    const unlisted = (await presetRules())
      .map((rule) => rule.meta.id.replace('@secretlint/secretlint-rule-', ''))
      .filter((rule) => !Object.hasOwn(RULE_KEYWORDS, rule));
    expect(unlisted).toEqual([]);
  });

  it("reports the rule, its message id and the token's range", async () => {
    // 'key: ' is 5 characters; the Stripe key is "sk_live_" and 24 more, 32: it ends at 37.
    expect(
      (await secretlintMatches(`key: ${PROBED.stripe}`)).map((m) => [m.rule, m.messageId, m.start, m.end]),
    ).toEqual([['stripe', 'STRIPE_SECRET_KEY_LIVE', 5, 37]]);
  });

  it('does not report an AWS account id', async () => {
    expect(await secretlintMatches('aws_account_id = "123456789012"')).toEqual([]);
  });
});
