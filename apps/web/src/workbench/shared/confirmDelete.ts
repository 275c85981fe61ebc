import 'element-plus/theme-chalk/el-message-box.css';
import 'element-plus/theme-chalk/el-message.css';

import type { OperationResult } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';

import { errorMessage } from '../../api/errors';

/**
 * Deletes a record after the user confirms. A refusal (CONFLICT while other rows depend on the
 * record) is shown in the server's own words in a box the user closes, not a toast that fades:
 * the clerk needs to read which records stand in the way.
 */
export async function confirmDelete(label: string, remove: () => Promise<OperationResult>, deleted: () => void): Promise<void> {
  try {
    await ElMessageBox.confirm(`确定删除“${label}”吗？删除后无法恢复。`, '删除确认', {
      type: 'warning',
      confirmButtonText: '删除',
      cancelButtonText: '取消',
    });
  } catch {
    return; // the user cancelled
  }
  const result = await remove();
  if (result.error) {
    await ElMessageBox.alert(errorMessage(result.error), '无法删除', { type: 'error', confirmButtonText: '知道了' }).catch(() => undefined);
    return;
  }
  ElMessage.success(`已删除“${label}”`);
  deleted();
}
