import { homePage } from './home.page.js';

// The page `/` answers when the console has not been built.
describe('homePage', () => {
  it('says what the server is, in Chinese and English, and points to the explorer, /health and the first steps', () => {
    const html = homePage({ explorer: true });
    expect(html).toContain('引企下乡与农业科技服务成效');
    expect(html).toContain('Rural-revitalization outcome service');
    expect(html).toContain('href="/explorer"');
    expect(html).toContain('href="/health"');
    expect(html).toContain('npm install &amp;&amp; npm start');
    expect(html).toContain('初始密码');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('tells how to switch the explorer on when it is off', () => {
    expect(homePage({ explorer: false })).toContain('GRAPHQL_EXPLORER=true');
  });
});
