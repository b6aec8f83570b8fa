/**
 * Client for the churn scoring endpoint, used by the retention dashboard.
 *
 * It has no dependencies: it takes a `fetch` implementation, so the dashboard passes the
 * browser's and the tests pass a fake one.
 */

/** A scoring request the service refused or could not answer. */
export class PredictionError extends Error {
  /**
   * @param {string} message
   * @param {{ status?: number, field?: string }} [details]
   */
  constructor(message, { status, field } = {}) {
    super(message);
    this.name = 'PredictionError';
    this.status = status;
    this.field = field;
  }
}

/** Gateway and overload statuses; worth another try after a pause. */
const RETRYABLE_STATUSES = new Set([502, 503, 504]);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} options
 * @param {string} options.baseUrl Where the scoring service is mounted, e.g. `https://ml.example.com/churn`.
 * @param {typeof globalThis.fetch} [options.fetch]
 * @param {number} [options.retries] Extra attempts on 502/503/504.
 * @param {number} [options.retryDelayMs] First pause between attempts; doubles each time.
 * @param {number} [options.maxBatchSize] Customers per batch request; the service refuses more than 256.
 */
export function createClient({
  baseUrl,
  fetch = globalThis.fetch,
  retries = 2,
  retryDelayMs = 200,
  maxBatchSize = 256,
} = {}) {
  if (!baseUrl) throw new TypeError('createClient: baseUrl is required');
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) {
    throw new RangeError(`createClient: maxBatchSize must be a positive integer, got ${maxBatchSize}`);
  }
  const root = baseUrl.replace(/\/+$/, '');

  async function post(path, body) {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${root}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.ok) return response.json();
      if (RETRYABLE_STATUSES.has(response.status) && attempt < retries) {
        await sleep(retryDelayMs * 2 ** attempt);
        continue;
      }
      const detail = await response.json().catch(() => ({}));
      throw new PredictionError(detail.error ?? `scoring request failed with HTTP ${response.status}`, {
        status: response.status,
        field: detail.field,
      });
    }
  }

  return {
    /** Scores one customer; resolves to `{ customer_id, churn_probability, will_churn, model_version }`. */
    predict: (customer) => post('/predict', customer),

    /**
     * Scores many customers, in requests of at most `maxBatchSize`; invalid ones come back as
     * `{ error, field, index }` entries, with `index` counted over the whole `customers` array.
     */
    async predictBatch(customers) {
      const results = [];
      for (let start = 0; start < customers.length; start += maxBatchSize) {
        const chunk = customers.slice(start, start + maxBatchSize);
        const { predictions } = await post('/predict/batch', { customers: chunk });
        for (const prediction of predictions) {
          results.push(
            prediction.index === undefined ? prediction : { ...prediction, index: prediction.index + start },
          );
        }
      }
      return results;
    },
  };
}
