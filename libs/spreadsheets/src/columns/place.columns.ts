import type { ColumnSpec } from './column.js';

/**
 * The place columns several kinds share: 县, 乡镇, 村 by name (or a 12-digit 区划代码 when a name is
 * ambiguous). 县 may stay empty: the caller's county is meant.
 */
export function placeColumns(options: { villageRequired: boolean; townRequired: boolean }): ColumnSpec[] {
  return [
    {
      key: 'county',
      header: '县',
      required: false,
      value: { type: 'reference', to: 'county' },
      note: '县名或 12 位区划代码；可留空，默认为账号所在县',
      example: '东兰县',
    },
    {
      key: 'town',
      header: '乡镇',
      required: options.townRequired,
      value: { type: 'reference', to: 'town' },
      note: townNote(options),
      example: '武篆镇',
    },
    {
      key: 'village',
      header: '村',
      required: options.villageRequired,
      value: { type: 'reference', to: 'village' },
      note: options.villageRequired
        ? '村名称，须为上述乡镇下的村；重名时填 12 位区划代码'
        : '村名称；记在乡镇或县一级时留空；重名时填 12 位区划代码',
      example: '东里村',
    },
  ];
}

function townNote(options: { villageRequired: boolean; townRequired: boolean }): string {
  if (options.townRequired) return '乡镇名称，须为该县下的乡镇；重名时填 12 位区划代码';
  // A row always in a village: the 村 finds it alone when its name is unique in the county.
  if (options.villageRequired) return '乡镇名称；村名在本县唯一时可留空；村名重名时填乡镇，或在“村”列填 12 位区划代码';
  return '乡镇名称；记在县一级时留空；重名时填 12 位区划代码';
}
