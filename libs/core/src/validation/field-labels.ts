import { getMetadataStorage, ValidateBy } from 'class-validator';

/** How a field is named to a clerk, and whether it is prose that may hold line breaks. */
export interface FieldLabelInfo {
  label: string;
  multiline?: boolean;
}

const LABEL_RULE = 'fieldLabel';

/**
 * Names of arguments and fields declared without a label (plain `@Args('username')`, fields
 * checked by their own rules), so that no message falls back to the English name.
 */
const COMMON_LABELS: Readonly<Record<string, string>> = {
  id: '编号',
  ids: '编号',
  username: '用户名',
  password: '密码',
  oldPassword: '原密码',
  newPassword: '新密码',
  code: '区划代码',
  creditCode: '统一社会信用代码',
  reason: '理由',
  version: '版本',
  skip: 'skip（跳过条数）',
  take: 'take（每页条数）',
  from: '开始期间',
  to: '结束期间',
  period: '统计期间',
  date: '日期',
  farmersTrained: '培训农民人数',
  entityType: '对象类型',
  entityId: '对象编号',
  actorKind: '操作者类型',
  // Fields of list items (an event's participants), which coercion errors name without their class.
  memberId: '委员',
  attendance: '出勤情况',
};

/** Input classes by their GraphQL name (the class name), for errors that know only the type's name. */
const classesByName = new Map<string, Function>();
const labelsByClass = new WeakMap<Function, Map<string, FieldLabelInfo>>();

/**
 * Records a field's label where the field is declared. It is a class-validator rule that always
 * passes, so `PartialType(...)` carries it to the update inputs together with the field's rules.
 */
export function FieldLabel(label: string, options: { multiline?: boolean } = {}): PropertyDecorator {
  const info: FieldLabelInfo = { label, multiline: options.multiline ?? false };
  const rule = ValidateBy({ name: LABEL_RULE, constraints: [info], validator: { validate: () => true } });
  return (target, property) => {
    classesByName.set(target.constructor.name, target.constructor);
    rule(target, property);
  };
}

/** The label of `property` on an input class (or its parents); else a common one; else undefined. */
export function labelOf(type: Function | undefined, property: string): FieldLabelInfo | undefined {
  const declared = type ? labelsOf(type).get(property) : undefined;
  if (declared) return declared;
  const common = COMMON_LABELS[property];
  return common ? { label: common } : undefined;
}

/** The input class a GraphQL input type is declared by, when it has a labelled field. */
export function inputClassNamed(name: string): Function | undefined {
  return classesByName.get(name);
}

function labelsOf(type: Function): Map<string, FieldLabelInfo> {
  let labels = labelsByClass.get(type);
  if (!labels) {
    labels = new Map();
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(type, '', true, false)) {
      if (rule.name === LABEL_RULE && !labels.has(rule.propertyName)) labels.set(rule.propertyName, rule.constraints[0] as FieldLabelInfo);
    }
    labelsByClass.set(type, labels);
  }
  return labels;
}
