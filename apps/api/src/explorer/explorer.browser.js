// What a newcomer sees first instead of GraphiQL's English welcome: who they are, and the county's
// figures as leaders read them (run it with the ▶ button; the Docs pane describes every field).
var FIRST_QUERY = [
  '# 接口浏览器：按 ▶ 运行；左侧“Docs”列出每个查询、字段和参数的说明。',
  '# Explorer: press ▶ to run; the Docs pane describes every query, field and argument.',
  'query FirstLook {',
  '  whoAmI { kind name role division { name } }',
  '  impactSummary(groupBy: TOWN) {',
  '    totals { householdRentYuan jobsPersonTimes collectiveIncomeYuan areaMu outputValueYuan towns villages bases }',
  '    groups { label figures { householdRentYuan jobsPersonTimes } }',
  '  }',
  '}',
  '',
].join('\n');

// Runs in the browser, loaded after React, ReactDOM and GraphiQL (globals of their UMD bundles).
// Signs in with the `login` mutation, keeps the token for this tab only (sessionStorage), and
// gives GraphiQL a fetcher that sends it as `Authorization: Bearer …`.
(function () {
  'use strict';
  var TOKEN_KEY = 'rural-explorer-token';
  var CALLER_KEY = 'rural-explorer-caller';
  var form = document.getElementById('sign-in');
  var signOut = document.getElementById('sign-out');
  var caller = document.getElementById('caller');
  var message = document.getElementById('message');
  var container = document.getElementById('graphiql');
  var root = null;

  function post(body, token) {
    var headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (response) {
      return response.json();
    });
  }

  // GraphiQL's own headers editor may add headers; the token is added unless it sets its own.
  function fetcher(params, options) {
    var headers = Object.assign({ 'content-type': 'application/json' }, (options && options.headers) || {});
    var token = sessionStorage.getItem(TOKEN_KEY);
    if (token && !headers.authorization && !headers.Authorization) headers.authorization = 'Bearer ' + token;
    return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (response) {
      return response.json();
    });
  }

  function show() {
    var token = sessionStorage.getItem(TOKEN_KEY);
    form.hidden = Boolean(token);
    signOut.hidden = !token;
    caller.hidden = !token;
    caller.textContent = token ? sessionStorage.getItem(CALLER_KEY) || '' : '';
    if (!token) {
      if (root) root.unmount();
      root = null;
      container.innerHTML =
        '<p class="explorer-hint">请先登录：接口说明只对已登录的用户显示。Sign in first: the schema is shown to signed-in callers only.</p>';
      return;
    }
    if (!root) {
      container.innerHTML = '';
      root = ReactDOM.createRoot(container);
    }
    // A new token remounts GraphiQL, which then reads the schema again with it.
    root.render(
      React.createElement(GraphiQL, { key: token, fetcher: fetcher, defaultEditorToolsVisibility: true, defaultQuery: FIRST_QUERY }),
    );
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    message.textContent = '';
    var data = new FormData(form);
    post({
      query:
        'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token user { username role } } }',
      variables: { username: data.get('username'), password: data.get('password') },
    })
      .then(function (body) {
        var login = body.data && body.data.login;
        if (!login) {
          message.textContent = (body.errors && body.errors[0] && body.errors[0].message) || '登录失败';
          return;
        }
        sessionStorage.setItem(TOKEN_KEY, login.token);
        sessionStorage.setItem(CALLER_KEY, login.user.username + '（' + login.user.role + '）');
        form.reset();
        show();
      })
      .catch(function () {
        message.textContent = '无法连接服务器';
      });
  });

  signOut.addEventListener('click', function () {
    var token = sessionStorage.getItem(TOKEN_KEY);
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(CALLER_KEY);
    show();
    // Ends the session on the server too; the page is signed out whatever the answer.
    if (token) post({ query: 'mutation Logout { logout }' }, token).catch(function () {});
  });

  show();
})();
