import { escapeHtml as escape } from './escape-html';
import type { Article } from './types';

/** One story as a standalone Markdown document. */
export function storyAsMarkdown(article: Article): string {
  const lines = [`# ${article.title}`, ''];
  const meta = [article.byline, article.siteName, article.published?.slice(0, 10)].filter(Boolean).join(' · ');
  if (meta) lines.push(`*${meta}*`, '');
  lines.push(`<${article.url}>`, '');
  lines.push(article.textContent.split('\n\n').map((p) => p.replace(/([\\`*_[\]#<>])/g, '\\$1')).join('\n\n'));
  return `${lines.join('\n')}\n`;
}

/** One story as a standalone HTML page; the body is the sanitized HTML, with a strict CSP of its own. */
export function storyAsHtml(article: Article): string {
  const meta = [article.byline, article.siteName, article.published?.slice(0, 10)].filter(Boolean).map((v) => escape(String(v))).join(' · ');
  return `<!doctype html>
<html lang="${escape(article.lang ?? 'und')}"${article.dir ? ` dir="${article.dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'">
<title>${escape(article.title)}</title>
<style>body{max-width:40em;margin:2em auto;padding:0 1em;font:1.1rem/1.6 Georgia,serif}img{max-width:100%;height:auto}</style>
</head>
<body>
<article>
<h1>${escape(article.title)}</h1>
${meta ? `<p><em>${meta}</em></p>\n` : ''}<p><a href="${escape(article.url)}">${escape(article.url)}</a></p>
${article.contentHtml}
</article>
</body>
</html>
`;
}
