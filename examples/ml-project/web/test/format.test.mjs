import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { formatProbability, predictionRow, riskBand, summarize } from '../src/format.mjs';

describe('riskBand', () => {
  it('puts band edges in the higher band', () => {
    assert.equal(riskBand(0.7), 'high');
    assert.equal(riskBand(0.4), 'medium');
    assert.equal(riskBand(0.39), 'low');
    assert.equal(riskBand(0), 'low');
  });

  it('rejects values that are not probabilities', () => {
    assert.throws(() => riskBand(1.2), RangeError);
    assert.throws(() => riskBand(Number.NaN), RangeError);
  });
});

describe('formatProbability', () => {
  it('rounds to whole percent by default', () => {
    assert.equal(formatProbability(0.4567), '46%');
    assert.equal(formatProbability(0.4567, 1), '45.7%');
  });
});

describe('predictionRow and summarize', () => {
  const predictions = [
    { customer_id: 'A', churn_probability: 0.91 },
    { customer_id: 'B', churn_probability: 0.12 },
    { error: 'contract: must be one of ...', field: 'contract', index: 2 },
  ];

  it('formats predictions and batch errors', () => {
    assert.deepEqual(predictionRow(predictions[0]), { id: 'A', risk: 'high', probability: '91%', note: '' });
    assert.deepEqual(predictionRow(predictions[2]), {
      id: '#2',
      risk: 'error',
      probability: '',
      note: 'contract: must be one of ...',
    });
  });

  it('counts rows per band', () => {
    assert.deepEqual(summarize(predictions), { total: 3, high: 1, medium: 0, low: 1, error: 1 });
  });
});
