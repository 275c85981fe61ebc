import { COUNT } from '@rural/core';

import type { ColumnSpec, EnumOption } from './column.js';

/** 活动类型 — the labels a clerk writes, in the duty lib's order. */
export const DUTY_EVENT_KIND_OPTIONS: EnumOption[] = [
  { label: '全体会议', value: 'PLENARY' },
  { label: '常委会议', value: 'STANDING' },
  { label: '协商议事', value: 'CONSULTATION' },
  { label: '调研视察', value: 'RESEARCH' },
  { label: '学习培训', value: 'STUDY' },
  { label: '联系群众', value: 'OUTREACH' },
  { label: '其他', value: 'OTHER' },
];

/** 出席情况 — a member's attendance. */
export const ATTENDANCE_OPTIONS: EnumOption[] = [
  { label: '出席', value: 'PRESENT' },
  { label: '请假', value: 'EXCUSED' },
  { label: '缺席', value: 'ABSENT' },
];

const TIMES = [{ label: '次', factor: '1' }];

/**
 * 履职活动台账 — one row per participant, as the office keeps the sign-in sheet. Rows with the same
 * 日期 + 活动名称 + 所属政协 are one event; the event's own columns must agree on its rows.
 */
export const DUTY_EVENT_COLUMNS: ColumnSpec[] = [
  {
    key: 'heldOn',
    header: '日期',
    required: true,
    value: { type: 'date' },
    note: '活动日期，如 2024-06-18 或 2024年6月18日，不晚于今天；同一活动的每一行都要填',
    example: '2024-06-18',
  },
  {
    key: 'kind',
    header: '活动类型',
    required: true,
    value: { type: 'enum', options: DUTY_EVENT_KIND_OPTIONS },
    note: '全体会议、常委会议、协商议事、调研视察、学习培训、联系群众、其他 之一；同一活动各行须一致',
    example: '协商议事',
  },
  {
    key: 'title',
    header: '活动名称',
    required: true,
    value: { type: 'text', maxLength: 200 },
    note: '如 县政协十届三次全体会议；日期、活动名称、所属政协相同的行为同一活动',
    example: '乡村振兴专题协商会',
  },
  {
    key: 'topic',
    header: '议题',
    required: false,
    value: { type: 'text', maxLength: 500 },
    note: '活动议题；可留空；同一活动各行须一致（留空的行不计）',
    example: '村级集体经济发展',
  },
  {
    key: 'place',
    header: '地点',
    required: false,
    value: { type: 'text', maxLength: 200 },
    note: '活动地点；可留空；同一活动各行须一致（留空的行不计）',
    example: '县政协会议室',
  },
  {
    key: 'committee',
    header: '所属政协',
    required: true,
    value: { type: 'reference', to: 'division' },
    note: '主办活动的政协所在区划：区划名称（如 东兰县），重名时写上级路径（如 河池市/东兰县）或 12 位区划代码',
    example: '东兰县',
  },
  {
    key: 'member',
    header: '委员',
    required: true,
    value: { type: 'reference', to: 'member' },
    note: '参加活动的委员姓名，每行一位；同名委员无法按姓名区分时请在系统中录入',
    example: '梁贤勇',
  },
  {
    key: 'attendance',
    header: '出席情况',
    required: true,
    value: { type: 'enum', options: ATTENDANCE_OPTIONS },
    note: '出席、请假 或 缺席（未请假缺席）',
    example: '出席',
  },
  {
    key: 'speeches',
    header: '大会发言',
    required: false,
    value: { type: 'decimal', rule: COUNT, units: TIMES },
    note: '该委员在本次活动中的大会发言次数，整数；没有时留空或填 0',
    example: '1',
  },
  {
    key: 'writtenSpeeches',
    header: '书面发言',
    required: false,
    value: { type: 'decimal', rule: COUNT, units: TIMES },
    note: '该委员提交的书面发言次数，整数；没有时留空或填 0',
    example: '0',
  },
];
