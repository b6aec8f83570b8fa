import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { createClient, PredictionError } from '../src/client.mjs';

/** A fake `fetch` that answers from a list of `[status, body]` pairs and records requests. */
function fakeFetch(answers) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, body: JSON.parse(init.body) });
    const [status, body] = answers[Math.min(calls.length - 1, answers.length - 1)];
    return {
      ok: status >= 200 && status < 300,
      status,
      json: async () => (typeof body === 'function' ? body(calls.at(-1).body) : body),
    };
  };
  return { fetch, calls };
}

const customer = {
  customer_id: '7795-CFOCW',
  tenure_months: 4,
  monthly_charges: 89.1,
  contract: 'month-to-month',
};

describe('createClient', () => {
  it('requires a base URL', () => {
    assert.throws(() => createClient({}), TypeError);
  });

  it('posts one customer and returns the prediction', async () => {
    const prediction = { customer_id: '7795-CFOCW', churn_probability: 0.81, will_churn: true };
    const { fetch, calls } = fakeFetch([[200, prediction]]);
    const client = createClient({ baseUrl: 'https://ml.example.com/churn/', fetch });
    assert.deepEqual(await client.predict(customer), prediction);
    assert.equal(calls[0].url, 'https://ml.example.com/churn/predict');
    assert.deepEqual(calls[0].body, customer);
  });

  it('retries a 503 and then succeeds', async () => {
    const { fetch, calls } = fakeFetch([
      [503, {}],
      [200, { churn_probability: 0.2 }],
    ]);
    const client = createClient({ baseUrl: 'https://ml.example.com', fetch, retryDelayMs: 1 });
    assert.deepEqual(await client.predict(customer), { churn_probability: 0.2 });
    assert.equal(calls.length, 2);
  });

  it('turns a 400 into a PredictionError naming the field', async () => {
    const { fetch } = fakeFetch([[400, { error: 'contract: must be one of ...', field: 'contract' }]]);
    const client = createClient({ baseUrl: 'https://ml.example.com', fetch });
    await assert.rejects(client.predict(customer), (error) => {
      assert.ok(error instanceof PredictionError);
      assert.equal(error.status, 400);
      assert.equal(error.field, 'contract');
      return true;
    });
  });

  it('returns the predictions of a batch', async () => {
    const { fetch, calls } = fakeFetch([[200, { predictions: [{ churn_probability: 0.5 }] }]]);
    const client = createClient({ baseUrl: 'https://ml.example.com', fetch });
    assert.deepEqual(await client.predictBatch([customer]), [{ churn_probability: 0.5 }]);
    assert.equal(calls[0].url, 'https://ml.example.com/predict/batch');
  });

  it('splits large batches and keeps error indexes global', async () => {
    const answer = ({ customers }) => ({
      predictions: customers.map((c) =>
        c.contract ? { churn_probability: 0.5 } : { error: 'contract', index: 0 },
      ),
    });
    const { fetch, calls } = fakeFetch([[200, answer]]);
    const client = createClient({ baseUrl: 'https://ml.example.com', fetch, maxBatchSize: 2 });
    const batch = [customer, customer, { ...customer, contract: undefined }];
    const predictions = await client.predictBatch(batch);
    assert.equal(calls.length, 2);
    assert.deepEqual(predictions[2], { error: 'contract', index: 2 });
  });
});
