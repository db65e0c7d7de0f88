// The doc's warehouse SQL with the user's own names: each source column's
// name (docs/at-scale.md, polso-source) replaced by the user's column for that
// role, quoted for the engine, and the table name by theirs. Pure functions,
// no DOM: the page (warehouse-panel.js) and tests/warehouse use them.
//
// The doc's rule makes this safe: a source column's name appears in a query
// only where the column is read, an output name only after AS; so every bare
// word equal to a source name, not after AS, not after a dot and not before
// "(" (a function), is a read of that column.

// Words that are keywords somewhere among the five engines: a column named
// like one is always quoted.
const KEYWORDS = new Set(`all and any array as asc between both by case cast check collate column constraint create cross
current current_date current_time current_timestamp current_user date day default desc distinct else end except exists
extract false fetch filter for foreign from full group having hour if ilike in inner intersect interval into is join key
lateral leading left like limit minute month natural not null of offset on only or order outer over partition primary
qualify quarter range references right row rows second select some table then time timestamp to trailing true union
unique unknown user using value values week when where window with within year`.split(/\s+/));

const plain = /^[A-Za-z_][A-Za-z0-9_]*$/;

// A column name as the engine reads it. Names that are plain words stay as
// written (so the doc's own names give the doc's own SQL); others are quoted.
// PostgreSQL folds unquoted names to lower case, so a name with capitals is
// quoted there; Snowflake folds to upper case and matches unquoted names
// without regard to case, so it quotes only what is not a plain word.
export function quoteName(engine, name) {
  const needs = !plain.test(name) || KEYWORDS.has(name.toLowerCase()) || (engine === 'postgres' && name !== name.toLowerCase());
  if (!needs) return name;
  if (engine === 'bigquery') return `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
  if (engine === 'spark') return `\`${name.replaceAll('`', '``')}\``;
  return `"${name.replaceAll('"', '""')}"`;
}

// The SQL's tokens: strings, quoted names, comments, words, anything else.
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`\\]|\\.|``)*`|--[^\n]*|\/\*[\s\S]*?\*\/|[A-Za-z_][A-Za-z0-9_$]*|\s+|./g;
const skip = (tok) => /^\s/.test(tok) || tok.startsWith('--') || tok.startsWith('/*');

// block: a parsed polso-sql block { engine, sql, source: { table, columns: [{ name, role }] } }.
// names: { role: the user's column name } (a role left out keeps the doc's name).
// table: the user's table as they write it (inserted as typed; '' keeps the doc's).
export function fillSql(block, names = {}, table = '') {
  const byName = new Map(block.source.columns.map((c) => [c.name, c.role]));
  const tokens = block.sql.match(TOKEN) ?? [];
  const near = (i, step) => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (!skip(tokens[j])) return tokens[j];
    return '';
  };
  return tokens.map((tok, i) => {
    if (!plain.test(tok)) return tok;
    const before = near(i, -1), after = near(i, 1);
    if (before.toUpperCase() === 'AS' || before === '.' || after === '(') return tok;
    if (tok === block.source.table) return table.trim() || tok;
    const role = byName.get(tok);
    return role && names[role] ? quoteName(block.engine, names[role]) : tok;
  }).join('');
}
