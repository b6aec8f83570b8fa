import { describe, expect, it } from 'vitest';
import { parseLocatedJson } from '../../../../src/gates/notebooks/parse-located-json.js';
import { jsonLineOfTextLine, positionIn, textFieldAt } from '../../../../src/gates/notebooks/text-field.js';

describe('text fields', () => {
  // Line 1 "{", line 2 "source": [, lines 3-5 the pieces, line 7 "one": "a\nb".
  const text = '{\n "source": [\n  "first\\n",\n  "second\\nthird\\n",\n  "fourth"\n ],\n "one": "a\\nb"\n}';
  const doc = parseLocatedJson(text);

  it('joins a list and maps each character to its cell line and JSON line', () => {
    const field = textFieldAt(doc, doc.value, 'source');
    expect(field?.text).toBe('first\nsecond\nthird\nfourth');
    if (!field) return;
    // "third" is the third line of the text, inside the second piece (JSON line 4).
    expect(positionIn(field, field.text.indexOf('third'))).toEqual({ textLine: 3, jsonLine: 4 });
    expect(positionIn(field, field.text.indexOf('fourth'))).toEqual({ textLine: 4, jsonLine: 5 });
    expect(jsonLineOfTextLine(field, 1)).toBe(3);
    expect(jsonLineOfTextLine(field, 3)).toBe(4);
  });

  it('puts every line of a one-string field on the string line', () => {
    const field = textFieldAt(doc, doc.value, 'one');
    if (!field) throw new Error('no field');
    expect(positionIn(field, 2)).toEqual({ textLine: 2, jsonLine: 7 });
  });

  it('has no field for a missing key or a non-text value', () => {
    expect(textFieldAt(doc, doc.value, 'missing')).toBeUndefined();
    expect(textFieldAt(parseLocatedJson('{"n": 3}'), { n: 3 }, 'n')).toBeUndefined();
  });
});
