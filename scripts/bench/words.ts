/**
 * Word lists for the benchmark's synthetic roster: invented place names, a district's usual
 * departments, and the topics work groups are named after in each kind of unit. Invented data,
 * not a real roster.
 */

/** Characters that place names are built from (two of them make a name, as 枫林, 望岳, 荣华). */
export const PLACE_CHARS: readonly string[] = [
  ...'东西南北中新安宁平和兴华荣丰泰康福寿长青松柏枫桂兰梅竹菊莲湖江河溪泉山岭峰坡岳麓湘沙洲桥塘湾港',
];

export const DISTRICT_CHARS: readonly string[] = [...'天心雨花开福芙蓉望城星沙浏阳宁乡岳阳衡云'];

/** [department, tier]: tier 0 is ≤ 20 staff, 1 is 21–99, 2 is ≥ 100 (the 岳麓区 quota tiers). */
export const DEPARTMENTS: ReadonlyArray<readonly [string, 0 | 1 | 2]> = [
  ['委办', 1],
  ['政府办', 1],
  ['纪委监委', 1],
  ['委组织部', 1],
  ['委宣传部', 1],
  ['委统战部', 1],
  ['委政法委', 1],
  ['委网信办', 1],
  ['委编办', 0],
  ['委老干部局', 0],
  ['发改局', 1],
  ['教育局', 2],
  ['科技局', 1],
  ['工信局', 1],
  ['公安分局', 2],
  ['民政局', 2],
  ['司法局', 1],
  ['财政局', 2],
  ['人社局', 2],
  ['住建局', 2],
  ['城管局', 2],
  ['交通运输局', 2],
  ['农业农村局', 2],
  ['水利局', 1],
  ['商务局', 1],
  ['文旅体局', 2],
  ['卫健局', 2],
  ['退役军人局', 1],
  ['应急管理局', 2],
  ['审计局', 1],
  ['国资局', 1],
  ['市场监管局', 2],
  ['统计局', 1],
  ['医保局', 2],
  ['林业局', 1],
  ['政务服务中心', 2],
  ['信访局', 1],
  ['总工会', 1],
  ['妇联', 0],
  ['科协', 0],
  ['残联', 0],
  ['档案馆', 0],
];

/** Group topics by unit kind, each with its business line (null: the clerk left it blank). */
export type Topic = readonly [string, string | null];

export const DEPARTMENT_TOPICS: readonly Topic[] = [
  ['党建工作', '党建'],
  ['党风廉政', '党建'],
  ['政务服务', '政务服务'],
  ['审批服务', '政务服务'],
  ['安全生产', '公共安全'],
  ['信访维稳', '公共安全'],
  ['应急值守', '公共安全'],
  ['财务报账', null],
  ['综合办公', null],
  ['项目推进', null],
  ['督查督办', null],
  ['信息报送', null],
  ['人事工作', null],
  ['业务培训', null],
  ['数据统计', null],
];

export const STREET_TOPICS: readonly Topic[] = [
  ['党建工作', '党建'],
  ['基层党建', '党建'],
  ['网格化管理', '网格化'],
  ['网格员', '网格化'],
  ['政务服务', '政务服务'],
  ['民生事项办理', '政务服务'],
  ['安全生产', '公共安全'],
  ['防汛抗旱', '公共安全'],
  ['城管执法', '公共安全'],
  ['文明创建', null],
  ['河长制', null],
  ['征地拆迁', null],
  ['综治维稳', '公共安全'],
  ['社区书记', '党建'],
  ['环境整治', null],
];

export const COMMUNITY_TOPICS: readonly Topic[] = [
  ['社区工作', null],
  ['网格', '网格化'],
  ['楼栋长', '网格化'],
  ['党支部', '党建'],
  ['物业协调', null],
  ['志愿者服务', '政务服务'],
  ['安全巡查', '公共安全'],
  ['人口普查', null],
];

/** Words that make a topic into distinct group names within a unit. */
export const ASPECTS: readonly string[] = [
  '工作群',
  '调度群',
  '专班',
  '联络群',
  '协调群',
  '推进群',
  '信息群',
  '督办群',
  '通知群',
  '对接群',
];

/** Names that give a work group away as chat, party-member or service (rule 1 of the auto-plan). */
export const RECLASSIFY_NAMES: readonly string[] = ['闲聊群', '交流群', '党员之家', '便民服务群'];

/** Labels of the non-work categories (群类别). */
export const NON_WORK: readonly string[] = ['日常交流群', '党员交流群', '便民服务群'];

/** Numbering that makes a second copy of a group's name (网格群 → 网格2群, 专班 → 专班（二）). */
export const DUPLICATE_QUN: readonly string[] = ['2群', '二群', '3群'];
export const DUPLICATE_BRACKETS: readonly string[] = ['（二）', '（2）'];

export const DEPARTMENT_TITLES: readonly string[] = [
  '局长',
  '副局长',
  '科长',
  '副科长',
  '科员',
  '科员',
  '科员',
];
export const STREET_TITLES: readonly string[] = ['主任', '副主任', '科长', '科员', '科员', '网格员'];
export const COMMUNITY_TITLES: readonly string[] = ['委员', '网格员', '网格员', '楼栋长', '楼栋长', '志愿者'];
export const COMMUNITY_HEAD_TITLES: readonly string[] = ['党委书记', '居委会主任'];
export const VILLAGE_HEAD_TITLES: readonly string[] = ['村党支部书记', '村委会主任'];
