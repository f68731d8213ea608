/** The generated sample district: what the writers turn into workbooks and the tests check. */
import type { GroupCategory } from '../../core/roster/model';
import type { DistrictUnit } from './units';

export type Platform = '微信' | 'QQ' | '钉钉' | '政务微信';
export type SampleAction = '保留' | '合并' | '解散';
export const BUSINESS_LINES = ['党建', '网格化', '政务服务', '公共安全'] as const;
export type BusinessLine = (typeof BUSINESS_LINES)[number];

export interface SamplePerson {
  name: string;
  /** 11 digits, unique per person, written as text. */
  phone: string;
  unit: string;
  title: string;
}

export interface SampleGroup {
  code: string;
  name: string;
  unit: string;
  platform: Platform;
  category: GroupCategory;
  businessLine: BusinessLine | null;
  /** 负责人: a member of the group. */
  owner: string;
  /** Indexes into SampleDistrict.people; 成员数 is its length. */
  members: number[];
  temporary: boolean;
  endDate: string | null;
  lastActive: string;
  photoRequired: boolean;
  /** The recorded plan (拟处置); null for non-work groups, which are not planned. */
  action: SampleAction | null;
  /** 并入: a kept group's 群编号, or `新建:名称`. */
  target: string | null;
  reason: string | null;
}

export interface SampleDistrict {
  seed: number;
  planDate: string;
  units: DistrictUnit[];
  people: SamplePerson[];
  groups: SampleGroup[];
  /** The showcase community's party secretary (index into people). */
  secretary: number;
}

export const NEW_PREFIX = '新建:';
