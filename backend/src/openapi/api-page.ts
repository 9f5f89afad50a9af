/** A plain, script-free HTML page listing the API for humans (the JSON document is the reference). */
interface Doc {
  info: { title: string; description: string };
  paths: Record<
    string,
    Record<
      string,
      {
        summary?: string;
        description?: string;
        parameters?: { name: string; in: string; required?: boolean; description?: string }[];
      }
    >
  >;
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function renderApiPage(doc: Doc): string {
  const sections = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => {
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<li><code>${escape(p.name)}</code> (${p.in}${p.required ? ', requis' : ''}) ${escape(p.description ?? '')}</li>`,
        )
        .join('');
      return `<section><h2><code>${method.toUpperCase()} /api/v1${escape(path)}</code></h2>
<p>${escape(op.summary ?? '')}</p>${op.description ? `<p>${escape(op.description)}</p>` : ''}
${params ? `<ul>${params}</ul>` : ''}</section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(doc.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h2{font-size:1.05rem;margin-top:1.5rem}code{background:#f3f3f3;padding:0 .2rem}</style></head>
<body><main><h1>${escape(doc.info.title)}</h1><p>${escape(doc.info.description)}</p>
<p>Machine-readable document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p>
${sections.join('\n')}</main></body></html>`;
}
