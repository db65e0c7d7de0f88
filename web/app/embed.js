// dist/embed.js: defines <polso-calculator> for any page.
//   <script type="module" src="https://…/embed.js"></script>
//   <polso-calculator metric="nps" lang="it"></polso-calculator>
// polso.wasm is loaded from beside this file, once, however many calculators the page has.
export { PolsoCalculator } from './calculator/calculator.js';
