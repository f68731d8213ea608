/**
 * The 岳麓区 preset: 《网络平台工作群管理规范》 as reported (DESIGN §1), with the rule parameters
 * of DESIGN §4a. Adding a preset: write another file like this one and list it in presets.ts.
 */
import type { Policy } from './schema';

export const YUELU_POLICY: Policy = {
  name: '岳麓区',
  description:
    '岳麓区《网络平台工作群管理规范》：区直部门按在编人数 ≤20 人 3 个、21–99 人 5 个、≥100 人 10 个；街道（镇）不超过 10 个；社区、村 1 个。',
  tiers: [
    { unitType: 'department', maxStaff: 20, quota: 3 },
    { unitType: 'department', maxStaff: 99, quota: 5 },
    { unitType: 'department', maxStaff: null, quota: 10 },
    { unitType: 'street', maxStaff: null, quota: 10 },
    { unitType: 'town', maxStaff: null, quota: 10 },
    { unitType: 'community', maxStaff: null, quota: 1 },
    { unitType: 'village', maxStaff: null, quota: 1 },
  ],
  missingStaffTier: 'lowest',
  businessLines: ['党建', '网格化', '政务服务', '公共安全'],
  reclassifyWords: [
    { word: '闲聊', category: '日常交流群' },
    { word: '交流', category: '日常交流群' },
    { word: '聊天', category: '日常交流群' },
    { word: '党员', category: '党员交流群' },
    { word: '便民', category: '便民服务群' },
    { word: '服务群众', category: '便民服务群' },
  ],
  dissolveEndedTemporary: true,
  inactivityDays: 90,
  duplicateOverlap: 0.8,
  platformCaps: [
    { platform: '微信', cap: 500 },
    { platform: 'QQ', cap: 2000 },
    { platform: '钉钉', cap: 3000 },
    { platform: '政务微信', cap: 2000 },
  ],
  defaultCap: null,
  preferredPlatform: '微信',
};
