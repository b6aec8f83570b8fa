/*
 * Fake credentials of the kinds a probe of the hand-written secret rules missed (issue 15), for the
 * notebooks gate's tests. Each is assembled at run time from pieces, so that no string in this
 * repository looks like a credential to a scanner (GitHub push protection, the gate itself); none
 * is real. Bodies mix cases and digits, above every rule's entropy threshold.
 */
const BODY36 = 'Zq8xK2mP9vL4nR7tW3yB6cD1fG5hJ0kQ2sEa';
/** 40 lower-case hex digits, as Twilio SIDs and Weights & Biases keys are written. */
const HEX40 = '9f3a61c0b7d24e85a1f06c3d92b7e4f8a05c1d6e';

/**
 * The kinds a probe of the hand-written rules missed (issue 15), each as a notebook writes it.
 * STRIPE is "sk_" + "live_" + BODY36's first 24 characters (ending "6cD1"); SENDGRID is "SG." + 22
 * + "." + 43 characters, the 69 a SendGrid key has (the 43 are BODY36 + "Zq8xK2m": ends "xK2m");
 * the Azure key is 86 base64 characters (BODY36 twice, then "Zq8xK2mP9vL4nR") and "==".
 */
export const PROBED = {
  stripe: ['sk_', 'live_', BODY36.slice(0, 24)].join(''),
  sendgrid: ['SG.', BODY36.slice(0, 22), '.', BODY36, BODY36.slice(0, 7)].join(''),
  npm: ['npm', '_', BODY36].join(''),
  twilio: ['S', 'K', HEX40.slice(0, 32)].join(''),
  azureKey: `${BODY36}${BODY36}${BODY36.slice(0, 14)}==`,
  wandb: HEX40,
};
