import { session, signOut } from '../session/session';

/** A refusal of the spreadsheet endpoints: `{ code, message }` (api.md, "Spreadsheets"). */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * fetch() on the server's plain-HTTP endpoints (templates, imports, exports) with the session's
 * bearer token. A 401 ends the session as a GraphQL UNAUTHENTICATED does; any other refusal is
 * thrown with the server's Chinese message.
 */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (session.token) headers.set('authorization', `Bearer ${session.token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new HttpRefusal(0, 'NETWORK', '无法连接服务器，请检查网络后重试。');
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
  if (response.status === 401) signOut('登录已过期，请重新登录。');
  throw new HttpRefusal(response.status, body?.code ?? String(response.status), body?.message ?? `请求失败（${response.status}）`);
}

/** Downloads a file the server builds (an export, a template) under the name the server gives it. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await authorizedFetch(path);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** The file name in Content-Disposition (RFC 6266 `filename*=UTF-8''…` first, as Chinese names need it). */
function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}
