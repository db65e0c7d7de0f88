// Resolve hook for dt-sql-parser, whose ES build imports "./parser" and
// "./lib" without file extensions (fine for bundlers, refused by node):
// such a relative import inside node_modules is retried as X.js, then X/index.js.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const inPackage = context.parentURL?.includes('/node_modules/dt-sql-parser/');
    if (!inPackage || !specifier.startsWith('.')) throw error;
    for (const tail of ['.js', '/index.js']) {
      try {
        return await next(specifier + tail, context);
      } catch {}
    }
    throw error;
  }
}
