// A small RFC 4180 reader, only so that the import preview can show each row's content beside the server's
// verdict (the server parses the file itself; this never decides anything). Comma or semicolon, as the
// server accepts; quoted fields may hold separators, quotes ("") and line breaks.

/** The records of text as {line, fields}, line being the 1-based line the record starts on. */
export function parseCsv(text) {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0];
  const separator = (firstLine.split(';').length > firstLine.split(',').length) ? ';' : ',';
  const records = [];
  let fields = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = '';
      line++;
      start = line;
    } else {
      field += c;
    }
  }
  if (field !== '' || fields.length) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return records.filter(r => r.fields.some(f => f.trim() !== ''));
}

/** line → {column name (lower case): value}, from a file whose first record is the header. */
export function rowsByLine(text) {
  const [header, ...records] = parseCsv(text);
  const out = {};
  if (!header) {
    return out;
  }
  const names = header.fields.map(n => n.trim().toLowerCase());
  records.forEach(r => {
    const row = {};
    names.forEach((n, i) => { row[n] = (r.fields[i] ?? '').trim(); });
    out[r.line] = row;
  });
  return out;
}
