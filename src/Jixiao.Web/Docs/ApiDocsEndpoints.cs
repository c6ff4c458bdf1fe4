namespace Jixiao.Web.Docs;

/// The OpenAPI document at /openapi/v1.json and a self-contained page at /api/docs that lists its operations
/// (no CDN: the servers this runs on often have no internet).
public static class ApiDocsEndpoints
{
    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapGet("/api/docs", () => TypedResults.Content(Page, "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private const string Page = """
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>绩效目标管理 API 文档</title>
        <style>
          body { font-family: system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 2rem; max-width: 60rem; }
          h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
          .op { margin: .4rem 0; padding: .4rem .6rem; border-radius: 4px; background: #f6f8fa; }
          .method { display: inline-block; min-width: 4.5rem; font-weight: bold; }
          .GET { color: #1a7f37; } .POST { color: #0969da; } .PUT { color: #9a6700; } .DELETE { color: #cf222e; }
          code { font-size: 95%; }
        </style>
        </head>
        <body>
        <h1>绩效目标管理 API</h1>
        <p>登录：<code>POST /api/auth/login</code>（JSON：<code>{"userName","password"}</code>），之后凭 Cookie 调用。
        出错时返回 RFC 7807 problem details，<code>detail</code> 为中文说明。完整定义见 <a href="/openapi/v1.json">/openapi/v1.json</a>。</p>
        <div id="ops">正在读取 OpenAPI 文档…</div>
        <script>
        fetch('/openapi/v1.json').then(r => r.json()).then(doc => {
          const byTag = {};
          for (const [path, item] of Object.entries(doc.paths || {}))
            for (const [method, op] of Object.entries(item)) {
              if (!['get','post','put','delete','patch'].includes(method)) continue;
              const tag = (op.tags && op.tags[0]) || '其他';
              (byTag[tag] = byTag[tag] || []).push({ method: method.toUpperCase(), path, op });
            }
          const root = document.getElementById('ops');
          root.textContent = '';
          for (const tag of Object.keys(byTag).sort()) {
            const h = document.createElement('h2'); h.textContent = tag; root.appendChild(h);
            for (const { method, path, op } of byTag[tag]) {
              const div = document.createElement('div'); div.className = 'op';
              const m = document.createElement('span'); m.className = 'method ' + method; m.textContent = method;
              const p = document.createElement('code'); p.textContent = path;
              div.append(m, p);
              if (op.summary || op.description) { const d = document.createElement('div'); d.textContent = op.summary || op.description; div.appendChild(d); }
              root.appendChild(div);
            }
          }
        }).catch(e => { document.getElementById('ops').textContent = '无法读取 OpenAPI 文档：' + e; });
        </script>
        </body>
        </html>
        """;
}
