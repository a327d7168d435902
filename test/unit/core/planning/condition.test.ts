import { describe, expect, it } from 'vitest';
import { ConditionError, conditionFacts, evaluateCondition, type FactValue } from '../../../../electron/core/planning/condition';

const facts = new Map<string, FactValue>([['macro_files', 12], ['pst_files', 0], ['external_partners_ms_formats', true], ['regulated', 'dora'], ['addins', ['com', 'vba']]]);

describe('evaluateCondition', () => {
  it.each([
    ['', true],
    ['macro_files > 0', true],
    ['pst_files > 0', false],
    ['macro_files >= 12 and pst_files == 0', true],
    ['pst_files > 0 or macro_files > 10', true],
    ['not pst_files', true],
    ['external_partners_ms_formats', true],
    ["regulated == 'dora'", true],
    ["regulated in ['dora', 'health']", true],
    ["addins contains 'xll'", false],
    ['(pst_files > 0 or macro_files > 0) and not external_partners_ms_formats', false],
  ])('%s → %s', (source, expected) => {
    expect(evaluateCondition(source, facts)).toBe(expected);
  });

  it('is three-valued: unknown facts keep the step for verification', () => {
    expect(evaluateCondition('onenote_files > 0', facts)).toBe('unknown');
    expect(evaluateCondition('onenote_files > 0 or macro_files > 0', facts)).toBe(true);
    expect(evaluateCondition('onenote_files > 0 and pst_files > 0', facts)).toBe(false);
    expect(evaluateCondition('onenote_files > 0 and macro_files > 0', facts)).toBe('unknown');
    expect(evaluateCondition('not onenote_files', facts)).toBe('unknown');
  });

  it('lists the facts a condition reads', () => {
    expect(conditionFacts('addins.com > 0 or (macro_files > 0 and not users > 5)').sort()).toEqual(['addins.com', 'macro_files', 'users']);
  });

  it.each(['macro_files >', 'macro_files > 0 and', '(macro_files > 0', 'macro_files > 0)', '> 3', 'a = 1'])('rejects malformed "%s" with a clear error', (source) => {
    expect(() => evaluateCondition(source, facts)).toThrow(ConditionError);
  });
});
