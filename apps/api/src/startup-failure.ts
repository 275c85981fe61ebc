import { DataDirLockedError } from '@rural/database';

/** One line a person can act on, for an error that stopped the service from starting. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof DataDirLockedError) return error.message;
  const err = error as NodeJS.ErrnoException & { address?: string; port?: number };
  switch (err?.code) {
    case 'ECONNREFUSED':
      return `无法连接数据库（${err.address ?? ''}${err.port ? `:${err.port}` : ''} 拒绝连接），请检查 DATABASE_URL 与数据库是否已启动`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `无法解析数据库主机名，请检查 DATABASE_URL`;
    case '28P01':
    case '28000':
      return '数据库拒绝登录，请检查 DATABASE_URL 中的用户名和密码';
    case '3D000':
      return '数据库不存在，请检查 DATABASE_URL 中的数据库名';
    case 'EADDRINUSE':
      return `端口 ${err.port ?? ''} 已被占用，请换一个 PORT`;
    default:
      return err?.message ?? String(error);
  }
}
