// Shows wasm/README.md (copied to docs/api.md by build.mjs) as a page. A
// deliberately small Markdown reader, DOM APIs only: headings, paragraphs,
// lists, fenced code, tables (shown as preformatted text) and `code`.

const doc = document.getElementById('doc');

function inline(text) {
  // `code` spans become <code>; everything else stays plain text.
  const nodes = [];
  text.split(/(`[^`]+`)/).forEach((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
      const code = document.createElement('code');
      code.textContent = part.slice(1, -1);
      nodes.push(code);
    } else if (part) {
      nodes.push(document.createTextNode(part));
    }
  });
  return nodes;
}

export function renderMarkdown(markdown) {
  const out = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith('```')) {
      const body = [];
      for (i += 1; i < lines.length && !lines[i].startsWith('```'); i += 1) body.push(lines[i]);
      i += 1;
      const pre = document.createElement('pre');
      pre.textContent = body.join('\n');
      out.push(pre);
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const h = document.createElement(`h${Math.min(heading[1].length + 1, 5)}`);
      h.append(...inline(heading[2]));
      out.push(h);
      i += 1;
      continue;
    }
    if (/^\s*[-*]\s+/.test(line)) {
      const ul = document.createElement('ul');
      while (i < lines.length && /^\s*[-*]\s+/.test(lines[i])) {
        const item = [lines[i].replace(/^\s*[-*]\s+/, '')];
        // Indented lines that follow continue the item.
        for (i += 1; i < lines.length && /^\s{2,}\S/.test(lines[i]) && !/^\s*[-*]\s+/.test(lines[i]); i += 1) {
          item.push(lines[i].trim());
        }
        const li = document.createElement('li');
        li.append(...inline(item.join(' ')));
        ul.append(li);
      }
      out.push(ul);
      continue;
    }
    if (line.startsWith('|')) {
      const body = [];
      for (; i < lines.length && lines[i].startsWith('|'); i += 1) body.push(lines[i]);
      const pre = document.createElement('pre');
      pre.textContent = body.join('\n');
      out.push(pre);
      continue;
    }
    if (line.trim() === '') {
      i += 1;
      continue;
    }
    const para = [];
    for (; i < lines.length && lines[i].trim() !== '' && !/^(```|#|\||\s*[-*]\s)/.test(lines[i]); i += 1) para.push(lines[i]);
    const p = document.createElement('p');
    p.append(...inline(para.join(' ')));
    out.push(p);
  }
  return out;
}

async function show() {
  try {
    const response = await fetch('docs/api.md');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    doc.replaceChildren(...renderMarkdown(await response.text()));
  } catch (error) {
    const p = document.createElement('p');
    p.textContent = `The API documentation is not in this build (${error.message}). See wasm/README.md in the repository.`;
    doc.replaceChildren(p);
  }
}

show();
