/**
 * The explorer's page: a sign-in bar above GraphiQL. Scripts and styles come from this server
 * only (`/explorer/assets/…`), in the order the UMD bundles need: React, ReactDOM, GraphiQL, ours.
 */
export function explorerPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>接口浏览器 · GraphQL explorer — 乡村振兴成效服务</title>
<link rel="stylesheet" href="/explorer/assets/graphiql.min.css">
<link rel="stylesheet" href="/explorer/assets/explorer.css">
</head>
<body>
<header class="explorer-bar">
  <a href="/" class="explorer-home">乡村振兴成效服务 · 接口浏览器</a>
  <form id="sign-in" class="explorer-sign-in" autocomplete="on">
    <input name="username" placeholder="用户名 username" autocomplete="username" required>
    <input name="password" type="password" placeholder="密码 password" autocomplete="current-password" required>
    <button type="submit">登录 Sign in</button>
  </form>
  <span id="caller" class="explorer-caller" hidden></span>
  <button id="sign-out" type="button" hidden>退出 Sign out</button>
  <span id="message" class="explorer-message" role="status"></span>
</header>
<main id="graphiql" class="explorer-main">
  <p class="explorer-hint">请先登录：接口说明只对已登录的用户显示。Sign in first: the schema is shown to signed-in callers only.</p>
</main>
<script src="/explorer/assets/react.production.min.js"></script>
<script src="/explorer/assets/react-dom.production.min.js"></script>
<script src="/explorer/assets/graphiql.min.js"></script>
<script src="/explorer/assets/explorer.browser.js"></script>
</body>
</html>
`;
}
