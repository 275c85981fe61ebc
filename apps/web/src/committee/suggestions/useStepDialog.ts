import type { OperationResult } from '@urql/vue';
import { reactive } from 'vue';

import { errorMessage, fieldMessages, isVersionConflict } from '../../api/errors';

/**
 * One action dialog's machinery (立案, 交办, 答复 …): open with fresh values, send, and sort a
 * refusal into a message at the field the server names, or one message above the form, in the
 * server's own words. `fields` are the names the dialog shows, so a message for any other field
 * is not lost.
 */
export function useStepDialog<TModel extends object>(empty: () => TModel, fields: ReadonlyArray<string> = Object.keys(empty())) {
  const state = reactive({
    visible: false,
    busy: false,
    fieldErrors: {} as Record<string, string>,
    problem: '',
  });
  const model = reactive(empty()) as TModel;

  function open(): void {
    Object.assign(model, empty());
    state.fieldErrors = {};
    state.problem = '';
    state.visible = true;
  }

  /**
   * Sends the step; true when the server accepted it (the dialog closes). `missing` names the
   * choices left empty that GraphQL itself would refuse (an enum cannot be ''), so the clerk reads a
   * Chinese message at the field instead of the schema's English one.
   */
  async function run(send: (model: TModel) => Promise<OperationResult>, missing: Record<string, string> = {}): Promise<boolean> {
    state.fieldErrors = { ...missing };
    state.problem = '';
    if (Object.keys(missing).length > 0) return false;
    state.busy = true;
    const result = await send(model);
    state.busy = false;
    if (!result.error) {
      state.visible = false;
      return true;
    }
    if (isVersionConflict(result.error)) {
      state.problem = '该建言已被他人处理，请关闭后刷新页面再操作。';
      return false;
    }
    const named = fieldMessages(result.error);
    state.fieldErrors = named;
    const shown = Object.keys(named).filter((field) => fields.includes(field));
    if (shown.length === 0 || shown.length < Object.keys(named).length) state.problem = errorMessage(result.error);
    return false;
  }

  return { state, model, open, run };
}

export type StepDialog = ReturnType<typeof useStepDialog>;
