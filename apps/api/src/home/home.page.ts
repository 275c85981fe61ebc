/**
 * The page `GET /` answers while the web console is not built (`npm run build` builds it): what this server is and how to
 * start using it, in Chinese and English. Self-contained (no outside fonts, scripts or images), so
 * it shows on an intranet without internet.
 */
export function homePage(options: { explorer: boolean }): string {
  const explorer = options.explorer
    ? `<li><a href="/explorer">/explorer</a> — 接口浏览器：登录后查看接口说明并试运行查询（GraphiQL, served by this server, works offline）</li>`
    : `<li>接口浏览器未开启（设置 <code>GRAPHQL_EXPLORER=true</code> 开启） — the explorer is off; set <code>GRAPHQL_EXPLORER=true</code></li>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>乡村振兴成效服务 · Rural-revitalization outcome service</title>
<style>
  body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #1f2933; }
  h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
  .en { color: #52606d; }
  code, pre { background: #f0f4f8; border-radius: 4px; }
  code { padding: 0 0.3em; }
  pre { padding: 0.8rem; overflow-x: auto; }
  a { color: #0b69a3; }
</style>
</head>
<body>
<h1>乡村振兴·委员行动 成效服务</h1>
<p class="en">Rural-revitalization outcome service — 引企下乡与农业科技服务成效</p>
<p>本服务是记录引企下乡、农业科技服务及其成效（农户租金、务工岗位、村集体经济增收、面积、产值）的 GraphQL 接口，
供农业农村局、县乡领导和政协办使用。<span class="en">A GraphQL API recording the enterprises brought to the countryside,
agricultural technology services and the figures they produce.</span></p>
<p>网页控制台尚未构建：运行 <code>npm run build</code> 后重启，本页即为驾驶舱与工作台。
<span class="en">The web console is not built yet: run <code>npm run build</code> and restart, and this address opens it.</span></p>
<h2>入口 · Where to go</h2>
<ul>
  ${explorer}
  <li><code>POST /graphql</code> — 接口本身（JSON 请求体，须带 <code>Authorization: Bearer &lt;令牌&gt;</code>） — the API itself</li>
  <li><a href="/health">/health</a> — 健康检查：数据库可用时返回 200 — answers 200 while the database answers</li>
</ul>
<h2>第一步 · First steps</h2>
<pre>npm install &amp;&amp; npm start   # 构建并启动 — builds, then serves on port 3000 (PORT)
npm test                   # 构建并运行测试 — builds and runs the tests</pre>
<p>首次启动时会创建管理员 <code>admin</code>；未设置 <code>ADMIN_PASSWORD</code> 时，随机初始密码只在启动输出（stdout）中打印一次：
<code>首次启动：已创建管理员 admin，初始密码 …</code>。
<span class="en">On first start the server creates the administrator <code>admin</code>; without <code>ADMIN_PASSWORD</code> its random
password is printed once on the server's standard output.</span></p>
<p>用该账号在接口浏览器中登录，或调用 <code>login</code> 取得令牌。详见项目 README。
<span class="en">Sign in with it in the explorer, or call the <code>login</code> mutation for a token; the README says the rest.</span></p>
</body>
</html>
`;
}
