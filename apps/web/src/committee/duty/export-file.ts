import 'element-plus/theme-chalk/el-message.css';

import { ElMessage } from 'element-plus';

import { download } from '../../api/http';

/** Downloads a spreadsheet the server builds; a refusal is shown in the server's words. */
export async function exportFile(
  path: string,
  params: Record<string, string | number | null | undefined>,
  fallbackName: string,
): Promise<void> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  try {
    await download(`${path}?${query.toString()}`, fallbackName);
  } catch (error) {
    ElMessage.error(error instanceof Error ? error.message : '导出失败，请重试。');
  }
}
