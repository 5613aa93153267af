// A 数量+名称 list's count follows the names the rules count (blank lines and 「无」 aside): a blank line just added
// is no mismatch, a count nobody entered stays empty, and a count the user set differently stays.
import { describe, expect, it } from 'vitest';
import { withNames } from '../../../src/wizard/fields/CountListInput';

describe('withNames', () => {
  it('leaves the count empty for a blank line just added, and counts each name once typed', () => {
    const added = withNames({}, ['']);
    expect(added.count ?? '').toBe('');
    const typed = withNames(added, ['国家先进功能纤维创新中心']);
    expect(typed.count).toBe('1');
    const second = withNames(typed, ['国家先进功能纤维创新中心', '']);
    expect(second.count).toBe('1');
    expect(withNames(second, ['国家先进功能纤维创新中心', '国家非织造材料工程技术研究中心']).count).toBe('2');
  });

  it('moves the count down when a name is removed, to 0 when the last one goes', () => {
    const two = { count: '2', names: ['甲', '乙'] };
    expect(withNames(two, ['乙']).count).toBe('1');
    expect(withNames({ count: '1', names: ['乙'] }, []).count).toBe('0');
  });

  it('keeps a count the user set apart from the names (the rules flag the mismatch)', () => {
    expect(withNames({ count: '3', names: ['甲'] }, ['甲', '']).count).toBe('3');
    expect(withNames({ count: '3', names: ['甲'] }, ['甲', '乙']).count).toBe('3');
  });

  it('after 「无」 (count 0), a blank line keeps 0 and a typed name makes it 1', () => {
    const none = { count: '0', names: ['无'] };
    const blank = withNames(none, ['']);
    expect(blank.count).toBe('0');
    expect(withNames(blank, ['湖北省5G全连接工厂']).count).toBe('1');
  });
});
