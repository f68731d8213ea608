/**
 * Group-name topics by unit type and business line, as offices name their groups. None of the
 * ordinary topics contains a rule-1 word (闲聊, 交流, 聊天, 党员, 便民, 服务群众): those appear only
 * where a group is meant to look like a chat, party-member or service group.
 */
import type { BusinessLine } from './model';
import type { DistrictUnit } from './units';

type Topics = Record<BusinessLine, readonly string[]>;

const DEPARTMENT: Topics = {
  党建: [
    '机关党建工作群',
    '党支部工作群',
    '党风廉政建设群',
    '理论学习群',
    '意识形态工作群',
    '干部教育群',
    '工青妇工作群',
    '组织人事群',
  ],
  网格化: ['街道联络员群', '社区对接群', '网格联络群', '片区联络群', '基层联络工作群', '镇街业务对接群'],
  政务服务: [
    '办公室工作群',
    '综合业务群',
    '信息报送群',
    '督查督办群',
    '公文流转群',
    '12345工单处置群',
    '政务公开群',
    '统计报表群',
    '项目推进群',
    '财务工作群',
    '后勤保障群',
    '宣传信息群',
    '法制审核群',
    '行政审批群',
    '窗口业务群',
    '数据报送群',
    '文明创建工作群',
    '招商对接群',
    '规划建设群',
    '考核评估群',
  ],
  公共安全: [
    '安全生产群',
    '值班值守群',
    '应急处置群',
    '防汛抗旱群',
    '消防安全群',
    '信访维稳群',
    '平安建设群',
    '网络安全群',
  ],
};

const DEPARTMENT_EXTRA = new Map<string, readonly string[]>([
  ['区城管局', ['城管执法群', '渣土管控群', '市容环卫群', '违建治理群', '户外广告整治群']],
  ['区教育局', ['校园安全群', '校长工作群', '招生工作群', '教研工作群', '学前教育群']],
  ['区卫健局', ['医疗机构群', '公共卫生群', '家庭医生签约群', '健康教育群']],
  ['区民政局', ['养老工作群', '低保审核群', '社会救助群', '社区建设群']],
  ['区应急管理局', ['危化品监管群', '森林防火群', '应急救援群']],
  ['区市场监管局', ['食品安全群', '特种设备群', '价格监督群']],
  ['区公安分局', ['治安防控群', '反诈工作群', '交通安全群', '社区警务群']],
]);

const STREET: Topics = {
  党建: [
    '党工委工作群',
    '机关党建群',
    '党建联席会议群',
    '组织工作群',
    '宣传工作群',
    '统战工作群',
    '纪检监察工作群',
    '意识形态工作群',
    '非公党建工作群',
    '红色物业工作群',
    '理论学习群',
    '工会工作群',
    '妇联工作群',
    '共青团工作群',
    '老干部工作群',
  ],
  网格化: [
    '网格化管理群',
    '网格员工作群',
    '网格长工作群',
    '城市管理工作群',
    '环境卫生群',
    '垃圾分类工作群',
    '物业管理工作群',
    '老旧小区改造群',
    '房屋安全排查群',
    '违建巡查群',
    '市容秩序群',
    '网格事件处置群',
    '社区书记工作群',
    '社区主任工作群',
  ],
  政务服务: [
    '办公室工作群',
    '政务中心工作群',
    '民政工作群',
    '社保工作群',
    '医保工作群',
    '残联工作群',
    '退役军人工作群',
    '卫健工作群',
    '计生工作群',
    '统计工作群',
    '信息报送群',
    '督查督办群',
    '12345工单群',
    '公文流转群',
    '财务工作群',
    '经济发展工作群',
    '招商引资群',
    '企业联络群',
    '文明创建群',
    '文化工作群',
    '教育工作群',
    '就业创业群',
    '社区事务群',
  ],
  公共安全: [
    '安全生产群',
    '应急值守群',
    '消防安全群',
    '综治维稳群',
    '信访工作群',
    '禁毒工作群',
    '反诈宣传群',
    '平安建设群',
    '防汛抗旱群',
    '食品安全群',
    '燃气安全排查群',
    '电动车安全群',
    '矛盾纠纷调处群',
    '森林防火群',
  ],
};

const COMMUNITY: Topics = {
  党建: ['党支部工作群', '党建工作群', '党建联建群', '红色物业联络群'],
  网格化: [
    '两委工作群',
    '网格员工作群',
    '楼栋长工作群',
    '物业联络群',
    '垃圾分类工作群',
    '小区业委会联络群',
    '居民议事工作群',
  ],
  政务服务: [
    '民政救助工作群',
    '计生工作群',
    '退役军人工作群',
    '创文工作群',
    '志愿者工作群',
    '就业社保工作群',
  ],
  公共安全: [
    '安全巡查群',
    '防汛值守群',
    '综治工作群',
    '消防安全群',
    '治安巡逻群',
    '禁毒宣传群',
    '反诈宣传群',
  ],
};

const VILLAGE: Topics = {
  党建: ['党支部工作群', '党建工作群'],
  网格化: ['村两委工作群', '村民小组长群', '网格员工作群', '人居环境整治群'],
  政务服务: ['集体经济工作群', '乡村振兴工作群', '农业生产群', '社保医保工作群'],
  公共安全: ['防火巡查群', '防汛工作群', '安全巡查群', '护林防火群'],
};

/** The ordinary topics of a unit, by business line. */
export function topicsFor(u: DistrictUnit): Topics {
  if (u.type === 'department') {
    const extra = DEPARTMENT_EXTRA.get(u.name) ?? [];
    return { ...DEPARTMENT, 公共安全: [...extra, ...DEPARTMENT.公共安全] };
  }
  if (u.type === 'community') return COMMUNITY;
  if (u.type === 'village') return VILLAGE;
  return STREET;
}

/** The unit's largest group. */
export const MAIN_TOPIC = '工作总群';

/** Temporary groups whose work ended, with the day it ended (days before the plan date). */
export const ENDED_TEMPORARY: ReadonlyArray<readonly [string, number]> = [
  ['2025年防汛抗旱临时工作群', 125],
  ['第五次全国经济普查工作群', 248],
  ['2025年征兵工作临时群', 95],
  ['创文迎检临时群', 60],
  ['国庆安保临时群', 150],
  ['2025年春运保障临时群', 330],
  ['1%人口抽样调查临时群', 118],
  ['燃气安全专项整治临时群', 40],
  ['第三次土壤普查工作群', 280],
  ['秋冬季火灾防控临时群', 22],
  ['2026年春节值班临时群', 12],
  ['夏季治安巡防临时群', 170],
];

/** Temporary groups still running: [topic, days after the plan date it ends, or null when open-ended]. */
export const RUNNING_TEMPORARY: ReadonlyArray<readonly [string, number | null]> = [
  ['城市体检工作专班群', null],
  ['老旧小区改造专班群', null],
  ['重点项目攻坚专班群', null],
  ['2026年春季防汛临时群', 118],
  ['全国文明城市测评临时群', 87],
  ['2026年征兵工作临时群', 200],
];

/** Topics of long-dead groups, with their last activity (days before the plan date). */
export const DEAD_TOPICS: ReadonlyArray<readonly [string, number]> = [
  ['疫情防控工作群', 1150],
  ['核酸检测工作群', 1180],
  ['疫苗接种工作群', 1260],
  ['文明城市复检群', 420],
  ['第七次人口普查工作群', 1500],
];

/** Groups labelled 工作群 whose name marks them as chat, party-member or service groups (rule 1). */
export const CHAT_TOPICS = [
  '干部闲聊群',
  '同事聊天群',
  '业务交流群',
  '青年干部交流群',
  '党员学习群',
  '便民信息群',
] as const;

/** Check-in groups that demand photo proof (形式群). */
export const PHOTO_TOPICS = ['巡查打卡群', '创文点位晒图群', '值守签到群', '入户走访打卡群'] as const;
