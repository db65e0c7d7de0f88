// esbuild plugin: `import css from './x.css'` gives the stylesheet as a string,
// minified (comments and blanks dropped), for a shadow root's constructed
// stylesheet. esbuild's own `text` loader would keep the comments in the bundle.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

export const cssText = {
  name: 'polso-css-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true, target: 'chrome100' });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};
