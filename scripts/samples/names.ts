/**
 * Synthetic people: names drawn from common surnames and given-name characters, and phone
 * numbers in an obviously fake block (139 000 xxxxx). No real person is in the samples.
 */
import type { Rng } from './random';

const SURNAMES: readonly string[] = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤易',
];

const GIVEN: readonly string[] = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉鹏斌宇浩凯健俊帆帅旭宁琳晶燕婷雪慧颖倩瑶欣佳怡嘉思博彬林波峰亮成志海庆春兰梅湘岳麓楠琪晨阳昊睿哲航然轩泽宏良清新荣卫国利莉冬雯婧蓉丹妍薇露璐悦',
];

export function personName(rng: Rng): string {
  const surname = rng.chance(0.97) ? rng.pick(SURNAMES) : '欧阳';
  const given = rng.chance(0.3) ? rng.pick(GIVEN) : rng.pick(GIVEN) + rng.pick(GIVEN);
  return surname + given;
}

const PHONE_BLOCK = 13_900_000_000;
const PHONE_SPAN = 100_000;
/** Coprime with PHONE_SPAN, so i ↦ i·STEP mod SPAN is a permutation: unique numbers, not in order. */
const PHONE_STEP = 7_919;

/** The i-th person's phone number (i < 100 000): 11 digits, unique per i, always 139000xxxxx. */
export function fakePhone(i: number): string {
  if (!Number.isInteger(i) || i < 0 || i >= PHONE_SPAN) throw new Error(`phone index ${i} out of range`);
  return String(PHONE_BLOCK + ((i * PHONE_STEP + 4_321) % PHONE_SPAN));
}
