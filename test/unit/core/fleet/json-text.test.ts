import { describe, expect, it } from 'vitest';
import { firstArrayObject, parseJson, parseJsonValues } from '../../../../electron/core/fleet/json-text';

describe('parseJson', () => {
  it('says a cut-off file is cut off', () => {
    const result = parseJson('[{"name":"7-Zip","version":"24');
    expect(result).toEqual({ ok: false, reason: 'The JSON ends too early: the file looks cut off. Export it again and check it was copied completely.' });
  });

  it('names the line of damage inside the file', () => {
    const result = parseJson('[\n{"a":1},\n{"a" 2}\n]');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.line).toBe(3);
    expect(!result.ok && result.reason).toMatch(/^The JSON is damaged near line 3/);
  });
});

describe('parseJsonValues', () => {
  it('splits documents saved back to back and keeps the good ones when one is damaged', () => {
    const { values, errors } = parseJsonValues('{"value":[1]}\n{"value":[2]}{"value": [3,]}\n[{"x":"}{"}]');
    expect(values.map((entry) => entry.value)).toEqual([{ value: [1] }, { value: [2] }, [{ x: '}{' }]]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(2);
  });

  it('reports a last document that is cut off', () => {
    const { values, errors } = parseJsonValues('{"a":1}\n{"b":');
    expect(values).toHaveLength(1);
    expect(errors).toEqual([{ line: 2, reason: 'The last JSON record ends too early: the file looks cut off.' }]);
  });
});

describe('firstArrayObject', () => {
  it('reads the first row of a cut-off array, skipping braces in strings', () => {
    expect(firstArrayObject('[\n  {"identifying_number":"{23170F69}","name":"7-Zip"},\n  {"name":"cut')).toEqual({ identifying_number: '{23170F69}', name: '7-Zip' });
    expect(firstArrayObject('{"name":"x"}')).toBeUndefined();
  });
});
