import { describe, expect, test } from 'vitest';
import type { UnitType } from '../../../core/roster/model';
import { inferUnitType, parseUnitType } from '../../../core/roster/unit-type';

describe('unit type from the name: the more specific (last) word wins', () => {
  const cases: Array<[string, UnitType, boolean]> = [
    ['望月湖街道', 'street', true],
    ['望月湖街道荣华社区', 'community', true],
    ['荣华社区', 'community', true],
    ['荣华社区居委会', 'community', true],
    ['荣华社区居民委员会', 'community', true],
    ['荣华社区党委', 'community', true],
    ['望月湖街道党工委', 'street', true],
    ['望月湖街道办事处', 'street', true],
    ['望月湖街道办', 'street', true],
    ['莲花镇', 'town', true],
    ['莲花镇人民政府', 'town', true],
    ['莲花镇党委', 'town', true],
    ['雨敞坪乡', 'town', true],
    ['莲花镇桃花村', 'village', true],
    ['桃花村村委会', 'village', true],
    ['桃花村村民委员会', 'village', true],
    ['桃花村党支部', 'village', true],
    ['区农业农村局', 'department', true],
    ['区委网信办', 'department', true],
    ['区财政局', 'department', true],
    ['区住房和城乡建设局', 'department', true],
    ['区政务服务中心', 'department', true],
    ['望月湖街道社区卫生服务中心', 'department', true],
    ['区城管执法大队', 'department', true],
    ['区委组织部', 'department', true],
    ['区人民法院', 'department', true],
    ['区发展和改革委员会', 'department', true],
    ['区财政局（国资办）', 'department', true],
    ['荣华社区（网格）', 'community', true],
    [' 望月湖 街道 ', 'street', true],
    ['岳麓区', 'department', false],
    ['某某', 'department', false],
  ];
  test.each(cases)('%s → %s', (name, type, recognised) => {
    expect(inferUnitType(name)).toEqual({ type, recognised });
  });
});

describe('unit type as stated in a 类型 column', () => {
  test.each<[string, UnitType | null]>([
    ['区直部门', 'department'],
    ['部门', 'department'],
    ['事业单位', 'department'],
    ['街道', 'street'],
    ['镇', 'town'],
    ['乡', 'town'],
    ['社区', 'community'],
    ['居委会', 'community'],
    ['村', 'village'],
    ['村委会', 'village'],
    [' 街 道 ', 'street'],
    ['企业', null],
  ])('%s → %s', (text, want) => expect(parseUnitType(text)).toBe(want));
});
